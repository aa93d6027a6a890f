import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ECQ_2006, ECQ_2025, ECQ_2025_MAY } from '../policy/packs';
import { analyzeNarrative } from './analyze-narrative';
import type { TMeasurePages } from './measure-pages';
import { expectReportInside } from './testing/expect-spans';

const NUM_RUNS = 200;
const MODELS = [ECQ_2025, ECQ_2006, ECQ_2025_MAY];

/** Fragments narratives are made of, so generated text reaches past the first checks. */
const fragment = fc.oneof(
  fc.constantFrom(
    'ECQ 1: Leading Change', '## Leading People', 'III. RESULTS DRIVEN', '• **Business Acumen**', 'ECQ 5\tBuilding Coalitions',
    'ECQ #2', 'Example 1', 'Example 2 – Title', 'Challenge:', 'C:', 'A:', 'R:', 'Context\t', '**Result**', 'Verification:',
    'In 2009 we faced a backlog.', 'I negotiated a partnership with the union (AFGE).', 'FEVS rose 12 percent.', 'was approved.',
    'The budget was cut by $4 million.', '\n', '\n\n', '\t', '\r\n', ' ', '.', '…', '—', '(', ')', '**', '#', '•', 'U.S.', 'e.g.',
    '\u2028', '\f', '\u000b', '’', 'ﬁ', '🙂', '東京', 'é', '\u0301', '\ud800',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const narrativeLike = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(' '));

const measurePages: TMeasurePages = (request) => ({
  totalPages: Math.ceil(request.text.length / 3000),
  sections: request.sections.map((s) => ({ index: s.index, pages: (s.end - s.start) / 3000 })),
  basis: 'test',
});

describe('analyzeNarrative on arbitrary input', () => {
  it('never throws and keeps every offset inside the text (arbitrary strings, any model)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), narrativeLike), fc.constantFrom(...MODELS), (text, model) => {
        const report = analyzeNarrative(text, { model, today: '2025-11-01', measurePages });
        expectReportInside(text, report);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('handles huge inputs: long runs without punctuation, many lines, a very long line, many headings', () => {
    const cases = [
      'a'.repeat(300_000),
      'word '.repeat(60_000),
      '\n'.repeat(100_000),
      'Example 1\n'.repeat(5_000),
      `ECQ 1: Leading Change\n${'I led. '.repeat(20_000)}`,
      'Leading Change\nLeading People\n'.repeat(3_000),
      `${'A.'.repeat(50_000)} ${'(OPM)'.repeat(10_000)}`,
      '\ud83d'.repeat(10_000) + 'é\u0301'.repeat(10_000),
    ];
    for (const text of cases) {
      const report = analyzeNarrative(text, { model: ECQ_2025, today: '2025-11-01' });
      expectReportInside(text, report);
    }
  });
});
