import type { TCcarPart } from '../types';
import type { TCorpusEntry, TCorpusExample, TCorpusSplit } from './types';

const WORD_LABELS: Readonly<Record<TCcarPart, string>> = {
  challenge: 'Challenge: ',
  context: 'Context: ',
  action: 'Action: ',
  result: 'Result: ',
};
const LETTER_LABELS: Readonly<Record<TCcarPart, string>> = { challenge: 'C: ', context: 'C: ', action: 'A: ', result: 'R: ' };

/** Every third example (positions 2, 5, 8…) is held out: cues are never tuned on it. */
export function splitOf(position: number): TCorpusSplit {
  return position % 3 === 2 ? 'held-out' : 'tuning';
}

/**
 * Assembles an example's text from its parts in its style and resolves each part to offsets; a labelled
 * part's span includes its label.
 */
export function buildCorpusExample(entry: TCorpusEntry, position: number): TCorpusExample {
  let text = '';
  const spans: { part: TCcarPart; start: number; end: number }[] = [];
  const separator = entry.style === 'prose' ? ' ' : entry.style === 'paragraphs' ? '\n\n' : '\n';
  entry.parts.forEach(([part, body], k) => {
    if (k > 0) text += separator;
    const label = entry.style === 'labelled' ? WORD_LABELS[part] : entry.style === 'letters' ? LETTER_LABELS[part] : '';
    const start = text.length;
    text += label + body.trim();
    spans.push({ part, start, end: text.length });
  });
  return { ...entry, position, split: splitOf(position), text, spans };
}
