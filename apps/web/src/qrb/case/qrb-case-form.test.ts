import { describe, expect, it } from 'vitest';
import { buildCaseUpdate, validateCreateCaseForm, type TEditableCase, type TQrbCaseFormValues } from './qrb-case-form';

const ACTION_ID = '0a6a4c9e-3f0c-4c38-9d6b-1f2a3b4c5d6e';
const BLANK: TQrbCaseFormValues = {
  candidateName: '',
  candidateEmail: '',
  basis: '',
  cdpProgram: '',
  uniqueQualifications: '',
  certifiedBy: '',
  certifiedOn: '',
};

describe('the case form', () => {
  it('builds a case with only the evidence its basis needs', () => {
    const values = { ...BLANK, candidateName: ' Pat Lee ', basis: 'B', cdpProgram: 'DOE SES CDP 2025', uniqueQualifications: 'left over from C' };
    expect(validateCreateCaseForm(ACTION_ID, values)).toEqual({
      ok: true,
      request: { hiringActionId: ACTION_ID, candidateName: 'Pat Lee', basis: 'B', cdpProgram: 'DOE SES CDP 2025' },
    });
    const withAccount = validateCreateCaseForm(ACTION_ID, {
      ...BLANK,
      candidateName: 'Pat Lee',
      candidateEmail: ' candidate@ecq.example ',
      basis: 'C',
      uniqueQualifications: 'A rare blend of skills.',
      certifiedBy: 'Jordan Smith, Deputy Secretary',
      certifiedOn: '2026-12-01',
    });
    expect(withAccount).toEqual({
      ok: true,
      request: {
        hiringActionId: ACTION_ID,
        candidateName: 'Pat Lee',
        candidateEmail: 'candidate@ecq.example',
        basis: 'C',
        uniqueQualifications: 'A rare blend of skills.',
        certification: { certifiedBy: 'Jordan Smith, Deputy Secretary', certifiedOn: '2026-12-01' },
      },
    });
  });

  it('words every problem for a person, and asks for both halves of a certification', () => {
    expect(validateCreateCaseForm(ACTION_ID, { ...BLANK, candidateEmail: 'not an email', certifiedOn: '2026-12-01' })).toEqual({
      ok: false,
      errors: {
        general: [],
        fields: {
          candidateName: 'Enter the candidate’s name.',
          candidateEmail: 'Enter the candidate’s email address, like name@agency.gov, or leave it blank.',
          basis: 'Choose the basis the case rests on.',
          'certification.certifiedBy':
            'Enter the name and title of the appointing authority who certified the candidate, or leave both certification fields blank.',
        },
      },
    });
    expect(validateCreateCaseForm(ACTION_ID, { ...BLANK, candidateName: 'Pat', basis: 'A', certifiedBy: 'Jordan Smith', certifiedOn: '12/01/2026' })).toMatchObject({
      ok: false,
      errors: { fields: { 'certification.certifiedOn': 'Enter the date the candidate was certified, for example 12/01/2026, or leave both certification fields blank.' } },
    });
  });
});

describe('the case edit form', () => {
  const current: TEditableCase = {
    version: 4,
    status: 'draft',
    candidateName: 'Pat Lee',
    candidateEmail: 'candidate@ecq.example',
    basis: 'B',
    evidence: { cdpProgram: 'DOE CDP', uniqueQualifications: null, certification: { certifiedBy: 'Jordan Smith', certifiedOn: '2026-12-01' } },
  };
  const asIs: TQrbCaseFormValues = {
    ...BLANK,
    candidateName: 'Pat Lee',
    candidateEmail: 'candidate@ecq.example',
    basis: 'B',
    cdpProgram: 'DOE CDP',
    certifiedBy: 'Jordan Smith',
    certifiedOn: '2026-12-01',
  };

  it('sends only what changed, with the version read; blank clears', () => {
    expect(buildCaseUpdate(current, asIs)).toEqual({ ok: false, errors: { fields: {}, general: ['Nothing has changed: change a field, then save.'] } });
    expect(buildCaseUpdate(current, { ...asIs, candidateEmail: ' candidate@ecq.example ' })).toMatchObject({ ok: false });
    expect(buildCaseUpdate(current, { ...asIs, cdpProgram: ' ', certifiedBy: '', certifiedOn: '' })).toEqual({
      ok: true,
      request: { version: 4, cdpProgram: null, certification: null },
    });
    expect(buildCaseUpdate(current, { ...asIs, basis: 'C', uniqueQualifications: 'Rare skills.' })).toEqual({
      ok: true,
      request: { version: 4, basis: 'C', uniqueQualifications: 'Rare skills.' },
    });
  });

  it('shows the linked account’s email: clearing it unlinks the account, another email links that one', () => {
    expect(buildCaseUpdate(current, { ...asIs, candidateName: 'Pat Q. Lee', certifiedOn: '2026-12-02', candidateEmail: '' })).toEqual({
      ok: true,
      request: { version: 4, candidateName: 'Pat Q. Lee', candidateEmail: null, certification: { certifiedBy: 'Jordan Smith', certifiedOn: '2026-12-02' } },
    });
    expect(buildCaseUpdate(current, { ...asIs, candidateEmail: ' pat@ecq.example ' })).toEqual({ ok: true, request: { version: 4, candidateEmail: 'pat@ecq.example' } });
    const unlinked = { ...current, candidateEmail: null };
    expect(buildCaseUpdate(unlinked, { ...asIs, candidateEmail: '' })).toMatchObject({ ok: false, errors: { general: ['Nothing has changed: change a field, then save.'] } });
    expect(buildCaseUpdate(unlinked, asIs)).toEqual({ ok: true, request: { version: 4, candidateEmail: 'candidate@ecq.example' } });
    expect(buildCaseUpdate(current, { ...asIs, candidateEmail: 'not an email' })).toMatchObject({
      ok: false,
      errors: { fields: { candidateEmail: 'Enter the candidate’s email address, like name@agency.gov, or leave it blank.' } },
    });
  });

  it('keeps the basis of a returned case, and checks what it sends', () => {
    const returned = { ...current, status: 'decided' };
    expect(buildCaseUpdate(returned, { ...asIs, basis: 'A', cdpProgram: 'DOE CDP 2' })).toEqual({ ok: true, request: { version: 4, cdpProgram: 'DOE CDP 2' } });
    expect(buildCaseUpdate(current, { ...asIs, certifiedBy: '' })).toMatchObject({
      ok: false,
      errors: { fields: { 'certification.certifiedBy': expect.stringContaining('appointing authority') } },
    });
  });
});
