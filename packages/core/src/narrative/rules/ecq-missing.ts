import { checked, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * Every ECQ the package must cover has a section or at least one example filed under it (POLICY.md §3, high:
 * one or more examples per ECQ). A missing ECQ is an error.
 */
export const ECQ_MISSING_RULE: TNarrativeRule = {
  id: 'narrative.ecq-missing',
  title: 'Every ECQ is addressed',
  source: NARRATIVE_SOURCES.examplesPerEcq,
  check: (context) => {
    if (context.expectedEcqs.length === 0) return { status: 'not-applicable', reason: 'the model has no ECQs to address' };
    const findings: TFindingDraft[] = [];
    for (const ecq of context.expectedEcqs) {
      const hasSection = context.structure.sections.some((s) => s.ecqCode === ecq.code);
      const hasExample = context.examples.some((e) => e.ecqCode === ecq.code);
      if (hasSection || hasExample) continue;
      const at = insertionPoint(context, ecq.position);
      findings.push({
        severity: 'error',
        message: `${ecq.name} is missing: no section is headed with it and no example reads as it. Every ECQ needs at least one example.`,
        start: at,
        end: at,
        ecqCode: ecq.code,
      });
    }
    return checked(findings);
  },
};

/** The end of the last section of an earlier ECQ, where the missing one would go; else the start of the text. */
function insertionPoint(context: Parameters<TNarrativeRule['check']>[0], position: number): number {
  const earlier = new Set(context.expectedEcqs.filter((e) => e.position < position).map((e) => e.code));
  const sections = context.structure.sections.filter((s) => s.ecqCode !== undefined && earlier.has(s.ecqCode));
  return sections.at(-1)?.end ?? 0;
}
