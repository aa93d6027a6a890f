import type { TCueSets } from '../cues/types';
import type { TCcarPart } from '../types';

/**
 * Word cues for inferring the CCAR part of an unlabelled sentence (POLICY.md §3: Challenge, Context, Action,
 * Result). ECQ Workbench's own lists, keyed by part; the inference is transparent: each sentence reports the
 * cues that matched and the resulting score of every part.
 */
export const CCAR_WORD_CUES: TCueSets = {
  challenge: [
    ['challenge*', 2], ['problem*', 1.5], ['faced', 2], ['facing', 1.5], ['backlog*', 1.5], ['crisis', 1.5], ['at risk', 2],
    ['failing', 2], ['deficien*', 2], ['was tasked', 2.5], ['tasked with', 2.5], ['needed to', 1.5], ['had to', 1],
    ['lacked', 2], ['lack of', 2], ['inherited', 2.5], ['declin*', 1.5], ['shortfall*', 1.5], ['was asked to', 2.5],
    ['asked me to', 2.5], ['goal was', 2], ['the goal', 1.5], ['threaten*', 2], ['risk of', 1.5], ['had not', 1.5],
    ['no longer', 1], ['could not', 1], ['unable', 1.5], ['outdated', 1.5], ['struggl*', 1.5], ['material weakness', 2.5],
    ['when I arrived', 2.5], ['when I joined', 2.5], ['upon arrival', 2], ['had grown', 1.5], ['was behind', 2],
    ['behind schedule', 2], ['overdue', 1.5], ['criticized', 1.5], ['issue', 1], ['gap', 1], ['pending', 1], ['lagg*', 1.5],
    ['worst', 1.5], ['poor', 1], ['turnover', 1], ['despite', 0.5], ['urgent*', 1.5], ['complain*', 1], ['would have', 1],
    ['was failing', 2.5], ['did not', 1], ['never', 0.5], ['without', 0.5], ['took months', 1.5], ['too long', 1.5],
  ],
  context: [
    ['as the', 1.5], ['in my role', 2.5], ['in my position', 2.5], ['my role as', 2.5], ['I served as', 2.5],
    ['I was the', 1.5], ['responsible for', 1.5], ['oversaw', 1], ['reporting to', 2], ['I reported to', 2.5],
    ['staff of', 2], ['team of', 1.5], ['employees', 0.5], ['budget of', 2], ['annual budget', 2], ['consist*', 1.5],
    ['comprised', 1.5], ['includ*', 0.5], ['stakeholders', 1], ['located', 1.5], ['field offices', 1], ['nationwide', 1],
    ['serves', 1.5], ['serving', 1], ['the division', 1], ['supports', 1], ['headquarters', 1], ['environment', 1],
    ['at the time', 2], ['involved', 1], ['represented', 1], ['direct reports', 1.5], ['portfolio', 1.5], ['manages', 1.5],
    ['administers', 1.5], ['is responsible', 2], ['was responsible', 1.5], ['my organization', 1.5], ['operates', 1.5],
    ['spanned', 1.5], ['each year', 1], ['annually', 1], ['processes', 1], ['handles', 1.5], ['there were', 1],
    ['had ~ employees', 1.5], ['employ*', 1], ['union', 0.5], ['contractors', 0.5], ['who', 0.3], ['offices', 0.5], ['regions', 1],
  ],
  action: [
    ['I personally', 2.5], ['I then', 2.5], ['I also', 2], ['I began', 1], ['I started', 1], ['I worked', 1],
    ['I asked', 1], ['I decided', 1], ['I insisted', 1], ['I reached out', 1.5], ['first', 1], ['next', 1.5], ['then', 1],
    ['to address', 2], ['to do this', 2], ['to fix', 1.5], ['to solve', 1.5], ['to that end', 2], ['I', 0.8], ['my', 0.3],
    ['me', 0.3], ['I would', 1], ['in parallel', 1.5], ['at the same time', 1], ['finally', 0.5], ['second', 1],
    ['weekly', 0.5], ['instead', 0.5], ['so that', 0.5],
  ],
  result: [
    ['as a result', 3], ['result*', 1.5], ['resulted in', 2], ['outcome*', 2], ['reduced', 1.5], ['increas*', 1],
    ['improved', 1.5], ['saved', 2], ['savings', 1.5], ['achieved', 2], ['exceeded', 2.5], ['percent', 1], ['today', 2],
    ['since then', 2.5], ['now', 1], ['ultimately', 2], ['in the end', 2], ['recognized', 1.5], ['award*', 1.5],
    ['received', 1], ['cut', 1], ['dropped', 1.5], ['fell', 1.5], ['rose', 1.5], ['grew', 1], ['eliminated', 1.5],
    ['completed', 1], ['ahead of schedule', 2.5], ['adopted', 1.5], ['became', 1.5], ['has since', 2.5], ['have since', 2.5],
    ['continues to', 2], ['remains', 1.5], ['for the first time', 2.5], ['zero', 1], ['praised', 2], ['commended', 2],
    ['model for', 2], ['replicated', 2], ['lasting', 1.5], ['sustained', 1], ['by the end', 2], ['within months', 1.5],
    ['went from', 2.5], ['down from', 2.5], ['up from', 2.5], ['doubled', 2], ['tripled', 2], ['halved', 2],
    ['delivered', 1], ['successfully', 1.5], ['success', 1], ['impact', 1.5], ['led to', 2], ['enabled', 1.5],
    ['these efforts', 2], ['these actions', 2.5], ['this effort', 1.5], ['the effort', 1], ['the result', 2],
    ['within ~ months', 1], ['within ~ year', 1], ['over the next', 1.5], ['the following year', 2], ['by year end', 2],
  ],
};

/** A cue that words alone cannot express: numbers, first-person past tense, an opening date. */
export interface TFeatureCue {
  readonly id: string;
  readonly part: TCcarPart;
  readonly weight: number;
  readonly pattern: RegExp;
}

const IRREGULAR_PAST =
  'led|built|met|held|made|set|began|wrote|chose|drove|sought|brought|took|put|ran|spent|gave|taught|won|went|kept|found|' +
  'told|sent|drew|oversaw|undertook|sat|laid|rebuilt|stood|became|paid|bought|thought|understood';
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const CCAR_FEATURE_CUES: readonly TFeatureCue[] = [
  { id: 'a percentage', part: 'result', weight: 2.5, pattern: /\d+(?:\.\d+)?\s?(?:%|percent\b)/i },
  { id: 'a money amount', part: 'result', weight: 1.5, pattern: /\$\s?\d[\d,.]*|\b\d[\d,.]*\s(?:million|billion)\b/i },
  { id: 'a number (not a year)', part: 'result', weight: 0.8, pattern: /\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b/ },
  { id: 'a from-to change', part: 'result', weight: 2, pattern: /\bfrom\s+(?:about\s+|over\s+|nearly\s+)?\$?\d[^.;]{0,40}?\bto\s+(?:about\s+|under\s+|fewer than\s+)?\$?\d/i },
  { id: '"I" with a past-tense verb', part: 'action', weight: 2, pattern: new RegExp(`\\bI\\s+(?:\\p{Ll}+ly\\s+|then\\s+|also\\s+|next\\s+|first\\s+)?(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\b`, 'u') },
  { id: '"we" with a past-tense verb', part: 'action', weight: 1, pattern: new RegExp(`\\b[Ww]e\\s+(?:then\\s+|also\\s+)?(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\b`, 'u') },
  { id: 'an opening date', part: 'challenge', weight: 1, pattern: new RegExp(`^(?:In|During|By)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?(?:(?:${MONTH})\\s+)?(?:19|20)\\d\\d\\b`) },
  { id: 'a role statement', part: 'context', weight: 3, pattern: /\b[Aa]s\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*\s+|of\s+|for\s+|and\s+){0,6}(?:Director|Chief|Deputy|Manager|Administrator|Commissioner|Officer|Head|Lead|Supervisor|Executive|Branch|Division)\b/ },
  { id: '"I led the Office of…"', part: 'context', weight: 3, pattern: /\bI\s+(?:led|headed|managed|directed|ran|oversaw|supervised)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*\s+|of\s+|and\s+|for\s+)*(?:Division|Office|Branch|Bureau|Center|Directorate|Program|Service|Section|Unit|Region|Staff|Group)\b/ },
  { id: 'a grade or pay plan', part: 'context', weight: 1, pattern: /\b(?:GS|GM)-?\d{1,2}\b/ },
];

/** The position prior: where in an example each part tends to sit (0 = first sentence, 1 = last). */
export function positionPrior(part: TCcarPart, index: number, count: number): number {
  const r = count <= 1 ? 0 : index / (count - 1);
  switch (part) {
    case 'challenge':
      return (index === 0 ? 0.8 : 0) + 0.8 * (1 - r);
    case 'context':
      return 0.7 * (1 - r);
    case 'action':
      return 0.8 * (1 - Math.abs(r - 0.55) * 2);
    case 'result':
      return 1.2 * r * r + (index === count - 1 && count > 1 ? 0.8 : 0);
  }
}

/**
 * The cost of moving from one part to the next between consecutive sentences. Narratives mostly run
 * Challenge → Context → Action → Result; Context before Challenge is common and cheap, going back from
 * Result to Action less so, and back to the opening parts rarely happens within one example.
 */
export const PART_TRANSITION_COST: Readonly<Record<TCcarPart, Readonly<Record<TCcarPart, number>>>> = {
  challenge: { challenge: 0, context: 0, action: 0, result: 0.6 },
  context: { challenge: 0.4, context: 0, action: 0, result: 0.6 },
  action: { challenge: 1.5, context: 1.2, action: 0, result: 0 },
  result: { challenge: 2.5, context: 2, action: 0.8, result: 0 },
};

/** The cost of opening an example with each part. */
export const PART_START_COST: Readonly<Record<TCcarPart, number>> = { challenge: 0, context: 0.2, action: 1, result: 2 };
