import { describe, expect, test } from 'vitest';
import { AppError, isAppError } from '../errors/app-error';
import { BUILT_IN_CROSSWALKS, ECQ_2006_TO_2025 } from '../crosswalk';
import { BUILT_IN_PACKS, ECQ_2006_PACK, ECQ_2025_PACK } from '../policy/packs';
import { exportCrosswalkToCase } from './export-crosswalk';
import { exportPackToCase } from './export-pack';
import { importCasePackage, type TCaseCrosswalkImport, type TCaseImport, type TCaseModelImport } from './import-case-package';
import { serializeCasePackage } from './serialize-case';
import { deleteAt, getAt, jsonCopyOf, pushAt, setAt, requireStringAt } from './testing/edit-json';
import { generateCasePackage } from './testing/generate-case-package';

const jsonCopy = jsonCopyOf;

function importModel(input: unknown, options?: Parameters<typeof importCasePackage>[1]): TCaseModelImport {
  const result = importCasePackage(input, options);
  if (result.kind !== 'model') throw new Error(`expected a model, got ${result.kind}`);
  return result;
}

function importCrosswalk(input: unknown, options?: Parameters<typeof importCasePackage>[1]): TCaseCrosswalkImport {
  const result = importCasePackage(input, options);
  if (result.kind !== 'crosswalk') throw new Error(`expected a crosswalk, got ${result.kind}`);
  return result;
}

function importError(input: unknown): AppError {
  let result: TCaseImport | undefined;
  try {
    result = importCasePackage(input);
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error(`expected INVALID_CASE_PACKAGE, imported a ${result.kind}`);
}

describe.each(BUILT_IN_PACKS.map((pack) => [pack.id, pack] as const))('round trip of %s', (_id, pack) => {
  test('CASE 1.1 gives back the same pack, not built in', () => {
    const result = importModel(serializeCasePackage(exportPackToCase(pack)));
    expect(result.caseVersion).toBe('1.1');
    expect(result.pack).toStrictEqual({ ...pack, isBuiltIn: false });
    expect(result.warnings).toEqual([]);
  });

  test('CASE 1.0 keeps the model\'s identity and every item\'s place, name and text', () => {
    const result = importModel(serializeCasePackage(exportPackToCase(pack, { caseVersion: '1.0', baseUri: 'https://case.example.gov' })));
    const { model } = result.pack;
    const original = pack.model;
    expect(result.caseVersion).toBe('1.0');
    expect(result.pack.isBuiltIn).toBe(false);
    expect(result.pack.effective).toEqual([]);
    const identity = (m: typeof model) => [m.id, m.uuid, m.title, m.version, m.issuedOn, m.publisher, m.description, m.definitionsNote];
    expect(identity(model)).toEqual(identity(original));
    const itemFields = (m: typeof model) =>
      m.items.map((i) => ({ id: i.id, code: i.code, kind: i.kind, name: i.name, aliases: i.aliases, description: i.description, parentCode: i.parentCode, position: i.position }));
    expect(itemFields(model)).toEqual(itemFields(original));
    expect(model.items.every((item) => item.source === model.source)).toBe(true);
    expect(model.source.confidence).toBe('low');
  });
});

test('the summary counts ECQs, sub-competencies, fundamentals and associations', () => {
  expect(importModel(exportPackToCase(ECQ_2006_PACK)).summary).toEqual({
    modelId: 'ecq-2006',
    title: 'Executive Core Qualifications (2006)',
    ecqs: 5,
    subCompetencies: 22,
    fundamentals: 6,
    associations: 33,
  });
});

describe.each(BUILT_IN_CROSSWALKS.map((crosswalk) => [crosswalk.id, crosswalk] as const))('crosswalk round trip of %s', (_id, crosswalk) => {
  test('CASE 1.1 rebuilds an equal crosswalk', () => {
    const result = importCrosswalk(serializeCasePackage(exportCrosswalkToCase(crosswalk)));
    expect(result.warnings).toEqual([]);
    const linkFields = (links: typeof crosswalk.links) =>
      links.map((l) => ({ kind: l.kind, from: l.from?.id, to: l.to?.id, confidence: l.confidence, note: l.note }));
    expect(linkFields(result.crosswalk?.links ?? [])).toEqual(linkFields(crosswalk.links));
    expect(result.crosswalk).toStrictEqual(crosswalk);
    expect(result.summary.fromDocument).toBe(crosswalk.fromModel.id);
    expect(result.summary.toDocument).toBe(crosswalk.toModel.id);
  });
});

test('a CASE 1.0 crosswalk is rebuilt: kinds from association types and names, removed and new derived', () => {
  const result = importCrosswalk(serializeCasePackage(exportCrosswalkToCase(ECQ_2006_TO_2025, { caseVersion: '1.0' })));
  const crosswalk = result.crosswalk;
  expect(crosswalk?.id).toBe('ecq-2006--ecq-2025');
  expect(result.summary.byType).toEqual({ exactMatchOf: 14, replacedBy: 11, isRelatedTo: 3 });
  const kindOf = (fromCode: string) => crosswalk?.links.find((l) => l.from?.code === fromCode)?.kind;
  expect([kindOf('LC'), kindOf('LC.1'), kindOf('LC.2'), kindOf('RD.4'), kindOf('FC.1')]).toEqual(['same', 'renamed', 'moved', 'removed', 'related']);
  expect(crosswalk?.links.filter((l) => l.kind === 'new').map((l) => l.to?.code)).toEqual(['LC.6', 'LP.6', 'DR.5']);
  expect(result.warnings.map((w) => w.path)).toContain('$');
});

test('a crosswalk between unknown models is summarized, not rebuilt', () => {
  const result = importCrosswalk(exportCrosswalkToCase(ECQ_2006_TO_2025), { packs: [ECQ_2025_PACK] });
  expect(result.crosswalk).toBeUndefined();
  expect(result.summary).toMatchObject({ associations: 28, fromDocument: 'ecq-2006', toDocument: 'ecq-2025' });
  expect(result.warnings[0]?.message).toMatch(/source model "ecq-2006" is not known/);
});

test('a broken package is rejected with each problem at its exact path', () => {
  const pkg = jsonCopy(exportPackToCase(ECQ_2025_PACK));
  setAt(pkg, ['CFAssociations', 2, 'identifier'], '8F2C1D4E-0000-4000-8000-000000000000');
  deleteAt(pkg, ['CFItems', 5, 'fullStatement']);
  setAt(pkg, ['CFAssociations', 7, 'associationType'], 'isCousinOf');
  setAt(pkg, ['CFAssociations', 10, 'destinationNodeURI', 'identifier'], 'c0ffee00-0000-4000-8000-000000000000');
  setAt(pkg, ['CFAssociations', 20, 'identifier'], requireStringAt(pkg, ['CFItems', 20, 'identifier']));

  const error = importError(JSON.stringify(pkg));
  expect(error.code).toBe('INVALID_CASE_PACKAGE');
  expect(error.field).toBe('file');
  expect(error.problems.map((p) => p.path).sort()).toEqual(
    [
      '$.CFAssociations[2].identifier',
      '$.CFItems[5].fullStatement',
      '$.CFAssociations[7].associationType',
      '$.CFAssociations[10].destinationNodeURI.identifier',
      '$.CFAssociations[20].identifier',
    ].sort(),
  );
  expect(error.message).toBe(`${error.problems[0]?.path}: ${error.problems[0]?.message} (and 4 more)`);
  expect(error.problems.find((p) => p.path === '$.CFItems[5].fullStatement')?.message).toBe('is required');
  expect(error.problems.find((p) => p.path === '$.CFAssociations[20].identifier')?.message).toMatch(/duplicate identifier .* first used at \$\.CFItems\[20\]\.identifier/);
});

test('JSON syntax errors are a problem at $ carrying the parser\'s message', () => {
  const text = '{"CFDocument": ';
  let parserMessage = '';
  try {
    JSON.parse(text);
  } catch (error) {
    parserMessage = (error as Error).message;
  }
  const error = importError(text);
  expect(error.problems).toEqual([{ path: '$', message: `not valid JSON: ${parserMessage}` }]);
  expect(error.message).toBe(`$: not valid JSON: ${parserMessage}`);
});

test('unknown properties are warnings, and the package still imports', () => {
  const pkg = jsonCopy(exportPackToCase(ECQ_2025_PACK));
  setAt(pkg, ['CFItems', 0, 'color'], 'blue');
  setAt(pkg, ['vendor'], { x: 1 });
  const result = importModel(pkg);
  expect(result.warnings.map((w) => w.path)).toEqual(['$.CFItems[0].color', '$.vendor']);
  expect(result.pack.model).toStrictEqual(ECQ_2025_PACK.model);
});

test('a __proto__ key is an unknown property, never a prototype', () => {
  const text = serializeCasePackage(exportPackToCase(ECQ_2025_PACK))
    .replace('{\n  "CFDocument"', '{\n  "__proto__": { "polluted": true },\n  "CFDocument"')
    .replace('"fullStatement": "Leading Change",', '"fullStatement": "Leading Change", "__proto__": { "polluted": true },');
  const result = importModel(text);
  expect(result.warnings.map((w) => w.path).sort()).toEqual(['$.CFItems[0].__proto__', '$.__proto__']);
  expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf(result.pack.model.items[0])).toBe(Object.prototype);
});

describe('model structure', () => {
  test('a sub-competency under a sub-competency is nested too deep', () => {
    const pkg = jsonCopy(exportPackToCase(ECQ_2025_PACK));
    setAt(pkg, ['CFAssociations', 2, 'destinationNodeURI', 'identifier'], requireStringAt(pkg, ['CFItems', 1, 'identifier']));
    expect(importError(pkg).problems).toEqual([{ path: '$.CFAssociations[2]', message: expect.stringMatching(/more than two levels/) }]);
  });

  test('an item without a parent, and an item with two, are problems', () => {
    const pkg = jsonCopy(exportPackToCase(ECQ_2025_PACK));
    // Item 4 (LC.4) gets a second parent, the document; item 3 (LC.3) loses its only one.
    const extra = structuredClone(getAt(pkg, ['CFAssociations', 4]));
    setAt(extra, ['identifier'], 'aaaaaaaa-0000-4000-8000-000000000001');
    setAt(extra, ['destinationNodeURI'], structuredClone(getAt(pkg, ['CFAssociations', 0, 'destinationNodeURI'])));
    pushAt(pkg, ['CFAssociations'], extra);
    deleteAt(pkg, ['CFAssociations', 3]);
    const problems = importError(pkg).problems;
    expect(problems.map((p) => p.path)).toEqual(['$.CFAssociations[29]', '$.CFItems[3]']);
  });

  test('an isChildOf cycle is reported where it closes', () => {
    const pkg = jsonCopy(exportPackToCase(ECQ_2025_PACK));
    setAt(pkg, ['CFAssociations', 0, 'destinationNodeURI', 'identifier'], requireStringAt(pkg, ['CFItems', 1, 'identifier']));
    const problems = importError(pkg).problems;
    expect(problems).toEqual([{ path: '$.CFAssociations[1]', message: expect.stringMatching(/^isChildOf cycle: /) }]);
  });

  test('model rules apply: two ECQs with the same code', () => {
    const pkg = jsonCopy(exportPackToCase(ECQ_2025_PACK));
    setAt(pkg, ['CFItems', 7, 'humanCodingScheme'], 'LC');
    const problems = importError(pkg).problems;
    expect(problems.map((p) => p.path)).toContain('$.CFItems[7].humanCodingScheme');
    expect(problems.every((p) => p.path.startsWith('$.CFItems['))).toBe(true);
  });
});

test('a package from another tool: codes generated, fundamentals from the item type label, id from the title', () => {
  const pkg = structuredClone(exportPackToCase(ECQ_2006_PACK, { caseVersion: '1.0' }));
  pkg.CFDocument.identifier = 'bbbbbbbb-0000-4000-8000-000000000001';
  for (const association of pkg.CFAssociations ?? []) {
    if (association.destinationNodeURI.identifier === ECQ_2006_PACK.model.uuid) association.destinationNodeURI.identifier = pkg.CFDocument.identifier;
    delete association.sequenceNumber;
  }
  for (const item of pkg.CFItems ?? []) {
    delete item.humanCodingScheme;
    delete item.CFItemTypeURI;
  }
  pkg.CFItems?.reverse();
  const result = importModel(pkg);
  const { model } = result.pack;
  expect(model.id).toBe('executive-core-qualifications-2006');
  expect(model.items.slice(0, 3).map((i) => [i.code, i.name])).toEqual([
    ['E1', 'Leading Change'],
    ['E1.1', 'Creativity and Innovation'],
    ['E1.2', 'External Awareness'],
  ]);
  expect(model.items.filter((i) => i.kind === 'fundamental').map((i) => i.code)).toEqual(['FC.1', 'FC.2', 'FC.3', 'FC.4', 'FC.5', 'FC.6']);
  expect(result.summary).toMatchObject({ ecqs: 5, subCompetencies: 22, fundamentals: 6 });
});

test('a generated 5,000-item package imports', () => {
  const pkg = generateCasePackage({ ecqs: 100, subsPerEcq: 49 });
  expect(pkg.CFItems).toHaveLength(5000);
  expect(serializeCasePackage(generateCasePackage({ ecqs: 100, subsPerEcq: 49 }))).toBe(serializeCasePackage(pkg));
  const result = importModel(serializeCasePackage(pkg));
  expect(result.summary).toMatchObject({ ecqs: 100, subCompetencies: 4900, fundamentals: 0, associations: 5000 });
  expect(result.pack.model.items).toHaveLength(5000);
});
