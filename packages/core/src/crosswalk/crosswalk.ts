import { AppError, type TProblem } from '../errors/app-error';
import { uuidV5 } from '../ids/uuid';
import { findItem, type TCompetency, type TCompetencyModel } from '../policy/model';
import type { TConfidence, TSourceRef } from '../policy/source';

/**
 * Typed links between two models (DESIGN.md): `same` (unchanged), `renamed`, `moved` (to another ECQ),
 * `removed` (no successor), `related` (a looser tie, e.g. a 2006 fundamental to a 2025 sub-competency), and
 * `new` (a target item with no predecessor).
 */
export const CROSSWALK_LINK_KINDS = ['same', 'renamed', 'moved', 'new', 'removed', 'related'] as const;
export type TCrosswalkLinkKind = (typeof CROSSWALK_LINK_KINDS)[number];

/** Link kinds that give a source item its fate; `new` describes a target item instead. */
export const FATE_KINDS = ['same', 'renamed', 'moved', 'removed', 'related'] as const;
export type TFateKind = (typeof FATE_KINDS)[number];

export interface TCrosswalkLink {
  readonly id: string;
  readonly kind: TCrosswalkLinkKind;
  /** Source item; absent for `new`. */
  readonly from: TCompetency | undefined;
  /** Target item; absent for `removed`. */
  readonly to: TCompetency | undefined;
  readonly confidence: TConfidence;
  readonly note: string | undefined;
}

export interface TCrosswalk {
  /** `<from>--<to>`, e.g. `ecq-2006--ecq-2025`. */
  readonly id: string;
  readonly uuid: string;
  readonly title: string;
  readonly fromModel: TCompetencyModel;
  readonly toModel: TCompetencyModel;
  readonly source: TSourceRef;
  readonly links: readonly TCrosswalkLink[];
}

/** Authoring shape of a link: items by code. */
export interface CrosswalkLinkDefinition {
  readonly kind: TCrosswalkLinkKind;
  readonly from?: string;
  readonly to?: string;
  readonly confidence?: TConfidence;
  readonly note?: string;
}

export function crosswalkId(fromModelId: string, toModelId: string): string {
  return `${fromModelId}--${toModelId}`;
}

/**
 * Resolves a crosswalk's codes against its two models and checks its shape: `new` has only a target,
 * `removed` only a source, every other kind both; every source item has exactly one fate and every target
 * item is reached or marked new.
 * @throws AppError `VALIDATION_FAILED` listing every problem with its path.
 */
export function defineCrosswalk(def: {
  readonly title: string;
  readonly fromModel: TCompetencyModel;
  readonly toModel: TCompetencyModel;
  readonly source: TSourceRef;
  readonly links: readonly CrosswalkLinkDefinition[];
}): TCrosswalk {
  const id = crosswalkId(def.fromModel.id, def.toModel.id);
  const problems: TProblem[] = [];
  const resolve = (model: TCompetencyModel, code: string | undefined, path: string): TCompetency | undefined => {
    if (code === undefined) return undefined;
    const item = model.items.find((i) => i.code === code);
    if (!item) problems.push({ path, message: `no item ${code} in ${model.id}` });
    return item;
  };
  const links = def.links.map((link, index): TCrosswalkLink => {
    const path = `$.links[${index}]`;
    const needsFrom = link.kind !== 'new';
    const needsTo = link.kind !== 'removed';
    if (needsFrom !== (link.from !== undefined)) problems.push({ path: `${path}.from`, message: `${link.kind} link ${needsFrom ? 'needs' : 'takes no'} source` });
    if (needsTo !== (link.to !== undefined)) problems.push({ path: `${path}.to`, message: `${link.kind} link ${needsTo ? 'needs' : 'takes no'} target` });
    return {
      id: uuidV5(`crosswalk:${id}#${link.kind}:${link.from ?? ''}->${link.to ?? ''}`),
      kind: link.kind,
      from: resolve(def.fromModel, link.from, `${path}.from`),
      to: resolve(def.toModel, link.to, `${path}.to`),
      confidence: link.confidence ?? def.source.confidence,
      note: link.note,
    };
  });
  const crosswalk: TCrosswalk = {
    id,
    uuid: uuidV5(`crosswalk:${id}`),
    title: def.title,
    fromModel: def.fromModel,
    toModel: def.toModel,
    source: def.source,
    links,
  };
  if (problems.length === 0) problems.push(...checkCrosswalkCompleteness(crosswalk));
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `crosswalk ${id} is invalid: ${problems[0]!.message}`, {
      field: 'crosswalk',
      problems,
    });
  }
  return crosswalk;
}

/**
 * The completeness rules of a crosswalk: each source item has exactly one fate; each target item is
 * reached by some link or marked `new`.
 */
export function checkCrosswalkCompleteness(crosswalk: TCrosswalk): TProblem[] {
  const problems: TProblem[] = [];
  for (const item of crosswalk.fromModel.items) {
    const fates = crosswalk.links.filter((l) => l.from?.id === item.id && l.kind !== 'new');
    if (fates.length !== 1) {
      problems.push({ path: `$.fromModel.${item.code}`, message: `${item.code} ${item.name} has ${fates.length} fates; expected 1` });
    }
  }
  for (const item of crosswalk.toModel.items) {
    if (!crosswalk.links.some((l) => l.to?.id === item.id)) {
      problems.push({ path: `$.toModel.${item.code}`, message: `${item.code} ${item.name} is neither reached nor marked new` });
    }
  }
  return problems;
}

/** The one fate of a source item (by id, code or name). */
export function fateOf(crosswalk: TCrosswalk, ref: string): TCrosswalkLink | undefined {
  const item = findItem(crosswalk.fromModel, ref);
  if (!item) return undefined;
  return crosswalk.links.find((l) => l.from?.id === item.id && l.kind !== 'new');
}

/** Target items the crosswalk marks `new`. */
export function newItemsOf(crosswalk: TCrosswalk): readonly TCompetency[] {
  return crosswalk.links.filter((l) => l.kind === 'new').flatMap((l) => (l.to ? [l.to] : []));
}
