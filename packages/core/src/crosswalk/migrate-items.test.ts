import { describe, expect, it } from 'vitest';
import { ECQ_2006_TO_2025, ECQ_2025_TO_2025_MAY } from '.';
import { migrateItems } from './migrate-items';
import { ECQ_2006 } from '../policy/packs';

describe('migrateItems', () => {
  it('carries renamed and moved evidence, drops removed items and lists the gaps to write', () => {
    const report = migrateItems({
      crosswalk: ECQ_2006_TO_2025,
      items: ['External Awareness', 'LC.1', 'Entrepreneurship', 'RD.5', 'FC.2', 'nonsense', 'LC.1'],
    });
    expect(report.carried.map((m) => [m.from.name, m.kind, m.to.code])).toEqual([
      ['External Awareness', 'moved', 'BC.4'],
      ['Creativity and Innovation', 'renamed', 'LC.1'],
      ['Problem Solving', 'same', 'DR.4'],
    ]);
    expect(report.related.map((m) => [m.from.name, m.to.name])).toEqual([['Oral Communication', 'Strategic Communication']]);
    expect(report.dropped.map((d) => d.from.name)).toEqual(['Entrepreneurship']);
    expect(report.unknown).toEqual(['nonsense']);
    expect(report.targetItems.map((i) => i.code)).toEqual(['LC.1', 'DR.4', 'BC.4', 'BC.5']);
    expect(report.relatedOnly.map((i) => i.code)).toEqual(['BC.5']);
    expect(report.gaps.map((i) => i.name)).toContain('Systems Thinking');
    expect(report.gaps.map((i) => i.name)).toContain('Data Literacy');
    expect(report.gaps.map((i) => i.code)).not.toContain('BC.4');
    expect(report.gaps).toHaveLength(25 - 4);
  });

  it('migrating every 2006 sub-competency leaves the five new items as gaps; tagged fundamentals reach two of them', () => {
    const subsOnly = migrateItems({
      crosswalk: ECQ_2006_TO_2025,
      items: ECQ_2006.items.filter((i) => i.kind === 'sub').map((i) => i.id),
    });
    expect(subsOnly.gaps.map((i) => i.name).sort()).toEqual(
      ['Building Workforce Culture', 'Data Literacy', 'Interpersonal Skills', 'Strategic Communication', 'Systems Thinking'].sort(),
    );
    const all = migrateItems({ crosswalk: ECQ_2006_TO_2025, items: ECQ_2006.items.map((i) => i.code) });
    expect(all.gaps.map((i) => i.name).sort()).toEqual(['Building Workforce Culture', 'Data Literacy', 'Systems Thinking']);
  });

  it('treats ECQs without sub-competencies as leaves (May 2025)', () => {
    const report = migrateItems({ crosswalk: ECQ_2025_TO_2025_MAY, items: ['DR.1', 'LP.3'] });
    expect(report.relatedOnly.map((i) => i.code)).toEqual(['LP', 'AR']);
    expect(report.gaps.map((i) => i.code)).toEqual(['ROL', 'DE', 'MC']);
  });
});
