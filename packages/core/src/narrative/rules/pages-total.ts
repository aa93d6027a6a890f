import { checked, type TNarrativeRule } from './rule';
import { NARRATIVE_SOURCES } from './sources';

/**
 * The package fits in `limits.maxTotalPages` (10 by default; POLICY.md §3, high): an error when it does
 * not. Pages come from the plugged layout engine only; without one the rule reports "not measured".
 */
export const PAGES_TOTAL_RULE: TNarrativeRule = {
  id: 'narrative.pages-total',
  title: 'At most 10 pages in total',
  source: NARRATIVE_SOURCES.totalPages,
  check: (context) => {
    const { pages, limits } = context;
    if (pages.status === 'not-measured') return { status: 'not-measured', reason: pages.reason };
    if (pages.totalPages <= limits.maxTotalPages) return checked([]);
    return checked([
      {
        severity: 'error',
        message: `The package takes ${formatPages(pages.totalPages)} (${pages.basis}); the limit is ${formatPages(limits.maxTotalPages)}. Cut it down.`,
        start: 0,
        end: context.text.length,
      },
    ]);
  },
};

export function formatPages(pages: number): string {
  const shown = Math.round(pages * 10) / 10;
  return `${shown} page${shown === 1 ? '' : 's'}`;
}
