import { AppError } from '../errors/app-error';
import { BUILT_IN_PACKS } from '../policy/packs';
import type { TCompetencyModel } from '../policy/model';
import { analyzeNarrative } from './analyze-narrative';
import { classifyExample } from './classify-example';
import { NARRATIVE_CORPUS } from './corpus';
import { CORPUS_TODAY, type TCorpusExample, type TCorpusFlaw, type TCorpusSplit } from './corpus/types';
import { cueLexiconFor } from './cues/lexicon-for';
import type { TCueLexicon } from './cues/types';
import { COVERAGE_THRESHOLDS, evidenceScoresOf } from './measure-coverage';
import { scoreCompetencyCues } from './score-competency-cues';
import { segmentExample } from './segment-example';
import type { TCcarPart, TNarrativeStructure } from './types';

/** The rule expected to catch each written-in flaw; `too-long` needs a layout engine and is not scored. */
const FLAW_RULES: Readonly<Record<TCorpusFlaw, string | undefined>> = {
  'no-result': 'narrative.ccar-missing',
  'we-everywhere': 'narrative.action-first-person',
  'too-long': undefined,
  'no-numbers': 'narrative.result-measurable',
  old: 'narrative.example-recency',
  passive: 'narrative.passive-run',
};

export interface TCorpusFigures {
  readonly examples: number;
  /** Share of examples whose ECQ, read from cues alone, is the one they were written for. */
  readonly ecqAccuracy: number;
  /** Sub-competency tagging at strength "moderate" or better, micro-averaged over (example, item) pairs. */
  readonly subPrecision: number;
  readonly subRecall: number;
  readonly subF1: number;
  /** Share of sentences given their hand-labelled CCAR part, over all examples, and over unlabelled ones only. */
  readonly ccarAccuracy: number;
  readonly ccarAccuracyUnlabelled: number;
  readonly ccarSentences: number;
  /** Share of written-in flaws (with a rule) that their rule reports. */
  readonly flawRecall: number;
  /** Share of (example, rule) pairs without the flaw where the rule still fires. */
  readonly flawFalseAlarmRate: number;
  /** Share of examples the segmenter reads as exactly one example. */
  readonly singleExampleRate: number;
}

export interface TCorpusExampleResult {
  readonly id: string;
  readonly split: TCorpusSplit;
  readonly expectedEcq: string;
  readonly predictedEcq: string | undefined;
  readonly expectedSubs: readonly string[];
  readonly predictedSubs: readonly string[];
  readonly ccarCorrect: number;
  readonly ccarSentences: number;
  readonly flaws: readonly { readonly flaw: TCorpusFlaw; readonly ruleId: string; readonly detected: boolean }[];
  readonly falseAlarms: readonly string[];
  readonly examplesFound: number;
}

export interface TCorpusEvaluation {
  readonly tuning: TCorpusFigures;
  readonly heldOut: TCorpusFigures;
  readonly all: TCorpusFigures;
  readonly examples: readonly TCorpusExampleResult[];
}

export interface TEvaluateCorpusOptions {
  readonly corpus?: readonly TCorpusExample[];
  readonly lexicons?: readonly TCueLexicon[];
}

/**
 * Scores the analyzer against the hand-labelled corpus (issue 4, part 5), for the tuning and held-out splits
 * separately: ECQ classification of each example from its cues alone, sub-competency tagging (micro
 * precision, recall, F1), CCAR part per sentence, and whether each written-in flaw is reported. Targets (ECQ
 * accuracy ≥ 90%, micro-F1 ≥ 0.75) belong to the benchmark; this only measures.
 */
export function evaluateCorpus(options: TEvaluateCorpusOptions = {}): TCorpusEvaluation {
  const corpus = options.corpus ?? NARRATIVE_CORPUS;
  const examples = corpus.map((entry) => evaluateExample(entry, options.lexicons));
  const figures = (split: TCorpusSplit | undefined): TCorpusFigures =>
    summarize(examples.filter((e) => split === undefined || e.split === split), corpus);
  return { tuning: figures('tuning'), heldOut: figures('held-out'), all: figures(undefined), examples };
}

function evaluateExample(entry: TCorpusExample, lexicons: readonly TCueLexicon[] | undefined): TCorpusExampleResult {
  const model = modelOf(entry.modelId);
  const lexicon = lexicons === undefined ? cueLexiconFor(model) : cueLexiconFor(model, lexicons);
  const { text } = entry;
  const example = segmentExample(text, { start: 0, end: text.length });
  const structure: TNarrativeStructure = {
    modelId: model.id,
    textLength: text.length,
    preamble: undefined,
    hasHeadings: false,
    sections: [{ start: 0, end: text.length, index: 0, heading: undefined, ecqCode: undefined, body: { start: 0, end: text.length }, examples: [example] }],
  };
  const [scores] = scoreCompetencyCues(text, structure, lexicon);
  const predictedEcq = scores ? classifyExample(scores, model).ecqCode : undefined;
  const evidence = scores ? evidenceScoresOf(scores) : new Map<string, number>();
  // As the report credits them: moderate evidence under the example's ECQ, strong evidence anywhere.
  const parentOf = new Map(model.items.filter((i) => i.kind === 'sub').map((i) => [i.code, i.parentCode]));
  const predictedSubs = [...evidence]
    .filter(([code, score]) => parentOf.has(code) && score >= (parentOf.get(code) === predictedEcq ? COVERAGE_THRESHOLDS.moderate : COVERAGE_THRESHOLDS.strong))
    .map(([code]) => code);

  let ccarCorrect = 0;
  for (const sentence of example.sentences) {
    if (sentence.part === goldPart(entry, sentence.start)) ccarCorrect++;
  }

  const report = analyzeNarrative(text, { model, today: CORPUS_TODAY, expectedEcqs: [entry.ecqCode], lexicon });
  const fired = new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId));
  const flaws = entry.flaws.flatMap((flaw) => {
    const ruleId = FLAW_RULES[flaw];
    return ruleId === undefined ? [] : [{ flaw, ruleId, detected: fired.has(ruleId) }];
  });
  const expectedRules = new Set(flaws.map((f) => f.ruleId));
  const falseAlarms = Object.values(FLAW_RULES).filter((r): r is string => r !== undefined && !expectedRules.has(r) && fired.has(r));
  return {
    id: entry.id,
    split: entry.split,
    expectedEcq: entry.ecqCode,
    predictedEcq,
    expectedSubs: entry.subCodes,
    predictedSubs,
    ccarCorrect,
    ccarSentences: example.sentences.length,
    flaws,
    falseAlarms,
    examplesFound: report.structure.sections.reduce((n, s) => n + s.examples.length, 0),
  };
}

function goldPart(entry: TCorpusExample, offset: number): TCcarPart | undefined {
  return entry.spans.find((s) => offset >= s.start && offset < s.end)?.part;
}

function modelOf(modelId: string): TCompetencyModel {
  const pack = BUILT_IN_PACKS.find((p) => p.model.id === modelId);
  if (!pack) throw new AppError('UNKNOWN_MODEL', `corpus: no built-in model "${modelId}"`, { field: 'corpus.modelId' });
  return pack.model;
}

function summarize(results: readonly TCorpusExampleResult[], corpus: readonly TCorpusExample[]): TCorpusFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ccarCorrect = 0;
  let ccarTotal = 0;
  let unlabelledCorrect = 0;
  let unlabelledTotal = 0;
  let flawsFound = 0;
  let flawsTotal = 0;
  let falseAlarms = 0;
  let cleanPairs = 0;
  const ruleCount = Object.values(FLAW_RULES).filter((r) => r !== undefined).length;
  for (const r of results) {
    const expected = new Set(r.expectedSubs);
    const predicted = new Set(r.predictedSubs);
    for (const code of predicted) (expected.has(code) ? tp++ : fp++);
    for (const code of expected) if (!predicted.has(code)) fn++;
    ccarCorrect += r.ccarCorrect;
    ccarTotal += r.ccarSentences;
    const style = corpus.find((e) => e.id === r.id)?.style;
    if (style === 'prose' || style === 'paragraphs') {
      unlabelledCorrect += r.ccarCorrect;
      unlabelledTotal += r.ccarSentences;
    }
    flawsFound += r.flaws.filter((f) => f.detected).length;
    flawsTotal += r.flaws.length;
    falseAlarms += r.falseAlarms.length;
    cleanPairs += ruleCount - new Set(r.flaws.map((f) => f.ruleId)).size;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    examples: results.length,
    ecqAccuracy: ratio(results.filter((r) => r.predictedEcq === r.expectedEcq).length, results.length),
    subPrecision: precision,
    subRecall: recall,
    subF1: precision + recall === 0 ? 0 : round((2 * precision * recall) / (precision + recall)),
    ccarAccuracy: ratio(ccarCorrect, ccarTotal),
    ccarAccuracyUnlabelled: ratio(unlabelledCorrect, unlabelledTotal),
    ccarSentences: ccarTotal,
    flawRecall: ratio(flawsFound, flawsTotal),
    flawFalseAlarmRate: ratio(falseAlarms, cleanPairs),
    singleExampleRate: ratio(results.filter((r) => r.examplesFound === 1).length, results.length),
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : round(a / b);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
