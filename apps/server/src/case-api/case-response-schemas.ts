import {
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
} from '@ecq/core';
import { z } from 'zod';

/**
 * The response bodies of the CASE REST binding (CASE 1.0 Swagger `/ims/case/v1p0`, CASE 1.1 OpenAPI
 * `/ims/case/v1p1`), built on core's package schemas. Single resources are flat (no wrapper); the standalone
 * CFDocument adds `CFPackageURI`, the standalone CFItem `CFDocumentURI`, and the standalone CFAssociation may
 * add `CFDocumentURI`. Concepts, subjects and item types answer as sets: the requested one, then its
 * children by `hierarchyCode`.
 */
function responseSchemasOf<
  TDocument extends typeof ZCfDocumentV1p0 | typeof ZCfDocumentV1p1,
  TItem extends typeof ZCfItemV1p0 | typeof ZCfItemV1p1,
  TAssociation extends typeof ZCfAssociationV1p0 | typeof ZCfAssociationV1p1,
  TDefinitions extends typeof ZCfDefinitionsV1p0 | typeof ZCfDefinitionsV1p1,
  TPackage extends typeof ZCfPackageV1p0 | typeof ZCfPackageV1p1,
>(parts: { document: TDocument; item: TItem; association: TAssociation; definitions: TDefinitions; pkg: TPackage }) {
  const document = parts.document.extend({ CFPackageURI: ZLinkUri });
  const item = parts.item.extend({ CFDocumentURI: ZLinkUri });
  const definitions = parts.definitions.shape;
  return {
    CFDocuments: z.strictObject({ CFDocuments: z.array(document.partial()) }),
    CFDocument: document,
    CFPackage: parts.pkg,
    CFItem: item,
    CFItemAssociations: z.strictObject({ CFItem: item, CFAssociations: z.array(parts.association) }),
    CFAssociation: parts.association.extend({ CFDocumentURI: ZLinkUri.optional() }),
    CFAssociationGrouping: definitions.CFAssociationGroupings.unwrap().element,
    CFItemTypes: z.strictObject({ CFItemTypes: definitions.CFItemTypes.unwrap() }),
    CFLicense: definitions.CFLicenses.unwrap().element,
    CFConcepts: z.strictObject({ CFConcepts: definitions.CFConcepts.unwrap() }),
    CFSubjects: z.strictObject({ CFSubjects: definitions.CFSubjects.unwrap() }),
    CFRubric: parts.pkg.shape.CFRubrics.unwrap().element,
  };
}

export const CASE_RESPONSE_SCHEMAS = {
  '1.0': responseSchemasOf({
    document: ZCfDocumentV1p0,
    item: ZCfItemV1p0,
    association: ZCfAssociationV1p0,
    definitions: ZCfDefinitionsV1p0,
    pkg: ZCfPackageV1p0,
  }),
  '1.1': responseSchemasOf({
    document: ZCfDocumentV1p1,
    item: ZCfItemV1p1,
    association: ZCfAssociationV1p1,
    definitions: ZCfDefinitionsV1p1,
    pkg: ZCfPackageV1p1,
  }),
} as const satisfies Record<TCaseVersion, unknown>;

export type TCaseResponseKind = keyof (typeof CASE_RESPONSE_SCHEMAS)['1.1'];

/** The schema one response kind must satisfy in one CASE version. */
export function caseResponseSchema(version: TCaseVersion, kind: TCaseResponseKind): z.ZodType {
  return CASE_RESPONSE_SCHEMAS[version][kind];
}

const IMSX_CODE_MINOR_VALUES = [
  'fullsuccess',
  'forbidden',
  'internal_server_error',
  'invalid_selection_field',
  'invalid_sort_field',
  'invalid_uuid',
  'invaliduuid',
  'server_busy',
  'unauthorised_request',
  'unauthorisedrequest',
  'unknownobject',
] as const;

/** `imsx_StatusInfo`, the error body of the CASE REST binding (both versions; `invaliduuid` is 1.0's spelling). */
export const ZImsxStatusInfo = z.strictObject({
  imsx_codeMajor: z.enum(['success', 'processing', 'failure', 'unsupported']),
  imsx_severity: z.enum(['status', 'warning', 'error']),
  imsx_description: z.string().optional(),
  imsx_codeMinor: z
    .strictObject({
      imsx_codeMinorField: z
        .array(z.strictObject({ imsx_codeMinorFieldName: z.string(), imsx_codeMinorFieldValue: z.enum(IMSX_CODE_MINOR_VALUES) }))
        .min(1),
    })
    .optional(),
});
export type TImsxStatusInfo = z.output<typeof ZImsxStatusInfo>;
