import { describe, expect, it } from 'vitest';
import { ECQ_2006_TO_2025 } from '../crosswalk';
import { migrateNarrative } from './migrate-narrative';
import { corpusText } from './testing/sample-package';

const PACKAGE_2006 = [
  `ECQ 1: LEADING CHANGE\n\n${corpusText('c06-lc-2')}`,
  `ECQ 2: Leading People\n\n${corpusText('c06-lp-1')}`,
  `ECQ 3: Results Driven\n\n${corpusText('c06-rd-1')}\n\n${corpusText('c06-rd-2')}`,
  `ECQ 4 – BUSINESS ACUMEN\n\n${corpusText('c06-ba-1')}`,
  `ECQ 5: Building Coalitions\n\n${corpusText('c06-bc-1')}`,
].join('\n\n');

describe('migrateNarrative (2006 → January 2025)', () => {
  const migration = migrateNarrative(PACKAGE_2006, { crosswalk: ECQ_2006_TO_2025 });

  it('renames ECQ headings in the draft, keeping their capitals, and leaves unchanged ones alone', () => {
    expect(migration.headings.map((h) => [h.fromName, h.kind, h.toName, h.edit?.text])).toEqual([
      ['Leading Change', 'same', 'Leading Change', undefined],
      ['Leading People', 'same', 'Leading People', undefined],
      ['Results Driven', 'renamed', 'Driving Results', 'Driving Results'],
      ['Business Acumen', 'renamed', 'Achieving Organizational Success', 'ACHIEVING ORGANIZATIONAL SUCCESS'],
      ['Building Coalitions', 'same', 'Building Coalitions', undefined],
    ]);
    expect(migration.draftText).toContain('ECQ 3: Driving Results\n');
    expect(migration.draftText).toContain('ECQ 4 – ACHIEVING ORGANIZATIONAL SUCCESS\n');
    expect(migration.draftText).not.toContain('Results Driven');
    expect(migration.draftText.replace('Driving Results', 'Results Driven').replace('ACHIEVING ORGANIZATIONAL SUCCESS', 'BUSINESS ACUMEN')).toBe(PACKAGE_2006);
  });

  it('moves External Awareness evidence to Building Coalitions with the sentences that show it', () => {
    const external = migration.moved.find((m) => m.from.name === 'External Awareness');
    expect(external).toMatchObject({ kind: 'moved', to: { code: 'BC.4', name: 'External Awareness' } });
    expect(external!.evidence.length).toBeGreaterThan(0);
    expect(external!.advice).toContain('Building Coalitions');
    for (const e of external!.evidence) expect(PACKAGE_2006.slice(e.start, e.end).length).toBeGreaterThan(0);
  });

  it('flags evidence for the removed Entrepreneurship and Technical Credibility', () => {
    expect(migration.removed.filter((r) => r.evidence.length > 0).map((r) => r.from.name)).toEqual(
      expect.arrayContaining(['Entrepreneurship', 'Technical Credibility']),
    );
    expect(migration.removed.every((r) => r.to === undefined && r.advice.includes('no longer count'))).toBe(true);
  });

  it('carries renamed items and lists the new sub-competencies the text does not show as gaps', () => {
    expect(migration.carried.map((c) => [c.from.name, c.to?.name])).toEqual(
      expect.arrayContaining([['Financial Management', 'Fiscal Responsibility']]),
    );
    const newNames = ['Systems Thinking', 'Interpersonal Skills', 'Building Workforce Culture', 'Data Literacy', 'Strategic Communication'];
    const gapNames = migration.gaps.map((g) => g.name);
    expect(gapNames).toContain('Systems Thinking');
    for (const name of gapNames) expect(newNames).toContain(name);
    const accounted = [...gapNames, ...migration.newWithEvidence.map((n) => n.item.name), ...migration.related.map((r) => r.to?.name)];
    for (const name of newNames) expect(accounted).toContain(name);
    expect(migration.uncovered.every((u) => !newNames.includes(u.name))).toBe(true);
  });

  it('reports a draft unchanged when there is nothing to rename', () => {
    const plain = migrateNarrative('No headings here, just a sentence.', { crosswalk: ECQ_2006_TO_2025 });
    expect(plain.edits).toEqual([]);
    expect(plain.draftText).toBe('No headings here, just a sentence.');
    expect(plain.gaps.map((g) => g.name)).toEqual(['Systems Thinking', 'Interpersonal Skills', 'Building Workforce Culture', 'Data Literacy', 'Strategic Communication']);
  });
});
