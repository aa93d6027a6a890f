import { NARRATIVE_CORPUS } from '../../narrative/corpus';
import type { TPageMeasureRequest } from '../../narrative/measure-pages';
import { segmentNarrative } from '../../narrative/segment-narrative';
import { ECQ_2025 } from '../../policy/packs';

/** The five January 2025 ECQ headings with the corpus prefix of their examples (test helper). */
const ECQS = [
  ['ECQ 1: Leading Change', 'c25-lc-'],
  ['ECQ 2: Leading People', 'c25-lp-'],
  ['ECQ 3: Driving Results', 'c25-dr-'],
  ['ECQ 4: Achieving Organizational Success', 'c25-aos-'],
  ['ECQ 5: Building Coalitions', 'c25-bc-'],
] as const;

/**
 * A five-ECQ package from the corpus: a name line, then each ECQ heading followed by its first
 * `examplesPerEcq` corpus examples (repeated when asked for more than the corpus has), blank lines between.
 * Four examples per ECQ make about 4,900 words. `extra` adds examples to one ECQ only.
 */
export function ecqPackage(examplesPerEcq: number, extra: { readonly ecq: number; readonly examples: number } = { ecq: 0, examples: 0 }): string {
  const sections = ECQS.map(([heading, prefix], k) => {
    const pool = NARRATIVE_CORPUS.filter((e) => e.id.startsWith(prefix));
    const count = examplesPerEcq + (k === extra.ecq ? extra.examples : 0);
    const examples = Array.from({ length: count }, (_, i) => pool[i % pool.length]!.text);
    return [heading, ...examples].join('\n\n');
  });
  return ['Jane Q. Candidate', ...sections].join('\n\n');
}

/** The page-measure request the analyzer would make for `text` under the 2025 model. */
export function measureRequestFor(text: string): TPageMeasureRequest {
  const structure = segmentNarrative(text, { model: ECQ_2025 });
  return { text, sections: structure.sections.map(({ index, ecqCode, start, end }) => ({ index, ecqCode, start, end })) };
}
