import { aboutExample, checked, exampleName, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * A four-digit year from 1950 (or "FY12", "FY 2012"), not money, not a percentage, not a head count
 * ("2000 employees").
 */
const YEAR = /(?<![$\d,.])\b(?:FY\s?'?(\d{2})\b|(?:FY\s?)?((?:19[5-9]|20\d)\d)\b)(?![%\d]|,\d|\s+(?:employees|staff|people|claims|cases|hours|records|users|members|applications|customers|contracts)\b)/g;

/**
 * Examples older than `limits.maxExampleAgeYears` (10) by the latest year written in them warn; older than
 * `limits.idealExampleAgeYears` (5) are noted (POLICY.md §3, medium: "relatively recent"). Years after the
 * reference date are targets, not history, and are ignored; an example with no year is not judged. The
 * reference date is an input (`today`): without it the rule reports "not measured".
 */
export const EXAMPLE_RECENCY_RULE: TNarrativeRule = {
  id: 'narrative.example-recency',
  title: 'Examples are recent',
  source: NARRATIVE_SOURCES.recency,
  check: (context) => {
    if (context.today === undefined) return { status: 'not-measured', reason: 'no reference date (today) was given' };
    const thisYear = Number(context.today.slice(0, 4));
    const findings: TFindingDraft[] = [];
    for (const filed of context.examples) {
      const years = yearsIn(context.text, filed.example.start, filed.example.end).filter((y) => y.year <= thisYear);
      if (years.length === 0) continue;
      const latest = Math.max(...years.map((y) => y.year));
      const age = thisYear - latest;
      if (age <= context.limits.idealExampleAgeYears) continue;
      const isOld = age > context.limits.maxExampleAgeYears;
      findings.push({
        severity: isOld ? 'warning' : 'info',
        message: isOld
          ? `${exampleName(context, filed)} is dated ${latest} at the latest, ${age} years ago; examples are expected within ` +
            `${context.limits.maxExampleAgeYears} years. Choose a more recent accomplishment or show what you did since.`
          : `${exampleName(context, filed)} is dated ${latest} at the latest, ${age} years ago; recent examples (within ` +
            `${context.limits.idealExampleAgeYears} years) are preferred.`,
        start: filed.example.start,
        end: filed.example.end,
        ...aboutExample(filed),
        marks: years.map(({ start, end }) => ({ start, end })),
      });
    }
    return checked(findings);
  },
};

/** Years written between `start` and `end`, with where each is. */
export function yearsIn(text: string, start: number, end: number): { year: number; start: number; end: number }[] {
  const slice = text.slice(start, end);
  const found: { year: number; start: number; end: number }[] = [];
  for (const m of slice.matchAll(YEAR)) {
    const year = m[1] !== undefined ? 2000 + Number(m[1]) : Number(m[2]);
    found.push({ year, start: start + m.index, end: start + m.index + m[0].length });
  }
  return found;
}
