import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { ECQ_2006, ECQ_2025 } from '../policy/packs';
import { checkCrosswalkCompleteness, defineCrosswalk, fateOf, newItemsOf } from './crosswalk';
import { BUILT_IN_CROSSWALKS, ECQ_2006_TO_2025, ECQ_2025_TO_2025_MAY, getCrosswalk } from '.';
import { SOURCES } from '../policy/source';

const fate = (name: string) => {
  const link = fateOf(ECQ_2006_TO_2025, name);
  return link && { kind: link.kind, to: link.to?.name };
};

describe('crosswalk 2006 → January 2025 (memo attachment 1)', () => {
  it('gives every 2006 item exactly one fate and reaches or marks new every 2025 item', () => {
    for (const cw of BUILT_IN_CROSSWALKS) expect(checkCrosswalkCompleteness(cw)).toEqual([]);
    for (const item of ECQ_2006.items) {
      expect(ECQ_2006_TO_2025.links.filter((l) => l.from?.id === item.id)).toHaveLength(1);
    }
  });

  it('renames the two ECQs and the eight sub-competencies the memo names', () => {
    expect(fate('Results Driven')).toEqual({ kind: 'renamed', to: 'Driving Results' });
    expect(fate('Business Acumen')).toEqual({ kind: 'renamed', to: 'Achieving Organizational Success' });
    const renamed = ECQ_2006_TO_2025.links
      .filter((l) => l.kind === 'renamed' && l.from?.kind === 'sub')
      .map((l) => `${l.from?.name} → ${l.to?.name}`);
    expect(renamed).toEqual([
      'Creativity and Innovation → Innovation',
      'Flexibility → Agility',
      'Conflict Management → Managing Conflict',
      'Leveraging Diversity → Fostering Diversity',
      'Team Building → Building Teams',
      'Financial Management → Fiscal Responsibility',
      'Human Capital Management → Managing Human Resources',
      'Technology Management → Leveraging Technology',
    ]);
  });

  it('moves External Awareness to Building Coalitions and removes Entrepreneurship and Technical Credibility', () => {
    const moved = fateOf(ECQ_2006_TO_2025, 'External Awareness');
    expect(moved?.kind).toBe('moved');
    expect(moved?.from?.parentCode).toBe('LC');
    expect(moved?.to?.parentCode).toBe('BC');
    expect(fate('Entrepreneurship')).toEqual({ kind: 'removed', to: undefined });
    expect(fate('Technical Credibility')).toEqual({ kind: 'removed', to: undefined });
  });

  it('marks the five new sub-competencies and relates the 2006 fundamentals', () => {
    expect(newItemsOf(ECQ_2006_TO_2025).map((i) => i.name).sort()).toEqual(
      ['Building Workforce Culture', 'Data Literacy', 'Interpersonal Skills', 'Strategic Communication', 'Systems Thinking'].sort(),
    );
    expect(fateOf(ECQ_2006_TO_2025, 'FC.1')).toMatchObject({ kind: 'related', to: { code: 'LP.5' } });
    expect(fateOf(ECQ_2006_TO_2025, 'Oral Communication')).toMatchObject({ kind: 'related', to: { name: 'Strategic Communication' } });
    expect(fateOf(ECQ_2006_TO_2025, 'Written Communication')).toMatchObject({ kind: 'related', to: { name: 'Strategic Communication' } });
  });

  it('counts: 11 same sub-competencies, 8 renamed, 1 moved, 2 removed', () => {
    const subs = ECQ_2006_TO_2025.links.filter((l) => l.from?.kind === 'sub');
    const count = (kind: string) => subs.filter((l) => l.kind === kind).length;
    expect([count('same'), count('renamed'), count('moved'), count('removed')]).toEqual([11, 8, 1, 2]);
  });
});

describe('crosswalk January → May 2025', () => {
  it('marks every link with a confidence and carries Leading People over unchanged', () => {
    expect(fateOf(ECQ_2025_TO_2025_MAY, 'LP')).toMatchObject({ kind: 'same', confidence: 'high' });
    expect(ECQ_2025_TO_2025_MAY.links.every((l) => ['high', 'medium', 'low'].includes(l.confidence))).toBe(true);
    expect(newItemsOf(ECQ_2025_TO_2025_MAY).map((i) => i.code)).toEqual(['ROL', 'MC']);
  });
});

describe('defineCrosswalk', () => {
  it('rejects an incomplete or malformed crosswalk, listing each problem with its path', () => {
    try {
      defineCrosswalk({
        title: 'broken',
        fromModel: ECQ_2006,
        toModel: ECQ_2025,
        source: SOURCES.ours,
        links: [
          { kind: 'same', from: 'LC', to: 'LC' },
          { kind: 'removed', from: 'LP', to: 'LP' },
          { kind: 'renamed', from: 'XX.9', to: 'LC.1' },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const problems = (error as AppError).problems.map((p) => p.path);
      expect(problems).toContain('$.links[1].to');
      expect(problems).toContain('$.links[2].from');
    }
  });

  it('getCrosswalk names the crosswalks there are', () => {
    expect(getCrosswalk('ecq-2006', 'ecq-2025')).toBe(ECQ_2006_TO_2025);
    expect(() => getCrosswalk('ecq-2025', 'ecq-2006')).toThrow(/known: ecq-2006 → ecq-2025/);
  });
});
