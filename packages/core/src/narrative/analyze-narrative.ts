import type { TCrosswalk } from '../crosswalk/crosswalk';
import { parseCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import { AppError } from '../errors/app-error';
import { ecqsOf, subsOf, type TCompetencyModel } from '../policy/model';
import { classifyExample, type TExampleClassification } from './classify-example';
import { cueLexiconFor } from './cues/lexicon-for';
import type { TCueLexicon } from './cues/types';
import { measureCoverage, type TCoverageStrength, type TNarrativeCoverage } from './measure-coverage';
import { measurePackagePages, type TMeasurePages, type TPageReport } from './measure-pages';
import { resolveNarrativeLimits, type TNarrativeLimits } from './narrative-limits';
import type { TFiledExample, TNarrativeFinding, TNarrativeRule } from './rules/rule';
import { runNarrativeRules, type TRuleCheck } from './run-narrative-rules';
import { scoreCompetencyCues } from './score-competency-cues';
import { segmentNarrative } from './segment-narrative';
import {
  summarizeEcqReadiness,
  summarizePackageReadiness,
  type TEcqReadiness,
  type TPackageReadiness,
} from './summarize-readiness';
import { indexTokens } from './text/token-index';
import { countWords } from './text/tokenize';
import type { TCcarPart, TNarrativeStructure } from './types';

export interface TAnalyzeNarrativeOptions {
  /** The governing model (e.g. `policyFor('hiring', date).model`). */
  readonly model: TCompetencyModel;
  /** Per-vacancy overrides of the defaults (POLICY.md §3: page limits are per vacancy). */
  readonly limits?: Partial<TNarrativeLimits> | undefined;
  /** A real layout engine; without it the page rules report "not measured" (never a words-per-page guess). */
  readonly measurePages?: TMeasurePages | undefined;
  /** The reference date for recency, `YYYY-MM-DD`; core never reads the clock. Without it recency is not measured. */
  readonly today?: TCalendarDate | string | undefined;
  /** ECQ codes the package must cover; all the model's ECQs by default (one ECQ when editing one section). */
  readonly expectedEcqs?: readonly string[] | undefined;
  /** The cue lexicon; the model's curated one by default, or one derived from the model. */
  readonly lexicon?: TCueLexicon | undefined;
  /** Crosswalks whose ECQ names may head sections; the built-in ones by default. */
  readonly crosswalks?: readonly TCrosswalk[] | undefined;
  /** The rules to run; all of them by default. */
  readonly rules?: readonly TNarrativeRule[] | undefined;
}

/** Where each example is filed, without repeating its structure. */
export interface TExampleFiling {
  readonly sectionIndex: number;
  readonly exampleIndex: number;
  readonly ecqCode: string | undefined;
  readonly filedBy: TFiledExample['filedBy'];
  readonly classification: TExampleClassification;
}

export interface TEcqReport {
  readonly code: string;
  readonly name: string;
  readonly sectionIndexes: readonly number[];
  readonly examples: readonly {
    readonly sectionIndex: number;
    readonly exampleIndex: number;
    readonly start: number;
    readonly end: number;
    readonly filedBy: TFiledExample['filedBy'];
    readonly wordCount: number;
    readonly missingParts: readonly TCcarPart[];
  }[];
  readonly coverage: readonly { readonly code: string; readonly name: string; readonly score: number; readonly strength: TCoverageStrength }[];
  /** Pages of this ECQ's sections when a layout engine measured them. */
  readonly pages: number | undefined;
  readonly findings: readonly TNarrativeFinding[];
  readonly readiness: TEcqReadiness;
}

export interface TNarrativeReport {
  readonly modelId: string;
  readonly modelTitle: string;
  readonly textLength: number;
  readonly wordCount: number;
  readonly limits: TNarrativeLimits;
  readonly structure: TNarrativeStructure;
  readonly filings: readonly TExampleFiling[];
  readonly ecqs: readonly TEcqReport[];
  readonly coverage: TNarrativeCoverage;
  readonly pages: TPageReport;
  readonly findings: readonly TNarrativeFinding[];
  readonly checks: readonly TRuleCheck[];
  readonly readiness: TPackageReadiness;
}

/**
 * Analyzes an ECQ narrative package in plain text against the governing model (POLICY.md §3): its structure
 * (ECQ sections, examples, CCAR parts), sub-competency coverage with cited evidence (and the 2006
 * fundamentals across the package), the narrative rules with their POLICY.md sources and confidence, and a
 * readiness summary per ECQ and for the package. Every offset points into `text`. Pure and synchronous (runs
 * in the browser), linear in the text, and never throws on any string.
 * @throws AppError `VALIDATION_FAILED` for bad options (limits, unknown `expectedEcqs`), `INVALID_DATE` for
 * a bad `today`.
 */
export function analyzeNarrative(text: string, options: TAnalyzeNarrativeOptions): TNarrativeReport {
  if (typeof text !== 'string') throw new AppError('VALIDATION_FAILED', 'text must be a string', { field: 'text' });
  const { model } = options;
  const limits = resolveNarrativeLimits(options.limits);
  const today = options.today === undefined ? undefined : parseCalendarDate(options.today, 'today');
  const ecqs = ecqsOf(model);
  const expectedEcqs = options.expectedEcqs === undefined ? ecqs : options.expectedEcqs.map((code) => {
    const ecq = ecqs.find((e) => e.code === code);
    if (!ecq) {
      throw new AppError('VALIDATION_FAILED', `expectedEcqs: ${model.id} has no ECQ "${code}"; its ECQs are ${ecqs.map((e) => e.code).join(', ')}`, {
        field: 'expectedEcqs',
      });
    }
    return ecq;
  });
  const lexicon = options.lexicon ?? cueLexiconFor(model);

  const tokens = indexTokens(text);
  const structure = segmentNarrative(text, { model, tokens, ...(options.crosswalks === undefined ? {} : { crosswalks: options.crosswalks }) });
  const scores = scoreCompetencyCues(text, structure, lexicon, tokens);
  const examples: TFiledExample[] = [];
  scores.forEach((s, k) => {
    const section = structure.sections[s.sectionIndex]!;
    const example = section.examples[s.exampleIndex]!;
    const classification = classifyExample(s, model);
    const ecqCode = section.ecqCode ?? classification.ecqCode;
    const filedBy = section.ecqCode !== undefined ? 'heading' : classification.ecqCode !== undefined ? 'classification' : 'none';
    examples[k] = { sectionIndex: s.sectionIndex, exampleIndex: s.exampleIndex, example, ecqCode, filedBy, classification };
  });
  const filedAt = new Map(examples.map((e) => [`${e.sectionIndex}:${e.exampleIndex}`, e.ecqCode]));
  const coverage = measureCoverage({ model, lexicon, scores, ecqOf: (s, e) => filedAt.get(`${s}:${e}`) });
  const pages = measurePackagePages(text, structure, options.measurePages);
  const { findings, checks } = runNarrativeRules(
    { text, tokens, model, limits, structure, examples, coverage, pages, today, expectedEcqs },
    options.rules,
  );

  const ecqReports = ecqs.map((ecq): TEcqReport => {
    const mine = examples.filter((e) => e.ecqCode === ecq.code);
    const readiness = summarizeEcqReadiness({ ecq, examples: mine, findings, coverage });
    return {
      code: ecq.code,
      name: ecq.name,
      sectionIndexes: structure.sections.filter((s) => s.ecqCode === ecq.code).map((s) => s.index),
      examples: mine.map((e) => ({
        sectionIndex: e.sectionIndex,
        exampleIndex: e.exampleIndex,
        start: e.example.start,
        end: e.example.end,
        filedBy: e.filedBy,
        wordCount: e.example.wordCount,
        missingParts: e.example.missingParts,
      })),
      coverage: subsOf(model, ecq.code).map((sub) => {
        const item = coverage.items.find((i) => i.code === sub.code);
        return { code: sub.code, name: sub.name, score: item?.score ?? 0, strength: item?.strength ?? 'none' };
      }),
      pages: pages.status === 'measured' ? pages.byEcq.find((p) => p.ecqCode === ecq.code)?.pages : undefined,
      findings: findings.filter((f) => f.ecqCode === ecq.code),
      readiness,
    };
  });
  return {
    modelId: model.id,
    modelTitle: model.title,
    textLength: text.length,
    wordCount: countWords(text),
    limits,
    structure,
    filings: examples.map(({ sectionIndex, exampleIndex, ecqCode, filedBy, classification }) => ({
      sectionIndex,
      exampleIndex,
      ecqCode,
      filedBy,
      classification,
    })),
    ecqs: ecqReports,
    coverage,
    pages,
    findings,
    checks,
    readiness: summarizePackageReadiness({
      findings,
      checks,
      ecqs: ecqReports.filter((r) => expectedEcqs.some((e) => e.code === r.code)).map((r) => r.readiness),
      pages,
    }),
  };
}
