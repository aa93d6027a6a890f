import {
  analyzeNarrative,
  ECQ_2025,
  ecqsOf,
  evaluateCorpus,
  measureNarrativePages,
  NARRATIVE_CORPUS,
  segmentNarrative,
  type TCorpusFigures,
} from '@ecq/core';
import { exportNarrativeDocx, exportNarrativePdf, importNarrativeFile } from '@ecq/documents';
import { printTimings, time, timeAsync } from './measure';

/** Issue 4's targets: the benchmark prints them beside the figures and asserts nothing. */
const TARGETS = {
  analysisMedianMs: 20,
  docxImportMs: 300,
  pdfExportMs: 500,
  ecqAccuracy: 0.9,
  subF1: 0.75,
} as const;

/** The analyzer's reference date for recency: fixed, so that runs compare. */
const TODAY = '2026-01-15';
const WORDS_PER_ECQ = 900;

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * A full five-ECQ January 2025 package of about 5,000 words (some 10 pages), built from the corpus: each ECQ
 * heading followed by that ECQ's examples, each under an "Example N" line, until it holds at least
 * {@link WORDS_PER_ECQ} words.
 */
function buildFullPackage(): string {
  return ecqsOf(ECQ_2025)
    .map((ecq, k) => {
      const examples: string[] = [];
      let words = 0;
      for (const example of NARRATIVE_CORPUS.filter((e) => e.modelId === 'ecq-2025' && e.ecqCode === ecq.code)) {
        if (words >= WORDS_PER_ECQ) break;
        examples.push(`Example ${examples.length + 1}\n\n${example.text}`);
        words += countWords(example.text);
      }
      return `ECQ ${k + 1}: ${ecq.name}\n\n${examples.join('\n\n')}`;
    })
    .join('\n\n');
}

const sectionsOf = (text: string) =>
  segmentNarrative(text, { model: ECQ_2025 }).sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const verdict = (isMet: boolean) => (isMet ? 'met' : 'NOT met');

function printCorpusFigures(split: string, figures: TCorpusFigures): void {
  console.log(
    `${split.padEnd(9)} ${String(figures.examples).padStart(3)} examples  ` +
      `ECQ accuracy ${percent(figures.ecqAccuracy).padStart(6)} (target ≥ ${percent(TARGETS.ecqAccuracy)}: ${verdict(figures.ecqAccuracy >= TARGETS.ecqAccuracy)})  ` +
      `sub-competency micro P ${figures.subPrecision.toFixed(3)} R ${figures.subRecall.toFixed(3)} F1 ${figures.subF1.toFixed(3)} ` +
      `(target ≥ ${TARGETS.subF1}: ${verdict(figures.subF1 >= TARGETS.subF1)})  ` +
      `CCAR ${percent(figures.ccarAccuracy)} (unlabelled ${percent(figures.ccarAccuracyUnlabelled)}, ${figures.ccarSentences} sentences)  ` +
      `flaws found ${percent(figures.flawRecall)}, false alarms ${percent(figures.flawFalseAlarmRate)}`,
  );
}

/**
 * Narrative benchmarks (issue 4): analysis of a full five-ECQ package (target: median under 20 ms, growing
 * linearly: 1×, 2×, 4×), the corpus evaluation for the tuning and held-out splits (targets: ECQ accuracy
 * ≥ 90%, sub-competency micro-F1 ≥ 0.75), import of a 10-page .docx (under 300 ms) and PDF export (under
 * 500 ms). Prints figures and targets; asserts nothing.
 */
export async function runNarrativeBench(): Promise<void> {
  const full = buildFullPackage();
  const analyze = (text: string) => analyzeNarrative(text, { model: ECQ_2025, measurePages: measureNarrativePages, today: TODAY });
  const report = analyze(full);
  const pages = report.pages.status === 'measured' ? report.pages.totalPages : Number.NaN;
  console.log(`\n## Narrative package\n${report.wordCount.toLocaleString('en-US')} words, ${full.length.toLocaleString('en-US')} characters, ${pages} pages as laid out (${report.structure.sections.length} ECQ sections, ${report.filings.length} examples)`);

  const sizes = [1, 2, 4].map((factor) => {
    const text = Array.from({ length: factor }, () => full).join('\n\n');
    const words = analyze(text).wordCount;
    return { factor, words, timing: time(`analyze ${factor}× (${words.toLocaleString('en-US')} words)`, () => analyze(text), { runs: 60 / factor, warmup: 5 }) };
  });
  const withoutPages = time('analyze 1×, pages not measured', () => analyzeNarrative(full, { model: ECQ_2025, today: TODAY }), { runs: 60, warmup: 5 });
  const sections = sectionsOf(full);
  const layoutOnly = time('measureNarrativePages 1× alone', () => measureNarrativePages({ text: full, sections }), { runs: 60, warmup: 5 });
  const base = sizes[0]!;
  printTimings('analyzeNarrative (model ecq-2025, pages by the layout engine)', [...sizes.map((s) => s.timing), withoutPages, layoutOnly], [
    `target: median under ${TARGETS.analysisMedianMs} ms at 1×: ${base.timing.medianMs.toFixed(1)} ms, ${verdict(base.timing.medianMs < TARGETS.analysisMedianMs)}`,
    `growth (median per 1,000 words): ${sizes.map((s) => `${s.factor}× ${((s.timing.medianMs / s.words) * 1000).toFixed(2)} ms`).join(', ')} (linear when these stay level)`,
  ]);

  const evaluation = evaluateCorpus();
  console.log('\n## Corpus evaluation (evaluateCorpus; cues are tuned on the tuning split only)');
  printCorpusFigures('tuning', evaluation.tuning);
  printCorpusFigures('held-out', evaluation.heldOut);
  printCorpusFigures('all', evaluation.all);

  const document = { text: full, candidateName: 'Pat Lee', title: 'Executive Core Qualifications', sections };
  const docx = await exportNarrativeDocx(document);
  const importTiming = await timeAsync(`import .docx (${pages} pages, ${(docx.byteLength / 1024).toFixed(0)} KiB)`, () =>
    importNarrativeFile({ bytes: docx, filename: 'ecqs.docx' }),
  );
  const pdfTiming = await timeAsync(`export PDF (${pages} pages)`, () => exportNarrativePdf(document));
  const docxTiming = await timeAsync(`export .docx (${pages} pages)`, () => exportNarrativeDocx(document));
  printTimings('Documents', [importTiming, pdfTiming, docxTiming], [
    `target: .docx import under ${TARGETS.docxImportMs} ms: ${importTiming.medianMs.toFixed(1)} ms, ${verdict(importTiming.medianMs < TARGETS.docxImportMs)}`,
    `target: PDF export under ${TARGETS.pdfExportMs} ms: ${pdfTiming.medianMs.toFixed(1)} ms, ${verdict(pdfTiming.medianMs < TARGETS.pdfExportMs)}`,
  ]);
}
