import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error';
import { ECQ_2006, ECQ_2025, ECQ_2025_MAY } from '../policy/packs';
import { analyzeNarrative } from './analyze-narrative';
import { expectReportInside } from './testing/expect-spans';
import { corpusText, goodPackage } from './testing/sample-package';

const TODAY = '2025-11-01';

describe('analyzeNarrative', () => {
  it('reports structure, coverage, findings and readiness per ECQ and for the package', () => {
    const text = goodPackage();
    const report = analyzeNarrative(text, { model: ECQ_2025, today: TODAY });
    expectReportInside(text, report);
    expect(report.structure.sections.map((s) => s.ecqCode)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    expect(report.ecqs.map((e) => [e.code, e.examples.length, e.examples[0]?.filedBy])).toEqual([
      ['LC', 1, 'heading'],
      ['LP', 1, 'heading'],
      ['DR', 1, 'heading'],
      ['AOS', 1, 'heading'],
      ['BC', 1, 'heading'],
    ]);
    expect(report.coverage.items).toHaveLength(25);
    expect(report.coverage.fundamentals).toEqual([]);
    expect(report.coverage.matrix.columns).toHaveLength(25);
    expect(report.coverage.matrix.rows.map((r) => r.ecqCode)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    const strategic = report.coverage.items.find((i) => i.name === 'Strategic Thinking')!;
    expect(strategic.strength).not.toBe('none');
    expect(strategic.evidence[0]!.cues.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.readiness.status).not.toBe('not-ready');
    expect(report.readiness.notChecked).toEqual([
      'At most 10 pages in total: not measured (no page layout engine was provided)',
      'About 2 pages per ECQ: not measured (no page layout engine was provided)',
    ]);
    expect(report.readiness.summary).toContain('Page counts not measured.');
    expect(report.ecqs[0]!.readiness.summary).toMatch(/^Leading Change: 1 example, \d of 6 sub-competencies shown/);
  });

  it('files examples of a text without headings by their cues, and reports the missing ECQs', () => {
    const text = [corpusText('c25-aos-1'), corpusText('c25-bc-2')].join('\n\n');
    const report = analyzeNarrative(text, { model: ECQ_2025, today: TODAY });
    expectReportInside(text, report);
    expect(report.structure.hasHeadings).toBe(false);
    expect(report.filings.map((f) => [f.ecqCode, f.filedBy])).toEqual([
      ['AOS', 'classification'],
      ['BC', 'classification'],
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'narrative.ecq-missing').map((f) => f.ecqCode)).toEqual(['LC', 'LP', 'DR']);
    expect(report.readiness.status).toBe('not-ready');
    expect(report.ecqs.find((e) => e.code === 'LC')!.readiness.status).toBe('missing');
    expect(report.ecqs.find((e) => e.code === 'AOS')!.readiness.status).not.toBe('missing');
  });

  it('judges the 2006 fundamentals across the whole package', () => {
    const text = `Leading Change\n${corpusText('c06-lc-2')}\n\nBuilding Coalitions\n${corpusText('c06-bc-2')}`;
    const report = analyzeNarrative(text, { model: ECQ_2006, today: TODAY });
    expect(report.coverage.fundamentals.map((f) => f.code)).toEqual(['FC.1', 'FC.2', 'FC.3', 'FC.4', 'FC.5', 'FC.6']);
    const evidenced = report.coverage.fundamentals.filter((f) => f.strength !== 'none');
    expect(evidenced.length).toBeGreaterThan(0);
    expect(new Set(evidenced.flatMap((f) => f.evidence.map((e) => e.sectionIndex)))).toEqual(new Set([0, 1]));
  });

  it('counts a sub-competency only under its own ECQ, showing evidence elsewhere apart', () => {
    const report = analyzeNarrative(`Leading People\n${corpusText('c25-aos-1')}`, { model: ECQ_2025, today: TODAY });
    const fiscal = report.coverage.items.find((i) => i.code === 'AOS.1')!;
    expect(fiscal.strength).toBe('none');
    expect(fiscal.elsewhere.length).toBeGreaterThan(0);
    expect(report.coverage.matrix.rows.find((r) => r.ecqCode === 'LP')!.cells.find((c) => c.itemCode === 'AOS.1')!.score).toBeGreaterThan(0);
  });

  it('works for a model without a curated lexicon or sub-competencies', () => {
    const text = `Driving Efficiency\n${corpusText('c25-aos-1')}`;
    const report = analyzeNarrative(text, { model: ECQ_2025_MAY, today: TODAY });
    expect(report.structure.sections[0]!.ecqCode).toBe('DE');
    expect(report.coverage.items).toEqual([]);
    expect(report.checks.find((c) => c.ruleId === 'narrative.sub-competency-coverage')!.status).toBe('not-applicable');
  });

  it('rejects bad options with stable codes naming the field', () => {
    const expectError = (fn: () => unknown, code: string, field: string): void => {
      try {
        fn();
        expect.unreachable();
      } catch (error) {
        expect(isAppError(error) ? [error.code, error.field] : error).toEqual([code, field]);
      }
    };
    expectError(() => analyzeNarrative('x', { model: ECQ_2025, today: '2025-02-30' }), 'INVALID_DATE', 'today');
    expectError(() => analyzeNarrative('x', { model: ECQ_2025, expectedEcqs: ['RD'] }), 'VALIDATION_FAILED', 'expectedEcqs');
    expectError(() => analyzeNarrative('x', { model: ECQ_2025, limits: { maxPagesPerEcq: -1 } }), 'VALIDATION_FAILED', 'limits.maxPagesPerEcq');
    expectError(() => analyzeNarrative('x', { model: ECQ_2025, limits: { minExamplesPerEcq: 3 } }), 'VALIDATION_FAILED', 'limits.minExamplesPerEcq');
    expectError(() => analyzeNarrative(undefined as unknown as string, { model: ECQ_2025 }), 'VALIDATION_FAILED', 'text');
  });
});
