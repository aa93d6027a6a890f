import { describe, expect, it } from 'vitest';
import { deriveBoardDecision, type TDeriveBoardDecisionRequest } from './derive-board-decision';
import { ECQS_2025, review } from './testing/qrb-fixtures';

const MEMBERS = ['m1', 'm2', 'm3'];
const decide = (request: Partial<TDeriveBoardDecisionRequest>) =>
  deriveBoardDecision({ ecqs: ECQS_2025, memberIds: MEMBERS, reviews: [], ...request });
const problemsOf = (result: ReturnType<typeof deriveBoardDecision>) => (result.ok ? [] : result.problems);

describe('deriveBoardDecision: unanimous rule (default; POLICY.md §2, medium)', () => {
  it('approves when every member finds every ECQ met', () => {
    const result = decide({ reviews: MEMBERS.map((m) => review(m)) });
    expect(result).toMatchObject({ ok: true, outcome: 'approved', rule: 'unanimous', recommendations: { approve: 3, disapprove: 0 }, warnings: [] });
    expect(result.ok && result.ecqs.map((e) => [e.ecqCode, e.isMet, e.meets, e.doesNotMeet])).toEqual(ECQS_2025.map((e) => [e.code, true, 3, 0]));
    expect(result.ok && result.source).toMatchObject({ policyRef: 'POLICY.md §2', confidence: 'medium' });
  });

  it('disapproves when one member finds one ECQ lacking, carrying that member\'s remarks', () => {
    const result = decide({ reviews: [review('m1', ['DR'], 'No measurable results.'), review('m2'), review('m3')], boardRemarks: { general: 'Strong otherwise.' } });
    expect(result.ok && result.outcome).toBe('disapproved');
    expect(result.ok && result.ecqs.find((e) => e.ecqCode === 'DR')).toEqual({ ecqCode: 'DR', ecqName: 'Driving Results', isMet: false, meets: 2, doesNotMeet: 1, remarks: 'No measurable results.' });
    expect(result.ok && result.generalRemarks).toBe('Strong otherwise.');
  });

  it('prefers the board\'s own remarks on an ECQ over its members\'', () => {
    const result = decide({ reviews: [review('m1', ['DR'], 'Member note.'), review('m2'), review('m3')], boardRemarks: { general: 'G.', byEcq: { DR: 'Board consensus.' } } });
    expect(result.ok && result.ecqs.find((e) => e.ecqCode === 'DR')?.remarks).toBe('Board consensus.');
  });

  it('refuses to finalise a disapproval without remarks on each ECQ found lacking, listing those ECQs', () => {
    const result = decide({ reviews: [review('m1', ['LC', 'DR', 'BC'], ''), review('m2', ['BC'], 'Coalitions thin.'), review('m3')] });
    expect(problemsOf(result)).toEqual([
      {
        code: 'remarks-missing',
        ecqCodes: ['LC', 'DR'],
        memberIds: [],
        message: 'A disapproval needs remarks on each ECQ found lacking; write them for Leading Change (LC), Driving Results (DR).',
      },
    ]);
    const explained = decide({ reviews: [review('m1', ['LC', 'DR', 'BC'], ''), review('m2', ['BC'], 'Coalitions thin.'), review('m3')], boardRemarks: { byEcq: { LC: 'x', DR: 'y' } } });
    expect(explained.ok && explained.outcome).toBe('disapproved');
    expect(explained.ok && explained.warnings.map((w) => w.code)).toEqual(['general-remarks-missing']);
  });
});

describe('deriveBoardDecision: majority rule (configurable)', () => {
  const settings = { decisionRule: 'majority' } as const;

  it('approves when more than half find each ECQ met, though one member dissents', () => {
    const result = decide({ reviews: [review('m1', ['DR'], 'Thin.'), review('m2'), review('m3')], settings });
    expect(result).toMatchObject({ ok: true, outcome: 'approved', rule: 'majority', recommendations: { approve: 2, disapprove: 1 } });
    expect(result.ok && result.ecqs.find((e) => e.ecqCode === 'DR')).toMatchObject({ isMet: true, meets: 2, doesNotMeet: 1, remarks: '' });
  });

  it('disapproves when a majority finds an ECQ lacking', () => {
    const result = decide({ reviews: [review('m1', ['DR'], 'Thin.'), review('m2', ['DR'], 'No numbers.'), review('m3')], settings });
    expect(result.ok && result.outcome).toBe('disapproved');
    expect(result.ok && result.ecqs.find((e) => e.ecqCode === 'DR')?.remarks).toBe('Thin.\n\nNo numbers.');
  });

  it('needs more than half: a tie on a board of four is not a majority', () => {
    const members = ['m1', 'm2', 'm3', 'm4'];
    const result = deriveBoardDecision({ ecqs: ECQS_2025, memberIds: members, reviews: [review('m1', ['LC'], 'a'), review('m2', ['LC'], 'b'), review('m3'), review('m4')], settings });
    expect(result.ok && result.outcome).toBe('disapproved');
  });
});

describe('deriveBoardDecision: incomplete or inconsistent reviews', () => {
  it('lists every problem: missing reviews and findings, strangers, duplicates, unknown ECQs, contradictory recommendations', () => {
    const partial = { ...review('m1'), findings: review('m1').findings.filter((f) => f.ecqCode !== 'BC') };
    const contradictory = { ...review('m2', ['LC'], 'x'), recommendation: 'approve' as const };
    const stranger = review('m9');
    const odd = { ...review('m3'), findings: [...review('m3').findings, { ecqCode: 'ZZ', finding: 'meets' as const, remarks: '' }, review('m3').findings[0]!] };
    const result = decide({ reviews: [partial, contradictory, stranger, odd, review('m3')] });
    expect(problemsOf(result).map((p) => [p.code, p.memberIds, p.ecqCodes])).toEqual([
      ['not-a-member', ['m9'], []],
      ['review-duplicate', ['m3'], []],
      ['finding-missing', ['m1'], ['BC']],
      ['recommendation-inconsistent', ['m2'], ['LC']],
      ['unknown-ecq', ['m3'], ['ZZ']],
      ['finding-duplicate', ['m3'], ['LC']],
    ]);
  });

  it('waits for every member, and refuses a disapproval recommendation with every ECQ met', () => {
    expect(problemsOf(decide({ reviews: [review('m1')] })).map((p) => p.message)).toEqual(['Waiting for the review of m2, m3.']);
    const named = decide({ reviews: [{ ...review('m1'), recommendation: 'disapprove' }], memberNames: { m1: 'Ana Ruiz', m2: 'Bo Chen' } });
    expect(problemsOf(named).map((p) => p.message)).toEqual([
      'Waiting for the review of Bo Chen, m3.',
      'Ana Ruiz recommends disapproval but finds every ECQ met; name the ECQs found lacking.',
    ]);
    const result = decide({ reviews: [{ ...review('m1'), recommendation: 'disapprove' }, review('m2'), review('m3')] });
    expect(problemsOf(result).map((p) => p.code)).toEqual(['recommendation-inconsistent']);
  });
});
