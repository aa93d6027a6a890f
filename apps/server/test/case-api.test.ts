import {
  BUILT_IN_CROSSWALKS,
  BUILT_IN_PACKS,
  CASE_ITEM_TYPES,
  ECQ_2025_PACK,
  ECQ_WORKBENCH_LICENSE,
  exportCrosswalkToCase,
  exportPackToCase,
  serializeCasePackage,
  ZCfAssociationV1p0,
  ZCfAssociationV1p1,
  ZCfDefinitionsV1p0,
  ZCfDefinitionsV1p1,
  ZCfDocumentV1p0,
  ZCfDocumentV1p1,
  ZCfItemV1p0,
  ZCfItemV1p1,
  ZCfPackageV1p0,
  ZCfPackageV1p1,
  ZLinkUri,
  type TCaseVersion,
  type TCfPackage,
} from '@ecq/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from './harness';

/**
 * The oracle: core's CASE schemas (the official bindings' shapes), extended here, independently of the
 * server's own response schemas, with the standalone forms the REST binding returns.
 */
const SPEC = {
  '1.0': {
    base: '/ims/case/v1p0',
    invalidUuid: 'invaliduuid',
    document: ZCfDocumentV1p0.extend({ CFPackageURI: ZLinkUri }),
    item: ZCfItemV1p0.extend({ CFDocumentURI: ZLinkUri }),
    association: ZCfAssociationV1p0.extend({ CFDocumentURI: ZLinkUri.optional() }),
    packageAssociation: ZCfAssociationV1p0,
    pkg: ZCfPackageV1p0,
    definitions: ZCfDefinitionsV1p0.shape,
  },
  '1.1': {
    base: '/ims/case/v1p1',
    invalidUuid: 'invalid_uuid',
    document: ZCfDocumentV1p1.extend({ CFPackageURI: ZLinkUri }),
    item: ZCfItemV1p1.extend({ CFDocumentURI: ZLinkUri }),
    association: ZCfAssociationV1p1.extend({ CFDocumentURI: ZLinkUri.optional() }),
    packageAssociation: ZCfAssociationV1p1,
    pkg: ZCfPackageV1p1,
    definitions: ZCfDefinitionsV1p1.shape,
  },
} as const;

/** `imsx_StatusInfo` of a failure, with one code minor field. */
function imsxFailure(value: string, fieldName: string) {
  return z.strictObject({
    imsx_codeMajor: z.literal('failure'),
    imsx_severity: z.literal('error'),
    imsx_description: z.string().min(1),
    imsx_codeMinor: z.strictObject({
      imsx_codeMinorField: z.tuple([
        z.strictObject({ imsx_codeMinorFieldName: z.literal(fieldName), imsx_codeMinorFieldValue: z.literal(value) }),
      ]),
    }),
  });
}

/** Parses a value and fails the test with zod's own report when it does not match. */
function expectShape<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) expect.fail(z.prettifyError(result.error));
  return result.data;
}

function parseLinkHeader(header: unknown): Record<string, string> {
  expect(typeof header).toBe('string');
  return Object.fromEntries([...String(header).matchAll(/<([^>]*)>;\s*rel="([^"]+)"/g)].map((m) => [m[2]!, m[1]!]));
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const get = (url: string): Promise<LightMyRequestResponse> => t.app.inject({ method: 'GET', url });

const VERSIONS = ['1.1', '1.0'] as const satisfies readonly TCaseVersion[];

for (const version of VERSIONS) {
  const spec = SPEC[version];
  const base = spec.base;
  const packages: TCfPackage[] = [
    ...BUILT_IN_PACKS.map((pack) => exportPackToCase(pack, { caseVersion: version })),
    ...BUILT_IN_CROSSWALKS.map((crosswalk) => exportCrosswalkToCase(crosswalk, { caseVersion: version })),
  ];
  const ecq2025 = exportPackToCase(ECQ_2025_PACK, { caseVersion: version });
  const crosswalkToMay = exportCrosswalkToCase(BUILT_IN_CROSSWALKS[1]!, { caseVersion: version });
  const documentIds = packages.map((pkg) => pkg.CFDocument.identifier);

  describe(`[CASE ${version}] single resources under ${base}`, () => {
    it('CFDocuments/{id}: the flat CFDocument with its CFPackageURI', async () => {
      const response = await get(`${base}/CFDocuments/${ecq2025.CFDocument.identifier}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const document = expectShape(spec.document, response.json());
      expect(document).toMatchObject({ ...ecq2025.CFDocument, CFPackageURI: { identifier: ecq2025.CFDocument.identifier } });
    });

    it('CFPackages/{id}: exactly the export of the pack, serialized', async () => {
      const response = await get(`${base}/CFPackages/${ECQ_2025_PACK.model.uuid}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).toBe(serializeCasePackage(ecq2025));
      expectShape(spec.pkg, response.json());
      const again = await get(`${base}/CFPackages/${ECQ_2025_PACK.model.uuid}`);
      expect(again.body).toBe(response.body);
      if (version === '1.0') {
        expect(response.json().CFDocument).not.toHaveProperty('caseVersion');
        expect(response.body).not.toContain('"extensions"');
        expect(response.body).not.toContain('"targetType"');
      } else {
        expect(response.json().CFDocument).toMatchObject({ caseVersion: '1.1', extensions: { ecqWorkbench: { modelId: 'ecq-2025' } } });
      }
    });

    it('CFPackages/{id} of a crosswalk: associations across the two models, one grouping', async () => {
      const response = await get(`${base}/CFPackages/${crosswalkToMay.CFDocument.identifier}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).toBe(serializeCasePackage(crosswalkToMay));
      const pkg = expectShape(spec.pkg, response.json());
      expect(pkg.CFItems).toEqual([]);
      expect(pkg.CFAssociations?.length).toBeGreaterThan(0);
    });

    it('CFItems/{id}: the flat CFItem with its CFDocumentURI', async () => {
      const source = ecq2025.CFItems![1]!;
      const response = await get(`${base}/CFItems/${source.identifier}`);
      expect(response.statusCode, response.body).toBe(200);
      const item = expectShape(spec.item, response.json());
      expect(item).toEqual({
        ...source,
        CFDocumentURI: { title: ecq2025.CFDocument.title, identifier: ecq2025.CFDocument.identifier, uri: ecq2025.CFDocument.uri },
      });
    });

    it('CFItemAssociations/{id}: the item and its associations, the crosswalks\' included', async () => {
      const item = ecq2025.CFItems!.find((candidate) => candidate.humanCodingScheme === 'LC.1')!;
      const response = await get(`${base}/CFItemAssociations/${item.identifier}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = expectShape(z.strictObject({ CFItem: spec.item, CFAssociations: z.array(spec.packageAssociation).min(1) }), response.json());
      expect(body.CFItem.identifier).toBe(item.identifier);
      const expected = packages
        .flatMap((pkg) => pkg.CFAssociations ?? [])
        .filter((a) => a.originNodeURI.identifier === item.identifier || a.destinationNodeURI.identifier === item.identifier);
      expect(body.CFAssociations.map((a) => a.identifier).sort()).toEqual(expected.map((a) => a.identifier).sort());
      expect(body.CFAssociations.map((a) => a.associationType)).toEqual(expect.arrayContaining(['isChildOf', 'isRelatedTo']));
    });

    it('CFAssociations/{id}: the flat association with the document it belongs to', async () => {
      const source = crosswalkToMay.CFAssociations![0]!;
      const response = await get(`${base}/CFAssociations/${source.identifier}`);
      expect(response.statusCode, response.body).toBe(200);
      const association = expectShape(spec.association, response.json());
      expect(association).toMatchObject({ ...source, CFDocumentURI: { identifier: crosswalkToMay.CFDocument.identifier } });
    });

    it('CFAssociationGroupings/{id}, CFLicenses/{id}: flat definitions', async () => {
      const grouping = crosswalkToMay.CFDefinitions!.CFAssociationGroupings![0]!;
      const groupingResponse = await get(`${base}/CFAssociationGroupings/${grouping.identifier}`);
      expect(groupingResponse.statusCode, groupingResponse.body).toBe(200);
      expect(expectShape(spec.definitions.CFAssociationGroupings.unwrap().element, groupingResponse.json())).toEqual(grouping);
      const license = await get(`${base}/CFLicenses/${ECQ_WORKBENCH_LICENSE.identifier}`);
      expect(license.statusCode, license.body).toBe(200);
      expect(expectShape(spec.definitions.CFLicenses.unwrap().element, license.json())).toMatchObject({
        identifier: ECQ_WORKBENCH_LICENSE.identifier,
        licenseText: ECQ_WORKBENCH_LICENSE.licenseText,
      });
    });

    it('CFItemTypes/{id}: the type, then its children by hierarchyCode', async () => {
      const response = await get(`${base}/CFItemTypes/${CASE_ITEM_TYPES.ecq.identifier}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = expectShape(z.strictObject({ CFItemTypes: spec.definitions.CFItemTypes.unwrap().min(1) }), response.json());
      expect(body.CFItemTypes.map((type) => type.hierarchyCode)).toEqual(['1', '1.1']);
      const leaf = await get(`${base}/CFItemTypes/${CASE_ITEM_TYPES.fundamental.identifier}`);
      expect(leaf.json().CFItemTypes.map((type: { typeCode: string }) => type.typeCode)).toEqual(['fundamental']);
    });

    it('answers 404 unknownobject for identifiers nothing has (concepts, subjects, rubrics: our packs have none)', async () => {
      const unknown = '0b0c9d5e-2f4a-4b6c-8d7e-9f0a1b2c3d4e';
      for (const collection of ['CFDocuments', 'CFPackages', 'CFItems', 'CFItemAssociations', 'CFAssociations', 'CFAssociationGroupings', 'CFItemTypes', 'CFLicenses', 'CFConcepts', 'CFSubjects', 'CFRubrics']) {
        const response = await get(`${base}/${collection}/${unknown}`);
        expect(response.statusCode, collection).toBe(404);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expectShape(imsxFailure('unknownobject', 'sourcedId'), response.json());
      }
      // An item's identifier is not a document's.
      const wrongCollection = await get(`${base}/CFDocuments/${ecq2025.CFItems![0]!.identifier}`);
      expectShape(imsxFailure('unknownobject', 'sourcedId'), wrongCollection.json());
    });

    it(`answers 404 ${spec.invalidUuid} for a malformed identifier`, async () => {
      for (const bad of ['not-a-uuid', ECQ_2025_PACK.model.uuid.toUpperCase(), '00000000-0000-0000-0000-000000000000', `${ECQ_2025_PACK.model.uuid}x`]) {
        const response = await get(`${base}/CFPackages/${encodeURIComponent(bad)}`);
        expect(response.statusCode, bad).toBe(404);
        expectShape(imsxFailure(spec.invalidUuid, 'sourcedId'), response.json());
      }
    });
  });

  describe(`[CASE ${version}] GET ${base}/CFDocuments`, () => {
    it('lists every framework and crosswalk as standalone CFDocuments, with X-Total-Count', async () => {
      const response = await get(`${base}/CFDocuments`);
      expect(response.statusCode, response.body).toBe(200);
      const body = expectShape(z.strictObject({ CFDocuments: z.array(spec.document).min(1) }), response.json());
      expect(body.CFDocuments.map((d) => d.identifier)).toEqual(documentIds);
      expect(response.headers['x-total-count']).toBe(String(documentIds.length));
      const links = parseLinkHeader(response.headers.link);
      expect(Object.keys(links).sort()).toEqual(['first', 'last']);
    });

    it('pages with limit and offset, linking first, prev, next and last', async () => {
      const first = await get(`${base}/CFDocuments?limit=2`);
      expect(first.json().CFDocuments.map((d: { identifier: string }) => d.identifier)).toEqual(documentIds.slice(0, 2));
      expect(first.headers['x-total-count']).toBe('5');
      const firstLinks = parseLinkHeader(first.headers.link);
      expect(firstLinks).not.toHaveProperty('prev');
      expect(firstLinks.next).toBe(`${base}/CFDocuments?limit=2&offset=2`);
      expect(firstLinks.last).toBe(`${base}/CFDocuments?limit=2&offset=4`);

      const middle = await get(firstLinks.next!);
      const middleLinks = parseLinkHeader(middle.headers.link);
      expect(middleLinks.prev).toBe(`${base}/CFDocuments?limit=2&offset=0`);
      expect(middleLinks.next).toBe(`${base}/CFDocuments?limit=2&offset=4`);

      const seen: string[] = [];
      let url: string | undefined = `${base}/CFDocuments?limit=2`;
      for (let pages = 0; url !== undefined && pages < 10; pages++) {
        const page: LightMyRequestResponse = await get(url);
        seen.push(...page.json().CFDocuments.map((d: { identifier: string }) => d.identifier));
        url = parseLinkHeader(page.headers.link).next;
      }
      expect(seen).toEqual(documentIds);

      const beyond = await get(`${base}/CFDocuments?limit=2&offset=10`);
      expect(beyond.json()).toEqual({ CFDocuments: [] });
      expect(beyond.headers['x-total-count']).toBe('5');
    });

    it('sorts by a field, ascending or descending', async () => {
      const titles = async (query: string): Promise<string[]> =>
        (await get(`${base}/CFDocuments?${query}`)).json().CFDocuments.map((d: { title: string }) => d.title);
      const ascending = await titles('sort=title');
      expect(ascending).toEqual(packages.map((pkg) => pkg.CFDocument.title).sort((a, b) => a.localeCompare(b, 'en')));
      expect(await titles('sort=title&orderBy=desc')).toEqual([...ascending].reverse());
    });

    it('filters with =, !=, ~ joined by AND and OR, case-insensitively, and keeps the filter in the links', async () => {
      const ids = async (filter: string, extra = ''): Promise<string[]> => {
        const response = await get(`${base}/CFDocuments?filter=${encodeURIComponent(filter)}${extra}`);
        expect(response.statusCode, `${filter}: ${response.body}`).toBe(200);
        return response.json().CFDocuments.map((d: { identifier: string }) => d.identifier);
      };
      const where = (predicate: (pkg: TCfPackage) => boolean) => packages.filter(predicate).map((pkg) => pkg.CFDocument.identifier);
      const title = (pkg: TCfPackage) => pkg.CFDocument.title.toLowerCase();

      expect(await ids("title~'crosswalk'")).toEqual(where((pkg) => title(pkg).includes('crosswalk')));
      expect(await ids('adoptionStatus=adopted')).toEqual(where((pkg) => pkg.CFDocument.adoptionStatus === 'Adopted'));
      expect(await ids("adoptionStatus!='Adopted'")).toEqual(where((pkg) => pkg.CFDocument.adoptionStatus !== 'Adopted'));
      expect(await ids(`identifier=${ECQ_2025_PACK.model.uuid}`)).toEqual([ECQ_2025_PACK.model.uuid]);
      expect(await ids("title~'crosswalk' AND title~'may'")).toEqual(where((pkg) => title(pkg).includes('crosswalk') && title(pkg).includes('may')));
      expect(await ids("title~'2006' OR title~'May 2025'")).toEqual(where((pkg) => title(pkg).includes('2006') || title(pkg).includes('may 2025')));
      expect(await ids("title='Nothing like this'")).toEqual([]);

      const paged = await get(`${base}/CFDocuments?filter=${encodeURIComponent("title~'crosswalk'")}&limit=1`);
      expect(paged.headers['x-total-count']).toBe('2');
      const next = parseLinkHeader(paged.headers.link).next!;
      expect(new URL(next, 'http://x').searchParams.get('filter')).toBe("title~'crosswalk'");
    });

    it('returns only the fields asked for', async () => {
      const response = await get(`${base}/CFDocuments?fields=identifier,title`);
      expect(response.statusCode, response.body).toBe(200);
      for (const document of response.json().CFDocuments) expect(Object.keys(document).sort()).toEqual(['identifier', 'title']);
    });

    const badRequests: [string, string, string][] = [
      ['sort=color', 'invalid_sort_field', 'sort'],
      ['sort=subjectURI', 'invalid_sort_field', 'sort'],
      ['sort=', 'invalid_sort_field', 'sort'],
      ['sort=title&orderBy=sideways', 'invalid_sort_field', 'orderBy'],
      ['limit=0', 'invalid_selection_field', 'limit'],
      ['limit=ten', 'invalid_selection_field', 'limit'],
      ['limit=1&limit=2', 'invalid_selection_field', 'limit'],
      ['offset=-1', 'invalid_selection_field', 'offset'],
      ['filter=title', 'invalid_selection_field', 'filter'],
      [`filter=${encodeURIComponent("title~'open")}`, 'invalid_selection_field', 'filter'],
      [`filter=${encodeURIComponent("color='red'")}`, 'invalid_selection_field', 'filter'],
      [`filter=${encodeURIComponent("title='a' XOR title='b'")}`, 'invalid_selection_field', 'filter'],
      ['fields=identifier,color', 'invalid_selection_field', 'fields'],
      ['fields=identifier,,title', 'invalid_selection_field', 'fields'],
    ];
    if (version === '1.0') badRequests.push(['sort=caseVersion', 'invalid_sort_field', 'sort']);
    for (const [query, codeMinor, field] of badRequests) {
      it(`answers 400 ${codeMinor} naming ${field} for ?${query}`, async () => {
        const response = await get(`${base}/CFDocuments?${query}`);
        expect(response.statusCode, response.body).toBe(400);
        expectShape(imsxFailure(codeMinor, field), response.json());
      });
    }
  });
}

describe('[CASE] the route table', () => {
  it('documents every CASE route, both versions, in the OpenAPI document', async () => {
    const paths = Object.keys((await get('/openapi.json')).json().paths);
    for (const base of ['/ims/case/v1p1', '/ims/case/v1p0']) {
      expect(paths).toEqual(
        expect.arrayContaining([
          `${base}/CFDocuments`,
          ...['CFDocuments', 'CFPackages', 'CFItems', 'CFItemAssociations', 'CFAssociations', 'CFAssociationGroupings', 'CFItemTypes', 'CFLicenses', 'CFConcepts', 'CFSubjects', 'CFRubrics'].map(
            (collection) => `${base}/${collection}/{sourcedId}`,
          ),
        ]),
      );
    }
  });
});
