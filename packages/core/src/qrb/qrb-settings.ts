import { AppError, type TProblem } from '../errors/app-error';

/** How the board's per-ECQ findings become a decision (POLICY.md §2, medium: no official rule was found). */
export const QRB_DECISION_RULES = ['unanimous', 'majority'] as const;
export type TQrbDecisionRule = (typeof QRB_DECISION_RULES)[number];

/** Whether a missed deadline blocks or only warns (the deadlines are medium-confidence 2008 figures). */
export const QRB_DEADLINE_ENFORCEMENTS = ['block', 'warn'] as const;
export type TQrbDeadlineEnforcement = (typeof QRB_DEADLINE_ENFORCEMENTS)[number];

/**
 * The QRB numbers and choices a deployment may change. Everything resting on a medium or lower fact is
 * here; the high-confidence rules (5 CFR 317.502's career majority, one basis per case, the B-case hold
 * exemption) are not settings. Defaults are POLICY.md §2's.
 */
export interface TQrbSettings {
  /** Days after the announcement closes by which the case is due: 90 (POLICY.md §2, medium, 2008 figure). */
  readonly caseDueDays: number;
  /** Days after a disapproval by which a resubmission is due: 60 (POLICY.md §2, medium, 2008 figure). */
  readonly resubmissionDueDays: number;
  /** Whether a missed deadline blocks submission or only warns: `block` (POLICY.md §2, medium). */
  readonly deadlineEnforcement: TQrbDeadlineEnforcement;
  /** Members on a board: 3 (POLICY.md §2, medium-high). */
  readonly boardSize: number;
  /** Different agencies the members come from: 3, one each (POLICY.md §2, medium-high). */
  readonly minBoardAgencies: number;
  /** Members with prior QRB service below which the board gets a warning: 1 (issue 6, low: warn). */
  readonly minPriorServiceMembers: number;
  /** `unanimous` (default) or `majority` on every ECQ (POLICY.md §2, medium). */
  readonly decisionRule: TQrbDecisionRule;
}

export const DEFAULT_QRB_SETTINGS: TQrbSettings = {
  caseDueDays: 90,
  resubmissionDueDays: 60,
  deadlineEnforcement: 'block',
  boardSize: 3,
  minBoardAgencies: 3,
  minPriorServiceMembers: 1,
  decisionRule: 'unanimous',
};

/** A settings override as it arrives: any field may be absent or explicitly undefined. */
export type TQrbSettingsOverrides = { readonly [K in keyof TQrbSettings]?: TQrbSettings[K] | undefined };

const WHOLE_NUMBERS = ['caseDueDays', 'resubmissionDueDays', 'boardSize', 'minBoardAgencies', 'minPriorServiceMembers'] as const;

/**
 * Defaults with a deployment's overrides applied.
 * @throws AppError `VALIDATION_FAILED` naming each bad field (`settings.boardSize`…): day counts and the
 * board size are positive whole numbers, the agency and prior-service minimums whole numbers no larger than
 * the board, the rule and enforcement one of their values.
 */
export function resolveQrbSettings(overrides: TQrbSettingsOverrides = {}): TQrbSettings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const settings: TQrbSettings = { ...DEFAULT_QRB_SETTINGS, ...defined };
  const problems: TProblem[] = [];
  const bad = (field: keyof TQrbSettings, message: string): void => {
    problems.push({ path: `$.settings.${field}`, message: `settings.${field} ${message}` });
  };
  for (const key of WHOLE_NUMBERS) {
    const value: unknown = settings[key];
    const floor = key === 'minPriorServiceMembers' || key === 'minBoardAgencies' ? 0 : 1;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < floor) {
      bad(key, `must be a whole number of at least ${floor}`);
    }
  }
  if (problems.length === 0) {
    if (settings.minBoardAgencies > settings.boardSize) bad('minBoardAgencies', 'must not exceed settings.boardSize');
    if (settings.minPriorServiceMembers > settings.boardSize) bad('minPriorServiceMembers', 'must not exceed settings.boardSize');
  }
  if (!(QRB_DECISION_RULES as readonly unknown[]).includes(settings.decisionRule)) {
    bad('decisionRule', `must be one of ${QRB_DECISION_RULES.join(', ')}`);
  }
  if (!(QRB_DEADLINE_ENFORCEMENTS as readonly unknown[]).includes(settings.deadlineEnforcement)) {
    bad('deadlineEnforcement', `must be one of ${QRB_DEADLINE_ENFORCEMENTS.join(', ')}`);
  }
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems[0]!.message, { field: problems[0]!.path.slice(2), problems });
  }
  return settings;
}
