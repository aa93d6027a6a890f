import { describe, expect, test } from 'vitest';
import { ECQ_2025_PACK } from '../policy/packs';
import { exportPackToCase } from './export-pack';
import { deleteAt, jsonCopyOf, setAt, requireStringAt, type TJsonPath } from './testing/edit-json';
import { validateCasePackage } from './validate-case-package';

const v1p0 = () => jsonCopyOf(exportPackToCase(ECQ_2025_PACK, { caseVersion: '1.0' }));
const v1p1 = () => jsonCopyOf(exportPackToCase(ECQ_2025_PACK));

describe('CASE version', () => {
  test('is 1.0 without any 1.1 property', () => {
    expect(validateCasePackage(v1p0()).caseVersion).toBe('1.0');
  });

  test.each<[string, TJsonPath, unknown]>([
    ['association notes', ['CFAssociations', 0, 'notes'], 'n'],
    ['a LinkGenURI targetType', ['CFAssociations', 0, 'originNodeURI', 'targetType'], 'CASE'],
    ['item subject', ['CFItems', 0, 'subject'], ['leadership']],
    ['definition extensions', ['CFDefinitions', 'CFItemTypes', 0, 'extensions'], {}],
    ['package extensions', ['extensions'], {}],
  ])('is 1.1 when %s is present, and the package is valid 1.1', (_label, path, value) => {
    const pkg = v1p0();
    setAt(pkg, path, value);
    expect(validateCasePackage(pkg)).toEqual({ caseVersion: '1.1', problems: [], warnings: [] });
  });

  test('a caseVersion other than "1.1" is a problem', () => {
    const pkg = v1p0();
    setAt(pkg, ['CFDocument', 'caseVersion'], '1.0');
    expect(validateCasePackage(pkg)).toMatchObject({ caseVersion: '1.1', problems: [{ path: '$.CFDocument.caseVersion' }] });
  });
});

describe('associationType vocabulary', () => {
  test('1.0 rejects isTranslationOf and ext: values; 1.1 accepts them', () => {
    const old = v1p0();
    setAt(old, ['CFAssociations', 0, 'associationType'], 'isTranslationOf');
    setAt(old, ['CFAssociations', 1, 'associationType'], 'ext:hasPrerequisite');
    expect(validateCasePackage(old).problems.map((p) => p.path)).toEqual([
      '$.CFAssociations[0].associationType',
      '$.CFAssociations[1].associationType',
    ]);
    const current = v1p1();
    setAt(current, ['CFAssociations', 0, 'associationType'], 'isTranslationOf');
    setAt(current, ['CFAssociations', 1, 'associationType'], 'ext:hasPrerequisite');
    setAt(current, ['CFAssociations', 2, 'associationType'], 'ext:has space');
    setAt(current, ['CFAssociations', 3, 'associationType'], 'xext:a');
    expect(validateCasePackage(current).problems.map((p) => p.path)).toEqual([
      '$.CFAssociations[2].associationType',
      '$.CFAssociations[3].associationType',
      // The two associations lose their isChildOf, so their items are no longer placed; that is the
      // importer's concern, not the validator's.
    ]);
  });
});

describe('formats', () => {
  const upper = (pkg: unknown, path: TJsonPath): string => requireStringAt(pkg, path).toUpperCase();
  test.each<[string, TJsonPath, (pkg: unknown, path: TJsonPath) => unknown, string]>([
    ['an upper-case UUID', ['CFAssociations', 1, 'identifier'], upper, '$.CFAssociations[1].identifier'],
    ['a version-0 UUID', ['CFDefinitions', 'CFLicenses', 0, 'identifier'], () => '0b7d6c1e-2f3a-0b5c-8d9e-0a1b2c3d4e5f', '$.CFDefinitions.CFLicenses[0].identifier'],
    ['a variant-c UUID', ['CFAssociations', 0, 'identifier'], () => '0b7d6c1e-2f3a-4b5c-cd9e-0a1b2c3d4e5f', '$.CFAssociations[0].identifier'],
    ['a UUID inside a longer string', ['CFAssociations', 0, 'identifier'], (pkg, path) => `x${requireStringAt(pkg, path)}`, '$.CFAssociations[0].identifier'],
    ['a LinkURI identifier that is not a UUID', ['CFItems', 0, 'CFItemTypeURI', 'identifier'], () => 'ecq', '$.CFItems[0].CFItemTypeURI.identifier'],
    ['a date-time without zone', ['CFItems', 2, 'lastChangeDateTime'], () => '2025-01-15T00:00:00', '$.CFItems[2].lastChangeDateTime'],
    ['an impossible date', ['CFDocument', 'statusStartDate'], () => '2025-02-30', '$.CFDocument.statusStartDate'],
    ['a fractional sequenceNumber', ['CFAssociations', 4, 'sequenceNumber'], () => 1.5, '$.CFAssociations[4].sequenceNumber'],
    ['a relative URI', ['CFItems', 0, 'uri'], () => 'items/1', '$.CFItems[0].uri'],
    ['a null optional property', ['CFDocument', 'notes'], () => null, '$.CFDocument.notes'],
    ['a missing required property', ['CFDefinitions', 'CFItemTypes', 0, 'description'], () => undefined, '$.CFDefinitions.CFItemTypes[0].description'],
  ])('%s is a problem at its path', (_label, path, valueFor, expected) => {
    const pkg = v1p1();
    const value = valueFor(pkg, path);
    if (value === undefined) deleteAt(pkg, path);
    else setAt(pkg, path, value);
    expect(validateCasePackage(pkg).problems.map((p) => p.path)).toEqual([expected]);
  });

  test('a LinkGenURI identifier need not be a UUID (LinkGenURI), but an isChildOf must still resolve', () => {
    const pkg = v1p1();
    setAt(pkg, ['CFAssociations', 0, 'originNodeURI', 'identifier'], 'LC');
    expect(validateCasePackage(pkg).problems).toEqual([
      { path: '$.CFAssociations[0].originNodeURI.identifier', message: 'isChildOf origin "LC" is not a CFItem of this package' },
    ]);
  });
});

describe('never throws', () => {
  const deepArray = (): unknown => {
    let value: unknown = [];
    for (let i = 0; i < 100_000; i++) value = [value];
    return value;
  };
  const deepObject = (): unknown => {
    let value: unknown = {};
    for (let i = 0; i < 100_000; i++) value = { CFDocument: value, extensions: value };
    return value;
  };
  test.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', []],
    ['a string that is not JSON', 'CASE?'],
    ['JSON text of a number', '12'],
    ['a huge string', 'x'.repeat(5_000_000)],
    ['deeply nested arrays', deepArray()],
    ['deeply nested objects', deepObject()],
    ['deeply nested JSON text', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
    ['an object with a null prototype', Object.create(null)],
    ['a huge key', { ['k'.repeat(1_000_000)]: 1, CFDocument: {} }],
    ['junk in every list', { CFDocument: 1, CFItems: [null, 1, 'a', [[]]], CFAssociations: {}, CFDefinitions: [], CFRubrics: 'r' }],
  ])('%s gives problems at $-rooted paths', (_label, input) => {
    const result = validateCasePackage(input);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of [...result.problems, ...result.warnings]) {
      expect(problem.path.startsWith('$')).toBe(true);
      expect(problem.path.length).toBeLessThan(400);
      expect(problem.message.length).toBeLessThan(2000);
    }
  });

  test('__proto__ keys do not pollute prototypes', () => {
    const text = '{"__proto__": {"polluted": 1}, "CFDocument": {"__proto__": {"polluted": 2}}, "CFItems": [{"__proto__": {"polluted": 3}}]}';
    const result = validateCasePackage(text);
    expect(result.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['$.__proto__', '$.CFDocument.__proto__', '$.CFItems[0].__proto__']));
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

test('duplicate identifiers across classes, each at the later occurrence', () => {
  const pkg = v1p1();
  setAt(pkg, ['CFDefinitions', 'CFLicenses', 0, 'identifier'], requireStringAt(pkg, ['CFDocument', 'identifier']));
  setAt(pkg, ['CFItems', 4, 'identifier'], requireStringAt(pkg, ['CFItems', 3, 'identifier']));
  const problems = validateCasePackage(pkg).problems;
  expect(problems).toEqual(
    expect.arrayContaining([
      { path: '$.CFItems[4].identifier', message: expect.stringMatching(/first used at \$\.CFItems\[3\]\.identifier$/) },
      { path: '$.CFDefinitions.CFLicenses[0].identifier', message: expect.stringMatching(/first used at \$\.CFDocument\.identifier$/) },
    ]),
  );
});

test('an item whose identifier is changed leaves the associations that named it dangling, each reported', () => {
  const pkg = v1p1();
  setAt(pkg, ['CFItems', 1, 'identifier'], requireStringAt(pkg, ['CFItems', 1, 'identifier']).toUpperCase());
  expect(validateCasePackage(pkg).problems.map((p) => p.path)).toEqual(['$.CFItems[1].identifier', '$.CFAssociations[1].originNodeURI.identifier']);
});
