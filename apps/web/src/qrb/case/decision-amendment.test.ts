import { describe, expect, it } from 'vitest';
import { buildAmendment, buildHold } from './decision-amendment';

const DECISION = {
  generalRemarks: 'Leadership is evident.',
  ecqs: [
    { ecqCode: 'LC', ecqName: 'Leading Change', remarks: '' },
    { ecqCode: 'DR', ecqName: 'Driving Results', remarks: 'Team scope, not executive scope.' },
  ],
};

describe('amending a decision', () => {
  it('sends the reason and only the remarks that change', () => {
    const values = { reason: ' Wrong example named. ', generalRemarks: DECISION.generalRemarks, ecqRemarks: { LC: '', DR: 'Example 2 shows team scope.' } };
    expect(buildAmendment(7, DECISION, values)).toEqual({
      ok: true,
      request: { version: 7, reason: 'Wrong example named.', ecqRemarks: { DR: 'Example 2 shows team scope.' } },
    });
    expect(buildAmendment(7, DECISION, { ...values, generalRemarks: 'Corrected.', ecqRemarks: {} })).toEqual({
      ok: true,
      request: { version: 7, reason: 'Wrong example named.', generalRemarks: 'Corrected.' },
    });
  });

  it('asks for a reason and for something to correct', () => {
    expect(buildAmendment(7, DECISION, { reason: ' ', generalRemarks: DECISION.generalRemarks, ecqRemarks: {} })).toEqual({
      ok: false,
      errors: { fields: { reason: 'Say why the remarks are corrected.' }, general: ['Nothing to correct: change the general remarks or an ECQ’s remarks.'] },
    });
    expect(buildAmendment(7, DECISION, { reason: 'Fix', generalRemarks: 'x'.repeat(10_001), ecqRemarks: { DR: 'y'.repeat(10_001) } })).toEqual({
      ok: false,
      errors: {
        fields: { generalRemarks: 'The general remarks must be 10,000 characters or fewer.', 'ecq.DR': 'The remarks must be 10,000 characters or fewer.' },
        general: [],
      },
    });
  });

  it('asks why a case is held', () => {
    expect(buildHold(3, ' Waiting for a corrected certificate. ')).toEqual({ ok: true, request: { version: 3, note: 'Waiting for a corrected certificate.' } });
    expect(buildHold(3, '  ')).toEqual({ ok: false, error: 'Say why the case is held.' });
    expect(buildHold(3, 'x'.repeat(2001))).toEqual({ ok: false, error: 'The note must be 2,000 characters or fewer.' });
  });
});
