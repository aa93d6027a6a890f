import { POSITION_TITLE_MAX_LENGTH } from '@ecq/core';
import { describe, expect, it } from 'vitest';
import { caseDueOnOf, validateHiringActionForm, type THiringActionFormValues } from './hiring-action-form';

const GOOD: THiringActionFormValues = {
  positionTitle: ' Director, Office of Science ',
  announcementNumber: '',
  initiatedOn: '2025-08-01',
  announcementOpensOn: '2026-10-15',
  announcementClosesOn: '2026-11-15',
  applicationMethod: 'traditional_ecq_narrative',
  maxPagesPerEcq: '',
  maxTotalPages: '',
};

describe('the hiring-action form', () => {
  it('sends the request the API takes: trimmed, optional fields left out when blank', () => {
    expect(validateHiringActionForm(GOOD)).toEqual({
      ok: true,
      request: {
        positionTitle: 'Director, Office of Science',
        initiatedOn: '2025-08-01',
        announcementOpensOn: '2026-10-15',
        announcementClosesOn: '2026-11-15',
        applicationMethod: 'traditional_ecq_narrative',
      },
    });
    const withLimits = validateHiringActionForm({ ...GOOD, announcementNumber: 'DOE-SES-27-001', maxPagesPerEcq: ' 1 ', maxTotalPages: '8' });
    expect(withLimits).toMatchObject({ ok: true, request: { announcementNumber: 'DOE-SES-27-001', narrativeLimits: { maxPagesPerEcq: 1, maxTotalPages: 8 } } });
  });

  it('words every problem the schema finds for a person, on its field', () => {
    const result = validateHiringActionForm({
      positionTitle: '  ',
      announcementNumber: 'x'.repeat(61),
      initiatedOn: '2025-02-30',
      announcementOpensOn: '',
      announcementClosesOn: 'soon',
      applicationMethod: '',
      maxPagesPerEcq: 'two',
      maxTotalPages: '0',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        general: [],
        fields: {
          positionTitle: 'Enter the position title.',
          announcementNumber: 'The announcement number must be 60 characters or fewer.',
          initiatedOn: 'Enter the date the hiring action was initiated, for example 08/01/2025.',
          announcementOpensOn: 'Enter the date the announcement opens, for example 08/01/2025.',
          announcementClosesOn: 'Enter the date the announcement closes, for example 08/01/2025.',
          applicationMethod: 'Choose how candidates apply.',
          'narrativeLimits.maxPagesPerEcq': 'Enter the most pages per ECQ as a number above 0, or leave it blank for the default.',
          'narrativeLimits.maxTotalPages': 'Enter the most pages in total as a number above 0, or leave it blank for the default.',
        },
      },
    });
    const long = validateHiringActionForm({ ...GOOD, positionTitle: 'x'.repeat(POSITION_TITLE_MAX_LENGTH + 1) });
    expect(long).toMatchObject({ ok: false, errors: { fields: { positionTitle: 'The position title must be 200 characters or fewer.' } } });
  });

  it('puts the QRB due date the set number of days after the announcement closes, once the date is real', () => {
    expect(caseDueOnOf('2026-11-15', 90)).toBe('2027-02-13');
    expect(caseDueOnOf('2024-12-31', 60)).toBe('2025-03-01');
    expect(caseDueOnOf('2026-02-30', 90)).toBeUndefined();
    expect(caseDueOnOf('', 90)).toBeUndefined();
  });
});
