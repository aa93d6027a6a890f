import { tokensIn } from '../text/token-index';
import { aboutExample, checked, exampleName, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';
import type { TSpan } from '../types';

const PLURAL = new Set(['we', 'our', 'us', 'ours', "we're", "we've", "we'd", 'ourselves']);
const SINGULAR = new Set(['i', 'my', 'me', 'mine', "i'm", "i've", "i'd", 'myself']);
/** Fewer "we" forms than this and the rule stays quiet. */
const MIN_PLURAL = 3;

/**
 * The Action says what the candidate did, so it is written with "I" (POLICY.md §3, high: Action is what
 * *you* did). Warns (medium: read from the wording) when "we", "our" and "us" are at least 3 and outnumber
 * "I", "my" and "me" in the example's action sentences (or the whole example when no action was found).
 */
export const ACTION_FIRST_PERSON_RULE: TNarrativeRule = {
  id: 'narrative.action-first-person',
  title: 'Actions are written as "I"',
  source: NARRATIVE_SOURCES.ccarInferred,
  check: (context) => {
    const findings: TFindingDraft[] = [];
    for (const filed of context.examples) {
      const actions = filed.example.sentences.filter((s) => s.part === 'action');
      const spans: readonly TSpan[] = actions.length > 0 ? actions : filed.example.sentences;
      const plural: TSpan[] = [];
      let singular = 0;
      for (const span of spans) {
        for (const token of tokensIn(context.text, span.start, span.end, context.tokens)) {
          if (PLURAL.has(token.lower)) plural.push({ start: token.start, end: token.end });
          else if (SINGULAR.has(token.lower) && (token.lower !== 'i' || token.text === 'I')) singular++;
        }
      }
      if (plural.length < MIN_PLURAL || plural.length <= singular) continue;
      findings.push({
        severity: 'warning',
        message:
          `${exampleName(context, filed)} says "we" ${plural.length} times and "I" ${singular} in its actions. ` +
          'Say what you did yourself: "I convened…", "I decided…".',
        start: spans[0]!.start,
        end: spans.at(-1)!.end,
        ...aboutExample(filed),
        marks: plural,
      });
    }
    return checked(findings);
  },
};
