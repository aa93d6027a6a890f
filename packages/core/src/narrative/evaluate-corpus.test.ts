import { describe, expect, it } from 'vitest';
import { ECQ_2006, ECQ_2025 } from '../policy/packs';
import { NARRATIVE_CORPUS } from './corpus';
import { CORPUS_FLAWS } from './corpus/types';
import { evaluateCorpus, type TCorpusFigures } from './evaluate-corpus';
import { countWords } from './text/tokenize';

describe('the evaluation corpus', () => {
  it('has at least 40 examples covering every sub-competency of the 2006 and January 2025 models', () => {
    expect(NARRATIVE_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(NARRATIVE_CORPUS.map((e) => e.id)).size).toBe(NARRATIVE_CORPUS.length);
    for (const model of [ECQ_2006, ECQ_2025]) {
      const labelled = new Set(NARRATIVE_CORPUS.filter((e) => e.modelId === model.id).flatMap((e) => e.subCodes));
      const subs = model.items.filter((i) => i.kind === 'sub').map((i) => i.code);
      expect(subs.filter((code) => !labelled.has(code)), `${model.id} sub-competencies without an example`).toEqual([]);
      for (const code of labelled) expect(subs).toContain(code);
    }
    for (const e of NARRATIVE_CORPUS) {
      const model = e.modelId === 'ecq-2006' ? ECQ_2006 : ECQ_2025;
      expect(model.items.filter((i) => i.kind === 'ecq').map((i) => i.code), e.id).toContain(e.ecqCode);
    }
  });

  it('holds out every third example and includes poor ones of each kind', () => {
    expect(NARRATIVE_CORPUS.filter((e) => e.split === 'held-out').map((e) => e.position % 3)).toEqual(
      NARRATIVE_CORPUS.filter((e) => e.split === 'held-out').map(() => 2),
    );
    expect(NARRATIVE_CORPUS.filter((e) => e.split === 'held-out').length).toBe(Math.floor(NARRATIVE_CORPUS.length / 3));
    for (const flaw of CORPUS_FLAWS) expect(NARRATIVE_CORPUS.some((e) => e.flaws.includes(flaw)), flaw).toBe(true);
  });

  it('keeps examples between 150 and 400 words (longer only when written too long on purpose)', () => {
    for (const e of NARRATIVE_CORPUS) {
      const words = countWords(e.text);
      expect(words, e.id).toBeGreaterThanOrEqual(150);
      if (e.flaws.includes('too-long')) expect(words, e.id).toBeGreaterThan(400);
      else expect(words, e.id).toBeLessThanOrEqual(400);
    }
  });

  it('labels CCAR spans that tile each example in order', () => {
    for (const e of NARRATIVE_CORPUS) {
      expect(e.spans[0]!.start).toBe(0);
      expect(e.spans.at(-1)!.end).toBe(e.text.length);
      e.spans.forEach((span, k) => {
        if (k > 0) expect(span.start).toBeGreaterThan(e.spans[k - 1]!.end - 1);
        expect(e.text.slice(span.start, span.end).trim().length).toBeGreaterThan(0);
      });
      expect(e.spans.some((s) => s.part === 'result')).toBe(!e.flaws.includes('no-result'));
    }
  });
});

describe('evaluateCorpus', () => {
  it('returns ECQ accuracy, sub-competency micro precision/recall/F1 and CCAR accuracy for both splits', () => {
    const evaluation = evaluateCorpus();
    const show = (f: TCorpusFigures): string =>
      `n=${f.examples} ECQ=${f.ecqAccuracy} P=${f.subPrecision} R=${f.subRecall} F1=${f.subF1} CCAR=${f.ccarAccuracy} ` +
      `(unlabelled ${f.ccarAccuracyUnlabelled}) flaws=${f.flawRecall} falseAlarms=${f.flawFalseAlarmRate}`;
    console.log(`corpus tuning:   ${show(evaluation.tuning)}\ncorpus held-out: ${show(evaluation.heldOut)}`);
    expect(evaluation.tuning.examples + evaluation.heldOut.examples).toBe(NARRATIVE_CORPUS.length);
    expect(evaluation.all.examples).toBe(NARRATIVE_CORPUS.length);
    for (const figures of [evaluation.tuning, evaluation.heldOut, evaluation.all]) {
      for (const key of ['ecqAccuracy', 'subPrecision', 'subRecall', 'subF1', 'ccarAccuracy', 'ccarAccuracyUnlabelled', 'flawRecall', 'flawFalseAlarmRate', 'singleExampleRate'] as const) {
        expect(figures[key], key).toBeGreaterThanOrEqual(0);
        expect(figures[key], key).toBeLessThanOrEqual(1);
      }
      expect(figures.ccarSentences).toBeGreaterThan(0);
    }
    expect(evaluation.examples).toHaveLength(NARRATIVE_CORPUS.length);
  });
});
