import { splitLines } from '../text/split-lines';
import { tokensIn } from '../text/token-index';
import type { TSpan } from '../types';
import { checked, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/** "(OPM)" after its expansion. */
const DEFINED_AFTER = /\(\s*([A-Z][A-Za-z0-9&]{1,9}?)s?\s*\)/g;
/** "OPM (Office of Personnel Management)". */
const DEFINED_BEFORE = /(?<![\p{L}\p{N}])([A-Z][A-Z0-9&]{1,7})s?\s*\(\s*\p{Lu}\p{Ll}/gu;
const ROMAN = /^[IVXLC]+$/;
const MAX_MARKS = 20;
const MAX_ACRONYM = 8;

/** Two to eight capital letters with an optional plural "s": the acronym, or undefined. */
function acronymOf(word: string): string | undefined {
  const base = word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word;
  if (base.length < 2 || base.length > MAX_ACRONYM) return undefined;
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if (c < 65 || c > 90) return undefined;
  }
  return ROMAN.test(base) ? undefined : base;
}

/**
 * Acronyms never spelled out: a QRB reader from another agency may not know them. An acronym counts as
 * spelled out when it appears in brackets after its expansion, "Office of Personnel Management (OPM)", or
 * before one, "OPM (Office of…)". Lines without lower-case letters (headings) and `limits.allowedAcronyms`
 * are skipped. ECQ Workbench's writing guidance (POLICY.md §3, low): warns only, one finding per acronym at
 * its first use.
 */
export const ACRONYM_UNDEFINED_RULE: TNarrativeRule = {
  id: 'narrative.acronym-undefined',
  title: 'Acronyms are spelled out',
  source: NARRATIVE_SOURCES.writing,
  check: (context) => {
    const { text } = context;
    const allowed = new Set(context.limits.allowedAcronyms.map((a) => a.toUpperCase()));
    const defined = new Set<string>();
    for (const m of text.matchAll(DEFINED_AFTER)) defined.add(m[1]!.toUpperCase());
    for (const m of text.matchAll(DEFINED_BEFORE)) defined.add(m[1]!.toUpperCase());
    const uses = new Map<string, TSpan[]>();
    for (const line of splitLines(text)) {
      if (!/\p{Ll}/u.test(line.text)) continue;
      for (const token of tokensIn(text, line.start, line.end, context.tokens)) {
        const acronym = acronymOf(token.text);
        if (acronym === undefined || allowed.has(acronym) || defined.has(acronym)) continue;
        const list = uses.get(acronym) ?? [];
        list.push({ start: token.start, end: token.end });
        uses.set(acronym, list);
      }
    }
    const findings: TFindingDraft[] = [...uses].map(([acronym, spans]) => {
      const first = spans[0]!;
      const section = context.structure.sections.find((s) => s.start <= first.start && first.start < s.end);
      return {
        severity: 'warning',
        message:
          `${acronym} is used ${spans.length === 1 ? 'once' : `${spans.length} times`} and never spelled out. ` +
          `Write it in full at first use, with "(${acronym})" after it.`,
        start: first.start,
        end: first.end,
        ecqCode: section?.ecqCode,
        sectionIndex: section?.index,
        marks: spans.slice(0, MAX_MARKS),
      };
    });
    return checked(findings.sort((a, b) => a.start - b.start));
  },
};
