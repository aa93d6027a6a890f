import { isAppError, type TProblem } from '../errors/app-error';
import {
  defineCrosswalk,
  type CrosswalkLinkDefinition,
  type TCrosswalk,
  type TCrosswalkLinkKind,
} from '../crosswalk/crosswalk';
import type { TCompetency, TCompetencyModel } from '../policy/model';
import type { TPolicyPack } from '../policy/pack';
import type { TSourceRef } from '../policy/source';
import { importedSource, normalizeName, readEcqWorkbenchExtension } from './case-import-helpers';
import type { TCaseVersion, TCfAssociation, TCfPackage } from './case-schemas';
import {
  ZCrosswalkAssociationExtension,
  ZCrosswalkDocumentExtension,
  ZCrosswalkPackageExtension,
  type TCrosswalkAssociationExtension,
  type TCrosswalkPackageExtension,
} from './ecq-workbench-extensions';
import { quoteForMessage } from './format-json-path';

export interface TCaseCrosswalkSummary {
  readonly title: string;
  readonly associations: number;
  /** Number of associations of each associationType. */
  readonly byType: Record<string, number>;
  /** Id of the model the links come from, when known. */
  readonly fromDocument?: string;
  /** Id of the model the links go to, when known. */
  readonly toDocument?: string;
}

export interface TCaseCrosswalkReading {
  readonly crosswalk: TCrosswalk | undefined;
  readonly summary: TCaseCrosswalkSummary;
  readonly problems: TProblem[];
  readonly warnings: TProblem[];
}

interface TOrderedLink {
  readonly sequence: number;
  readonly order: number;
  readonly definition: CrosswalkLinkDefinition;
}

/**
 * Turns a valid CASE package with no items and cross-document associations into a crosswalk between two
 * known models (POLICY.md §1, e.g. 2006 → January 2025). The models come from the
 * `extensions.ecqWorkbench` model ids, else from the known pack that holds every origin (or destination)
 * item. Associations map back to link kinds (`exactMatchOf` → same, `replacedBy` → renamed, or moved when
 * the name is unchanged, `isRelatedTo` → related); `removed` and `new` links come from the package's
 * extension, else every source item without a fate is removed and every target item no link reaches is
 * new. Links are ordered by `sequenceNumber`. When a model is not known, only the summary is given.
 */
export function readCaseCrosswalk(
  pkg: TCfPackage,
  options: { readonly caseVersion: TCaseVersion; readonly packs: readonly TPolicyPack[] },
): TCaseCrosswalkReading {
  const document = pkg.CFDocument;
  const associations = pkg.CFAssociations ?? [];
  const problems: TProblem[] = [];
  const warnings: TProblem[] = [];
  const documentExtension = readEcqWorkbenchExtension({
    schema: ZCrosswalkDocumentExtension,
    extensions: document.extensions,
    ownerPath: '$.CFDocument',
    problems,
  });
  const packageExtension = readEcqWorkbenchExtension({ schema: ZCrosswalkPackageExtension, extensions: pkg.extensions, ownerPath: '$', problems });
  const associationExtensions = associations.map((association, k) =>
    readEcqWorkbenchExtension({
      schema: ZCrosswalkAssociationExtension,
      extensions: association.extensions,
      ownerPath: `$.CFAssociations[${k}]`,
      problems,
    }),
  );

  const byType: Record<string, number> = {};
  for (const association of associations) byType[association.associationType] = (byType[association.associationType] ?? 0) + 1;
  const firstExtension = associationExtensions.find((extension) => extension !== undefined);
  const fromId = documentExtension?.fromModel ?? firstExtension?.fromModel;
  const toId = documentExtension?.toModel ?? firstExtension?.toModel;
  const fromModel = findModel(options.packs, fromId, associations.map((a) => a.originNodeURI.identifier));
  const toModel = findModel(options.packs, toId, associations.map((a) => a.destinationNodeURI.identifier));
  const fromDocument = fromModel?.id ?? fromId;
  const toDocument = toModel?.id ?? toId;
  const summary: TCaseCrosswalkSummary = {
    title: document.title,
    associations: associations.length,
    byType,
    ...(fromDocument === undefined ? {} : { fromDocument }),
    ...(toDocument === undefined ? {} : { toDocument }),
  };
  if (fromModel === undefined || toModel === undefined) {
    const [side, id] = fromModel === undefined ? ['source', fromId] : ['target', toId];
    warnings.push({
      path: '$.CFAssociations',
      message: `the ${side} model${id === undefined ? '' : ` ${quoteForMessage(id)}`} is not known; the crosswalk is summarized, not rebuilt`,
    });
    return { crosswalk: undefined, summary, problems, warnings };
  }

  const source = documentExtension?.source ?? importedSource(document, options.caseVersion);
  const links = readPairedLinks({ associations, associationExtensions, fromModel, toModel, source, problems, warnings });
  links.push(...readUnpairedLinks({ packageExtension, fromModel, toModel, source, links, order: associations.length, warnings, problems }));
  if (problems.length > 0) return { crosswalk: undefined, summary, problems, warnings };
  try {
    const defined = defineCrosswalk({
      title: document.title,
      fromModel,
      toModel,
      source,
      links: [...links].sort((a, b) => a.sequence - b.sequence || a.order - b.order).map((link) => link.definition),
    });
    return { crosswalk: { ...defined, uuid: document.identifier }, summary, problems, warnings };
  } catch (error) {
    if (!isAppError(error)) throw error;
    problems.push(...error.problems.map((problem) => ({ path: '$.CFAssociations', message: `the crosswalk is incomplete: ${problem.message}` })));
    return { crosswalk: undefined, summary, problems, warnings };
  }
}

/** The model named by `id`, else the one known model that holds every one of `itemIds`. */
function findModel(packs: readonly TPolicyPack[], id: string | undefined, itemIds: readonly string[]): TCompetencyModel | undefined {
  if (id !== undefined) return packs.find((pack) => pack.model.id === id)?.model;
  if (itemIds.length === 0) return undefined;
  return packs.find((pack) => {
    const ids = new Set(pack.model.items.map((item) => item.id));
    return itemIds.every((itemId) => ids.has(itemId));
  })?.model;
}

function linkKindOf(association: TCfAssociation, from: TCompetency | undefined, to: TCompetency | undefined): TCrosswalkLinkKind | undefined {
  switch (association.associationType) {
    case 'exactMatchOf':
      return 'same';
    case 'isRelatedTo':
      return 'related';
    case 'replacedBy':
      return from !== undefined && to !== undefined && normalizeName(from.name) === normalizeName(to.name) ? 'moved' : 'renamed';
    default:
      return undefined;
  }
}

function readPairedLinks(args: {
  associations: readonly TCfAssociation[];
  associationExtensions: readonly (TCrosswalkAssociationExtension | undefined)[];
  fromModel: TCompetencyModel;
  toModel: TCompetencyModel;
  source: TSourceRef;
  problems: TProblem[];
  warnings: TProblem[];
}): TOrderedLink[] {
  const { fromModel, toModel, problems } = args;
  const fromItems = new Map(fromModel.items.map((item) => [item.id, item]));
  const toItems = new Map(toModel.items.map((item) => [item.id, item]));
  const fated = new Set<string>();
  const links: TOrderedLink[] = [];
  args.associations.forEach((association, k) => {
    const path = `$.CFAssociations[${k}]`;
    const extension = args.associationExtensions[k];
    const from = fromItems.get(association.originNodeURI.identifier);
    const to = toItems.get(association.destinationNodeURI.identifier);
    const inferred = linkKindOf(association, from, to);
    if (inferred === undefined) {
      args.warnings.push({ path: `${path}.associationType`, message: `${association.associationType} is not a crosswalk link and was ignored` });
      return;
    }
    const isReplacement = association.associationType === 'replacedBy';
    const kind = isReplacement && (extension?.kind === 'moved' || extension?.kind === 'renamed') ? extension.kind : inferred;
    if (extension !== undefined && extension.kind !== kind) {
      problems.push({ path: `${path}.extensions.ecqWorkbench.kind`, message: `${extension.kind} does not match associationType ${association.associationType}` });
    }
    if (from === undefined) {
      problems.push({ path: `${path}.originNodeURI.identifier`, message: `no item ${quoteForMessage(association.originNodeURI.identifier)} in model ${fromModel.id}` });
    }
    if (to === undefined) {
      problems.push({ path: `${path}.destinationNodeURI.identifier`, message: `no item ${quoteForMessage(association.destinationNodeURI.identifier)} in model ${toModel.id}` });
    }
    if (from === undefined || to === undefined) return;
    if (fated.has(from.id)) {
      problems.push({ path: `${path}.originNodeURI.identifier`, message: `${from.code} ${from.name} already has a fate; each item of ${fromModel.id} has exactly one` });
      return;
    }
    fated.add(from.id);
    links.push({
      sequence: association.sequenceNumber ?? Number.POSITIVE_INFINITY,
      order: k,
      definition: {
        kind,
        from: from.code,
        to: to.code,
        confidence: extension?.confidence ?? args.source.confidence,
        ...(association.notes === undefined ? {} : { note: association.notes }),
      },
    });
  });
  return links;
}

/**
 * The `removed` and `new` links: from the package's extension when it has one, else derived from what the
 * associations leave without a fate (source items) or unreached (target items).
 */
function readUnpairedLinks(args: {
  packageExtension: TCrosswalkPackageExtension | undefined;
  fromModel: TCompetencyModel;
  toModel: TCompetencyModel;
  source: TSourceRef;
  links: readonly TOrderedLink[];
  order: number;
  problems: TProblem[];
  warnings: TProblem[];
}): TOrderedLink[] {
  const { fromModel, toModel, packageExtension } = args;
  const links: TOrderedLink[] = [];
  if (packageExtension !== undefined) {
    (['removed', 'new'] as const).forEach((kind) => {
      const model = kind === 'removed' ? fromModel : toModel;
      packageExtension[kind].forEach((entry, n) => {
        const item = model.items.find((candidate) => candidate.id === entry.identifier);
        if (item === undefined) {
          args.problems.push({
            path: `$.extensions.ecqWorkbench.${kind}[${n}].identifier`,
            message: `no item ${quoteForMessage(entry.identifier)} in model ${model.id}`,
          });
          return;
        }
        links.push({
          sequence: entry.sequenceNumber,
          order: args.order + links.length,
          definition: {
            kind,
            ...(kind === 'removed' ? { from: item.code } : { to: item.code }),
            confidence: entry.confidence,
            ...(entry.note === undefined ? {} : { note: entry.note }),
          },
        });
      });
    });
    return links;
  }
  const fated = new Set(args.links.map((link) => link.definition.from));
  const reached = new Set(args.links.map((link) => link.definition.to));
  const derive = (kind: 'removed' | 'new', item: TCompetency): TOrderedLink => ({
    sequence: Number.POSITIVE_INFINITY,
    order: args.order + links.length,
    definition: { kind, ...(kind === 'removed' ? { from: item.code } : { to: item.code }), confidence: args.source.confidence },
  });
  for (const item of fromModel.items) if (!fated.has(item.code)) links.push(derive('removed', item));
  for (const item of toModel.items) if (!reached.has(item.code)) links.push(derive('new', item));
  if (links.length > 0) {
    args.warnings.push({
      path: '$',
      message: `the package does not list removed and new items (CASE has no association for them); ${links.filter((l) => l.definition.kind === 'removed').length} removed and ${links.filter((l) => l.definition.kind === 'new').length} new were derived`,
    });
  }
  return links;
}
