import { parseCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import { AppError, type TProblem } from '../errors/app-error';
import { resolveNarrativeLimits, type TNarrativeLimits } from '../narrative/narrative-limits';
import type { TPolicyPack } from '../policy/pack';
import { policyFor, type TPolicyAnswer, type TPolicySettings } from '../policy/policy-for';
import { computeCaseDueOn } from './qrb-deadlines';
import type { TQrbSettingsOverrides } from './qrb-settings';
import { QRB_SOURCES } from './qrb-sources';

/**
 * How candidates apply (POLICY.md §2, high, OPM 2016): traditional ECQ narratives, a resume-based first
 * application, or an accomplishment record (ECQ narratives whose examples add Verification, POLICY.md §3).
 */
export const APPLICATION_METHODS = ['traditional_ecq_narrative', 'resume_based', 'accomplishment_record'] as const;
export type TApplicationMethod = (typeof APPLICATION_METHODS)[number];

export const APPLICATION_METHOD_LABELS: Readonly<Record<TApplicationMethod, string>> = {
  traditional_ecq_narrative: 'Traditional ECQ narrative',
  resume_based: 'Resume-based',
  accomplishment_record: 'Accomplishment record',
};

/** True for one of {@link APPLICATION_METHODS}. */
export function isApplicationMethod(value: unknown): value is TApplicationMethod {
  return typeof value === 'string' && (APPLICATION_METHODS as readonly string[]).includes(value);
}

/** True when candidates under the method write ECQ narratives, which the pre-submission check analyses. */
export function hasEcqNarratives(method: TApplicationMethod): boolean {
  switch (method) {
    case 'traditional_ecq_narrative':
    case 'accomplishment_record':
      return true;
    case 'resume_based':
      return false;
    default: {
      const unreachable: never = method;
      return unreachable;
    }
  }
}

/** The governing pack as frozen on a hiring action: it never changes after the action is created. */
export interface TFrozenHiringPolicy {
  readonly pack: TPolicyPack;
  /** The `policyFor` reason, kept so the action shows why this pack governs it. */
  readonly reason: string;
  /** The initiation date the pack was chosen from. */
  readonly frozenOn: TCalendarDate;
}

export interface TDeriveHiringActionTermsRequest {
  readonly initiatedOn: TCalendarDate | string;
  readonly announcementOpensOn: TCalendarDate | string;
  readonly announcementClosesOn: TCalendarDate | string;
  readonly applicationMethod: TApplicationMethod | string;
  /** Per-action narrative limits (e.g. `{ maxPagesPerEcq: 1 }`) over the defaults (POLICY.md §3). */
  readonly narrativeLimits?: { readonly [K in keyof TNarrativeLimits]?: TNarrativeLimits[K] | undefined } | undefined;
  /**
   * The governing policy: a `policyFor('hiring', initiatedOn)` answer, or the frozen policy of a stored action
   * (its pack looked up by the stored id). When absent, `policyFor` is asked with `policySettings` and `packs`.
   */
  readonly policy?: TPolicyAnswer | TFrozenHiringPolicy | undefined;
  readonly policySettings?: TPolicySettings | undefined;
  readonly packs?: readonly TPolicyPack[] | undefined;
  readonly settings?: TQrbSettingsOverrides | undefined;
}

/** What a hiring action fixes for every case under it. */
export interface THiringActionTerms {
  readonly initiatedOn: TCalendarDate;
  readonly announcementOpensOn: TCalendarDate;
  readonly announcementClosesOn: TCalendarDate;
  readonly applicationMethod: TApplicationMethod;
  readonly policy: TFrozenHiringPolicy;
  /** The overrides exactly as the action states them, for storage and to tell stated limits from defaults. */
  readonly narrativeLimitOverrides: Partial<TNarrativeLimits>;
  /** Defaults with the action's overrides applied. */
  readonly narrativeLimits: TNarrativeLimits;
  /** `caseDueDays` (90) after the announcement closed (POLICY.md §2, medium; configurable). */
  readonly qrbCaseDueOn: TCalendarDate;
}

/**
 * Derives the terms a hiring action is created with and keeps: the governing pack chosen from the
 * initiation date by `policyFor('hiring', …)` and frozen (POLICY.md §1: hiring actions initiated on or after
 * 2025-07-01 use the 2025 model), the narrative limits with per-action overrides merged over the defaults
 * (POLICY.md §3, high: page limits are per vacancy), the QRB case due date (POLICY.md §2, medium: 90 days
 * after the announcement closed, configurable) and the application method (POLICY.md §2, high).
 * @throws AppError `INVALID_DATE` for a bad date; `VALIDATION_FAILED` for an unknown method, an announcement
 * closing before it opens, bad limits or settings, or a policy answer for another process or date;
 * `NO_GOVERNING_POLICY` when no pack governs hiring on the initiation date.
 */
export function deriveHiringActionTerms(request: TDeriveHiringActionTermsRequest): THiringActionTerms {
  const initiatedOn = parseCalendarDate(request.initiatedOn, 'initiatedOn');
  const announcementOpensOn = parseCalendarDate(request.announcementOpensOn, 'announcementOpensOn');
  const announcementClosesOn = parseCalendarDate(request.announcementClosesOn, 'announcementClosesOn');
  const problems: TProblem[] = [];
  if (!isApplicationMethod(request.applicationMethod)) {
    problems.push({
      path: '$.applicationMethod',
      message: `applicationMethod: must be one of ${APPLICATION_METHODS.join(', ')}; got "${String(request.applicationMethod)}" (${QRB_SOURCES.methods.policyRef})`,
    });
  }
  if (announcementClosesOn < announcementOpensOn) {
    problems.push({
      path: '$.announcementClosesOn',
      message: `announcementClosesOn: the announcement cannot close (${announcementClosesOn}) before it opens (${announcementOpensOn})`,
    });
  }
  const policy = freezePolicy(request, initiatedOn, problems);
  const first = problems[0];
  // freezePolicy returns undefined, and the method fails its check, only after recording a problem.
  if (first !== undefined || policy === undefined || !isApplicationMethod(request.applicationMethod)) {
    throw new AppError('VALIDATION_FAILED', first?.message ?? 'invalid hiring action', { field: first?.path.slice(2) ?? 'policy', problems });
  }
  const narrativeLimitOverrides = Object.fromEntries(
    Object.entries(request.narrativeLimits ?? {}).filter(([, v]) => v !== undefined),
  ) as Partial<TNarrativeLimits>;
  return {
    initiatedOn,
    announcementOpensOn,
    announcementClosesOn,
    applicationMethod: request.applicationMethod,
    policy,
    narrativeLimitOverrides,
    narrativeLimits: resolveNarrativeLimits(narrativeLimitOverrides),
    qrbCaseDueOn: computeCaseDueOn(announcementClosesOn, request.settings),
  };
}

function freezePolicy(
  request: TDeriveHiringActionTermsRequest,
  initiatedOn: TCalendarDate,
  problems: TProblem[],
): TFrozenHiringPolicy | undefined {
  const given = request.policy;
  if (given === undefined) {
    const answer = policyFor({
      process: 'hiring',
      on: initiatedOn,
      ...(request.policySettings === undefined ? {} : { settings: request.policySettings }),
      ...(request.packs === undefined ? {} : { packs: request.packs }),
    });
    return { pack: answer.pack, reason: answer.reason, frozenOn: initiatedOn };
  }
  if ('rule' in given) {
    if (given.process !== 'hiring' || given.on !== initiatedOn) {
      problems.push({
        path: '$.policy',
        message: `policy answers for ${given.process} on ${given.on}; a hiring action initiated on ${initiatedOn} needs policyFor('hiring', ${initiatedOn})`,
      });
      return undefined;
    }
    return { pack: given.pack, reason: given.reason, frozenOn: initiatedOn };
  }
  if (given.frozenOn !== initiatedOn) {
    problems.push({
      path: '$.policy.frozenOn',
      message: `policy was frozen from ${given.frozenOn}; this action was initiated on ${initiatedOn}`,
    });
    return undefined;
  }
  return given;
}
