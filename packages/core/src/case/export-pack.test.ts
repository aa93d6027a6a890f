import { describe, expect, test } from 'vitest';
import { isAppError } from '../errors/app-error';
import { ECQ_2006_PACK, ECQ_2025_MAY_PACK, ECQ_2025_PACK } from '../policy/packs';
import type { TPolicyPack } from '../policy/pack';
import { CASE_ITEM_TYPES, ECQ_WORKBENCH_LICENSE } from './case-definitions';
import { CASE_UUID_PATTERN, ZCfPackageV1p0, type TCaseVersion } from './case-schemas';
import { detectCaseVersion } from './detect-case-version';
import { exportPackToCase } from './export-pack';
import { serializeCasePackage } from './serialize-case';
import { validateCasePackage } from './validate-case-package';

const VERSIONS: readonly TCaseVersion[] = ['1.1', '1.0'];

/** Every key anywhere in a JSON value, with the key of the object holding it (`CFAssociations[]` for elements). */
function keysWithOwners(value: unknown, owner = '$'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((element) => keysWithOwners(element, `${owner}[]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [[owner, key] as [string, string], ...keysWithOwners(child, key)]);
}

describe.each(VERSIONS)('exportPackToCase, CASE %s', (caseVersion) => {
  const pkg = exportPackToCase(ECQ_2025_PACK, { caseVersion });
  const model = ECQ_2025_PACK.model;

  test('the January 2025 export validates with no problems and no warnings', () => {
    const result = validateCasePackage(JSON.parse(serializeCasePackage(pkg)));
    expect(result).toEqual({ caseVersion, problems: [], warnings: [] });
  });

  test('has 30 CFItems whose identifiers are the model item ids, in model order', () => {
    expect(pkg.CFItems).toHaveLength(30);
    expect(pkg.CFItems?.map((item) => item.identifier)).toEqual(model.items.map((item) => item.id));
    expect(pkg.CFItems?.map((item) => item.humanCodingScheme)).toEqual(model.items.map((item) => item.code));
    expect(pkg.CFItems?.map((item) => item.fullStatement)).toEqual(model.items.map((item) => item.name));
    expect(pkg.CFDocument.identifier).toBe(model.uuid);
  });

  test('has one isChildOf per item: sub-competency to its ECQ, ECQ to the document, numbered by position', () => {
    const associations = pkg.CFAssociations ?? [];
    expect(associations).toHaveLength(30);
    expect(associations.every((a) => a.associationType === 'isChildOf')).toBe(true);
    for (const [index, item] of model.items.entries()) {
      const association = associations[index];
      const parent = model.items.find((candidate) => candidate.code === item.parentCode);
      expect(association?.originNodeURI.identifier).toBe(item.id);
      expect(association?.destinationNodeURI.identifier).toBe(parent?.id ?? model.uuid);
      expect(association?.sequenceNumber).toBe(item.position);
      expect(association?.identifier).toMatch(CASE_UUID_PATTERN);
    }
  });

  test('serializes byte for byte the same on two runs', () => {
    const first = serializeCasePackage(exportPackToCase(ECQ_2025_PACK, { caseVersion }));
    const second = serializeCasePackage(exportPackToCase(ECQ_2025_PACK, { caseVersion }));
    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
  });

  test('defines the three item types and the license, and links every item to its type', () => {
    expect(pkg.CFDefinitions?.CFItemTypes?.map((type) => type.title)).toEqual([
      'Executive Core Qualification',
      'Sub-competency',
      'Fundamental Competency',
    ]);
    expect(pkg.CFDefinitions?.CFItemTypes?.every((type) => type.description.length > 0 && type.hierarchyCode.length > 0)).toBe(true);
    expect(pkg.CFDefinitions?.CFLicenses?.[0]?.licenseText).toMatch(/17 U\.S\.C\. §105[\s\S]*CC0 1\.0/);
    expect(pkg.CFDocument.licenseURI?.identifier).toBe(ECQ_WORKBENCH_LICENSE.identifier);
    for (const [index, item] of model.items.entries()) {
      expect(pkg.CFItems?.[index]?.CFItemTypeURI?.identifier).toBe(CASE_ITEM_TYPES[item.kind].identifier);
    }
  });
});

test.each([ECQ_2025_PACK, ECQ_2006_PACK])('the 1.0 export of $id carries no CASE 1.1 property anywhere', (pack) => {
  const pkg = exportPackToCase(pack, { caseVersion: '1.0' });
  expect(ZCfPackageV1p0.safeParse(pkg).success).toBe(true);
  expect(detectCaseVersion(pkg)).toBe('1.0');
  const pairs = keysWithOwners(JSON.parse(serializeCasePackage(pkg)));
  const keys = new Set(pairs.map(([, key]) => key));
  for (const key of ['extensions', 'caseVersion', 'frameworkType', 'targetType', 'subject', 'subjectURI']) expect(keys.has(key)).toBe(false);
  expect(pairs.some(([owner, key]) => owner === 'CFAssociations[]' && key === 'notes')).toBe(false);
});

test('the 1.1 export says so and carries the pack in extensions.ecqWorkbench', () => {
  const pkg = exportPackToCase(ECQ_2025_MAY_PACK);
  expect(pkg.CFDocument.caseVersion).toBe('1.1');
  expect(pkg.CFDocument.frameworkType).toBe('Competency');
  expect(pkg.CFDocument.extensions?.['ecqWorkbench']).toMatchObject({
    modelId: 'ecq-2025-may',
    alternative: { group: 'ecq-2025', isDefault: false },
    effective: ECQ_2025_MAY_PACK.effective,
  });
  expect(pkg.CFItems?.[0]?.extensions?.['ecqWorkbench']).toEqual({ kind: 'ecq', source: ECQ_2025_MAY_PACK.model.source, isProvisional: false });
});

test('fundamentals hang off the document after the ECQs and keep their own type', () => {
  const pkg = exportPackToCase(ECQ_2006_PACK);
  const fundamentals = (pkg.CFItems ?? []).filter((item) => item.CFItemType === 'Fundamental Competency');
  expect(fundamentals.map((item) => item.humanCodingScheme)).toEqual(['FC.1', 'FC.2', 'FC.3', 'FC.4', 'FC.5', 'FC.6']);
  const toDocument = (pkg.CFAssociations ?? []).filter((a) => a.destinationNodeURI.identifier === pkg.CFDocument.identifier);
  expect(toDocument.map((a) => a.sequenceNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
});

test('adoptionStatus is Provisional when any item is provisional, else Adopted', () => {
  expect(exportPackToCase(ECQ_2025_PACK).CFDocument.adoptionStatus).toBe('Adopted');
  const model = ECQ_2025_PACK.model;
  const provisional: TPolicyPack = {
    ...ECQ_2025_PACK,
    model: { ...model, items: model.items.map((item, i) => (i === 3 ? { ...item, isProvisional: true } : item)) },
  };
  expect(exportPackToCase(provisional).CFDocument.adoptionStatus).toBe('Provisional');
});

test('with a base URI, every object lives under the CASE REST path of its version', () => {
  const v1p1 = exportPackToCase(ECQ_2025_PACK, { baseUri: 'https://case.example.gov/' });
  const item = v1p1.CFItems?.[0];
  expect(item?.uri).toBe(`https://case.example.gov/ims/case/v1p1/CFItems/${item?.identifier}`);
  expect(v1p1.CFDocument.uri).toBe(`https://case.example.gov/ims/case/v1p1/CFDocuments/${v1p1.CFDocument.identifier}`);
  const association = v1p1.CFAssociations?.[0];
  expect(association?.uri).toBe(`https://case.example.gov/ims/case/v1p1/CFAssociations/${association?.identifier}`);
  const type = v1p1.CFDefinitions?.CFItemTypes?.[0];
  expect(type?.uri).toBe(`https://case.example.gov/ims/case/v1p1/CFItemTypes/${type?.identifier}`);
  const license = v1p1.CFDefinitions?.CFLicenses?.[0];
  expect(license?.uri).toBe(`https://case.example.gov/ims/case/v1p1/CFLicenses/${license?.identifier}`);

  const v1p0 = exportPackToCase(ECQ_2025_PACK, { caseVersion: '1.0', baseUri: 'https://case.example.gov' });
  expect(v1p0.CFItems?.[0]?.uri).toBe(`https://case.example.gov/ims/case/v1p0/CFItems/${item?.identifier}`);
  expect(validateCasePackage(v1p0).problems).toEqual([]);
});

test('without a base URI, objects are addressed by urn:uuid', () => {
  const pkg = exportPackToCase(ECQ_2025_PACK);
  expect(pkg.CFItems?.[0]?.uri).toBe(`urn:uuid:${pkg.CFItems?.[0]?.identifier}`);
});

test('rejects a base URI that is not an http(s) URL', () => {
  let caught: unknown;
  try {
    exportPackToCase(ECQ_2025_PACK, { baseUri: 'ftp://example.gov' });
  } catch (error) {
    caught = error;
  }
  expect(isAppError(caught) && caught.code === 'VALIDATION_FAILED' && caught.field === 'baseUri').toBe(true);
});

test('lastChangeDateTime is the issue date at midnight UTC, on every object', () => {
  const pkg = exportPackToCase(ECQ_2025_PACK);
  const stamps = new Set(
    [pkg.CFDocument, ...(pkg.CFItems ?? []), ...(pkg.CFAssociations ?? []), ...(pkg.CFDefinitions?.CFItemTypes ?? [])].map(
      (record) => record.lastChangeDateTime,
    ),
  );
  expect([...stamps]).toEqual(['2025-01-15T00:00:00+00:00']);
});
