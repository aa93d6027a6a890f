import type { TConfidence, TSourceRef } from '../policy/source';
import { NARRATIVE_RULES } from './rules';
import type { TFindingSeverity, TNarrativeFinding, TNarrativeRule, TRuleContext } from './rules/rule';
import type { TSpan } from './types';

export interface TRuleCheck {
  readonly ruleId: string;
  readonly title: string;
  readonly source: TSourceRef;
  /** `passed`: checked, nothing found; `found`: findings; `not-measured`: could not be checked (reason given). */
  readonly status: 'passed' | 'found' | 'not-measured' | 'not-applicable';
  readonly reason: string | undefined;
  readonly findings: number;
}

const SEVERITY_ORDER: Readonly<Record<TFindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** Only high and medium-high facts may fail a package; medium and low ones warn (POLICY.md preamble, §3). */
export function mayFail(confidence: TConfidence): boolean {
  return confidence === 'high' || confidence === 'medium-high';
}

/**
 * Runs the rules over an analysed package. Each finding gets its rule's id and source; an error from a rule
 * whose confidence is medium or low becomes a warning; every offset is clamped into the text. Findings come
 * back errors first, then in text order.
 */
export function runNarrativeRules(
  context: TRuleContext,
  rules: readonly TNarrativeRule[] = NARRATIVE_RULES,
): { findings: TNarrativeFinding[]; checks: TRuleCheck[] } {
  const length = context.text.length;
  const clampSpan = (span: TSpan): TSpan => {
    const start = clamp(span.start, 0, length);
    return { start, end: clamp(span.end, start, length) };
  };
  const findings: TNarrativeFinding[] = [];
  const checks: TRuleCheck[] = [];
  for (const rule of rules) {
    const outcome = rule.check(context);
    if (outcome.status !== 'checked') {
      checks.push({ ruleId: rule.id, title: rule.title, source: rule.source, status: outcome.status, reason: outcome.reason, findings: 0 });
      continue;
    }
    for (const draft of outcome.findings) {
      const severity = draft.severity === 'error' && !mayFail(rule.source.confidence) ? 'warning' : draft.severity;
      findings.push({
        ...clampSpan(draft),
        ruleId: rule.id,
        severity,
        message: draft.message,
        source: rule.source,
        ecqCode: draft.ecqCode,
        sectionIndex: draft.sectionIndex,
        exampleIndex: draft.exampleIndex,
        marks: (draft.marks ?? []).map(clampSpan),
      });
    }
    checks.push({
      ruleId: rule.id,
      title: rule.title,
      source: rule.source,
      status: outcome.findings.length === 0 ? 'passed' : 'found',
      reason: undefined,
      findings: outcome.findings.length,
    });
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
  return { findings, checks };
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), low), high) : low;
}
