import type { TCfPackage } from './case-schemas';

/**
 * The order of CASE properties in serialized output: the package members first, then each class's
 * properties in the order of the CASE information model, `extensions` last.
 * Properties not listed (inside extensions) follow in code-unit order.
 */
const KEY_ORDER = [
  'CFDocument',
  'CFItems',
  'CFAssociations',
  'CFDefinitions',
  'CFRubrics',
  'identifier',
  'associationType',
  'sequenceNumber',
  'uri',
  'frameworkType',
  'caseVersion',
  'creator',
  'title',
  'fullStatement',
  'alternativeLabel',
  'CFItemType',
  'humanCodingScheme',
  'listEnumeration',
  'abbreviatedStatement',
  'conceptKeywords',
  'conceptKeywordsURI',
  'lastChangeDateTime',
  'originNodeURI',
  'destinationNodeURI',
  'targetType',
  'CFAssociationGroupingURI',
  'officialSourceURL',
  'publisher',
  'description',
  'typeCode',
  'hierarchyCode',
  'keywords',
  'licenseText',
  'subject',
  'subjectURI',
  'language',
  'educationLevel',
  'CFItemTypeURI',
  'version',
  'adoptionStatus',
  'statusStartDate',
  'statusEndDate',
  'licenseURI',
  'notes',
  'CFConcepts',
  'CFSubjects',
  'CFLicenses',
  'CFItemTypes',
  'CFAssociationGroupings',
  'category',
  'CFItemURI',
  'weight',
  'position',
  'rubricId',
  'CFRubricCriteria',
  'quality',
  'score',
  'feedback',
  'rubricCriterionId',
  'CFRubricCriterionLevels',
  'extensions',
] as const;

const RANK = new Map<string, number>(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const rankA = RANK.get(a) ?? KEY_ORDER.length;
  const rankB = RANK.get(b) ?? KEY_ORDER.length;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Serializes a CASE package as JSON with 2-space indentation, a trailing newline and every object's keys
 * in one fixed order, so that the same package always gives the same bytes (reproducible exports that
 * diff cleanly). Like `JSON.stringify`, it leaves out undefined properties and writes non-finite numbers
 * as `null`. (Integer-like keys, which CASE never uses, come first in ascending order, as JavaScript
 * orders them.)
 */
export function serializeCasePackage(pkg: TCfPackage): string {
  return `${JSON.stringify(withOrderedKeys(pkg), null, 2)}\n`;
}

/** A copy of a JSON value whose objects have their keys inserted in {@link KEY_ORDER}. */
function withOrderedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withOrderedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const ordered: Record<string, unknown> = {};
  const entries: [string, unknown][] = Object.entries(value);
  entries.sort(([a], [b]) => compareKeys(a, b));
  for (const [key, child] of entries) {
    if (child === undefined) continue;
    Object.defineProperty(ordered, key, { value: withOrderedKeys(child), enumerable: true, writable: true, configurable: true });
  }
  return ordered;
}
