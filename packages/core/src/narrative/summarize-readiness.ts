import type { TCompetency } from '../policy/model';
import type { TNarrativeCoverage } from './measure-coverage';
import type { TPageReport } from './measure-pages';
import type { TFiledExample, TNarrativeFinding } from './rules/rule';
import type { TRuleCheck } from './run-narrative-rules';

export type TEcqReadinessStatus = 'ready' | 'needs-work' | 'not-ready' | 'missing';
export type TPackageReadinessStatus = 'ready' | 'needs-work' | 'not-ready';

export interface TEcqReadiness {
  readonly ecqCode: string;
  readonly name: string;
  readonly status: TEcqReadinessStatus;
  readonly examples: number;
  readonly subsShown: number;
  readonly subsTotal: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** One line a candidate can read: "Leading Change: 2 examples, 5 of 6 sub-competencies shown, 1 warning." */
  readonly summary: string;
  /** What to do, most serious first: the messages of this ECQ's errors and warnings. */
  readonly actions: readonly string[];
}

export interface TPackageReadiness {
  readonly status: TPackageReadinessStatus;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly summary: string;
  /** The most serious things to fix across the package (errors, then warnings), at most {@link MAX_ACTIONS}. */
  readonly actions: readonly string[];
  /** Checks that could not be made, with why ("At most 10 pages in total: not measured — no page layout engine…"). */
  readonly notChecked: readonly string[];
}

export const MAX_ACTIONS = 10;

/** The readiness of one ECQ: missing, not ready (errors), needs work (warnings) or ready. */
export function summarizeEcqReadiness(request: {
  readonly ecq: TCompetency;
  readonly examples: readonly TFiledExample[];
  readonly findings: readonly TNarrativeFinding[];
  readonly coverage: TNarrativeCoverage;
}): TEcqReadiness {
  const { ecq, examples, findings, coverage } = request;
  const mine = findings.filter((f) => f.ecqCode === ecq.code);
  const errors = mine.filter((f) => f.severity === 'error').length;
  const warnings = mine.filter((f) => f.severity === 'warning').length;
  const infos = mine.length - errors - warnings;
  const subs = coverage.items.filter((i) => i.ecqCode === ecq.code);
  const shown = subs.filter((s) => s.strength !== 'none').length;
  const status: TEcqReadinessStatus = examples.length === 0 ? 'missing' : errors > 0 ? 'not-ready' : warnings > 0 ? 'needs-work' : 'ready';
  const parts = [
    examples.length === 0 ? 'no example' : `${examples.length} example${examples.length === 1 ? '' : 's'}`,
    ...(subs.length > 0 ? [`${shown} of ${subs.length} sub-competencies shown`] : []),
    ...counts(errors, warnings),
  ];
  return {
    ecqCode: ecq.code,
    name: ecq.name,
    status,
    examples: examples.length,
    subsShown: shown,
    subsTotal: subs.length,
    errors,
    warnings,
    infos,
    summary: `${ecq.name}: ${parts.join(', ')}.`,
    actions: mine.filter((f) => f.severity !== 'info').map((f) => f.message),
  };
}

/** The package's readiness, its headline and the first things to fix. */
export function summarizePackageReadiness(request: {
  readonly findings: readonly TNarrativeFinding[];
  readonly checks: readonly TRuleCheck[];
  readonly ecqs: readonly TEcqReadiness[];
  readonly pages: TPageReport;
}): TPackageReadiness {
  const { findings, checks, ecqs, pages } = request;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.length - errors - warnings;
  const status: TPackageReadinessStatus = errors > 0 ? 'not-ready' : warnings > 0 ? 'needs-work' : 'ready';
  const ready = ecqs.filter((e) => e.status === 'ready').length;
  const headline = status === 'not-ready' ? 'Not ready' : status === 'needs-work' ? 'Nearly there' : 'Ready';
  const detail = [...counts(errors, warnings), `${ready} of ${ecqs.length} ECQs ready`];
  const pageNote = pages.status === 'measured' ? ` ${Math.round(pages.totalPages * 10) / 10} pages.` : ' Page counts not measured.';
  return {
    status,
    errors,
    warnings,
    infos,
    summary: `${headline}: ${detail.join(', ')}.${pageNote}`,
    actions: findings.filter((f) => f.severity !== 'info').slice(0, MAX_ACTIONS).map((f) => f.message),
    notChecked: checks
      .filter((c) => c.status === 'not-measured')
      .map((c) => `${c.title}: not measured (${c.reason ?? 'no reason given'})`),
  };
}

function counts(errors: number, warnings: number): string[] {
  const out: string[] = [];
  if (errors > 0) out.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) out.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  if (errors === 0 && warnings === 0) out.push('no problems found');
  return out;
}
