import { parseCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import { AppError } from '../errors/app-error';
import { PROCESSES, type TEffectiveRule, type TPolicyPack, type TProcess } from './pack';
import { BUILT_IN_PACKS } from './packs';

/**
 * Per-deployment policy settings. `alternatives` maps an alternative group to the pack this deployment
 * follows (e.g. `{ 'ecq-2025': 'ecq-2025-may' }`); groups not named use their default pack.
 */
export interface TPolicySettings {
  readonly alternatives?: Readonly<Record<string, string>>;
}

export interface PolicyForRequest {
  readonly process: TProcess | string;
  /** The date that decides: a hiring action's initiation date, a plan's start, an EDP's date. */
  readonly on: TCalendarDate | string;
  readonly settings?: TPolicySettings;
  readonly packs?: readonly TPolicyPack[];
}

export interface TPolicyAnswer {
  readonly process: TProcess;
  readonly on: TCalendarDate;
  readonly pack: TPolicyPack;
  readonly rule: TEffectiveRule;
  /** One sentence a person can read: which pack, from when, why, and any setting that chose it. */
  readonly reason: string;
  /** Set when a deployment setting chose between alternative packs. */
  readonly choice: { readonly group: string; readonly chosen: string; readonly others: readonly string[] } | undefined;
}

export function isProcess(value: unknown): value is TProcess {
  return typeof value === 'string' && (PROCESSES as readonly string[]).includes(value);
}

/**
 * Which pack a deployment follows in each alternative group, after checking the settings name real packs
 * of that group.
 * @throws AppError `VALIDATION_FAILED` naming `settings.alternatives.<group>`.
 */
export function resolveAlternatives(
  packs: readonly TPolicyPack[],
  settings: TPolicySettings = {},
): ReadonlyMap<string, string> {
  const chosen = new Map<string, string>();
  for (const pack of packs) {
    if (pack.alternative?.isDefault && !chosen.has(pack.alternative.group)) {
      chosen.set(pack.alternative.group, pack.id);
    }
  }
  for (const [group, packId] of Object.entries(settings.alternatives ?? {})) {
    const members = packs.filter((p) => p.alternative?.group === group).map((p) => p.id);
    if (!members.includes(packId)) {
      const field = `settings.alternatives.${group}`;
      const message =
        members.length === 0
          ? `${field}: no alternative group "${group}"`
          : `${field}: "${packId}" is not one of ${members.join(', ')}`;
      throw new AppError('VALIDATION_FAILED', message, { field });
    }
    chosen.set(group, packId);
  }
  return chosen;
}

/**
 * Answers which policy pack governs a process on a date: among the packs whose rule for the process starts
 * on or before that date, the one that started last, skipping alternatives this deployment does not follow.
 * Boundaries are exact days: hiring moves to the 2025 model on 2025-07-01, appraisal on 2025-10-01
 * (POLICY.md §1; seed memo). The answer names the pack and why.
 * @throws AppError `UNKNOWN_PROCESS`, `INVALID_DATE`, `VALIDATION_FAILED` (settings) or `NO_GOVERNING_POLICY`.
 */
export function policyFor(request: PolicyForRequest): TPolicyAnswer {
  const { process } = request;
  if (!isProcess(process)) {
    throw new AppError('UNKNOWN_PROCESS', `process must be one of ${PROCESSES.join(', ')}; got "${String(process)}"`, {
      field: 'process',
    });
  }
  const on = parseCalendarDate(request.on, 'on');
  const packs = request.packs ?? BUILT_IN_PACKS;
  const chosen = resolveAlternatives(packs, request.settings);

  let best: { pack: TPolicyPack; rule: TEffectiveRule } | undefined;
  for (const pack of packs) {
    if (pack.alternative && chosen.get(pack.alternative.group) !== pack.id) continue;
    for (const rule of pack.effective) {
      if (rule.process !== process || rule.from > on) continue;
      if (!best || rule.from > best.rule.from) best = { pack, rule };
    }
  }
  if (!best) {
    throw new AppError('NO_GOVERNING_POLICY', `on: no ECQ model governs ${process} on ${on}`, { field: 'on' });
  }

  const { pack, rule } = best;
  const group = pack.alternative?.group;
  const choice =
    group === undefined
      ? undefined
      : {
          group,
          chosen: pack.id,
          others: packs.filter((p) => p.alternative?.group === group && p.id !== pack.id).map((p) => p.id),
        };
  const reason =
    `${pack.id} governs ${process} on ${on}: ${rule.basis} ` +
    `[${rule.source.policyRef}, ${rule.source.confidence} confidence]` +
    (choice && choice.others.length > 0
      ? `; this deployment follows ${choice.chosen} rather than ${choice.others.join(', ')} (setting alternatives.${choice.group})`
      : '') +
    '.';
  return { process, on, pack, rule, reason, choice };
}

/** Where a pack stands on a date: the processes it governs, or why it governs none. */
export type TPackStatus =
  | { readonly kind: 'in-force'; readonly processes: readonly TProcess[] }
  | { readonly kind: 'superseded'; readonly by: readonly string[] }
  | { readonly kind: 'scheduled'; readonly from: TCalendarDate }
  | { readonly kind: 'not-selected'; readonly group: string; readonly chosen: string };

/**
 * The status of a pack on a date under a deployment's settings, derived from {@link policyFor} so the two
 * can never disagree.
 */
export function describePackStatus(request: {
  readonly pack: TPolicyPack;
  readonly on: TCalendarDate;
  readonly settings?: TPolicySettings;
  readonly packs?: readonly TPolicyPack[];
}): TPackStatus {
  const packs = request.packs ?? BUILT_IN_PACKS;
  const { pack, on } = request;
  const chosen = resolveAlternatives(packs, request.settings);
  if (pack.alternative && chosen.get(pack.alternative.group) !== pack.id) {
    return { kind: 'not-selected', group: pack.alternative.group, chosen: chosen.get(pack.alternative.group) ?? '' };
  }
  const governing = PROCESSES.flatMap((process) => {
    try {
      return [{ process, answer: policyFor({ process, on, packs, ...(request.settings ? { settings: request.settings } : {}) }) }];
    } catch (error) {
      if (error instanceof AppError && error.code === 'NO_GOVERNING_POLICY') return [];
      throw error;
    }
  });
  const mine = governing.filter((g) => g.answer.pack.id === pack.id).map((g) => g.process);
  if (mine.length > 0) return { kind: 'in-force', processes: mine };
  const starts = pack.effective.map((r) => r.from).sort();
  if (starts.length > 0 && starts[0]! > on) return { kind: 'scheduled', from: starts[0]! };
  return { kind: 'superseded', by: [...new Set(governing.map((g) => g.answer.pack.id))] };
}

export function formatPackStatus(status: TPackStatus): string {
  switch (status.kind) {
    case 'in-force':
      return `in force (${status.processes.join(', ')})`;
    case 'superseded':
      return `superseded by ${status.by.join(', ')}`;
    case 'scheduled':
      return `scheduled from ${status.from}`;
    case 'not-selected':
      return `alternative, not selected (deployment follows ${status.chosen})`;
  }
}
