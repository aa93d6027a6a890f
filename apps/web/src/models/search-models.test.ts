import { describe, expect, it } from 'vitest';
import type { TCompetency, TModel } from '../api/wire-types';
import { normalizeForSearch, searchModels } from './search-models';

const SOURCE = { citation: 'test', policyRef: 'POLICY.md §1', confidence: 'high' } as const;

function item(code: string, name: string, aliases: string[] = []): TCompetency {
  return {
    id: `${code}-id`,
    code,
    kind: code.includes('.') ? 'sub' : 'ecq',
    name,
    aliases,
    description: '',
    parentCode: code.includes('.') ? (code.split('.')[0] ?? null) : null,
    position: 1,
    source: SOURCE,
    isProvisional: false,
  };
}

function model(id: string, items: TCompetency[]): TModel {
  return {
    id,
    uuid: `${id}-uuid`,
    title: `Model ${id}`,
    version: '1',
    issuedOn: '2025-01-15',
    publisher: 'OPM',
    origin: 'built-in',
    effective: [],
    alternative: null,
    status: { kind: 'in-force', processes: ['hiring'], text: 'in force' },
    counts: { ecqs: 1, subCompetencies: items.length - 1, fundamentals: 0 },
    description: '',
    definitionsNote: '',
    source: SOURCE,
    items,
  };
}

const OLD = model('old', [item('LP', 'Leading People'), item('LP.4', 'Team Building', ['Team-Building'])]);
const NEW = model('new', [item('LP', 'Leading People'), item('LP.4', 'Building Teams'), item('LP.6', 'Building Workforce Culture', ['Building Workplace Culture'])]);

describe('searchModels', () => {
  it('finds every word in a name, across models, in model order', () => {
    const matches = searchModels([OLD, NEW], 'team building');
    expect(matches.map((m) => `${m.modelId}:${m.item.code}`)).toEqual(['old:LP.4', 'new:LP.4']);
  });

  it('ranks an exact code first and matches codes without regard to case', () => {
    const matches = searchModels([OLD, NEW], 'lp');
    expect(matches.slice(0, 2).map((m) => `${m.modelId}:${m.item.code}`)).toEqual(['old:LP', 'new:LP']);
    expect(matches).toHaveLength(5);
  });

  it('names the alias that matched when only an alias does', () => {
    const [match, ...rest] = searchModels([OLD, NEW], 'Workplace');
    expect(rest).toEqual([]);
    expect(match?.item.name).toBe('Building Workforce Culture');
    expect(match?.matchedAlias).toBe('Building Workplace Culture');
  });

  it('matches nothing for a blank query or an unknown word', () => {
    expect(searchModels([OLD, NEW], '   ')).toEqual([]);
    expect(searchModels([OLD, NEW], 'payroll')).toEqual([]);
  });

  it('folds case, accents and punctuation', () => {
    expect(normalizeForSearch('  Team-Building/Équipe  ')).toBe('team building equipe');
    expect(searchModels([OLD], 'TEAM—BUILDING')).toHaveLength(1);
  });
});
