import type { TCompetencyModel } from '../../policy/model';
import { SOURCES } from '../../policy/source';
import { ECQ_2006_CUES } from './ecq-2006';
import { ECQ_2025_CUES } from './ecq-2025';
import type { TCue, TCueLexicon } from './types';

/** The curated lexicons that ship with ECQ Workbench. */
export const BUILT_IN_CUE_LEXICONS: readonly TCueLexicon[] = [ECQ_2006_CUES, ECQ_2025_CUES];

const derived = new WeakMap<TCompetencyModel, TCueLexicon>();

/**
 * The cue lexicon for a model: the curated one when the model is a built-in model whose codes it covers,
 * otherwise one derived from the model's own names, aliases and descriptions (weaker, marked `isDerived`),
 * so an imported or future model still gets coverage and classification without a code change (DESIGN.md).
 */
export function cueLexiconFor(model: TCompetencyModel, lexicons: readonly TCueLexicon[] = BUILT_IN_CUE_LEXICONS): TCueLexicon {
  const curated = lexicons.find((l) => l.modelId === model.id);
  if (curated && model.items.every((item) => item.kind === 'ecq' || curated.cues[item.code] !== undefined)) return curated;
  const cached = derived.get(model);
  if (cached) return cached;
  const lexicon = deriveCueLexicon(model);
  derived.set(model, lexicon);
  return lexicon;
}

const STOP_WORDS = new Set([
  'about', 'across', 'after', 'also', 'among', 'and', 'being', 'builds', 'from', 'into', 'makes', 'more', 'other', 'others',
  'that', 'their', 'them', 'they', 'this', 'through', 'toward', 'well', 'when', 'where', 'which', 'while', 'with', 'within',
  'organization', 'organizational', 'organization\'s', 'uses', 'even',
]);

/**
 * Cues read from the model itself: each item's name and aliases as phrases (weight 3), the words of the name
 * (weight 1), and the longer words of its description as prefixes (weight 0.5).
 */
export function deriveCueLexicon(model: TCompetencyModel): TCueLexicon {
  const cues: Record<string, readonly TCue[]> = {};
  for (const item of model.items) {
    const list = new Map<string, number>();
    for (const name of [item.name, ...item.aliases]) {
      const words = wordsOf(name);
      if (words.length > 0) list.set(words.join(' '), 3);
      for (const word of words) if (word.length >= 4 && !STOP_WORDS.has(word)) list.set(word, Math.max(list.get(word) ?? 0, 1));
    }
    for (const word of wordsOf(item.description)) {
      if (word.length < 6 || STOP_WORDS.has(word)) continue;
      const prefix = `${word.slice(0, Math.max(5, word.length - 3))}*`;
      if (!list.has(prefix) && !list.has(word)) list.set(prefix, 0.5);
    }
    cues[item.code] = [...list.entries()].map(([pattern, weight]): TCue => [pattern, weight]);
  }
  return {
    id: `${model.id}-derived-cues`,
    modelId: model.id,
    title: `Cues derived from the names and descriptions of ${model.title}`,
    source: { ...SOURCES.ours, policyRef: 'POLICY.md §1, §3' },
    isDerived: true,
    cues,
  };
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1);
}
