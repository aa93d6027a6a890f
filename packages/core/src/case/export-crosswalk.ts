import type { TCalendarDate } from '../dates/calendar-date';
import { uuidV5 } from '../ids/uuid';
import type { TCrosswalk, TCrosswalkLink, TCrosswalkLinkKind } from '../crosswalk/crosswalk';
import type { TCompetency } from '../policy/model';
import {
  caseLastChange,
  caseLicense,
  caseUriOf,
  licenseLink,
  type TCaseExportOptions,
} from './case-definitions';
import type { TCaseAssociationType, TCfAssociation, TCfDocument, TCfPackage, TLinkGenUri, TLinkUri } from './case-schemas';
import {
  ECQ_WORKBENCH_EXTENSION_KEY,
  type TCrosswalkAssociationExtension,
  type TCrosswalkDocumentExtension,
  type TCrosswalkPackageExtension,
  type TUnpairedLinkExtension,
} from './ecq-workbench-extensions';

/**
 * The CASE association type of each crosswalk link kind (CASE associationType vocabulary), or undefined for the kinds CASE
 * cannot express: a `removed` item has no destination and a `new` item no origin.
 */
export const CASE_TYPE_OF_LINK_KIND: Readonly<Record<TCrosswalkLinkKind, TCaseAssociationType | undefined>> = {
  same: 'exactMatchOf',
  renamed: 'replacedBy',
  moved: 'replacedBy',
  related: 'isRelatedTo',
  removed: undefined,
  new: undefined,
};

/** The deterministic identifier of the one association grouping of a crosswalk export. */
export function crosswalkGroupingId(crosswalkUuid: string): string {
  return uuidV5(`case:association-grouping:${crosswalkUuid}`);
}

/**
 * Writes a crosswalk between two competency models (POLICY.md §1, e.g. the 2006 → January 2025 attachment
 * of OPM's memo) as a CASE CFPackage with no CFItems and cross-document CFAssociations:
 * `same` → `exactMatchOf`, `renamed` and `moved` → `replacedBy`, `related` → `isRelatedTo`, origin the
 * older model's item, destination the newer model's. Every association belongs to one
 * CFAssociationGrouping named after the crosswalk. Association identifiers are the link ids and
 * `sequenceNumber` is the link's place in the crosswalk, so the export is deterministic.
 *
 * `removed` and `new` links have no association form: CASE 1.1 lists them in the package's
 * `extensions.ecqWorkbench`; both versions describe them in plain words in the CFDocument notes. In 1.1
 * each association also carries the link's note and, in `extensions.ecqWorkbench`, its kind, confidence
 * and the two model ids, so that a 1.1 export imports back to an equal crosswalk.
 * @throws AppError `VALIDATION_FAILED` when `baseUri` is not an http(s) URL.
 */
export function exportCrosswalkToCase(crosswalk: TCrosswalk, options: TCaseExportOptions = {}): TCfPackage {
  const version = options.caseVersion ?? '1.1';
  const isV1p1 = version === '1.1';
  const uriOf = caseUriOf(version, options.baseUri);
  const { fromModel, toModel } = crosswalk;
  const lastChangeDateTime = caseLastChange(laterOf(fromModel.issuedOn, toModel.issuedOn));
  const groupingId = crosswalkGroupingId(crosswalk.uuid);
  const grouping: TLinkUri = { title: crosswalk.title, identifier: groupingId, uri: uriOf('CFAssociationGroupings', groupingId) };

  const documentExtension: TCrosswalkDocumentExtension = {
    crosswalkId: crosswalk.id,
    fromModel: fromModel.id,
    toModel: toModel.id,
    source: crosswalk.source,
  };
  const document: TCfDocument = {
    identifier: crosswalk.uuid,
    uri: uriOf('CFDocuments', crosswalk.uuid),
    ...(isV1p1 ? { frameworkType: 'Crosswalk', caseVersion: '1.1' as const } : {}),
    creator: 'ECQ Workbench',
    title: crosswalk.title,
    lastChangeDateTime,
    description:
      `Links each item of "${fromModel.title}" (${fromModel.id}) to its successor in "${toModel.title}" ` +
      `(${toModel.id}). Source: ${crosswalk.source.citation} (${crosswalk.source.confidence} confidence).`,
    language: 'en',
    version: `${fromModel.version} to ${toModel.version}`,
    licenseURI: licenseLink(uriOf),
    notes: describeUnpairedLinks(crosswalk),
    ...(isV1p1 ? { extensions: { [ECQ_WORKBENCH_EXTENSION_KEY]: documentExtension } } : {}),
  };

  const node = (item: TCompetency): TLinkGenUri => ({
    title: item.name,
    identifier: item.id,
    uri: uriOf('CFItems', item.id),
    ...(isV1p1 ? { targetType: 'CASE' as const } : {}),
  });
  const associations: TCfAssociation[] = [];
  const removed: TUnpairedLinkExtension[] = [];
  const added: TUnpairedLinkExtension[] = [];
  crosswalk.links.forEach((link, index) => {
    const sequenceNumber = index + 1;
    const associationType = CASE_TYPE_OF_LINK_KIND[link.kind];
    if (associationType === undefined || link.from === undefined || link.to === undefined) {
      const item = link.kind === 'new' ? link.to : link.from;
      if (item !== undefined) (link.kind === 'new' ? added : removed).push(unpaired(link, item, sequenceNumber));
      return;
    }
    const extension: TCrosswalkAssociationExtension = {
      kind: link.kind,
      confidence: link.confidence,
      fromModel: fromModel.id,
      toModel: toModel.id,
    };
    associations.push({
      identifier: link.id,
      uri: uriOf('CFAssociations', link.id),
      lastChangeDateTime,
      associationType,
      sequenceNumber,
      originNodeURI: node(link.from),
      destinationNodeURI: node(link.to),
      CFAssociationGroupingURI: grouping,
      ...(isV1p1 && link.note !== undefined ? { notes: link.note } : {}),
      ...(isV1p1 ? { extensions: { [ECQ_WORKBENCH_EXTENSION_KEY]: extension } } : {}),
    });
  });

  const packageExtension: TCrosswalkPackageExtension = { removed, new: added };
  return {
    CFDocument: document,
    CFItems: [],
    CFAssociations: associations,
    CFDefinitions: {
      CFLicenses: [caseLicense(uriOf, lastChangeDateTime)],
      CFAssociationGroupings: [
        {
          identifier: groupingId,
          uri: grouping.uri,
          lastChangeDateTime,
          title: crosswalk.title,
          description: `The links of the crosswalk from ${fromModel.id} to ${toModel.id}.`,
        },
      ],
    },
    ...(isV1p1 ? { extensions: { [ECQ_WORKBENCH_EXTENSION_KEY]: packageExtension } } : {}),
  };
}

function unpaired(link: TCrosswalkLink, item: TCompetency, sequenceNumber: number): TUnpairedLinkExtension {
  return {
    identifier: item.id,
    title: item.name,
    sequenceNumber,
    confidence: link.confidence,
    ...(link.note === undefined ? {} : { note: link.note }),
  };
}

/** The `removed` and `new` links in plain words, for readers of either CASE version. */
function describeUnpairedLinks(crosswalk: TCrosswalk): string {
  const list = (kind: 'removed' | 'new'): string =>
    crosswalk.links
      .filter((link) => link.kind === kind)
      .flatMap((link) => {
        const item = kind === 'new' ? link.to : link.from;
        return item === undefined ? [] : [`${item.name} (${item.code})`];
      })
      .join('; ');
  const removed = list('removed');
  const added = list('new');
  return [
    'CASE has no association for an item without a successor or without a predecessor, so they are listed here.',
    `Removed (no successor in ${crosswalk.toModel.id}): ${removed === '' ? 'none' : removed}.`,
    `New (no predecessor in ${crosswalk.fromModel.id}): ${added === '' ? 'none' : added}.`,
  ].join(' ');
}

function laterOf(a: TCalendarDate, b: TCalendarDate): TCalendarDate {
  return a > b ? a : b;
}
