import { uuidV5 } from '../ids/uuid';
import { assertModelIsConsistent, type TCompetency } from '../policy/model';
import type { TPolicyPack } from '../policy/pack';
import {
  caseItemTypes,
  caseLastChange,
  caseLicense,
  caseUriOf,
  itemTypeLink,
  licenseLink,
  type TCaseExportOptions,
  type TCaseUriOf,
} from './case-definitions';
import type { TCfAssociation, TCfDocument, TCfItem, TCfPackage, TLinkGenUri } from './case-schemas';
import {
  ECQ_WORKBENCH_EXTENSION_KEY,
  type TItemExtension,
  type TModelDocumentExtension,
} from './ecq-workbench-extensions';

/** The deterministic identifier of the `isChildOf` association from one node to another. */
export function childOfAssociationId(originId: string, destinationId: string): string {
  return uuidV5(`case:association:isChildOf:${originId}->${destinationId}`);
}

/**
 * Writes a policy pack's competency model as a 1EdTech CASE CFPackage, 1.1 by default.
 *
 * - CFDocument is the model (POLICY.md §1: title, publisher, version, issue date); `adoptionStatus` is
 *   `Provisional` when any item is reported only by third parties, else `Adopted`.
 * - CFItems are every ECQ, sub-competency and fundamental, in model order, with `identifier` = item id,
 *   `fullStatement` = name, `humanCodingScheme` = code, `listEnumeration` = position, `notes` =
 *   description and `conceptKeywords` = the other spellings of the name.
 * - CFAssociations are `isChildOf`: each sub-competency to its ECQ and each ECQ and fundamental to the
 *   document, in item order. `sequenceNumber` is the position; fundamentals follow the ECQs (ECQ count +
 *   position) so that the document's children are totally ordered.
 * - In 1.1, `extensions.ecqWorkbench` carries what CASE cannot (model slug, sources and confidence, the
 *   pack's effective rules and alternative, each item's kind and provisional flag) so that the export
 *   imports back to an equal pack. CASE 1.0 has no extensions.
 *
 * The output depends only on the pack: identifiers are version-5 UUIDs and `lastChangeDateTime` is the
 * model's issue date at midnight UTC.
 * @throws AppError `VALIDATION_FAILED` when the model is inconsistent or `baseUri` is not an http(s) URL.
 */
export function exportPackToCase(pack: TPolicyPack, options: TCaseExportOptions = {}): TCfPackage {
  const version = options.caseVersion ?? '1.1';
  const isV1p1 = version === '1.1';
  const uriOf = caseUriOf(version, options.baseUri);
  const { model } = pack;
  assertModelIsConsistent(model);
  const lastChangeDateTime = caseLastChange(model.issuedOn);
  const byCode = new Map(model.items.map((item) => [item.code, item]));
  const ecqCount = model.items.filter((item) => item.kind === 'ecq').length;

  const documentExtension: TModelDocumentExtension = {
    modelId: model.id,
    ...(pack.id === model.id ? {} : { packId: pack.id }),
    source: model.source,
    effective: [...pack.effective],
    ...(pack.alternative === undefined ? {} : { alternative: pack.alternative }),
  };
  const document: TCfDocument = {
    identifier: model.uuid,
    uri: uriOf('CFDocuments', model.uuid),
    ...(isV1p1 ? { frameworkType: 'Competency', caseVersion: '1.1' as const } : {}),
    creator: model.publisher,
    title: model.title,
    lastChangeDateTime,
    publisher: model.publisher,
    ...(model.description === '' ? {} : { description: model.description }),
    language: 'en',
    version: model.version,
    adoptionStatus: model.items.some((item) => item.isProvisional) ? 'Provisional' : 'Adopted',
    statusStartDate: model.issuedOn,
    licenseURI: licenseLink(uriOf),
    ...(model.definitionsNote === '' ? {} : { notes: model.definitionsNote }),
    ...(isV1p1 ? { extensions: { [ECQ_WORKBENCH_EXTENSION_KEY]: documentExtension } } : {}),
  };

  const items = model.items.map((item): TCfItem => {
    const extension: TItemExtension = { kind: item.kind, source: item.source, isProvisional: item.isProvisional };
    return {
      identifier: item.id,
      uri: uriOf('CFItems', item.id),
      lastChangeDateTime,
      fullStatement: item.name,
      CFItemType: itemTypeLink(item.kind, uriOf).title,
      humanCodingScheme: item.code,
      listEnumeration: String(item.position),
      ...(item.aliases.length === 0 ? {} : { conceptKeywords: [...item.aliases] }),
      ...(item.description === '' ? {} : { notes: item.description }),
      language: 'en',
      CFItemTypeURI: itemTypeLink(item.kind, uriOf),
      ...(isV1p1 ? { extensions: { [ECQ_WORKBENCH_EXTENSION_KEY]: extension } } : {}),
    };
  });

  const node = (title: string, identifier: string, collection: 'CFItems' | 'CFDocuments'): TLinkGenUri => ({
    title,
    identifier,
    uri: uriOf(collection, identifier),
    ...(isV1p1 ? { targetType: 'CASE' as const } : {}),
  });
  const documentNode = node(model.title, model.uuid, 'CFDocuments');
  const associations = model.items.map((item): TCfAssociation => {
    const parent = item.kind === 'sub' && item.parentCode !== undefined ? byCode.get(item.parentCode) : undefined;
    const destination = parent === undefined ? documentNode : node(parent.name, parent.id, 'CFItems');
    return childOf({
      item,
      destination,
      sequenceNumber: item.kind === 'fundamental' ? ecqCount + item.position : item.position,
      origin: node(item.name, item.id, 'CFItems'),
      uriOf,
      lastChangeDateTime,
    });
  });

  return {
    CFDocument: document,
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: {
      CFLicenses: [caseLicense(uriOf, lastChangeDateTime)],
      CFItemTypes: caseItemTypes(uriOf, lastChangeDateTime),
    },
  };
}

function childOf(args: {
  item: TCompetency;
  origin: TLinkGenUri;
  destination: TLinkGenUri;
  sequenceNumber: number;
  uriOf: TCaseUriOf;
  lastChangeDateTime: string;
}): TCfAssociation {
  const identifier = childOfAssociationId(args.item.id, args.destination.identifier);
  return {
    identifier,
    uri: args.uriOf('CFAssociations', identifier),
    lastChangeDateTime: args.lastChangeDateTime,
    associationType: 'isChildOf',
    sequenceNumber: args.sequenceNumber,
    originNodeURI: args.origin,
    destinationNodeURI: args.destination,
  };
}
