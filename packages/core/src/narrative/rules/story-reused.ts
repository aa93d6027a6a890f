import { tokensIn } from '../text/token-index';
import type { TTokenIndex } from '../text/token-index';
import { aboutExample, checked, exampleName, type TFiledExample, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

const SHINGLE = 3;
/** Fewer shingles than this and an example is too short to judge. */
const MIN_SHINGLES = 8;
/** Bounds the pairwise comparison; a real package has about ten examples. */
const MAX_EXAMPLES_COMPARED = 60;
const STOP = new Set([
  'the', 'and', 'for', 'with', 'that', 'this', 'from', 'was', 'were', 'are', 'our', 'had', 'has', 'have', 'into', 'which',
  'their', 'they', 'them', 'its', 'who', 'but', 'not', 'all', 'also', 'than', 'then', 'over', 'more', 'each', 'his', 'her',
]);

/**
 * The same story told under two ECQs: two examples filed under different ECQs that share a large part of
 * their three-word sequences (content words only; containment of the smaller in the larger, from
 * `limits.storyOverlap`). Consultants advise a different story per ECQ (POLICY.md §3, low): warn only.
 * Comparison is bounded to the first {@link MAX_EXAMPLES_COMPARED} filed examples.
 */
export const STORY_REUSED_RULE: TNarrativeRule = {
  id: 'narrative.story-reused',
  title: 'No story reused across ECQs',
  source: NARRATIVE_SOURCES.examplesAdvice,
  check: (context) => {
    const filed = context.examples.filter((e) => e.ecqCode !== undefined).slice(0, MAX_EXAMPLES_COMPARED);
    const ids = new Map<string, number>();
    const shingles = filed.map((e) => shinglesOf(context.text, context.tokens, e, ids));
    const findings: TFindingDraft[] = [];
    const flagged = new Set<number>();
    for (let j = 1; j < filed.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = filed[i]!;
        const b = filed[j]!;
        if (a.ecqCode === b.ecqCode || flagged.has(j)) continue;
        const overlap = containment(shingles[i]!, shingles[j]!);
        if (overlap < context.limits.storyOverlap) continue;
        flagged.add(j);
        findings.push({
          severity: 'warning',
          message:
            `${exampleName(context, b)} looks like the same story as ${exampleName(context, a)} ` +
            `(${Math.round(overlap * 100)}% of its word sequences recur). Use a different accomplishment for each ECQ.`,
          start: b.example.start,
          end: b.example.end,
          ...aboutExample(b),
          marks: [{ start: a.example.start, end: a.example.end }],
        });
      }
    }
    return checked(findings);
  },
};

/** Three-word shingles of content words, each hashed to a number (word ids shared across examples). */
function shinglesOf(text: string, tokens: TTokenIndex, filed: TFiledExample, ids: Map<string, number>): Set<number> {
  const from = filed.example.title?.end ?? filed.example.start;
  const words: number[] = [];
  for (const token of tokensIn(text, from, filed.example.end, tokens)) {
    const w = token.lower;
    if (w.length < 3 || STOP.has(w)) continue;
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size + 1));
    words.push(id);
  }
  const set = new Set<number>();
  for (let k = 0; k + SHINGLE <= words.length; k++) {
    set.add(((words[k]! * 2_097_152 + words[k + 1]!) % 2_147_483_647) * 2_097_152 + words[k + 2]!);
  }
  return set;
}

function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
