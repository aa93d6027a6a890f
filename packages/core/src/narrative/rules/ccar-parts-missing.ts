import { aboutExample, checked, exampleName, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

const PART_NAMES = { challenge: 'Challenge', context: 'Context', action: 'Action', result: 'Result' } as const;

/**
 * Each example has all four CCAR parts (POLICY.md §3, high). Parts are read from labels when the candidate
 * wrote them and inferred otherwise, so the rule warns rather than fails (medium).
 */
export const CCAR_PARTS_MISSING_RULE: TNarrativeRule = {
  id: 'narrative.ccar-missing',
  title: 'Every example has Challenge, Context, Action and Result',
  source: NARRATIVE_SOURCES.ccarInferred,
  check: (context) => {
    const findings: TFindingDraft[] = [];
    for (const filed of context.examples) {
      const { example } = filed;
      if (example.sentences.length === 0 || example.missingParts.length === 0) continue;
      const names = example.missingParts.map((p) => PART_NAMES[p]);
      const how = example.isLabelled
        ? 'no label or sentence was found for it'
        : 'no sentence reads as it (parts were inferred from the wording; label them if they are there)';
      findings.push({
        severity: 'warning',
        message: `${exampleName(context, filed)} has no ${names.join(', no ')}: ${how}.`,
        start: example.start,
        end: example.end,
        ...aboutExample(filed),
      });
    }
    return checked(findings);
  },
};
