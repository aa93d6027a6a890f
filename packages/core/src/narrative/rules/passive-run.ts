import { tokensIn } from '../text/token-index';
import type { TToken } from '../text/tokenize';
import type { TSpan } from '../types';
import { aboutExample, checked, exampleName, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const IRREGULAR_PARTICIPLES = new Set(
  ('made done given taken led held built brought sent set put found kept known seen shown told won paid run chosen driven ' +
    'written begun spent taught drawn undertaken met laid sought bought thought understood left lost cut felt').split(' '),
);

/** A form of "be", an optional adverb or "not", then a past participle: "was approved", "were not made". */
function passiveIn(tokens: readonly TToken[]): TSpan | undefined {
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!BE.has(tokens[k]!.lower)) continue;
    let next = k + 1;
    const between = tokens[next]!.lower;
    if ((between === 'not' || (between.endsWith('ly') && between.length > 3)) && next + 1 < tokens.length) next++;
    const verb = tokens[next]!.lower;
    if ((verb.length > 4 && verb.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(verb)) return { start: tokens[k]!.start, end: tokens[next]!.end };
  }
  return undefined;
}

/**
 * Long passive runs: `limits.passiveRunSentences` (3) or more consecutive passive sentences hide who acted,
 * when the Action must show what the candidate did (POLICY.md §3). ECQ Workbench's writing guidance, low
 * confidence: warns only.
 */
export const PASSIVE_RUN_RULE: TNarrativeRule = {
  id: 'narrative.passive-run',
  title: 'No long passive runs',
  source: NARRATIVE_SOURCES.writing,
  check: (context) => {
    const findings: TFindingDraft[] = [];
    const min = context.limits.passiveRunSentences;
    for (const filed of context.examples) {
      let run: TSpan[] = [];
      let marks: TSpan[] = [];
      const flush = (): void => {
        if (run.length >= min) {
          findings.push({
            severity: 'warning',
            message:
              `${run.length} passive sentences in a row in ${exampleName(context, filed)} ("…was approved", "…were made"). ` +
              'Say who acted, and say it with "I" where it was you.',
            start: run[0]!.start,
            end: run.at(-1)!.end,
            ...aboutExample(filed),
            marks,
          });
        }
        run = [];
        marks = [];
      };
      for (const sentence of filed.example.sentences) {
        const passive = passiveIn(tokensIn(context.text, sentence.start, sentence.end, context.tokens));
        if (!passive) {
          flush();
          continue;
        }
        run.push(sentence);
        marks.push(passive);
      }
      flush();
    }
    return checked(findings);
  },
};
