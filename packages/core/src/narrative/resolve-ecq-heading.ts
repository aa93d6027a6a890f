import { BUILT_IN_CROSSWALKS } from '../crosswalk';
import type { TCrosswalk } from '../crosswalk/crosswalk';
import { ecqsOf, type TCompetency, type TCompetencyModel } from '../policy/model';
import type { TLine } from './text/split-lines';
import { countWords } from './text/tokenize';
import type { THeadingMatch, THeadingStyle, TNarrativeHeading } from './types';

interface THeadingName {
  readonly pattern: RegExp;
  readonly length: number;
  readonly ecq: TCompetency;
  readonly via: 'name' | 'alias' | 'other-model';
  readonly matchedModelId: string;
  readonly matchedCode: string;
  readonly matchedName: string;
}

/** The ECQ names a heading may carry, longest first, and the governing model's ECQs in order. */
export interface THeadingIndex {
  readonly modelId: string;
  readonly names: readonly THeadingName[];
  readonly ecqs: readonly TCompetency[];
}

const cache = new WeakMap<TCompetencyModel, WeakMap<readonly TCrosswalk[], THeadingIndex>>();

/**
 * Every name that marks an ECQ section of the governing model, read from the models (never hard-coded,
 * DESIGN.md): the model's ECQ names and aliases, plus the ECQ names of other models that a crosswalk links
 * one-to-one (same, renamed, moved) to one of its ECQs, so a 2006 "Results Driven" heading is read as 2025
 * Driving Results (POLICY.md §1).
 */
export function headingIndexFor(model: TCompetencyModel, crosswalks: readonly TCrosswalk[] = BUILT_IN_CROSSWALKS): THeadingIndex {
  const byCrosswalks = cache.get(model) ?? new WeakMap<readonly TCrosswalk[], THeadingIndex>();
  cache.set(model, byCrosswalks);
  const cached = byCrosswalks.get(crosswalks);
  if (cached) return cached;

  const names: THeadingName[] = [];
  const seen = new Set<string>();
  const add = (name: string, ecq: TCompetency, via: THeadingName['via'], source: TCompetency, modelId: string): void => {
    const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    const body = words.map((w) => (w === 'and' ? '(?:and|&)' : escapeRegExp(w))).join('[^\\p{L}\\p{N}]+');
    names.push({
      pattern: new RegExp(`^[^\\p{L}\\p{N}]*(${body})(?![\\p{L}\\p{N}])`, 'iu'),
      length: key.length,
      ecq,
      via,
      matchedModelId: modelId,
      matchedCode: source.code,
      matchedName: name,
    });
  };
  const ecqs = ecqsOf(model);
  for (const ecq of ecqs) {
    add(ecq.name, ecq, 'name', ecq, model.id);
    for (const alias of ecq.aliases) add(alias, ecq, 'alias', ecq, model.id);
  }
  for (const crosswalk of crosswalks) {
    for (const link of crosswalk.links) {
      if (link.kind !== 'same' && link.kind !== 'renamed' && link.kind !== 'moved') continue;
      if (link.from?.kind !== 'ecq' || link.to?.kind !== 'ecq') continue;
      const [mine, theirs, theirModel] =
        crosswalk.toModel.id === model.id ? [link.to, link.from, crosswalk.fromModel.id]
        : crosswalk.fromModel.id === model.id ? [link.from, link.to, crosswalk.toModel.id]
        : [undefined, undefined, ''];
      if (!mine || !theirs) continue;
      const ecq = ecqs.find((e) => e.code === mine.code);
      if (!ecq) continue;
      for (const name of [theirs.name, ...theirs.aliases]) add(name, ecq, 'other-model', theirs, theirModel);
    }
  }
  names.sort((a, b) => b.length - a.length);
  const index: THeadingIndex = { modelId: model.id, names, ecqs };
  byCrosswalks.set(crosswalks, index);
  return index;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MAX_HEADING_LENGTH = 200;
const MAX_TAIL_WORDS = 10;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * Reads one line as an ECQ heading, whatever its dress: markdown `#`, bullets, "1." or "IV." numbering,
 * "ECQ 1", "ECQ #1:", all capitals, `**bold**`, a flattened table row ("ECQ 1⇥Leading Change"). A name must
 * open the line (after the decoration) and be followed by nothing, a separator, or a short tail; "ECQ 3"
 * alone is read by position.
 */
export function matchEcqHeading(line: TLine, index: THeadingIndex): TNarrativeHeading | undefined {
  const raw = line.text;
  if (raw.trim().length === 0 || raw.length > MAX_HEADING_LENGTH) return undefined;
  const styles = new Set<THeadingStyle>();
  let offset = 0;
  const eat = (pattern: RegExp, style?: THeadingStyle): RegExpExecArray | undefined => {
    const m = pattern.exec(raw.slice(offset));
    if (!m) return undefined;
    offset += m[0].length;
    if (style) styles.add(style);
    return m;
  };
  eat(/^\s*#{1,6}\s*/, 'markdown');
  eat(/^\s*>\s*/);
  eat(/^\s*[-*•▪◦·●○■□➢►]\s+/, 'bullet');
  eat(/^\s*(?:\*\*|__)\s*/, 'emphasis');
  let position: number | undefined;
  const ecqNumber = eat(/^\s*ECQ\s*(?:#|No\.?|Number)?\s*(\d{1,2}|[IVX]{1,4})(?![\p{L}\p{N}])\s*(?:[:.)|–—-]\s*)*/iu, 'ecq-number');
  if (ecqNumber) position = readNumber(ecqNumber[1]!);
  else eat(/^\s*\(?(?:\d{1,2}|[IVX]{1,4}|[A-E])\s*[.):–—-]\s+/, 'numbered');
  eat(/^\s*(?:\*\*|__)\s*/, 'emphasis');
  if (raw.includes('\t')) styles.add('table');
  if (/\*\*|__/.test(raw)) styles.add('emphasis');
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) styles.add('all-caps');

  const rest = raw.slice(offset);
  for (const name of index.names) {
    const m = name.pattern.exec(rest);
    if (!m) continue;
    const tail = rest.slice(m[0].length);
    if (!isHeadingTail(tail)) continue;
    const nameStart = line.start + offset + m[0].length - m[1]!.length;
    const match: THeadingMatch = {
      ecqCode: name.ecq.code,
      ecqName: name.ecq.name,
      via: name.via,
      matchedModelId: name.matchedModelId,
      matchedCode: name.matchedCode,
      matchedName: name.matchedName,
      nameSpan: { start: nameStart, end: nameStart + m[1]!.length },
    };
    return heading(line, match, styles);
  }
  if (position === undefined) return undefined;
  const ecq = index.ecqs[position - 1];
  if (!ecq || !isHeadingTail(rest)) return undefined;
  const match: THeadingMatch = {
    ecqCode: ecq.code,
    ecqName: ecq.name,
    via: 'number',
    matchedModelId: index.modelId,
    matchedCode: ecq.code,
    matchedName: ecq.name,
    nameSpan: undefined,
  };
  return heading(line, match, styles);
}

/** After the name: nothing, a separator ("Leading Change: …", "(ECQ 1)", "⇥…"), and no more than a short tail. */
function isHeadingTail(tail: string): boolean {
  const trimmed = tail.replace(/^[ \t]*(?:\*\*|__)?/, '');
  if (trimmed.trim().length === 0) return true;
  if (!/^[ \t]*[:(\[|/,–—\t-]/.test(trimmed) && !/^\s*[.)\]]*\s*$/.test(trimmed)) return false;
  const words = countWords(trimmed);
  return words <= 3 || (words <= MAX_TAIL_WORDS && !/[.!?]["'”’)]*\s*$/.test(trimmed.trim()));
}

function readNumber(token: string): number | undefined {
  const n = /^\d+$/.test(token) ? Number(token) : ROMAN[token.toLowerCase()];
  return n !== undefined && n >= 1 ? n : undefined;
}

function heading(line: TLine, match: THeadingMatch, styles: Set<THeadingStyle>): TNarrativeHeading {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  const start = line.start + lead;
  const end = Math.max(start, line.end - trail);
  return { start, end, text: line.text.trim(), match, styles: styles.size === 0 ? ['plain'] : [...styles] };
}
