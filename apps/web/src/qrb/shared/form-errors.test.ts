import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-client';
import { formErrorsOf, hasErrors, inputIdOf, schemaErrorsOf, summaryOf } from './form-errors';

const FIELDS = ['announcementClosesOn', 'certification.certifiedOn', 'positionTitle'] as const;

describe('form errors from the API', () => {
  it('puts each problem on its field, whichever way the API names it, and the rest above the form', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'announcementClosesOn: the announcement cannot close (2026-01-01) before it opens (2026-02-01)',
      field: 'announcementClosesOn',
      problems: [
        { path: '$.announcementClosesOn', message: 'announcementClosesOn: the announcement cannot close (2026-01-01) before it opens (2026-02-01)' },
        { path: 'certification.certifiedOn', message: 'certification.certifiedOn: the appointing authority cannot have certified the candidate in the future' },
        { path: '$.status', message: 'the case is submitted' },
      ],
    });
    expect(formErrorsOf(error, FIELDS, 'Not saved.')).toEqual({
      fields: {
        announcementClosesOn: 'The announcement cannot close (2026-01-01) before it opens (2026-02-01).',
        'certification.certifiedOn': 'The appointing authority cannot have certified the candidate in the future.',
      },
      general: ['The case is submitted.'],
    });
  });

  it('keeps every problem of a field, reading `$.memberIds` and `memberIds` alike, and maps the API’s names to the form’s', () => {
    const error = new ApiError({
      status: 422,
      code: 'VALIDATION_FAILED',
      message: 'memberIds: the board cannot be assembled: …',
      field: 'memberIds',
      problems: [
        { path: '$.memberIds', message: 'A board has 3 members; this one has 2.' },
        { path: 'memberIds', message: 'more than half of a board’s members must be career SES' },
      ],
    });
    const errors = formErrorsOf<'convenesOn' | 'members'>(error, (field) => (field === 'memberIds' ? 'members' : undefined));
    expect(errors).toEqual({ fields: { members: 'A board has 3 members; this one has 2. More than half of a board’s members must be career SES.' }, general: [] });
    expect(summaryOf(errors, ['convenesOn', 'members'], (field) => `input-${field}`)).toEqual([{ message: errors.fields.members, inputId: 'input-members' }]);
  });

  it('says what failed when no field of the form is named, without the field’s prefix, and something for a failure that is not the API’s', () => {
    const stale = new ApiError({ status: 409, code: 'CONFLICT', message: 'version: the QRB member is at version 3, not 2', field: 'version' });
    expect(formErrorsOf(stale, () => undefined)).toEqual({ fields: {}, general: ['The QRB member is at version 3, not 2.'] });
    const conflict = new ApiError({ status: 409, code: 'CONFLICT', message: 'version: the QRB case is at version 3, not 2' });
    expect(formErrorsOf(conflict, FIELDS, 'Not saved.')).toEqual({ fields: {}, general: ['Version: the QRB case is at version 3, not 2.'] });
    expect(formErrorsOf(new Error('boom'), FIELDS, 'Not saved.')).toEqual({ fields: {}, general: ['Not saved.'] });
    expect(formErrorsOf(new Error('boom'), FIELDS)).toEqual({ fields: {}, general: ['The request could not be sent. Try again.'] });
  });

  it('links each summary entry to its input, in the form’s order', () => {
    expect(inputIdOf('edit', 'certification.certifiedOn')).toBe('edit-certification-certifiedOn');
    const errors = { fields: { positionTitle: 'Enter it.', announcementClosesOn: 'Too early.' }, general: ['Other.'] };
    expect(summaryOf(errors, FIELDS, (field) => inputIdOf('action', field))).toEqual([
      { message: 'Too early.', inputId: 'action-announcementClosesOn' },
      { message: 'Enter it.', inputId: 'action-positionTitle' },
      { message: 'Other.' },
    ]);
    expect(summaryOf({ fields: { positionTitle: 'Enter it.' }, general: [] }, FIELDS)).toEqual([{ message: 'Enter it.', inputId: 'positionTitle' }]);
  });

  it('knows whether a form has errors', () => {
    expect(hasErrors({ fields: {}, general: [] })).toBe(false);
    expect(hasErrors({ fields: { positionTitle: 'Enter it.' }, general: [] })).toBe(true);
    expect(hasErrors({ fields: {}, general: ['Other.'] })).toBe(true);
  });

  it('words a schema’s complaints for a person, once per field, and keeps those about no field of the form', () => {
    const messages = { positionTitle: () => 'Enter the position title.', announcementClosesOn: () => 'Enter the date.', 'certification.certifiedOn': () => 'Enter the day.' };
    const issues = [
      { path: ['positionTitle'], message: 'Too small: expected string to have >=1 characters' },
      { path: ['positionTitle'], message: 'Invalid string' },
      { path: ['certification', 'certifiedOn'], message: 'Invalid ISO date' },
      { path: ['narrativeLimits'], message: 'Invalid input' },
    ];
    expect(schemaErrorsOf(issues, { fields: FIELDS, messages, values: {} })).toEqual({
      fields: { positionTitle: 'Enter the position title.', 'certification.certifiedOn': 'Enter the day.' },
      general: ['narrativeLimits: Invalid input'],
    });
  });
});
