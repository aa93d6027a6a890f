import { aboutExample, checked, exampleName, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/** A measurable outcome: a number, a percentage, money, a multiple, or a number word. */
const MEASURE =
  /\d|%|\$|\b(?:percent|per cent|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|halved|double|doubled|triple|tripled|quadrupled|twice|tenfold)\b/i;

/**
 * The Result of an example states something measurable: a number, a percentage, a dollar amount, time saved
 * (POLICY.md §3, high: "measurable outcomes showing the quality of your leadership"). Read from the text
 * (medium), so it warns. Examples with no Result at all are reported by `narrative.ccar-missing`.
 */
export const RESULT_MEASURABLE_RULE: TNarrativeRule = {
  id: 'narrative.result-measurable',
  title: 'Results are measurable',
  source: NARRATIVE_SOURCES.ccarInferred,
  check: (context) => {
    const findings: TFindingDraft[] = [];
    for (const filed of context.examples) {
      const results = filed.example.sentences.filter((s) => s.part === 'result');
      if (results.length === 0) continue;
      if (results.some((s) => MEASURE.test(context.text.slice(s.start, s.end)))) continue;
      findings.push({
        severity: 'warning',
        message:
          `The Result of ${exampleName(context, filed)} states no measurable outcome. Add numbers: a percentage, ` +
          'dollars saved, time cut, people served, before and after.',
        start: results[0]!.start,
        end: results.at(-1)!.end,
        ...aboutExample(filed),
        marks: results.map(({ start, end }) => ({ start, end })),
      });
    }
    return checked(findings);
  },
};
