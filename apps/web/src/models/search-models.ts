import type { TCompetency, TModel } from '../api/wire-types';

export interface TItemMatch {
  readonly modelId: string;
  readonly modelTitle: string;
  readonly item: TCompetency;
  /** The alias the query matched, when it matched an alias rather than the name or code. */
  readonly matchedAlias: string | undefined;
}

/** Lower case, accents removed, runs of spaces and punctuation folded, so "Team-building" finds "Team Building". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

function containsEveryWord(haystack: string, words: readonly string[]): boolean {
  const normalized = normalizeForSearch(haystack);
  return words.every((word) => normalized.includes(word));
}

/** Rank of a match: the code itself first, then a name, then an alias. */
const RANK = { code: 0, name: 1, alias: 2 } as const;
type TRank = (typeof RANK)[keyof typeof RANK];

/**
 * The items of every model whose code, name or one of whose aliases contains every word of the query,
 * best first (exact code, then name, then alias matches), each group in model order. An empty query
 * matches nothing.
 */
export function searchModels(models: readonly TModel[], query: string): TItemMatch[] {
  const normalizedQuery = normalizeForSearch(query);
  if (normalizedQuery === '') return [];
  const words = normalizedQuery.split(' ');
  const ranked: { match: TItemMatch; rank: TRank; order: number }[] = [];
  let order = 0;
  for (const model of models) {
    for (const item of model.items) {
      order++;
      let rank: TRank | undefined;
      let matchedAlias: string | undefined;
      if (normalizeForSearch(item.code) === normalizedQuery) rank = RANK.code;
      else if (containsEveryWord(`${item.code} ${item.name}`, words)) rank = RANK.name;
      else {
        matchedAlias = item.aliases.find((alias) => containsEveryWord(alias, words));
        if (matchedAlias !== undefined) rank = RANK.alias;
      }
      if (rank !== undefined) ranked.push({ match: { modelId: model.id, modelTitle: model.title, item, matchedAlias }, rank, order });
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.match);
}
