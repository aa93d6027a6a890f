import { subsOf } from '../../policy/model';
import { checked, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * Sub-competencies of an ECQ with no evidence in its examples. Sources disagree whether all or a majority
 * must be shown (POLICY.md §3, low), and evidence is read from word cues, so this warns and lists them.
 */
export const SUB_COMPETENCY_COVERAGE_RULE: TNarrativeRule = {
  id: 'narrative.sub-competency-coverage',
  title: 'Sub-competencies have evidence',
  source: NARRATIVE_SOURCES.coverage,
  check: (context) => {
    if (subsOf(context.model).length === 0) {
      return { status: 'not-applicable', reason: `${context.model.title} publishes no sub-competencies` };
    }
    const findings: TFindingDraft[] = [];
    for (const ecq of context.expectedEcqs) {
      const examples = context.examples.filter((e) => e.ecqCode === ecq.code);
      if (examples.length === 0) continue;
      const subs = context.coverage.items.filter((i) => i.ecqCode === ecq.code);
      const missing = subs.filter((i) => i.strength === 'none');
      if (missing.length === 0) continue;
      const section = context.structure.sections.find((s) => s.ecqCode === ecq.code);
      findings.push({
        severity: 'warning',
        message:
          `${ecq.name}: no evidence found for ${missing.map((m) => m.name).join(', ')} ` +
          `(${subs.length - missing.length} of ${subs.length} sub-competencies shown). Show them in your actions if you can.`,
        start: section?.start ?? examples[0]!.example.start,
        end: section?.end ?? examples.at(-1)!.example.end,
        ecqCode: ecq.code,
        sectionIndex: section?.index,
      });
    }
    return checked(findings);
  },
};
