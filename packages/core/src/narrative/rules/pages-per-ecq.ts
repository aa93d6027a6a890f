import { formatPages } from './pages-total';
import { checked, type TFindingDraft, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * Each ECQ takes about `limits.maxPagesPerEcq` pages (2 by default, 1 in some announcements; POLICY.md §3,
 * medium): a warning when one takes more. Needs the plugged layout engine and ECQ headings to measure by.
 */
export const PAGES_PER_ECQ_RULE: TNarrativeRule = {
  id: 'narrative.pages-per-ecq',
  title: 'About 2 pages per ECQ',
  source: NARRATIVE_SOURCES.pagesPerEcq,
  check: (context) => {
    const { pages, limits } = context;
    if (pages.status === 'not-measured') return { status: 'not-measured', reason: pages.reason };
    if (!context.structure.hasHeadings) return { status: 'not-measured', reason: 'the text has no ECQ headings to measure sections by' };
    const findings: TFindingDraft[] = [];
    for (const { ecqCode, pages: count } of pages.byEcq) {
      if (count <= limits.maxPagesPerEcq) continue;
      const sections = context.structure.sections.filter((s) => s.ecqCode === ecqCode);
      const ecq = context.model.items.find((i) => i.code === ecqCode);
      findings.push({
        severity: 'warning',
        message: `${ecq?.name ?? ecqCode} takes ${formatPages(count)}; this vacancy allows about ${formatPages(limits.maxPagesPerEcq)} per ECQ.`,
        start: sections[0]?.start ?? 0,
        end: sections.at(-1)?.end ?? 0,
        ecqCode,
        sectionIndex: sections[0]?.index,
        marks: sections.map(({ start, end }) => ({ start, end })),
      });
    }
    return checked(findings);
  },
};
