import {
  ANNOUNCEMENT_NUMBER_MAX_LENGTH,
  computeCaseDueOn,
  isCalendarDate,
  POSITION_TITLE_MAX_LENGTH,
  ZCreateHiringActionRequest,
  type TCreateHiringActionRequest,
} from '@ecq/core';
import { schemaErrorsOf, type TFormErrors } from '../shared/form-errors';

/** The form's fields, named as the API names them, so that its `field` errors land on the right input. */
export const HIRING_ACTION_FIELDS = [
  'positionTitle',
  'announcementNumber',
  'initiatedOn',
  'announcementOpensOn',
  'announcementClosesOn',
  'applicationMethod',
  'narrativeLimits.maxPagesPerEcq',
  'narrativeLimits.maxTotalPages',
] as const;
export type THiringActionField = (typeof HIRING_ACTION_FIELDS)[number];

/** What the form holds: every input as typed. */
export interface THiringActionFormValues {
  readonly positionTitle: string;
  readonly announcementNumber: string;
  readonly initiatedOn: string;
  readonly announcementOpensOn: string;
  readonly announcementClosesOn: string;
  readonly applicationMethod: string;
  readonly maxPagesPerEcq: string;
  readonly maxTotalPages: string;
}

const DATE_EXAMPLE = 'for example 08/01/2025';

/** Each field's problem in words, whatever zod said about it. */
const MESSAGES: Readonly<Record<THiringActionField, (values: THiringActionFormValues) => string>> = {
  positionTitle: (v) =>
    v.positionTitle.trim() === '' ? 'Enter the position title.' : `The position title must be ${POSITION_TITLE_MAX_LENGTH} characters or fewer.`,
  announcementNumber: () => `The announcement number must be ${ANNOUNCEMENT_NUMBER_MAX_LENGTH} characters or fewer.`,
  initiatedOn: () => `Enter the date the hiring action was initiated, ${DATE_EXAMPLE}.`,
  announcementOpensOn: () => `Enter the date the announcement opens, ${DATE_EXAMPLE}.`,
  announcementClosesOn: () => `Enter the date the announcement closes, ${DATE_EXAMPLE}.`,
  applicationMethod: () => 'Choose how candidates apply.',
  'narrativeLimits.maxPagesPerEcq': () => 'Enter the most pages per ECQ as a number above 0, or leave it blank for the default.',
  'narrativeLimits.maxTotalPages': () => 'Enter the most pages in total as a number above 0, or leave it blank for the default.',
};

/** A number typed in a text box; blank is "not given" and anything else that is not a number stays NaN for the schema to refuse. */
function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The request the form makes: optional fields left out when blank. */
export function hiringActionRequestOf(values: THiringActionFormValues): Record<string, unknown> {
  const maxPagesPerEcq = optionalNumber(values.maxPagesPerEcq);
  const maxTotalPages = optionalNumber(values.maxTotalPages);
  const limits = {
    ...(maxPagesPerEcq === undefined ? {} : { maxPagesPerEcq }),
    ...(maxTotalPages === undefined ? {} : { maxTotalPages }),
  };
  return {
    positionTitle: values.positionTitle,
    ...(values.announcementNumber.trim() === '' ? {} : { announcementNumber: values.announcementNumber }),
    initiatedOn: values.initiatedOn,
    announcementOpensOn: values.announcementOpensOn,
    announcementClosesOn: values.announcementClosesOn,
    applicationMethod: values.applicationMethod,
    ...(Object.keys(limits).length === 0 ? {} : { narrativeLimits: limits }),
  };
}

/**
 * The form's own check before anything is sent, with the schema the API validates the request with (core
 * ZCreateHiringActionRequest), worded for a person. The API checks what needs its data (the announcement
 * closing before it opens, the model governing the date).
 */
export function validateHiringActionForm(
  values: THiringActionFormValues,
): { readonly ok: true; readonly request: TCreateHiringActionRequest } | { readonly ok: false; readonly errors: TFormErrors<THiringActionField> } {
  const result = ZCreateHiringActionRequest.safeParse(hiringActionRequestOf(values));
  if (result.success) return { ok: true, request: result.data };
  return { ok: false, errors: schemaErrorsOf(result.error.issues, { fields: HIRING_ACTION_FIELDS, messages: MESSAGES, values }) };
}

/**
 * The QRB case due date an announcement closing on a day implies: `caseDueDays` later (POLICY.md §2, a
 * setting), by core's computeCaseDueOn as the API computes it. Undefined until the date is a real one.
 */
export function caseDueOnOf(announcementClosesOn: string, caseDueDays: number): string | undefined {
  return isCalendarDate(announcementClosesOn) ? computeCaseDueOn(announcementClosesOn, { caseDueDays }) : undefined;
}
