import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../narrative/analyze-narrative';
import { ECQ_2025 } from '../policy/packs';
import { layoutNarrative } from './layout-narrative';
import { measureNarrativePages } from './measure-narrative-pages';
import { ecqPackage, measureRequestFor } from './testing/ecq-package';

const BASIS = 'US Letter (8.5 × 11 in), 1-inch margins, Times 12 pt, 13.8 pt leading';

function pageFindings(text: string): { ruleId: string; severity: string; ecqCode: string | undefined }[] {
  const report = analyzeNarrative(text, { model: ECQ_2025, measurePages: measureNarrativePages });
  return report.findings.filter((f) => f.ruleId.startsWith('narrative.pages-')).map(({ ruleId, severity, ecqCode }) => ({ ruleId, severity, ecqCode }));
}

describe('measureNarrativePages', () => {
  it('answers the analyzer with the layout\'s pages and basis', () => {
    const request = measureRequestFor(ecqPackage(4));
    const layout = layoutNarrative(request);
    expect(measureNarrativePages(request)).toEqual({
      totalPages: layout.pageCount,
      sections: layout.sections.map((s) => ({ index: s.index, pages: s.pages })),
      basis: BASIS,
    });
  });

  it('lets analyzeNarrative report measured pages, and a package within the limits has no page finding', () => {
    const text = ecqPackage(4);
    const report = analyzeNarrative(text, { model: ECQ_2025, measurePages: measureNarrativePages });
    const layout = layoutNarrative(measureRequestFor(text));
    expect(report.pages).toMatchObject({ status: 'measured', totalPages: layout.pageCount, basis: BASIS });
    expect(layout.pageCount).toBeLessThanOrEqual(10);
    expect(report.ecqs.map((e) => e.pages)).toEqual(layout.sections.map((s) => s.pages));
    expect(report.checks.filter((c) => c.ruleId.startsWith('narrative.pages-')).map((c) => c.status)).toEqual(['passed', 'passed']);
    expect(pageFindings(text)).toEqual([]);
  });

  it('flags an 11-page package with the total-pages rule as an error', () => {
    const text = ecqPackage(5);
    expect(layoutNarrative(measureRequestFor(text)).pageCount).toBe(11);
    const findings = pageFindings(text);
    expect(findings).toContainEqual({ ruleId: 'narrative.pages-total', severity: 'error', ecqCode: undefined });
  });

  it('flags a 3-page ECQ section with the per-ECQ rule as a warning, and only that ECQ', () => {
    const text = ecqPackage(1, { ecq: 2, examples: 7 });
    const layout = layoutNarrative(measureRequestFor(text));
    expect(layout.sections[2]).toMatchObject({ ecqCode: 'DR' });
    expect(layout.sections[2]!.pages).toBeGreaterThanOrEqual(3);
    expect(layout.sections[2]!.pages).toBeLessThan(3.5);
    expect(layout.pageCount).toBeLessThanOrEqual(10);
    expect(pageFindings(text)).toEqual([{ ruleId: 'narrative.pages-per-ecq', severity: 'warning', ecqCode: 'DR' }]);
  });
});
