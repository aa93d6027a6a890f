import { NARRATIVE_CORPUS } from '@ecq/core';

const ECQ_2025_HEADINGS: readonly (readonly [code: string, heading: string])[] = [
  ['LC', 'ECQ 1: Leading Change'],
  ['LP', 'ECQ 2: Leading People'],
  ['DR', 'ECQ 3: Driving Results'],
  ['AOS', 'ECQ 4: Achieving Organizational Success'],
  ['BC', 'ECQ 5: Building Coalitions'],
];

/**
 * A five-ECQ January 2025 package from the evaluation corpus: under each ECQ heading, that ECQ's examples in
 * corpus order until the section has about `wordsPerEcq` words (1,000 each makes the ~10-page, ~5,000-word
 * package of the benchmark). Paragraphs as the importers write them: one a line, blank lines between.
 */
export function sampleNarrative(wordsPerEcq = 1_000): string {
  return ECQ_2025_HEADINGS.map(([code, heading]) => {
    const examples = NARRATIVE_CORPUS.filter((e) => e.modelId === 'ecq-2025' && e.ecqCode === code);
    const parts: string[] = [heading];
    let words = 0;
    for (let k = 0; words < wordsPerEcq && examples.length > 0; k++) {
      const example = examples[k % examples.length]!;
      const text = example.text.replace(/\n{2,}/g, '\n\n').trim();
      parts.push(text);
      words += text.split(/\s+/).length;
    }
    return parts.join('\n\n');
  }).join('\n\n');
}
