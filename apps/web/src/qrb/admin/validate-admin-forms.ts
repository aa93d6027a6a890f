import {
  AppError,
  QRB_BOARD_MEMBERS_MAX,
  QRB_NOTE_MAX_LENGTH,
  QRB_SETTING_DAYS_MAX,
  QRB_SHORT_TEXT_MAX_LENGTH,
  resolveQrbSettings,
  ZCreateQrbBoardRequest,
  ZCreateQrbMemberRequest,
  ZStartAgencyHeadTransitionRequest,
  ZUpdateQrbMemberRequest,
  ZUpdateQrbSettingsRequest,
  type TQrbSettings,
} from '@ecq/core';
import type { TCreateQrbMemberBody, TUpdateQrbMemberBody, TUpdateQrbSettingsBody } from '../../api/qrb-admin-queries';
import type { TQrbDeadlineEnforcement, TQrbDecisionRule, TSesAppointmentType } from '../../api/qrb-wire-types';
import type { TFormErrors } from '../shared/form-errors';

/**
 * The OPM forms' own checks before anything is sent, with the schemas the API validates the request with
 * (core ZCreateQrbMemberRequest, ZCreateQrbBoardRequest, ZStartAgencyHeadTransitionRequest,
 * ZUpdateQrbSettingsRequest …), worded for a person. Each returns the request body when it passes.
 */
export type TValidated<B, F extends string> = { readonly body: B; readonly errors?: undefined } | { readonly body?: undefined; readonly errors: TFormErrors<F> };

/** The top-level fields a zod result refuses. */
function refusedFields(result: { readonly success: boolean; readonly error?: { readonly issues: readonly { readonly path: readonly PropertyKey[] }[] } | undefined }): Set<string> {
  return new Set((result.error?.issues ?? []).map((issue) => String(issue.path[0] ?? '')));
}

function outcome<B, F extends string>(body: B, fields: Partial<Record<F, string>>): TValidated<B, F> {
  return Object.keys(fields).length === 0 ? { body } : { errors: { fields, general: [] } };
}

export const MEMBER_FORM_FIELDS = ['userId', 'appointment', 'hasPriorQrbService'] as const;
export type TMemberFormField = (typeof MEMBER_FORM_FIELDS)[number];

/** A new roster member (POST /api/qrb/members): a person and their appointment, both chosen. */
export function validateMemberForm(values: { readonly userId: string; readonly appointment: string; readonly hasPriorQrbService: boolean }): TValidated<TCreateQrbMemberBody, TMemberFormField> {
  const result = ZCreateQrbMemberRequest.safeParse(values);
  const refused = refusedFields(result);
  const fields: Partial<Record<TMemberFormField, string>> = {};
  if (refused.has('userId')) fields.userId = 'Choose the person to add to the roster.';
  if (refused.has('appointment')) fields.appointment = 'Choose whether the member is a career or a noncareer SES member.';
  return outcome({ userId: values.userId, appointment: values.appointment as TSesAppointmentType, hasPriorQrbService: values.hasPriorQrbService }, fields);
}

export const MEMBER_EDIT_FIELDS = ['appointment', 'hasPriorQrbService', 'isActive'] as const;
export type TMemberEditField = (typeof MEMBER_EDIT_FIELDS)[number];

/** Only what changed is sent; nothing changed is said, not sent. */
export function validateMemberEdit(
  current: { readonly version: number; readonly appointment: TSesAppointmentType; readonly hasPriorQrbService: boolean; readonly isActive: boolean },
  values: { readonly appointment: string; readonly hasPriorQrbService: boolean; readonly isActive: boolean },
): TValidated<TUpdateQrbMemberBody, TMemberEditField> {
  const body = {
    version: current.version,
    ...(values.appointment === current.appointment ? {} : { appointment: values.appointment as TSesAppointmentType }),
    ...(values.hasPriorQrbService === current.hasPriorQrbService ? {} : { hasPriorQrbService: values.hasPriorQrbService }),
    ...(values.isActive === current.isActive ? {} : { isActive: values.isActive }),
  };
  const fields: Partial<Record<TMemberEditField, string>> = {};
  if (refusedFields(ZUpdateQrbMemberRequest.safeParse(body)).has('appointment')) fields.appointment = 'Choose career or noncareer SES.';
  if (Object.keys(fields).length === 0 && Object.keys(body).length === 1) {
    return { errors: { fields: {}, general: ['Nothing to save: change the appointment, the prior service or whether the member is active.'] } };
  }
  return outcome(body, fields);
}

export const BOARD_FORM_FIELDS = ['convenesOn', 'label', 'memberIds'] as const;
export type TBoardFormField = (typeof BOARD_FORM_FIELDS)[number];

/** A new board (POST /api/qrb/boards): the day it convenes as a real date, an optional label and its members. */
export function validateBoardForm(values: {
  readonly convenesOn: string;
  readonly label: string;
  readonly memberIds: readonly string[];
}): TValidated<{ readonly convenesOn: string; readonly memberIds: readonly string[]; readonly label?: string }, TBoardFormField> {
  const label = values.label.trim();
  const body = { convenesOn: values.convenesOn, memberIds: [...values.memberIds], ...(label === '' ? {} : { label }) };
  const refused = refusedFields(ZCreateQrbBoardRequest.safeParse(body));
  const fields: Partial<Record<TBoardFormField, string>> = {};
  if (refused.has('convenesOn')) fields.convenesOn = values.convenesOn === '' ? 'Enter the day the board convenes.' : 'Enter the day the board convenes as a real date.';
  if (refused.has('label')) fields.label = `The label must be ${QRB_SHORT_TEXT_MAX_LENGTH} characters or fewer.`;
  if (refused.has('memberIds')) {
    fields.memberIds = values.memberIds.length === 0 ? 'Choose the board’s members.' : `A board names at most ${QRB_BOARD_MEMBERS_MAX} members.`;
  }
  return outcome(body, fields);
}

export const TRANSITION_FORM_FIELDS = ['agencyId', 'startedOn', 'note'] as const;
export type TTransitionFormField = (typeof TRANSITION_FORM_FIELDS)[number];

/** An agency-head transition (POST /api/qrb/agency-head-transitions): the agency, a day not after `today`, and a note. */
export function validateTransitionForm(
  values: { readonly agencyId: string; readonly startedOn: string; readonly note: string },
  today: string,
): TValidated<{ readonly agencyId: string; readonly note: string; readonly startedOn?: string }, TTransitionFormField> {
  const note = values.note.trim();
  const body = { agencyId: values.agencyId, note, ...(values.startedOn === '' ? {} : { startedOn: values.startedOn }) };
  const refused = refusedFields(ZStartAgencyHeadTransitionRequest.safeParse(body));
  const fields: Partial<Record<TTransitionFormField, string>> = {};
  if (refused.has('agencyId')) fields.agencyId = 'Choose the agency whose head is changing.';
  if (refused.has('startedOn')) fields.startedOn = 'Enter the day the transition started as a real date.';
  else if (values.startedOn > today) fields.startedOn = 'A transition is recorded once it has started: choose today or an earlier day.';
  if (refused.has('note')) {
    fields.note = note === '' ? 'Write a note: who is leaving, who acts meanwhile, or where the change was announced.' : `The note must be ${QRB_NOTE_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`;
  }
  return outcome(body, fields);
}

export const SETTINGS_NUMBER_FIELDS = ['caseDueDays', 'resubmissionDueDays', 'boardSize', 'minBoardAgencies', 'minPriorServiceMembers'] as const;
export type TSettingsNumberField = (typeof SETTINGS_NUMBER_FIELDS)[number];
export const SETTINGS_FORM_FIELDS = [...SETTINGS_NUMBER_FIELDS, 'deadlineEnforcement', 'decisionRule'] as const;
export type TSettingsFormField = (typeof SETTINGS_FORM_FIELDS)[number];

export type TSettingsFormValues = Readonly<Record<TSettingsNumberField, string>> & {
  readonly deadlineEnforcement: TQrbDeadlineEnforcement;
  readonly decisionRule: TQrbDecisionRule;
};

/** What each number may be (the schema's limits), said for a person. */
const NUMBER_RULES: Readonly<Record<TSettingsNumberField, string>> = {
  caseDueDays: `Enter a whole number of days from 1 to ${QRB_SETTING_DAYS_MAX.toLocaleString('en-US')}.`,
  resubmissionDueDays: `Enter a whole number of days from 1 to ${QRB_SETTING_DAYS_MAX.toLocaleString('en-US')}.`,
  boardSize: `Enter a whole number of members from 1 to ${QRB_BOARD_MEMBERS_MAX}.`,
  minBoardAgencies: `Enter a whole number from 0 to ${QRB_BOARD_MEMBERS_MAX}.`,
  minPriorServiceMembers: `Enter a whole number from 0 to ${QRB_BOARD_MEMBERS_MAX}.`,
};

const CROSS_FIELD_RULES: Partial<Record<TSettingsFormField, string>> = {
  minBoardAgencies: 'The agencies a board draws from cannot outnumber its members: make it no more than the board size.',
  minPriorServiceMembers: 'Members with prior service cannot outnumber the board: make it no more than the board size.',
};

/** The settings form as it starts: each setting as the form holds it, numbers as text. */
export function settingsFormValuesOf(settings: TQrbSettings): TSettingsFormValues {
  return {
    caseDueDays: String(settings.caseDueDays),
    resubmissionDueDays: String(settings.resubmissionDueDays),
    boardSize: String(settings.boardSize),
    minBoardAgencies: String(settings.minBoardAgencies),
    minPriorServiceMembers: String(settings.minPriorServiceMembers),
    deadlineEnforcement: settings.deadlineEnforcement,
    decisionRule: settings.decisionRule,
  };
}

/**
 * The settings form: the changed values only, quoting the version; checked with ZUpdateQrbSettingsRequest and
 * then, as the API does, with core resolveQrbSettings (an agency minimum larger than the board is refused).
 */
export function validateSettingsForm(
  current: { readonly version: number; readonly settings: TQrbSettings },
  values: TSettingsFormValues,
): TValidated<TUpdateQrbSettingsBody, TSettingsFormField> {
  const fields: Partial<Record<TSettingsFormField, string>> = {};
  const changes: Record<string, unknown> = {};
  for (const field of SETTINGS_NUMBER_FIELDS) {
    const text = values[field].trim();
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (value !== current.settings[field]) changes[field] = value;
  }
  if (values.deadlineEnforcement !== current.settings.deadlineEnforcement) changes.deadlineEnforcement = values.deadlineEnforcement;
  if (values.decisionRule !== current.settings.decisionRule) changes.decisionRule = values.decisionRule;
  const body = { version: current.version, ...changes } as TUpdateQrbSettingsBody;
  const refused = refusedFields(ZUpdateQrbSettingsRequest.safeParse(body));
  for (const field of SETTINGS_NUMBER_FIELDS) if (refused.has(field)) fields[field] = NUMBER_RULES[field];
  if (refused.has('deadlineEnforcement')) fields.deadlineEnforcement = 'Choose block or warn.';
  if (refused.has('decisionRule')) fields.decisionRule = 'Choose unanimous or majority.';
  if (Object.keys(changes).length === 0) return { errors: { fields: {}, general: ['Nothing to save: no setting was changed.'] } };
  // The values that pass on their own are checked together, as the API does; those refused already are left at their current value.
  const acceptable = Object.fromEntries(Object.entries(changes).filter(([field]) => fields[field as TSettingsFormField] === undefined));
  try {
    resolveQrbSettings({ ...current.settings, ...acceptable });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const problem of error.problems) {
      const field = problem.path.replace(/^\$\.settings\./, '') as TSettingsFormField;
      fields[field] ??= CROSS_FIELD_RULES[field] ?? problem.message;
    }
  }
  return outcome(body, fields);
}
