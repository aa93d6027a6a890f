import { describe, expect, it } from 'vitest';
import { draftOf, recommendationMismatch, reviewFieldOf, validateDecisionForm, validateReviewForm, type TReviewDraft } from './review-form-model';

const ECQS = [
  { code: 'LC', name: 'Leading Change' },
  { code: 'LP', name: 'Leading People' },
];

function draft(lc: TReviewDraft['findings'][string], lp: TReviewDraft['findings'][string], recommendation: TReviewDraft['recommendation']): TReviewDraft {
  return { findings: { LC: lc, LP: lp }, recommendation };
}

describe('a member’s review form', () => {
  it('starts from the saved review, or from nothing', () => {
    expect(draftOf(ECQS, null)).toEqual(draft({ finding: undefined, remarks: '' }, { finding: undefined, remarks: '' }, undefined));
    const mine = {
      memberId: 'm',
      memberName: 'M',
      agencyName: null,
      recommendation: 'disapprove' as const,
      findings: [{ ecqCode: 'LP', finding: 'does_not_meet' as const, remarks: 'Team scope.' }],
      updatedAt: '2026-12-04T15:00:00.000Z',
      version: 2,
    };
    expect(draftOf(ECQS, mine)).toEqual(draft({ finding: undefined, remarks: '' }, { finding: 'does_not_meet', remarks: 'Team scope.' }, 'disapprove'));
  });

  it('asks for a finding on every ECQ, remarks where one is not met, and a recommendation', () => {
    const checked = validateReviewForm(ECQS, draft({ finding: undefined, remarks: '' }, { finding: 'does_not_meet', remarks: '  ' }, undefined), 0);
    expect(checked.errors?.fields).toEqual({
      'finding-LC': 'Choose whether the package meets Leading Change.',
      'remarks-LP': 'Write remarks on Leading People: say what the package lacks. They are required when you find an ECQ not met.',
      recommendation: 'Choose your recommendation: approve or disapprove.',
    });
    expect(validateReviewForm(ECQS, draft({ finding: 'meets', remarks: '' }, { finding: 'does_not_meet', remarks: ' Team scope. ' }, 'disapprove'), 3)).toEqual({
      body: {
        version: 3,
        recommendation: 'disapprove',
        findings: [
          { ecqCode: 'LC', finding: 'meets', remarks: '' },
          { ecqCode: 'LP', finding: 'does_not_meet', remarks: 'Team scope.' },
        ],
      },
    });
  });

  it('warns when the recommendation disagrees with the findings, and only then', () => {
    expect(recommendationMismatch(ECQS, draft({ finding: 'meets', remarks: '' }, { finding: 'does_not_meet', remarks: 'x' }, 'approve'))).toMatch(
      /^You recommend approval but find Leading People not met/,
    );
    expect(recommendationMismatch(ECQS, draft({ finding: 'meets', remarks: '' }, { finding: 'meets', remarks: '' }, 'disapprove'))).toMatch(
      /^You recommend disapproval but find every ECQ met/,
    );
    // Not yet complete: no verdict on a disapproval.
    expect(recommendationMismatch(ECQS, draft({ finding: 'meets', remarks: '' }, { finding: undefined, remarks: '' }, 'disapprove'))).toBeUndefined();
    expect(recommendationMismatch(ECQS, draft({ finding: 'meets', remarks: '' }, { finding: 'does_not_meet', remarks: 'x' }, 'disapprove'))).toBeUndefined();
  });

  it('places the API’s problems on the ECQ they concern', () => {
    expect(reviewFieldOf(ECQS, 'findings[1].remarks')).toBe('remarks-LP');
    expect(reviewFieldOf(ECQS, 'findings[0].ecqCode')).toBe('finding-LC');
    expect(reviewFieldOf(ECQS, 'findings[5].finding')).toBeUndefined();
    expect(reviewFieldOf(ECQS, 'recommendation')).toBe('recommendation');
    expect(reviewFieldOf(ECQS, 'version')).toBeUndefined();
  });
});

describe('the decision form', () => {
  it('sends only the remarks written, trimmed, with the case version', () => {
    expect(validateDecisionForm(ECQS, { generalRemarks: '  ', ecqRemarks: { LC: '', LP: ' Scope. ' } }, 7)).toEqual({ body: { version: 7, ecqRemarks: { LP: 'Scope.' } } });
    expect(validateDecisionForm(ECQS, { generalRemarks: 'x'.repeat(10_001), ecqRemarks: {} }, 7).errors?.fields).toEqual({
      generalRemarks: 'The general remarks must be 10,000 characters or fewer.',
    });
  });
});
