import { AppError, type TProblem } from '../errors/app-error';

/**
 * The numbers the narrative rules use. Page limits are per vacancy (POLICY.md §3), so every number can be
 * overridden for one analysis; the defaults are POLICY.md's.
 */
export interface TNarrativeLimits {
  /** At most 10 pages in total (POLICY.md §3, high). */
  readonly maxTotalPages: number;
  /** About 2 pages per ECQ (POLICY.md §3, medium; some announcements say 1). */
  readonly maxPagesPerEcq: number;
  /** One or more examples per ECQ (POLICY.md §3, high). */
  readonly minExamplesPerEcq: number;
  /** Consultants advise at most 2 per ECQ (POLICY.md §3, low: warn). */
  readonly maxExamplesPerEcq: number;
  /** Examples within 10 years by convention (POLICY.md §3, medium: warn). */
  readonly maxExampleAgeYears: number;
  /** Ideally within 5 years (POLICY.md §3, medium: noted). */
  readonly idealExampleAgeYears: number;
  /** An example needs this many words to count as one (ECQ Workbench, low). */
  readonly minExampleWords: number;
  /** Consecutive passive sentences that make a "long passive run" (ECQ Workbench, low). */
  readonly passiveRunSentences: number;
  /** Share of shared word sequences above which two examples look like one story (ECQ Workbench, low). */
  readonly storyOverlap: number;
  /** Acronyms a QRB reader needs no spelling out for (ECQ Workbench, low). */
  readonly allowedAcronyms: readonly string[];
}

export const DEFAULT_NARRATIVE_LIMITS: TNarrativeLimits = {
  maxTotalPages: 10,
  maxPagesPerEcq: 2,
  minExamplesPerEcq: 1,
  maxExamplesPerEcq: 2,
  maxExampleAgeYears: 10,
  idealExampleAgeYears: 5,
  minExampleWords: 25,
  passiveRunSentences: 3,
  storyOverlap: 0.3,
  allowedAcronyms: ['US', 'USA', 'SES', 'ECQ', 'ECQs', 'CCAR', 'QRB', 'AM', 'PM', 'OK', 'ID', 'TV', 'DC', 'FY', 'UK', 'EU', 'UN', 'PhD', 'MBA', 'CEO', 'NASA', 'COVID'],
};

type TNumericLimit = Exclude<keyof TNarrativeLimits, 'allowedAcronyms'>;

const INTEGER_LIMITS: readonly TNumericLimit[] = ['minExamplesPerEcq', 'maxExamplesPerEcq', 'minExampleWords', 'passiveRunSentences'];

/**
 * Defaults with per-vacancy overrides applied.
 * @throws AppError `VALIDATION_FAILED` naming each bad field (`limits.maxPagesPerEcq`…): numbers must be
 * finite and positive (counts whole, the minimum examples may be 0), minimums not above maximums, the
 * story overlap a share in (0, 1].
 */
export function resolveNarrativeLimits(overrides: Partial<TNarrativeLimits> = {}): TNarrativeLimits {
  const limits: TNarrativeLimits = { ...DEFAULT_NARRATIVE_LIMITS, ...definedOnly(overrides) };
  const problems: TProblem[] = [];
  const bad = (field: string, message: string): void => {
    problems.push({ path: `$.limits.${field}`, message: `limits.${field} ${message}` });
  };
  for (const key of Object.keys(DEFAULT_NARRATIVE_LIMITS) as (keyof TNarrativeLimits)[]) {
    if (key === 'allowedAcronyms') continue;
    const value: unknown = limits[key];
    const floor = key === 'minExamplesPerEcq' ? 0 : Number.MIN_VALUE;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < floor) bad(key, `must be a ${floor === 0 ? 'non-negative' : 'positive'} number`);
    else if (INTEGER_LIMITS.includes(key) && !Number.isInteger(value)) bad(key, 'must be a whole number');
  }
  if (limits.minExamplesPerEcq > limits.maxExamplesPerEcq) bad('minExamplesPerEcq', 'must not exceed limits.maxExamplesPerEcq');
  if (limits.idealExampleAgeYears > limits.maxExampleAgeYears) bad('idealExampleAgeYears', 'must not exceed limits.maxExampleAgeYears');
  if (limits.maxPagesPerEcq > limits.maxTotalPages) bad('maxPagesPerEcq', 'must not exceed limits.maxTotalPages');
  if (limits.storyOverlap > 1) bad('storyOverlap', 'must be a share between 0 and 1');
  if (!Array.isArray(limits.allowedAcronyms) || limits.allowedAcronyms.some((a) => typeof a !== 'string')) {
    bad('allowedAcronyms', 'must be a list of strings');
  }
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems[0]!.message, { field: problems[0]!.path.slice(2), problems });
  }
  return limits;
}

function definedOnly(overrides: Partial<TNarrativeLimits>): Partial<TNarrativeLimits> {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<TNarrativeLimits>;
}
