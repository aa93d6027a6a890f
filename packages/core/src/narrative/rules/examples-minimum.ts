import { checked, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * An ECQ that has a section also has an example of substance under it (POLICY.md §3, high: one or more
 * examples per ECQ). "Of substance" means at least `limits.minExampleWords` words (ours, 25 by default), so a
 * heading over a placeholder does not count.
 */
export const EXAMPLES_MINIMUM_RULE: TNarrativeRule = {
  id: 'narrative.examples-minimum',
  title: 'At least one example per ECQ',
  source: NARRATIVE_SOURCES.examplesPerEcq,
  check: (context) => {
    const findings: TFindingDraft[] = [];
    for (const ecq of context.expectedEcqs) {
      const sections = context.structure.sections.filter((s) => s.ecqCode === ecq.code);
      const examples = context.examples.filter((e) => e.ecqCode === ecq.code);
      if (sections.length === 0 && examples.length === 0) continue; // narrative.ecq-missing reports it
      const real = examples.filter((e) => e.example.wordCount >= context.limits.minExampleWords).length;
      if (real >= context.limits.minExamplesPerEcq) continue;
      const first = sections[0] ?? examples[0]!.example;
      findings.push({
        severity: 'error',
        message:
          `${ecq.name} has ${real} example${real === 1 ? '' : 's'} of at least ${context.limits.minExampleWords} words; ` +
          `it needs ${context.limits.minExamplesPerEcq}. Write a full Challenge, Context, Action and Result.`,
        start: first.start,
        end: first.end,
        ecqCode: ecq.code,
        sectionIndex: sections[0]?.index,
      });
    }
    return checked(findings);
  },
};
