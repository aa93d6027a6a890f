import type { TMeasurePages } from '../narrative/measure-pages';
import { layoutNarrative } from './layout-narrative';

/**
 * The page measurer `analyzeNarrative` takes (`measurePages`): the package laid out on
 * the default page setup (POLICY.md §3: US Letter, 1-inch margins, Times 12 pt), the same layout the PDF
 * export draws, so the page rules count the pages a QRB would print.
 */
export const measureNarrativePages: TMeasurePages = (request) => {
  const layout = layoutNarrative(request);
  return {
    totalPages: layout.pageCount,
    sections: layout.sections.map(({ index, pages }) => ({ index, pages })),
    basis: layout.basis,
  };
};
