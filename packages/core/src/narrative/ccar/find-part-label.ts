import type { TLine } from '../text/split-lines';
import type { TNarrativePart, TSpan } from '../types';

/** Words that label a part, as candidates write them (CCAR, STAR and accomplishment-record habits). */
const LABEL_WORDS: Readonly<Record<string, TNarrativePart>> = {
  challenge: 'challenge', challenges: 'challenge', 'the challenge': 'challenge', problem: 'challenge', task: 'challenge',
  goal: 'challenge',
  context: 'context', background: 'context', situation: 'context', setting: 'context', 'the context': 'context',
  action: 'action', actions: 'action', 'actions taken': 'action', 'my actions': 'action', 'what i did': 'action',
  approach: 'action', 'my approach': 'action', 'leadership actions': 'action',
  result: 'result', results: 'result', outcome: 'result', outcomes: 'result', impact: 'result', 'results achieved': 'result',
  'the result': 'result', 'the results': 'result',
  verification: 'verification', verifier: 'verification', 'point of contact': 'verification', reference: 'verification',
  references: 'verification', 'verified by': 'verification',
};

const WORD_ALTERNATION = Object.keys(LABEL_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');

/**
 * A label at the start of a line: optional bullet or number, optional emphasis (`**`, `__`, `[`), the label
 * word, optional closing emphasis, then a colon, a dash, a tab (a flattened Word table) or the end of the line.
 */
const WORD_LABEL = new RegExp(
  `^[ \\t]*(?:[-*•▪◦·●][ \\t]*)?(?:\\(?\\d{1,2}[.)][ \\t]*)?(?:\\*\\*|__|\\*|_|\\[)?[ \\t]*(${WORD_ALTERNATION})(?:[ \\t]*(?:\\/|&|and)[ \\t]*(?:${WORD_ALTERNATION}))?[ \\t]*(?:\\*\\*|__|\\*|_|\\])?` +
    `[ \\t]*(?:(?:[:\\t]|[–—-](?=\\s)|\\/(?=\\s))[ \\t]*(?:\\*\\*|__)?[ \\t]*|$)`,
  'i',
);

/** The one-letter CCAR labels "C:", "A:", "R:", "(C)"; upper-case only, so "a:" in prose never matches. */
const LETTER_LABEL = /^[ \t]*(?:\*\*|__)?(?:\(([CARV])\)|([CARV])(?:\*\*|__)?[ \t]*[:)])[ \t]*(?:\*\*|__)?[ \t]*/;

export interface TPartLabel extends TSpan {
  /** The part, or `c` for a one-letter "C:" whose meaning (Challenge or Context) depends on order. */
  readonly part: TNarrativePart | 'c';
  /** Where the text of the part begins on this line (after the label and separator). */
  readonly contentStart: number;
}

/** The CCAR label that opens a line, if any. */
export function findPartLabel(line: TLine): TPartLabel | undefined {
  const word = WORD_LABEL.exec(line.text);
  if (word) {
    // The pattern demands a separator or the end of the line, so "Results of the survey showed…" is prose.
    const part = LABEL_WORDS[word[1]!.toLowerCase().replace(/\s+/g, ' ')];
    if (part !== undefined) return labelAt(line, part, word[0].length);
  }
  const letter = LETTER_LABEL.exec(line.text);
  if (letter) {
    const code = letter[1] ?? letter[2];
    const part = code === 'C' ? 'c' : code === 'A' ? 'action' : code === 'R' ? 'result' : 'verification';
    return labelAt(line, part, letter[0].length);
  }
  return undefined;
}

/** The label runs from the line's first visible character (bullets and emphasis included) to its text. */
function labelAt(line: TLine, part: TNarrativePart | 'c', length: number): TPartLabel {
  const lead = line.text.length - line.text.trimStart().length;
  const start = line.start + Math.min(lead, length);
  const labelEnd = line.start + length;
  return { part, start, end: Math.max(start, labelEnd), contentStart: labelEnd };
}
