import * as z from 'zod';

/**
 * Zod schemas of the 1EdTech CASE (Competencies and Academic Standards Exchange) package, in both
 * versions ECQ Workbench reads and writes: CASE 1.0 (2017) and CASE 1.1 (2025). Field names,
 * multiplicities and formats follow the official JSON bindings: the CASE Service OpenAPI 2 definition
 * v1.0 (2017, base path `/ims/case/v1p0`) and the CASE OpenAPI 3 definition v1.1 (2025-01-24, base path
 * `/ims/case/v1p1`); schema names below (`CFPckgItem`, `LinkGenURI`, …) are theirs. Every non-extension
 * object there is closed (`additionalProperties: false`), so these schemas are strict; the validator
 * reports unknown properties as warnings.
 * Competency models exported through these schemas are the versioned data of POLICY.md §1.
 */
export const CASE_VERSIONS = ['1.0', '1.1'] as const;
export type TCaseVersion = (typeof CASE_VERSIONS)[number];

/**
 * CASE `UUID` (CASE 1.0 `UUID.Type`, repeated on every 1.1 identifier): lower-case hex laid out 8-4-4-4-12, version nibble 1-5, RFC 4122 variant 8-b.
 * The spec's pattern is unanchored; we anchor it so that a string merely containing a UUID is rejected.
 */
export const CASE_UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** CASE 1.1 extension vocabulary values (associationType, targetType), anchored: `ext:` then at least one of `[A-Za-z0-9._-]`. */
export const CASE_EXT_VALUE_PATTERN = /^ext:[A-Za-z0-9._-]+$/;

/** An absolute URI: a scheme, a colon, then no white space (`https://…`, `urn:uuid:…`); RFC 3986 §3. */
const URI_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/;

/** The closed CASE 1.0 associationType vocabulary (`CFPckgAssociation.associationType`). */
export const CASE_1_0_ASSOCIATION_TYPES = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
] as const;

/** CASE 1.1 adds `isTranslationOf`; `ext:` values are accepted besides these ("extensible enumerated vocabulary"). */
export const CASE_1_1_ASSOCIATION_TYPES = [...CASE_1_0_ASSOCIATION_TYPES, 'isTranslationOf'] as const;

export type TCaseExtValue = `ext:${string}`;
export type TCaseAssociationType = (typeof CASE_1_1_ASSOCIATION_TYPES)[number] | TCaseExtValue;

const isExtValue = (value: unknown): value is TCaseExtValue =>
  typeof value === 'string' && CASE_EXT_VALUE_PATTERN.test(value);

/** A schema's own message for a wrong value, and "is required" when the value is missing. */
const messageFor = (message: string) => (issue: { readonly input?: unknown }): string =>
  issue.input === undefined ? 'is required' : message;

/** A CASE identifier (see {@link CASE_UUID_PATTERN}). */
export const ZCaseUuid = z
  .string()
  .regex(CASE_UUID_PATTERN, { error: messageFor('must be a lower-case UUID: 8-4-4-4-12 hex digits, version 1-5, variant 8-b') });
/** `anyURI` (`format: uri`): an absolute URI. */
export const ZCaseUri = z.string().regex(URI_PATTERN, { error: messageFor('must be an absolute URI such as https://… or urn:uuid:…') });
/** `DateTime` (`lastChangeDateTime`): ISO 8601 with a time-zone designator, e.g. `…T00:00:00Z` or `+00:00`. */
export const ZCaseDateTime = z.iso.datetime({
  offset: true,
  error: messageFor('must be an ISO 8601 date-time with a time zone, e.g. 2025-01-15T00:00:00+00:00'),
});
/** `Date` (`statusStartDate`, `statusEndDate`): `YYYY-MM-DD`. */
export const ZCaseDate = z.iso.date({ error: messageFor('must be a real date written YYYY-MM-DD') });
const ZInt32 = z.int32({ error: messageFor('must be a 32-bit integer') });
const ZStrings = z.array(z.string());
/** CASE 1.1 `extensions`: an open object (`*ExtensionDType`, `additionalProperties: true`). */
export const ZCaseExtensions = z.record(z.string(), z.unknown(), { error: messageFor('must be an object') });

const ZAssociationTypeV1p0 = z.enum(CASE_1_0_ASSOCIATION_TYPES, {
  error: messageFor(`must be one of ${CASE_1_0_ASSOCIATION_TYPES.join(', ')} in CASE 1.0`),
});
const ZAssociationTypeV1p1 = z.union([z.enum(CASE_1_1_ASSOCIATION_TYPES), z.custom<TCaseExtValue>(isExtValue)], {
  error: messageFor(`must be one of ${CASE_1_1_ASSOCIATION_TYPES.join(', ')} or an ext:<name> value in CASE 1.1`),
});
const ZTargetType = z.union([z.literal('CASE'), z.custom<TCaseExtValue>(isExtValue)], {
  error: messageFor('must be CASE or an ext:<name> value'),
});

/** LinkURI: a typed link to a CASE object, whose identifier must be a UUID (`LinkURI`). */
export const ZLinkUri = z.strictObject({ title: z.string(), identifier: ZCaseUuid, uri: ZCaseUri });
/** LinkGenURI: an association end; its identifier may be any string, "may or may not be a UUID" (`LinkGenURI`). */
export const ZLinkGenUriV1p0 = z.strictObject({ title: z.string(), identifier: z.string(), uri: ZCaseUri });
/** CASE 1.1 LinkGenURI adds `targetType`: `CASE` or an `ext:` value. */
export const ZLinkGenUriV1p1 = ZLinkGenUriV1p0.extend({ targetType: ZTargetType.optional() });

const v1p1Extensions = { extensions: ZCaseExtensions.optional() };
const recordKeys = { identifier: ZCaseUuid, uri: ZCaseUri, lastChangeDateTime: ZCaseDateTime };

/** CFPckgDocument: the framework's document inside a package, without CFPackageURI (`CFPckgDocument`). */
export const ZCfDocumentV1p0 = z.strictObject({
  ...recordKeys,
  creator: z.string(),
  title: z.string(),
  officialSourceURL: ZCaseUri.optional(),
  publisher: z.string().optional(),
  description: z.string().optional(),
  subject: ZStrings.optional(),
  subjectURI: z.array(ZLinkUri).optional(),
  language: z.string().optional(),
  version: z.string().optional(),
  adoptionStatus: z.string().optional(),
  statusStartDate: ZCaseDate.optional(),
  statusEndDate: ZCaseDate.optional(),
  licenseURI: ZLinkUri.optional(),
  notes: z.string().optional(),
});
/** CASE 1.1 adds `frameworkType`, `caseVersion` (only `"1.1"`) and `extensions`. */
export const ZCfDocumentV1p1 = ZCfDocumentV1p0.extend({
  frameworkType: z.string().optional(),
  caseVersion: z.literal('1.1', { error: messageFor('must be "1.1" when present') }).optional(),
  ...v1p1Extensions,
});

/** CFPckgItem: one competency statement inside a package, without CFDocumentURI (`CFPckgItem`). */
export const ZCfItemV1p0 = z.strictObject({
  ...recordKeys,
  fullStatement: z.string(),
  alternativeLabel: z.string().optional(),
  CFItemType: z.string().optional(),
  humanCodingScheme: z.string().optional(),
  listEnumeration: z.string().optional(),
  abbreviatedStatement: z.string().optional(),
  conceptKeywords: ZStrings.optional(),
  conceptKeywordsURI: ZLinkUri.optional(),
  notes: z.string().optional(),
  language: z.string().optional(),
  educationLevel: ZStrings.optional(),
  CFItemTypeURI: ZLinkUri.optional(),
  licenseURI: ZLinkUri.optional(),
  statusStartDate: ZCaseDate.optional(),
  statusEndDate: ZCaseDate.optional(),
});
/** CASE 1.1 adds `subject`, `subjectURI` and `extensions`. */
export const ZCfItemV1p1 = ZCfItemV1p0.extend({
  subject: ZStrings.optional(),
  subjectURI: z.array(ZLinkUri).optional(),
  ...v1p1Extensions,
});

/** CFPckgAssociation: a typed link between two nodes (`CFPckgAssociation`). */
export const ZCfAssociationV1p0 = z.strictObject({
  ...recordKeys,
  associationType: ZAssociationTypeV1p0,
  sequenceNumber: ZInt32.optional(),
  originNodeURI: ZLinkGenUriV1p0,
  destinationNodeURI: ZLinkGenUriV1p0,
  CFAssociationGroupingURI: ZLinkUri.optional(),
});
/** CASE 1.1 widens `associationType` and adds `notes` and `extensions`. */
export const ZCfAssociationV1p1 = ZCfAssociationV1p0.extend({
  associationType: ZAssociationTypeV1p1,
  originNodeURI: ZLinkGenUriV1p1,
  destinationNodeURI: ZLinkGenUriV1p1,
  notes: z.string().optional(),
  ...v1p1Extensions,
});

/** Definition classes (`CFDefinition`: concepts, subjects, licenses, item types, groupings); in 1.1 each may carry extensions. */
const conceptShape = { ...recordKeys, title: z.string(), description: z.string().optional(), keywords: z.string().optional(), hierarchyCode: z.string() };
const subjectShape = { ...recordKeys, title: z.string(), description: z.string().optional(), hierarchyCode: z.string() };
const licenseShape = { ...recordKeys, title: z.string(), description: z.string().optional(), licenseText: z.string() };
const itemTypeShape = { ...recordKeys, title: z.string(), description: z.string(), hierarchyCode: z.string(), typeCode: z.string().optional() };
const groupingShape = { ...recordKeys, title: z.string(), description: z.string().optional() };

/** The CASE 1.1 definition classes. */
export const ZCfConceptV1p1 = z.strictObject({ ...conceptShape, ...v1p1Extensions });
export const ZCfSubjectV1p1 = z.strictObject({ ...subjectShape, ...v1p1Extensions });
export const ZCfLicenseV1p1 = z.strictObject({ ...licenseShape, ...v1p1Extensions });
export const ZCfItemTypeV1p1 = z.strictObject({ ...itemTypeShape, ...v1p1Extensions });
export const ZCfAssociationGroupingV1p1 = z.strictObject({ ...groupingShape, ...v1p1Extensions });

/** `CFDefinitions` of a package, per version. */
export const ZCfDefinitionsV1p0 = z.strictObject({
  CFConcepts: z.array(z.strictObject(conceptShape)).optional(),
  CFSubjects: z.array(z.strictObject(subjectShape)).optional(),
  CFLicenses: z.array(z.strictObject(licenseShape)).optional(),
  CFItemTypes: z.array(z.strictObject(itemTypeShape)).optional(),
  CFAssociationGroupings: z.array(z.strictObject(groupingShape)).optional(),
});
export const ZCfDefinitionsV1p1 = z.strictObject({
  CFConcepts: z.array(ZCfConceptV1p1).optional(),
  CFSubjects: z.array(ZCfSubjectV1p1).optional(),
  CFLicenses: z.array(ZCfLicenseV1p1).optional(),
  CFItemTypes: z.array(ZCfItemTypeV1p1).optional(),
  CFAssociationGroupings: z.array(ZCfAssociationGroupingV1p1).optional(),
  ...v1p1Extensions,
});

/** Rubrics (`CFRubric`, `CFRubricCriterion`, `CFRubricCriterionLevel`). ECQ Workbench does not write them but reads and validates them. */
const levelShape = {
  ...recordKeys,
  description: z.string().optional(),
  quality: z.string().optional(),
  score: z.number().optional(),
  feedback: z.string().optional(),
  position: ZInt32.optional(),
  rubricCriterionId: ZCaseUuid.optional(),
};
const criterionShape = {
  ...recordKeys,
  category: z.string().optional(),
  description: z.string().optional(),
  CFItemURI: ZLinkUri.optional(),
  weight: z.number().optional(),
  position: ZInt32.optional(),
  rubricId: ZCaseUuid.optional(),
};
const rubricShape = { ...recordKeys, title: z.string().optional(), description: z.string().optional() };

const ZCfRubricV1p0 = z.strictObject({
  ...rubricShape,
  CFRubricCriteria: z
    .array(z.strictObject({ ...criterionShape, CFRubricCriterionLevels: z.array(z.strictObject(levelShape)).optional() }))
    .optional(),
});
/** In 1.1 a rubric criterion level's `extensions` is an array of objects, unlike every other class. */
export const ZCfRubricV1p1 = z.strictObject({
  ...rubricShape,
  ...v1p1Extensions,
  CFRubricCriteria: z
    .array(
      z.strictObject({
        ...criterionShape,
        ...v1p1Extensions,
        CFRubricCriterionLevels: z
          .array(z.strictObject({ ...levelShape, extensions: z.array(ZCaseExtensions).optional() }))
          .optional(),
      }),
    )
    .optional(),
});

/** CFPackage, CASE 1.0 (`CFPackage.Type`): only CFDocument is required. */
export const ZCfPackageV1p0 = z.strictObject({
  CFDocument: ZCfDocumentV1p0,
  CFItems: z.array(ZCfItemV1p0).optional(),
  CFAssociations: z.array(ZCfAssociationV1p0).optional(),
  CFDefinitions: ZCfDefinitionsV1p0.optional(),
  CFRubrics: z.array(ZCfRubricV1p0).optional(),
});

/** CFPackage, CASE 1.1 (`CFPackageDType`): 1.0 plus extensions at every level. */
export const ZCfPackageV1p1 = z.strictObject({
  CFDocument: ZCfDocumentV1p1,
  CFItems: z.array(ZCfItemV1p1).optional(),
  CFAssociations: z.array(ZCfAssociationV1p1).optional(),
  CFDefinitions: ZCfDefinitionsV1p1.optional(),
  CFRubrics: z.array(ZCfRubricV1p1).optional(),
  ...v1p1Extensions,
});

/**
 * The package types are those of CASE 1.1, a superset of 1.0: every valid 1.0 package is a valid value of
 * these types, and a 1.0 export simply leaves the 1.1-only fields out.
 */
export type TCfPackage = z.output<typeof ZCfPackageV1p1>;
export type TCfDocument = z.output<typeof ZCfDocumentV1p1>;
export type TCfItem = z.output<typeof ZCfItemV1p1>;
export type TCfAssociation = z.output<typeof ZCfAssociationV1p1>;
export type TCfDefinitions = z.output<typeof ZCfDefinitionsV1p1>;
export type TCfConcept = z.output<typeof ZCfConceptV1p1>;
export type TCfSubject = z.output<typeof ZCfSubjectV1p1>;
export type TCfLicense = z.output<typeof ZCfLicenseV1p1>;
export type TCfItemType = z.output<typeof ZCfItemTypeV1p1>;
export type TCfAssociationGrouping = z.output<typeof ZCfAssociationGroupingV1p1>;
export type TCfRubric = z.output<typeof ZCfRubricV1p1>;
export type TLinkUri = z.output<typeof ZLinkUri>;
export type TLinkGenUri = z.output<typeof ZLinkGenUriV1p1>;
export type TCaseExtensions = z.output<typeof ZCaseExtensions>;

/** The package schema of one CASE version. */
export function casePackageSchema(version: TCaseVersion): typeof ZCfPackageV1p0 | typeof ZCfPackageV1p1 {
  return version === '1.1' ? ZCfPackageV1p1 : ZCfPackageV1p0;
}
