import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ecqsOf, findItem, fundamentalsOf, subsOf, type TCompetencyModel } from '../model';
import { isUuid, uuidV5 } from '../../ids/uuid';
import { BUILT_IN_PACKS, ECQ_2006, ECQ_2025, ECQ_2025_MAY, getPack } from '.';
import { AppError } from '../../errors/app-error';

/** The memo's model table (seed 002, "These changes result in an updated ECQ model as follows"). */
const MEMO_2025: Record<string, string[]> = {
  'Leading Change': ['Innovation', 'Agility', 'Resilience', 'Strategic Thinking', 'Vision', 'Systems Thinking'],
  'Leading People': ['Managing Conflict', 'Fostering Diversity', 'Developing Others', 'Building Teams', 'Interpersonal Skills', 'Building Workforce Culture'],
  'Driving Results': ['Accountability', 'Customer Service', 'Decisiveness', 'Problem Solving', 'Data Literacy'],
  'Achieving Organizational Success': ['Fiscal Responsibility', 'Managing Human Resources', 'Leveraging Technology'],
  'Building Coalitions': ['Partnering', 'Political Savvy', 'Influencing/Negotiating', 'External Awareness', 'Strategic Communication'],
};

const POLICY_2006: Record<string, string[]> = {
  'Leading Change': ['Creativity and Innovation', 'External Awareness', 'Flexibility', 'Resilience', 'Strategic Thinking', 'Vision'],
  'Leading People': ['Conflict Management', 'Leveraging Diversity', 'Developing Others', 'Team Building'],
  'Results Driven': ['Accountability', 'Customer Service', 'Decisiveness', 'Entrepreneurship', 'Problem Solving', 'Technical Credibility'],
  'Business Acumen': ['Financial Management', 'Human Capital Management', 'Technology Management'],
  'Building Coalitions': ['Partnering', 'Political Savvy', 'Influencing/Negotiating'],
};

function tableOf(model: TCompetencyModel): Record<string, string[]> {
  return Object.fromEntries(ecqsOf(model).map((e) => [e.name, subsOf(model, e.code).map((s) => s.name)]));
}

/** Reads the model table straight out of the seed memo, where five bullet lists follow the ECQ header row. */
function parseSeedModelTable(): Record<string, string[]> {
  const seed = readFileSync(
    fileURLToPath(new URL('../../../../../../shared/seeds/002_6f8f119a526f1237.txt', import.meta.url)),
    'utf8',
  );
  const lines = seed.split('\n');
  const header = lines.findIndex((l) => l.startsWith('Leading Change\tLeading People\tDriving Results'));
  const names = lines[header]!.split('\t').map((s) => s.trim());
  const lists = lines[header + 1]!.split('<ul style="list-style-type: none">').slice(1);
  return Object.fromEntries(
    names.map((name, i) => [
      name,
      lists[i]!
        .split('•')
        .slice(1)
        .map((s) => s.replace(/\s+/g, ' ').replace('/ ', '/').trim()),
    ]),
  );
}

describe('ECQ January 2025 (the seed memo)', () => {
  it('has exactly the memo table: names, grouping and order, 5 ECQs and 25 sub-competencies', () => {
    expect(tableOf(ECQ_2025)).toEqual(MEMO_2025);
    expect(ecqsOf(ECQ_2025)).toHaveLength(5);
    expect(subsOf(ECQ_2025)).toHaveLength(25);
    expect(fundamentalsOf(ECQ_2025)).toHaveLength(0);
  });

  it('matches the table as parsed from the seed file itself', () => {
    expect(tableOf(ECQ_2025)).toEqual(parseSeedModelTable());
  });

  it('treats the memo\'s second spellings as aliases of one item, not second items', () => {
    expect(findItem(ECQ_2025, 'Building Workplace Culture')?.code).toBe('LP.6');
    expect(findItem(ECQ_2025, 'Building Workforce Culture')?.code).toBe('LP.6');
    expect(findItem(ECQ_2025, 'Managing Resources')?.code).toBe('AOS.2');
    expect(findItem(ECQ_2025, 'Influencing/ Negotiating')?.code).toBe('BC.3');
    expect(ECQ_2025.items.filter((i) => /culture/i.test(i.name))).toHaveLength(1);
  });

  it('says plainly that the descriptions are ours, not OPM definitions', () => {
    expect(ECQ_2025.definitionsNote).toMatch(/not OPM definitions/);
    for (const item of ECQ_2025.items) expect(item.description.length).toBeGreaterThan(10);
  });

  it('codes ECQs and sub-competencies in memo order', () => {
    expect(ecqsOf(ECQ_2025).map((e) => e.code)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    expect(findItem(ECQ_2025, 'LC.6')?.name).toBe('Systems Thinking');
    expect(findItem(ECQ_2025, 'BC.5')?.name).toBe('Strategic Communication');
  });
});

describe('ECQ 2006', () => {
  it('equals POLICY.md §1: 5 ECQs, 22 sub-competencies and 6 fundamentals', () => {
    expect(tableOf(ECQ_2006)).toEqual(POLICY_2006);
    expect(subsOf(ECQ_2006)).toHaveLength(22);
    expect(fundamentalsOf(ECQ_2006).map((f) => f.name)).toEqual([
      'Interpersonal Skills',
      'Oral Communication',
      'Integrity/Honesty',
      'Written Communication',
      'Continual Learning',
      'Public Service Motivation',
    ]);
    expect(fundamentalsOf(ECQ_2006).map((f) => f.code)).toEqual(['FC.1', 'FC.2', 'FC.3', 'FC.4', 'FC.5', 'FC.6']);
  });
});

describe('ECQ May 2025', () => {
  it('has the five May ECQs and, rather than guess, no sub-competencies', () => {
    expect(ecqsOf(ECQ_2025_MAY).map((e) => e.name)).toEqual([
      'Commitment to the Rule of Law and the Principles of the American Founding',
      'Driving Efficiency',
      'Merit and Competence',
      'Leading People',
      'Achieving Results',
    ]);
    expect(subsOf(ECQ_2025_MAY)).toHaveLength(0);
    expect(ECQ_2025_MAY.definitionsNote).toMatch(/omitted/);
  });
});

describe('identifiers', () => {
  it('are deterministic version-5 UUIDs, unique across all built-in models', () => {
    const ids = BUILT_IN_PACKS.flatMap((p) => [p.model.uuid, ...p.model.items.map((i) => i.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(isUuid(id)).toBe(true);
      expect(id[14]).toBe('5');
    }
    expect(findItem(ECQ_2025, 'LC.1')?.id).toBe(uuidV5('model:ecq-2025#LC.1'));
  });

  it('getPack names the field and the known models for an unknown id', () => {
    expect(getPack('ecq-2006').model).toBe(ECQ_2006);
    expect(getPack(ECQ_2025.uuid).model).toBe(ECQ_2025);
    try {
      getPack('ecq-1999');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('UNKNOWN_MODEL');
      expect((error as AppError).field).toBe('model');
      expect((error as AppError).message).toContain('ecq-2025-may');
    }
  });
});
