import type { TCaseVersion } from '@ecq/core';
import { CaseApiError } from './case-api-error';
import type { CaseCatalog, TStandaloneDocument } from './case-catalog';
import {
  CaseFilterSyntaxError,
  compareCaseValues,
  matchesCaseFilter,
  parseCaseFilter,
  type TCaseFilter,
} from './case-filter';
import { CASE_RESPONSE_SCHEMAS } from './case-response-schemas';

/** `limit` when the request names none (CASE 1.0 REST binding default, kept for 1.1). */
export const CASE_LIST_LIMIT_DEFAULT = 100;
const INT32_MAX = 2_147_483_647;

/** The query parameters of `GET /CFDocuments` as they arrive: absent, once, or repeated. */
export type TRawDocumentsQuery = {
  readonly [name in 'limit' | 'offset' | 'sort' | 'orderBy' | 'filter' | 'fields']?: string | readonly string[] | undefined;
};

export interface TDocumentsQuery {
  readonly limit: number;
  readonly offset: number;
  readonly sort: string | undefined;
  readonly orderBy: 'asc' | 'desc';
  readonly filter: TCaseFilter | undefined;
  readonly fields: ReadonlySet<string> | undefined;
}

/** CFDocument properties whose values are not single strings: selectable with `fields`, but not sortable. */
const NON_SCALAR_FIELDS = new Set(['subject', 'subjectURI', 'licenseURI', 'CFPackageURI', 'extensions']);

/** The properties of a standalone CFDocument in one CASE version, and which of them sort and filter. */
export function documentFieldsOf(version: TCaseVersion): {
  readonly all: readonly string[];
  readonly sortable: readonly string[];
  readonly filterable: readonly string[];
} {
  const all = Object.keys(CASE_RESPONSE_SCHEMAS[version].CFDocument.shape);
  const sortable = all.filter((field) => !NON_SCALAR_FIELDS.has(field));
  return { all, sortable, filterable: [...sortable, 'subject'] };
}

function once(
  raw: TRawDocumentsQuery,
  name: keyof TRawDocumentsQuery,
  failure: 'invalid_sort_field' | 'invalid_selection_field',
): string | undefined {
  const value = raw[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new CaseApiError(failure, name, `${name}: give it once`);
  if (value.trim() === '') throw new CaseApiError(failure, name, `${name}: must not be empty`);
  return value;
}

function integerParam(raw: TRawDocumentsQuery, name: 'limit' | 'offset', min: number, fallback: number): number {
  const text = once(raw, name, 'invalid_selection_field');
  if (text === undefined) return fallback;
  const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > INT32_MAX) {
    throw new CaseApiError('invalid_selection_field', name, `${name}: must be a whole number from ${min} to ${INT32_MAX}; got "${text}"`);
  }
  return value;
}

/**
 * Reads and checks the query of `GET /CFDocuments`.
 * @throws CaseApiError `invalid_sort_field` (sort, orderBy) or `invalid_selection_field` (limit, offset,
 *   filter, fields), naming the parameter and the fields it may use.
 */
export function parseDocumentsQuery(version: TCaseVersion, raw: TRawDocumentsQuery): TDocumentsQuery {
  const fields = documentFieldsOf(version);
  const sort = once(raw, 'sort', 'invalid_sort_field');
  if (sort !== undefined && !fields.sortable.includes(sort)) {
    throw new CaseApiError('invalid_sort_field', 'sort', `sort: "${sort}" is not a sortable CFDocument field; use one of ${fields.sortable.join(', ')}`);
  }
  const orderBy = once(raw, 'orderBy', 'invalid_sort_field') ?? 'asc';
  if (orderBy !== 'asc' && orderBy !== 'desc') {
    throw new CaseApiError('invalid_sort_field', 'orderBy', `orderBy: must be asc or desc; got "${orderBy}"`);
  }
  return {
    limit: integerParam(raw, 'limit', 1, CASE_LIST_LIMIT_DEFAULT),
    offset: integerParam(raw, 'offset', 0, 0),
    sort,
    orderBy,
    filter: readFilter(once(raw, 'filter', 'invalid_selection_field'), fields.filterable),
    fields: readFields(raw.fields, fields.all),
  };
}

function readFilter(text: string | undefined, filterable: readonly string[]): TCaseFilter | undefined {
  if (text === undefined) return undefined;
  let filter: TCaseFilter;
  try {
    filter = parseCaseFilter(text);
  } catch (error) {
    if (error instanceof CaseFilterSyntaxError) throw new CaseApiError('invalid_selection_field', 'filter', `filter: ${error.message}`);
    throw error;
  }
  for (const clause of filter.flat()) {
    if (!filterable.includes(clause.field)) {
      throw new CaseApiError(
        'invalid_selection_field',
        'filter',
        `filter: "${clause.field}" is not a filterable CFDocument field; use one of ${filterable.join(', ')}`,
      );
    }
  }
  return filter;
}

/** `fields` as a comma-separated list (CASE 1.0 `collectionFormat: csv`) or repeated (CASE 1.1 `style: form`). */
function readFields(raw: string | readonly string[] | undefined, known: readonly string[]): ReadonlySet<string> | undefined {
  if (raw === undefined) return undefined;
  const names = (typeof raw === 'string' ? [raw] : raw).flatMap((part) => part.split(',')).map((name) => name.trim());
  for (const name of names) {
    if (name === '') throw new CaseApiError('invalid_selection_field', 'fields', 'fields: a field name is blank');
    if (!known.includes(name)) {
      throw new CaseApiError('invalid_selection_field', 'fields', `fields: "${name}" is not a CFDocument field; use any of ${known.join(', ')}`);
    }
  }
  return new Set(names);
}

function sortDocuments(documents: TStandaloneDocument[], field: string, orderBy: 'asc' | 'desc'): TStandaloneDocument[] {
  const direction = orderBy === 'asc' ? 1 : -1;
  const valueOf = (document: TStandaloneDocument): string | undefined => {
    const value = (document as Readonly<Record<string, unknown>>)[field];
    return typeof value === 'string' ? value : undefined;
  };
  return documents.sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    // Documents without the field come last in either order.
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return direction * compareCaseValues(x, y) || compareCaseValues(a.identifier, b.identifier);
  });
}

/** One page of CFDocuments: filtered, sorted, paged, then narrowed to the selected fields; and how many matched. */
export function listCaseDocuments(
  catalog: CaseCatalog,
  query: TDocumentsQuery,
): { readonly documents: Partial<TStandaloneDocument>[]; readonly total: number } {
  const { filter, fields } = query;
  let matching = catalog.documents.filter((document) => filter === undefined || matchesCaseFilter(document, filter));
  if (query.sort !== undefined) matching = sortDocuments(matching, query.sort, query.orderBy);
  const page = matching.slice(query.offset, query.offset + query.limit);
  const documents =
    fields === undefined
      ? page
      : page.map((document) => Object.fromEntries(Object.entries(document).filter(([key]) => fields.has(key))) as Partial<TStandaloneDocument>);
  return { documents, total: matching.length };
}

/**
 * The RFC 8288 `Link` header of a page (CASE 1.1 OpenAPI links `first`, `prev`, `next`, `last`), each the
 * same request with its own `limit` and `offset`; `prev` only after the first record, `next` only before the
 * end.
 */
export function pagingLinkHeader(request: {
  readonly path: string;
  readonly query: TRawDocumentsQuery;
  readonly limit: number;
  readonly offset: number;
  readonly total: number;
}): string {
  const { limit, offset, total } = request;
  const urlAt = (at: number): string => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(request.query)) {
      if (name === 'limit' || name === 'offset' || value === undefined) continue;
      for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
    }
    params.set('limit', String(limit));
    params.set('offset', String(at));
    return `<${request.path}?${params.toString()}>`;
  };
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links = [`${urlAt(0)}; rel="first"`];
  if (offset > 0) links.push(`${urlAt(Math.max(0, Math.min(offset - limit, lastOffset)))}; rel="prev"`);
  if (offset + limit < total) links.push(`${urlAt(offset + limit)}; rel="next"`);
  links.push(`${urlAt(lastOffset)}; rel="last"`);
  return links.join(', ');
}
