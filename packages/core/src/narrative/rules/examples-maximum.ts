import { checked, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * More than `limits.maxExamplesPerEcq` examples (2 by default) under one ECQ: consultants advise at most two
 * (POLICY.md §3, low), so this warns and never fails.
 */
export const EXAMPLES_MAXIMUM_RULE: TNarrativeRule = {
  id: 'narrative.examples-maximum',
  title: 'At most two examples per ECQ',
  source: NARRATIVE_SOURCES.examplesAdvice,
  check: (context) => {
    const findings: TFindingDraft[] = [];
    for (const ecq of context.expectedEcqs) {
      const examples = context.examples.filter((e) => e.ecqCode === ecq.code);
      if (examples.length <= context.limits.maxExamplesPerEcq) continue;
      const extra = examples.slice(context.limits.maxExamplesPerEcq);
      findings.push({
        severity: 'warning',
        message:
          `${ecq.name} has ${examples.length} examples; readers advise at most ${context.limits.maxExamplesPerEcq}. ` +
          'Keep the strongest and give them room.',
        start: extra[0]!.example.start,
        end: extra.at(-1)!.example.end,
        ecqCode: ecq.code,
        marks: extra.map((e) => ({ start: e.example.start, end: e.example.end })),
      });
    }
    return checked(findings);
  },
};
