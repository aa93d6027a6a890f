import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { DEFAULT_NARRATIVE_LIMITS } from '../narrative/narrative-limits';
import { ECQ_2025_PACK } from '../policy/packs';
import { policyFor } from '../policy/policy-for';
import { deriveHiringActionTerms, hasEcqNarratives, type TDeriveHiringActionTermsRequest } from './derive-hiring-action-terms';
import { d } from './testing/qrb-fixtures';

const BASE: TDeriveHiringActionTermsRequest = {
  initiatedOn: '2025-07-01',
  announcementOpensOn: '2025-07-15',
  announcementClosesOn: '2025-08-14',
  applicationMethod: 'traditional_ecq_narrative',
};

function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('deriveHiringActionTerms', () => {
  it.each([
    ['2025-06-30', 'ecq-2006'],
    ['2025-07-01', 'ecq-2025'],
  ])('freezes the pack governing hiring on the initiation date %s: %s (POLICY.md §1)', (initiatedOn, packId) => {
    const terms = deriveHiringActionTerms({ ...BASE, initiatedOn });
    expect(terms.policy.pack.id).toBe(packId);
    expect(terms.policy.frozenOn).toBe(initiatedOn);
    expect(terms.policy.reason).toContain(`${packId} governs hiring on ${initiatedOn}`);
  });

  it('follows the deployment\'s choice between the January and May 2025 models', () => {
    const terms = deriveHiringActionTerms({ ...BASE, policySettings: { alternatives: { 'ecq-2025': 'ecq-2025-may' } } });
    expect(terms.policy.pack.id).toBe('ecq-2025-may');
  });

  it('takes a policyFor answer for the same date, or a stored action\'s frozen policy, and refuses one for another date', () => {
    const answer = policyFor({ process: 'hiring', on: '2025-07-01' });
    expect(deriveHiringActionTerms({ ...BASE, policy: answer }).policy).toEqual({ pack: answer.pack, reason: answer.reason, frozenOn: '2025-07-01' });
    const frozen = { pack: ECQ_2025_PACK, reason: 'stored reason', frozenOn: d('2025-07-01') };
    expect(deriveHiringActionTerms({ ...BASE, policy: frozen }).policy).toBe(frozen);
    const wrong = appErrorOf(() => deriveHiringActionTerms({ ...BASE, policy: policyFor({ process: 'hiring', on: '2025-06-30' }) }));
    expect(wrong).toMatchObject({ code: 'VALIDATION_FAILED', field: 'policy' });
    expect(wrong.message).toContain("needs policyFor('hiring', 2025-07-01)");
    expect(appErrorOf(() => deriveHiringActionTerms({ ...BASE, policy: policyFor({ process: 'appraisal', on: '2025-07-01' }) })).field).toBe('policy');
  });

  it('merges per-action narrative limits over the defaults, and keeps the overrides as stated', () => {
    const terms = deriveHiringActionTerms({ ...BASE, narrativeLimits: { maxPagesPerEcq: 1, maxTotalPages: undefined } });
    expect(terms.narrativeLimits).toEqual({ ...DEFAULT_NARRATIVE_LIMITS, maxPagesPerEcq: 1 });
    expect(terms.narrativeLimitOverrides).toEqual({ maxPagesPerEcq: 1 });
    expect(appErrorOf(() => deriveHiringActionTerms({ ...BASE, narrativeLimits: { maxPagesPerEcq: 20 } })).field).toBe('limits.maxPagesPerEcq');
  });

  it('puts the QRB case due date 90 days after the announcement closed, configurably (POLICY.md §2, medium)', () => {
    expect(deriveHiringActionTerms(BASE).qrbCaseDueOn).toBe('2025-11-12');
    expect(deriveHiringActionTerms({ ...BASE, settings: { caseDueDays: 120 } }).qrbCaseDueOn).toBe('2025-12-12');
  });

  it('refuses an unknown method, an announcement that closes before it opens, and impossible dates, listing problems', () => {
    const error = appErrorOf(() => deriveHiringActionTerms({ ...BASE, applicationMethod: 'essay', announcementClosesOn: '2025-07-01' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.problems.map((p) => p.path)).toEqual(['$.applicationMethod', '$.announcementClosesOn']);
    expect(appErrorOf(() => deriveHiringActionTerms({ ...BASE, initiatedOn: '2025-02-30' }))).toMatchObject({ code: 'INVALID_DATE', field: 'initiatedOn' });
  });

  it('knows which methods carry ECQ narratives (POLICY.md §2, high)', () => {
    expect([hasEcqNarratives('traditional_ecq_narrative'), hasEcqNarratives('accomplishment_record'), hasEcqNarratives('resume_based')]).toEqual([true, true, false]);
  });
});
