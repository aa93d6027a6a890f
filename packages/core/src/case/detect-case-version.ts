import type { TCaseVersion } from './case-schemas';
import { isRecord, recordsOf } from './unknown-values';

/** Properties that exist only in CASE 1.1 (new in the CASE 1.1 data model), by where they occur. */
const V1P1_DOCUMENT_FIELDS = ['caseVersion', 'frameworkType', 'extensions'] as const;
const V1P1_ITEM_FIELDS = ['subject', 'subjectURI', 'extensions'] as const;
const V1P1_ASSOCIATION_FIELDS = ['notes', 'extensions'] as const;
const DEFINITION_LISTS = ['CFConcepts', 'CFSubjects', 'CFLicenses', 'CFItemTypes', 'CFAssociationGroupings'] as const;

const hasAny = (value: unknown, fields: readonly string[]): boolean =>
  isRecord(value) && fields.some((field) => Object.hasOwn(value, field));

/**
 * Which CASE version a package claims: 1.1 when its CFDocument says `caseVersion: "1.1"` or any property
 * that only CASE 1.1 defines is present (CASE 1.1 adds caseVersion, frameworkType, extensions, item
 * subject/subjectURI, association notes, LinkGenURI targetType), else 1.0. Reads any value without
 * throwing.
 */
export function detectCaseVersion(input: unknown): TCaseVersion {
  if (!isRecord(input)) return '1.0';
  const document = input['CFDocument'];
  if (isRecord(document) && document['caseVersion'] === '1.1') return '1.1';
  if (hasAny(input, ['extensions']) || hasAny(document, V1P1_DOCUMENT_FIELDS)) return '1.1';
  if (recordsOf(input['CFItems']).some(([item]) => hasAny(item, V1P1_ITEM_FIELDS))) return '1.1';
  const isV1p1Association = ([association]: [Record<string, unknown>, number]): boolean =>
    hasAny(association, V1P1_ASSOCIATION_FIELDS) ||
    hasAny(association['originNodeURI'], ['targetType']) ||
    hasAny(association['destinationNodeURI'], ['targetType']);
  if (recordsOf(input['CFAssociations']).some(isV1p1Association)) return '1.1';
  const definitions = input['CFDefinitions'];
  if (hasAny(definitions, ['extensions'])) return '1.1';
  if (isRecord(definitions)) {
    for (const list of DEFINITION_LISTS) {
      if (recordsOf(definitions[list]).some(([definition]) => hasAny(definition, ['extensions']))) return '1.1';
    }
  }
  for (const [rubric] of recordsOf(input['CFRubrics'])) {
    if (hasAny(rubric, ['extensions'])) return '1.1';
    for (const [criterion] of recordsOf(rubric['CFRubricCriteria'])) {
      if (hasAny(criterion, ['extensions'])) return '1.1';
      if (recordsOf(criterion['CFRubricCriterionLevels']).some(([level]) => hasAny(level, ['extensions']))) return '1.1';
    }
  }
  return '1.0';
}
