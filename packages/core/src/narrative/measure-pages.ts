import type { TNarrativeStructure } from './types';

/** One ECQ section handed to the page measurer. */
export interface TPageSection {
  readonly index: number;
  readonly ecqCode: string | undefined;
  readonly start: number;
  readonly end: number;
}

export interface TPageMeasureRequest {
  readonly text: string;
  readonly sections: readonly TPageSection[];
}

export interface TPageMeasurement {
  /** Pages of the whole package as laid out. */
  readonly totalPages: number;
  /** Pages each section takes (fractions allowed: a section may end mid-page). */
  readonly sections: readonly { readonly index: number; readonly pages: number }[];
  /** How the text was laid out, e.g. "US Letter, 1-inch margins, Times 12 pt". */
  readonly basis: string;
}

/**
 * A page measurer plugged in by the caller: a real layout engine (POLICY.md §3: pages counted by laying the
 * text out, never by a words-per-page guess). Must be synchronous and pure.
 */
export type TMeasurePages = (request: TPageMeasureRequest) => TPageMeasurement;

export type TPageReport =
  | { readonly status: 'not-measured'; readonly reason: string }
  | {
      readonly status: 'measured';
      readonly totalPages: number;
      readonly basis: string;
      readonly bySection: readonly { readonly index: number; readonly ecqCode: string | undefined; readonly pages: number }[];
      readonly byEcq: readonly { readonly ecqCode: string; readonly pages: number }[];
    };

/**
 * Asks the plugged measurer for page counts. Without one, or when it fails or answers nonsense, the page
 * rules report "not measured" with the reason; no estimate is ever substituted.
 */
export function measurePackagePages(text: string, structure: TNarrativeStructure, measurePages: TMeasurePages | undefined): TPageReport {
  if (measurePages === undefined) return { status: 'not-measured', reason: 'no page layout engine was provided' };
  const sections = structure.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));
  let measured: TPageMeasurement;
  try {
    measured = measurePages({ text, sections });
  } catch (error) {
    return { status: 'not-measured', reason: `the page layout engine failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!isCount(measured.totalPages) || !measured.sections.every((s) => isCount(s.pages))) {
    return { status: 'not-measured', reason: 'the page layout engine returned an invalid page count' };
  }
  const bySection = sections.map((s) => ({
    index: s.index,
    ecqCode: s.ecqCode,
    pages: measured.sections.find((m) => m.index === s.index)?.pages ?? 0,
  }));
  const byEcq = new Map<string, number>();
  for (const s of bySection) if (s.ecqCode !== undefined) byEcq.set(s.ecqCode, (byEcq.get(s.ecqCode) ?? 0) + s.pages);
  return {
    status: 'measured',
    totalPages: measured.totalPages,
    basis: measured.basis,
    bySection,
    byEcq: [...byEcq].map(([ecqCode, pages]) => ({ ecqCode, pages })),
  };
}
