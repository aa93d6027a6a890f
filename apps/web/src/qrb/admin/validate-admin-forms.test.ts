import { DEFAULT_QRB_SETTINGS, QRB_NOTE_MAX_LENGTH } from '@ecq/core';
import { describe, expect, it } from 'vitest';
import {
  settingsFormValuesOf,
  validateBoardForm,
  validateMemberEdit,
  validateMemberForm,
  validateSettingsForm,
  validateTransitionForm,
} from './validate-admin-forms';

const USER = '5d1c7a7e-3b5f-4c57-9b3e-2f6b8f0c1a01';
const MEMBER = '5d1c7a7e-3b5f-4c57-9b3e-2f6b8f0c1a02';

describe('the OPM forms check what the API checks', () => {
  it('asks who joins the roster and on which appointment', () => {
    expect(validateMemberForm({ userId: '', appointment: '', hasPriorQrbService: false }).errors?.fields).toEqual({
      userId: 'Choose the person to add to the roster.',
      appointment: 'Choose whether the member is a career or a noncareer SES member.',
    });
    expect(validateMemberForm({ userId: USER, appointment: 'career', hasPriorQrbService: true })).toEqual({
      body: { userId: USER, appointment: 'career', hasPriorQrbService: true },
    });
  });

  it('sends only what changed about a member, with the version read', () => {
    const current = { version: 4, appointment: 'career' as const, hasPriorQrbService: false, isActive: true };
    expect(validateMemberEdit(current, { appointment: 'career', hasPriorQrbService: false, isActive: true }).errors?.general).toEqual([
      'Nothing to save: change the appointment, the prior service or whether the member is active.',
    ]);
    expect(validateMemberEdit(current, { appointment: 'noncareer', hasPriorQrbService: false, isActive: false })).toEqual({
      body: { version: 4, appointment: 'noncareer', isActive: false },
    });
  });

  it('asks for a day and members for a board, and trims its label away when empty', () => {
    expect(validateBoardForm({ convenesOn: '', label: '', memberIds: [] }).errors?.fields).toEqual({
      convenesOn: 'Enter the day the board convenes.',
      memberIds: 'Choose the board’s members.',
    });
    expect(validateBoardForm({ convenesOn: '2026-02-30', label: 'x'.repeat(201), memberIds: [MEMBER] }).errors?.fields).toEqual({
      convenesOn: 'Enter the day the board convenes as a real date.',
      label: 'The label must be 200 characters or fewer.',
    });
    expect(validateBoardForm({ convenesOn: '2026-12-04', label: '  ', memberIds: [MEMBER] })).toEqual({ body: { convenesOn: '2026-12-04', memberIds: [MEMBER] } });
  });

  it('records a transition once it has started, with a note', () => {
    const today = '2026-12-04';
    expect(validateTransitionForm({ agencyId: '', startedOn: '2026-12-05', note: ' ' }, today).errors?.fields).toEqual({
      agencyId: 'Choose the agency whose head is changing.',
      startedOn: 'A transition is recorded once it has started: choose today or an earlier day.',
      note: 'Write a note: who is leaving, who acts meanwhile, or where the change was announced.',
    });
    expect(validateTransitionForm({ agencyId: USER, startedOn: today, note: 'x'.repeat(QRB_NOTE_MAX_LENGTH + 1) }, today).errors?.fields).toEqual({
      note: 'The note must be 2,000 characters or fewer.',
    });
    expect(validateTransitionForm({ agencyId: USER, startedOn: '', note: ' Secretary leaves ' }, today)).toEqual({ body: { agencyId: USER, note: 'Secretary leaves' } });
  });

  it('sends only the settings changed, refuses numbers out of range and an agency minimum above the board size', () => {
    const current = { version: 2, settings: DEFAULT_QRB_SETTINGS };
    const values = settingsFormValuesOf(DEFAULT_QRB_SETTINGS);
    expect(validateSettingsForm(current, values).errors?.general).toEqual(['Nothing to save: no setting was changed.']);
    expect(validateSettingsForm(current, { ...values, decisionRule: 'majority' })).toEqual({ body: { version: 2, decisionRule: 'majority' } });
    expect(validateSettingsForm(current, { ...values, caseDueDays: '0', boardSize: 'three' }).errors?.fields).toEqual({
      caseDueDays: 'Enter a whole number of days from 1 to 3,650.',
      boardSize: 'Enter a whole number of members from 1 to 15.',
    });
    expect(validateSettingsForm(current, { ...values, minBoardAgencies: '4' }).errors?.fields).toEqual({
      minBoardAgencies: 'The agencies a board draws from cannot outnumber its members: make it no more than the board size.',
    });
    // Both at once: a bad number does not hide the agency minimum, which is checked against the current board size.
    expect(validateSettingsForm(current, { ...values, caseDueDays: 'ninety', minBoardAgencies: '4' }).errors?.fields).toEqual({
      caseDueDays: 'Enter a whole number of days from 1 to 3,650.',
      minBoardAgencies: 'The agencies a board draws from cannot outnumber its members: make it no more than the board size.',
    });
    expect(validateSettingsForm(current, { ...values, boardSize: '5', minBoardAgencies: '4' })).toEqual({ body: { version: 2, boardSize: 5, minBoardAgencies: 4 } });
  });
});
