import { AppError } from '../../errors/app-error';
import type { TToken } from '../text/tokenize';
import type { TCueHit } from '../types';
import type { TCue, TCueSets } from './types';

type TStep =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'exact'; readonly word: string }
  | { readonly kind: 'prefix'; readonly prefix: string; readonly isCaseSensitive: boolean }
  | { readonly kind: 'gap'; readonly max: number };

interface TCompiledCue {
  readonly key: string;
  readonly pattern: string;
  readonly weight: number;
  readonly steps: readonly TStep[];
  /** Position in the compiled list, to count each cue once per call. */
  readonly ordinal: number;
  readonly isSingleWord: boolean;
}

/** Cue sets compiled for matching: patterns indexed by the first word they need. */
export interface TCueMatcher {
  readonly size: number;
  readonly byWord: ReadonlyMap<string, readonly TCompiledCue[]>;
  readonly byExact: ReadonlyMap<string, readonly TCompiledCue[]>;
  /** Prefix patterns indexed by a number made of their first three (lower-case) characters. */
  readonly byPrefix: ReadonlyMap<number, readonly TCompiledCue[]>;
  /** Per cue, the call that last matched it: counts each cue once per call without allocating a set. */
  readonly stamps: Int32Array;
  generation: number;
}

const PREFIX_INDEX = 3;
const compiled = new WeakMap<TCueSets, TCueMatcher>();

/**
 * Compiles cue sets once (cached per object) into an index so matching costs a map lookup per token.
 * @throws AppError `VALIDATION_FAILED` for a malformed pattern (empty, a leading or trailing gap, an opening
 * prefix shorter than three letters, a weight that is not a positive number).
 */
export function compileCues(sets: TCueSets): TCueMatcher {
  const cached = compiled.get(sets);
  if (cached) return cached;
  const byWord = new Map<string, TCompiledCue[]>();
  const byExact = new Map<string, TCompiledCue[]>();
  const byPrefix = new Map<number, TCompiledCue[]>();
  let ordinal = 0;
  for (const [key, cues] of Object.entries(sets)) {
    for (const cue of cues) {
      const steps = parsePattern(key, cue);
      const compiledCue: TCompiledCue = { key, pattern: cue[0], weight: cue[1], steps, ordinal: ordinal++, isSingleWord: steps.length === 1 };
      const first = compiledCue.steps[0]!;
      if (first.kind === 'word') add(byWord, first.word, compiledCue);
      else if (first.kind === 'exact') add(byExact, first.word, compiledCue);
      else if (first.kind === 'prefix') add(byPrefix, prefixKey(first.prefix.toLowerCase()), compiledCue);
    }
  }
  const matcher: TCueMatcher = { size: ordinal, byWord, byExact, byPrefix, stamps: new Int32Array(ordinal), generation: 0 };
  compiled.set(sets, matcher);
  return matcher;
}

/** The first three UTF-16 units of a word as one number (-1 for shorter words). */
function prefixKey(word: string): number {
  if (word.length < PREFIX_INDEX) return -1;
  return word.charCodeAt(0) * 0x100000000 + word.charCodeAt(1) * 0x10000 + word.charCodeAt(2);
}

function add<K>(map: Map<K, TCompiledCue[]>, key: K, cue: TCompiledCue): void {
  const list = map.get(key);
  if (list) list.push(cue);
  else map.set(key, [cue]);
}

function parsePattern(key: string, cue: TCue): TStep[] {
  const [pattern, weight] = cue;
  const fail = (why: string): never => {
    throw new AppError('VALIDATION_FAILED', `cue "${pattern}" of ${key}: ${why}`, { field: `cues.${key}` });
  };
  if (!(Number.isFinite(weight) && weight > 0)) fail('weight must be a positive number');
  const steps = pattern.trim().split(/\s+/).filter((w) => w.length > 0).map((word, position): TStep => {
    const gap = /^~(\d*)$/.exec(word);
    if (gap) return { kind: 'gap', max: gap[1] === '' || gap[1] === undefined ? 3 : Number(gap[1]) };
    if (word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      if (prefix.length < (position === 0 ? PREFIX_INDEX : 1)) fail('a pattern\'s first prefix needs at least three letters');
      const isCaseSensitive = prefix !== prefix.toLowerCase();
      return { kind: 'prefix', prefix: isCaseSensitive ? prefix : prefix.toLowerCase(), isCaseSensitive };
    }
    if (word !== word.toLowerCase()) return { kind: 'exact', word };
    return { kind: 'word', word };
  });
  if (steps.length === 0) fail('empty pattern');
  if (steps[0]!.kind === 'gap' || steps[steps.length - 1]!.kind === 'gap') fail('a pattern cannot start or end with a gap');
  return steps;
}

/**
 * Finds the cues that match in a run of tokens (usually one sentence). Each cue counts once per call, at its
 * first match.
 */
export function matchCues(matcher: TCueMatcher, tokens: readonly TToken[]): TCueHit[] {
  const hits: TCueHit[] = [];
  // A fresh generation per call; wraps long before Int32 overflow matters because stamps are only compared for equality.
  const generation = (matcher.generation = (matcher.generation + 1) | 0);
  const { stamps } = matcher;
  const tryAll = (candidates: readonly TCompiledCue[] | undefined, i: number): void => {
    if (candidates === undefined) return;
    for (const cue of candidates) {
      if (stamps[cue.ordinal] === generation) continue;
      // The index already matched a one-word cue's only word (prefix cues still check the rest of the prefix).
      const last = cue.isSingleWord && cue.steps[0]!.kind !== 'prefix' ? i : matchFrom(cue.steps, 0, tokens, i);
      if (last < 0) continue;
      stamps[cue.ordinal] = generation;
      hits.push({ key: cue.key, pattern: cue.pattern, weight: cue.weight, start: tokens[i]!.start, end: tokens[last]!.end });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    tryAll(matcher.byWord.get(token.lower), i);
    tryAll(matcher.byExact.get(token.text), i);
    tryAll(matcher.byPrefix.get(prefixKey(token.lower)), i);
  }
  return hits;
}

/** Index of the last token matched, or -1. */
function matchFrom(steps: readonly TStep[], stepIndex: number, tokens: readonly TToken[], tokenIndex: number): number {
  const step = steps[stepIndex];
  if (step === undefined) return tokenIndex - 1;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max; skip++) {
      const found = matchFrom(steps, stepIndex + 1, tokens, tokenIndex + skip);
      if (found >= 0) return found;
    }
    return -1;
  }
  const token = tokens[tokenIndex];
  if (token === undefined || !stepMatches(step, token)) return -1;
  return matchFrom(steps, stepIndex + 1, tokens, tokenIndex + 1);
}

function stepMatches(step: Exclude<TStep, { kind: 'gap' }>, token: TToken): boolean {
  switch (step.kind) {
    case 'word':
      return token.lower === step.word;
    case 'exact':
      return token.text === step.word;
    case 'prefix':
      return step.isCaseSensitive ? token.text.startsWith(step.prefix) : token.lower.startsWith(step.prefix);
  }
}

/** Sums hit weights per key. */
export function sumByKey(hits: readonly TCueHit[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const hit of hits) sums.set(hit.key, (sums.get(hit.key) ?? 0) + hit.weight);
  return sums;
}
