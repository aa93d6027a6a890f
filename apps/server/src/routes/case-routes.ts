import { CASE_UUID_PATTERN, type TCaseVersion } from '@ecq/core';
import { z } from 'zod';
import { sendCachedJson } from '../case-api/cached-json';
import { answerCaseFailures, CaseApiError } from '../case-api/case-api-error';
import { CASE_RESOURCES, RESPONSE_KIND_OF, type TCaseResource } from '../case-api/case-catalog';
import { CASE_RESPONSE_SCHEMAS } from '../case-api/case-response-schemas';
import { listCaseDocuments, pagingLinkHeader, parseDocumentsQuery } from '../case-api/list-case-documents';
import { defineRoute, PUBLIC, REPLY_SENT, type TAnyRoute } from '../http/route';

/** The base path of each CASE version's REST binding. */
export const CASE_BASE_PATHS: Readonly<Record<TCaseVersion, string>> = { '1.1': '/ims/case/v1p1', '1.0': '/ims/case/v1p0' };

/** What each single-resource GET returns, for the route table and error messages. */
const RESOURCE_DESCRIPTIONS: Readonly<Record<TCaseResource, { readonly object: string; readonly summary: string }>> = {
  CFDocuments: { object: 'CFDocument', summary: 'one framework or crosswalk document, with its CFPackageURI' },
  CFPackages: { object: 'CFDocument', summary: 'a whole framework or crosswalk: document, items, associations, definitions' },
  CFItems: { object: 'CFItem', summary: 'one competency, with its CFDocumentURI' },
  CFItemAssociations: { object: 'CFItem', summary: 'one competency and every association it takes part in, crosswalks included' },
  CFAssociations: { object: 'CFAssociation', summary: 'one association' },
  CFAssociationGroupings: { object: 'CFAssociationGrouping', summary: 'one association grouping' },
  CFItemTypes: { object: 'CFItemType', summary: 'one item type and its children by hierarchyCode' },
  CFLicenses: { object: 'CFLicense', summary: 'one license' },
  CFConcepts: { object: 'CFConcept', summary: 'one concept and its children by hierarchyCode' },
  CFSubjects: { object: 'CFSubject', summary: 'one subject and its children by hierarchyCode' },
  CFRubrics: { object: 'CFRubric', summary: 'one rubric with its criteria and levels' },
};

/** Query values may come once or repeated; the handler checks them, so that errors take the binding's imsx form. */
const ZQueryValue = z.union([z.string(), z.array(z.string())]).optional();
export const ZCaseDocumentsQuery = z.object({
  limit: ZQueryValue.describe('largest number of records to return, from 1 (default 100)'),
  offset: ZQueryValue.describe('number of the first record to return, from 0 (default 0)'),
  sort: ZQueryValue.describe('a CFDocument field to sort by'),
  orderBy: ZQueryValue.describe('asc (default) or desc'),
  filter: ZQueryValue.describe("field<op>value joined by AND/OR; op one of = != > >= < <= ~ (contains); e.g. title~'ECQ'"),
  fields: ZQueryValue.describe('the CFDocument fields to return, comma-separated'),
});
export const ZSourcedIdParams = z.strictObject({ sourcedId: z.string().describe('the identifier (a UUID)') });

const PAGING_HEADERS = {
  'X-Total-Count': 'how many CFDocuments match, across all pages',
  Link: 'RFC 8288 links to the first, prev, next and last pages',
} as const;

function documentListRoute(version: TCaseVersion): TAnyRoute {
  const path = `${CASE_BASE_PATHS[version]}/CFDocuments`;
  return defineRoute({
    method: 'GET',
    url: path,
    summary: `CASE ${version}: every framework and crosswalk (CFDocuments), filtered, sorted and paged`,
    tags: ['case'],
    access: PUBLIC,
    query: ZCaseDocumentsQuery,
    response: CASE_RESPONSE_SCHEMAS[version].CFDocuments,
    responseHeaders: PAGING_HEADERS,
    async handler({ query, deps, request, reply }) {
      return answerCaseFailures({ version, request, reply }, async () => {
        const parsed = parseDocumentsQuery(version, query);
        const page = listCaseDocuments((await deps.packs.current()).caseCatalog(version), parsed);
        void reply
          .header('x-total-count', String(page.total))
          .header('link', pagingLinkHeader({ path, query, limit: parsed.limit, offset: parsed.offset, total: page.total }));
        return { CFDocuments: page.documents };
      });
    },
  });
}

function resourceRoute(version: TCaseVersion, resource: TCaseResource): TAnyRoute {
  const { object, summary } = RESOURCE_DESCRIPTIONS[resource];
  return defineRoute({
    method: 'GET',
    url: `${CASE_BASE_PATHS[version]}/${resource}/:sourcedId`,
    summary: `CASE ${version}: ${summary}`,
    tags: ['case'],
    access: PUBLIC,
    params: ZSourcedIdParams,
    response: CASE_RESPONSE_SCHEMAS[version][RESPONSE_KIND_OF[resource]],
    async handler({ params, deps, request, reply }) {
      return answerCaseFailures({ version, request, reply }, async (): Promise<typeof REPLY_SENT> => {
        const id = params.sourcedId;
        if (!CASE_UUID_PATTERN.test(id)) {
          throw new CaseApiError('invalid_uuid', 'sourcedId', `sourcedId: "${id.slice(0, 100)}" is not a lower-case UUID`);
        }
        // Served from the registry's catalog, serialized and compressed once: no per-request work.
        const body = (await deps.packs.current()).caseCatalog(version).responseOf(resource, id);
        if (body === undefined) throw new CaseApiError('unknownobject', 'sourcedId', `sourcedId: no ${object} has the identifier ${id}`);
        sendCachedJson(request, reply, body);
        return REPLY_SENT;
      });
    },
  });
}

/**
 * The 1EdTech CASE REST API, read-only and public, in both versions (`/ims/case/v1p1` for CASE 1.1 and
 * `/ims/case/v1p0` for CASE 1.0): every policy pack's framework and every crosswalk. Errors answer with
 * the binding's `imsx_StatusInfo` body.
 */
export const caseRoutes: readonly TAnyRoute[] = (['1.1', '1.0'] as const).flatMap((version) => [
  documentListRoute(version),
  ...CASE_RESOURCES.map((resource) => resourceRoute(version, resource)),
]);
