import type { TCalendarDate } from '../../dates/calendar-date';
import type { TCompetency, TCompetencyModel } from '../../policy/model';
import type { TSourceRef } from '../../policy/source';
import type { TExampleClassification } from '../classify-example';
import type { TNarrativeCoverage } from '../measure-coverage';
import type { TNarrativeLimits } from '../narrative-limits';
import type { TPageReport } from '../measure-pages';
import type { TTokenIndex } from '../text/token-index';
import type { TNarrativeExample, TNarrativeStructure, TSpan } from '../types';

export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export type TFindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** One thing a candidate should look at, pointing at the text. */
export interface TNarrativeFinding extends TSpan {
  readonly ruleId: string;
  readonly severity: TFindingSeverity;
  readonly message: string;
  /** The rule's policy source and confidence (POLICY.md). */
  readonly source: TSourceRef;
  readonly ecqCode: string | undefined;
  readonly sectionIndex: number | undefined;
  readonly exampleIndex: number | undefined;
  /** Further places to highlight (each "we", each use of an acronym…). */
  readonly marks: readonly TSpan[];
}

/** What a rule returns for one finding; the runner adds the rule's id and source. */
export interface TFindingDraft extends TSpan {
  readonly severity: TFindingSeverity;
  readonly message: string;
  readonly ecqCode?: string | undefined;
  readonly sectionIndex?: number | undefined;
  readonly exampleIndex?: number | undefined;
  readonly marks?: readonly TSpan[];
}

/** An example with the ECQ it is filed under. */
export interface TFiledExample {
  readonly sectionIndex: number;
  readonly exampleIndex: number;
  readonly example: TNarrativeExample;
  readonly ecqCode: string | undefined;
  /** `heading`: its section's ECQ heading; `classification`: read from its cues (no heading); `none`: neither. */
  readonly filedBy: 'heading' | 'classification' | 'none';
  readonly classification: TExampleClassification;
}

export interface TRuleContext {
  readonly text: string;
  /** The text's tokens, read once for every rule. */
  readonly tokens: TTokenIndex;
  readonly model: TCompetencyModel;
  readonly limits: TNarrativeLimits;
  readonly structure: TNarrativeStructure;
  readonly examples: readonly TFiledExample[];
  readonly coverage: TNarrativeCoverage;
  readonly pages: TPageReport;
  /** The reference date for recency; never read from the clock inside core. */
  readonly today: TCalendarDate | undefined;
  /** The ECQs this package must cover (all of the model's by default). */
  readonly expectedEcqs: readonly TCompetency[];
}

export type TRuleOutcome =
  | { readonly status: 'checked'; readonly findings: readonly TFindingDraft[] }
  | { readonly status: 'not-measured' | 'not-applicable'; readonly reason: string };

/**
 * A narrative rule: an id, the POLICY.md fact it rests on with its confidence, and a pure check. Rules whose
 * confidence is medium or low only warn (POLICY.md preamble); the runner enforces it.
 */
export interface TNarrativeRule {
  readonly id: string;
  readonly title: string;
  readonly source: TSourceRef;
  readonly check: (context: TRuleContext) => TRuleOutcome;
}

export function checked(findings: readonly TFindingDraft[]): TRuleOutcome {
  return { status: 'checked', findings };
}

/** "Example 2 under Leading Change" or "Example 1" for an example not yet filed under an ECQ. */
export function exampleName(context: TRuleContext, filed: TFiledExample): string {
  const ecq = context.model.items.find((i) => i.code === filed.ecqCode);
  const position = context.examples.filter((e) => e.ecqCode === filed.ecqCode && (e.sectionIndex < filed.sectionIndex ||
    (e.sectionIndex === filed.sectionIndex && e.exampleIndex <= filed.exampleIndex))).length;
  return ecq ? `Example ${position} under ${ecq.name}` : `Example ${position}`;
}

/** Where the example sits, for a finding about it. */
export function aboutExample(filed: TFiledExample): Pick<TFindingDraft, 'ecqCode' | 'sectionIndex' | 'exampleIndex'> {
  return { ecqCode: filed.ecqCode, sectionIndex: filed.sectionIndex, exampleIndex: filed.exampleIndex };
}
