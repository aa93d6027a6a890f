import { AppError } from '../errors/app-error';
import type { TCalendarDate } from '../dates/calendar-date';
import { uuidV5 } from '../ids/uuid';
import type { TSourceRef } from './source';

/**
 * A competency model as data: its Executive Core Qualifications (ECQs), their sub-competencies and, where
 * the model has them, the fundamental competencies judged across a whole narrative. Nothing in logic names
 * an ECQ; everything reads these structures (DESIGN.md, "time-aware, versioned policy").
 */
export const COMPETENCY_KINDS = ['ecq', 'sub', 'fundamental'] as const;
export type TCompetencyKind = (typeof COMPETENCY_KINDS)[number];

export interface TCompetency {
  /** Stable UUID; for built-in models a version-5 UUID of `modelId#code`. */
  readonly id: string;
  /** Human code: `LC` for an ECQ, `LC.6` for its sixth sub-competency, `FC.2` for a fundamental. */
  readonly code: string;
  readonly kind: TCompetencyKind;
  readonly name: string;
  /** Other spellings of the same item (the memo spells some two ways: POLICY.md §1). */
  readonly aliases: readonly string[];
  /** Short description written by ECQ Workbench; OPM has not published definitions (POLICY.md §1). */
  readonly description: string;
  /** Code of the ECQ a sub-competency belongs to. */
  readonly parentCode: string | undefined;
  /** Position within its parent (or among ECQs/fundamentals), from 1. */
  readonly position: number;
  readonly source: TSourceRef;
  /** True when the item is reported only by third parties and not confirmed by OPM. */
  readonly isProvisional: boolean;
}

export interface TCompetencyModel {
  /** Slug used everywhere a person types it, e.g. `ecq-2025`. */
  readonly id: string;
  readonly uuid: string;
  readonly title: string;
  readonly version: string;
  readonly issuedOn: TCalendarDate;
  readonly publisher: string;
  readonly description: string;
  /** States plainly what is ours and what is OPM's (e.g. definitions not yet published). */
  readonly definitionsNote: string;
  readonly source: TSourceRef;
  /** Every item in order: each ECQ followed by its sub-competencies, then the fundamentals. */
  readonly items: readonly TCompetency[];
}

/** Authoring shape of one item; ids, codes and positions are derived by {@link defineModel}. */
export interface CompetencyDefinition {
  readonly name: string;
  readonly description: string;
  readonly aliases?: readonly string[];
  readonly source?: TSourceRef;
  readonly isProvisional?: boolean;
}

export interface EcqDefinition extends CompetencyDefinition {
  readonly code: string;
  readonly subs: readonly CompetencyDefinition[];
}

export interface ModelDefinition {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly issuedOn: TCalendarDate;
  readonly publisher: string;
  readonly description: string;
  readonly definitionsNote: string;
  readonly source: TSourceRef;
  readonly ecqs: readonly EcqDefinition[];
  readonly fundamentals?: readonly CompetencyDefinition[];
  /** Code prefix of fundamentals; `FC` by default. */
  readonly fundamentalCode?: string;
}

/** The deterministic UUID of a built-in model's document or item. */
export function builtInUuid(modelId: string, code?: string): string {
  return uuidV5(code === undefined ? `model:${modelId}` : `model:${modelId}#${code}`);
}

/** Builds a model from its authoring definition: codes, positions and version-5 UUIDs are derived. */
export function defineModel(def: ModelDefinition): TCompetencyModel {
  const items: TCompetency[] = [];
  const item = (
    d: CompetencyDefinition,
    meta: { code: string; kind: TCompetencyKind; parentCode: string | undefined; position: number },
  ): TCompetency => ({
    id: builtInUuid(def.id, meta.code),
    code: meta.code,
    kind: meta.kind,
    name: d.name,
    aliases: d.aliases ?? [],
    description: d.description,
    parentCode: meta.parentCode,
    position: meta.position,
    source: d.source ?? def.source,
    isProvisional: d.isProvisional ?? false,
  });
  def.ecqs.forEach((ecq, i) => {
    items.push(item(ecq, { code: ecq.code, kind: 'ecq', parentCode: undefined, position: i + 1 }));
    ecq.subs.forEach((sub, j) => {
      items.push(item(sub, { code: `${ecq.code}.${j + 1}`, kind: 'sub', parentCode: ecq.code, position: j + 1 }));
    });
  });
  const fundamentalCode = def.fundamentalCode ?? 'FC';
  (def.fundamentals ?? []).forEach((f, i) => {
    items.push(item(f, { code: `${fundamentalCode}.${i + 1}`, kind: 'fundamental', parentCode: undefined, position: i + 1 }));
  });
  const model: TCompetencyModel = {
    id: def.id,
    uuid: builtInUuid(def.id),
    title: def.title,
    version: def.version,
    issuedOn: def.issuedOn,
    publisher: def.publisher,
    description: def.description,
    definitionsNote: def.definitionsNote,
    source: def.source,
    items,
  };
  assertModelIsConsistent(model);
  return model;
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim();
}

/**
 * Checks what every model must satisfy, built-in or imported: unique ids and codes, every name and alias
 * naming one item only, sub-competencies under an existing ECQ.
 * @throws AppError `VALIDATION_FAILED` listing every problem.
 */
export function assertModelIsConsistent(model: TCompetencyModel): void {
  const problems: { path: string; message: string }[] = [];
  const ids = new Map<string, number>();
  const codes = new Map<string, number>();
  const names = new Map<string, string>();
  const ecqCodes = new Set(model.items.filter((i) => i.kind === 'ecq').map((i) => i.code));
  model.items.forEach((it, index) => {
    const path = `$.items[${index}]`;
    if (ids.has(it.id)) problems.push({ path: `${path}.id`, message: `duplicate id ${it.id}` });
    ids.set(it.id, index);
    if (codes.has(it.code)) problems.push({ path: `${path}.code`, message: `duplicate code ${it.code}` });
    codes.set(it.code, index);
    if (it.kind === 'sub' && (it.parentCode === undefined || !ecqCodes.has(it.parentCode))) {
      problems.push({ path: `${path}.parentCode`, message: `sub-competency ${it.code} has no ECQ parent` });
    }
    // The same name may appear under two kinds (2006 has Interpersonal Skills only as a fundamental), but
    // never twice within one kind, or a narrative heading could not be resolved to one item.
    for (const name of [it.name, ...it.aliases]) {
      const key = `${it.kind === 'ecq' ? 'ecq' : 'competency'}:${normalizeName(name)}`;
      const owner = names.get(key);
      if (owner !== undefined && owner !== it.code) {
        problems.push({ path: `${path}.name`, message: `"${name}" names both ${owner} and ${it.code}` });
      }
      names.set(key, it.code);
    }
  });
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `model ${model.id} is inconsistent: ${problems[0]!.message}`, {
      field: 'model',
      problems,
    });
  }
}

export function ecqsOf(model: TCompetencyModel): readonly TCompetency[] {
  return model.items.filter((i) => i.kind === 'ecq');
}

export function subsOf(model: TCompetencyModel, ecqCode?: string): readonly TCompetency[] {
  return model.items.filter((i) => i.kind === 'sub' && (ecqCode === undefined || i.parentCode === ecqCode));
}

export function fundamentalsOf(model: TCompetencyModel): readonly TCompetency[] {
  return model.items.filter((i) => i.kind === 'fundamental');
}

/**
 * Finds an item by UUID, code (case-insensitive) or name/alias (case- and spacing-insensitive).
 * Returns undefined when nothing matches.
 */
export function findItem(model: TCompetencyModel, ref: string): TCompetency | undefined {
  const upper = ref.trim().toUpperCase();
  const byIdOrCode = model.items.find((i) => i.id.toUpperCase() === upper || i.code.toUpperCase() === upper);
  if (byIdOrCode) return byIdOrCode;
  const wanted = normalizeName(ref);
  return model.items.find((i) => [i.name, ...i.aliases].some((n) => normalizeName(n) === wanted));
}
