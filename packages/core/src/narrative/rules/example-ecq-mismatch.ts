import { aboutExample, checked, exampleName, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/** The rival must score this much more than the heading's ECQ, and this much in absolute terms. */
const RIVAL_RATIO = 2;
const RIVAL_MIN_SCORE = 8;

/**
 * An example under one ECQ heading whose wording points clearly at another ECQ: noted for information, since
 * the reading rests on word cues (POLICY.md §3, low).
 */
export const EXAMPLE_ECQ_MISMATCH_RULE: TNarrativeRule = {
  id: 'narrative.example-ecq-mismatch',
  title: 'Examples sit under the ECQ they show',
  source: NARRATIVE_SOURCES.coverage,
  check: (context) => {
    const findings: TFindingDraft[] = [];
    for (const filed of context.examples) {
      if (filed.filedBy !== 'heading') continue;
      const { ranking } = filed.classification;
      const top = ranking[0];
      const own = ranking.find((r) => r.ecqCode === filed.ecqCode);
      if (!top || !own || top.ecqCode === filed.ecqCode) continue;
      if (top.score < RIVAL_MIN_SCORE || top.score < own.score * RIVAL_RATIO) continue;
      const rival = context.model.items.find((i) => i.code === top.ecqCode);
      findings.push({
        severity: 'info',
        message: `${exampleName(context, filed)} reads more like ${rival?.name ?? top.ecqCode}. Check it shows the ECQ it is filed under.`,
        start: filed.example.start,
        end: filed.example.end,
        ...aboutExample(filed),
      });
    }
    return checked(findings);
  },
};
