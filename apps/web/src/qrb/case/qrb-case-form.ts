import {
  isCaseBasis,
  NARRATIVE_CANDIDATE_NAME_MAX_LENGTH,
  QRB_SHORT_TEXT_MAX_LENGTH,
  QRB_STATEMENT_MAX_LENGTH,
  ZCreateQrbCaseRequest,
  ZUpdateQrbCaseRequest,
  type TCaseBasis,
  type TCreateQrbCaseRequest,
  type TUpdateQrbCaseRequest,
} from '@ecq/core';
import { schemaErrorsOf, type TFormErrors, type TSchemaIssue } from '../shared/form-errors';

/** The case form's fields, named as the API names them (its `field` errors land on the right input). */
export const QRB_CASE_FIELDS = [
  'candidateName',
  'candidateEmail',
  'basis',
  'cdpProgram',
  'uniqueQualifications',
  'certification.certifiedBy',
  'certification.certifiedOn',
] as const;
export type TQrbCaseField = (typeof QRB_CASE_FIELDS)[number];

/** What the case form holds, as typed. */
export interface TQrbCaseFormValues {
  readonly candidateName: string;
  readonly candidateEmail: string;
  readonly basis: string;
  readonly cdpProgram: string;
  readonly uniqueQualifications: string;
  readonly certifiedBy: string;
  readonly certifiedOn: string;
}

const CERTIFICATION_PAIR = 'or leave both certification fields blank';

/** Each field's problem in words, whatever zod said about it. */
const MESSAGES: Readonly<Record<TQrbCaseField, (values: TQrbCaseFormValues) => string>> = {
  candidateName: (v) =>
    v.candidateName.trim() === ''
      ? 'Enter the candidate’s name.'
      : `The candidate’s name must be ${NARRATIVE_CANDIDATE_NAME_MAX_LENGTH} characters or fewer.`,
  candidateEmail: () => 'Enter the candidate’s email address, like name@agency.gov, or leave it blank.',
  basis: () => 'Choose the basis the case rests on.',
  cdpProgram: () => `The program’s name must be ${QRB_SHORT_TEXT_MAX_LENGTH} characters or fewer.`,
  uniqueQualifications: () => `The statement must be ${QRB_STATEMENT_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`,
  'certification.certifiedBy': (v) =>
    v.certifiedBy.trim() === ''
      ? `Enter the name and title of the appointing authority who certified the candidate, ${CERTIFICATION_PAIR}.`
      : `The name and title must be ${QRB_SHORT_TEXT_MAX_LENGTH} characters or fewer.`,
  'certification.certifiedOn': () => `Enter the date the candidate was certified, for example 12/01/2026, ${CERTIFICATION_PAIR}.`,
};

/** The schema's complaints about the case form, worded for a person. */
function caseErrorsOf(issues: readonly TSchemaIssue[], values: TQrbCaseFormValues): TFormErrors<TQrbCaseField> {
  return schemaErrorsOf(issues, { fields: QRB_CASE_FIELDS, messages: MESSAGES, values });
}

/** The certification as the form states it: both fields blank is none; one of them alone is sent for the schema to refuse. */
function certificationOf(values: TQrbCaseFormValues): { certifiedBy: string; certifiedOn: string } | undefined {
  if (values.certifiedBy.trim() === '' && values.certifiedOn.trim() === '') return undefined;
  return { certifiedBy: values.certifiedBy, certifiedOn: values.certifiedOn };
}

/** The evidence the basis needs, as typed: only the chosen basis's field is sent. */
function evidenceOf(values: TQrbCaseFormValues): Record<string, string> {
  if (values.basis === 'B' && values.cdpProgram.trim() !== '') return { cdpProgram: values.cdpProgram };
  if (values.basis === 'C' && values.uniqueQualifications.trim() !== '') return { uniqueQualifications: values.uniqueQualifications };
  return {};
}

/**
 * Builds a case for a hiring action (POST /api/qrb/cases) from the form, checked with the API's own schema
 * (core ZCreateQrbCaseRequest) before anything is sent; the optional fields are left out when blank.
 */
export function validateCreateCaseForm(
  hiringActionId: string,
  values: TQrbCaseFormValues,
): { readonly ok: true; readonly request: TCreateQrbCaseRequest } | { readonly ok: false; readonly errors: TFormErrors<TQrbCaseField> } {
  const certification = certificationOf(values);
  const result = ZCreateQrbCaseRequest.safeParse({
    hiringActionId,
    candidateName: values.candidateName,
    ...(values.candidateEmail.trim() === '' ? {} : { candidateEmail: values.candidateEmail.trim() }),
    basis: values.basis,
    ...evidenceOf(values),
    ...(certification === undefined ? {} : { certification }),
  });
  return result.success ? { ok: true, request: result.data } : { ok: false, errors: caseErrorsOf(result.error.issues, values) };
}

/** The case as the edit form starts from it (GET /api/qrb/cases/:id). */
export interface TEditableCase {
  readonly version: number;
  readonly status: string;
  readonly candidateName: string;
  /** The linked account's email (null when none is linked, or when the reader may not see it). */
  readonly candidateEmail: string | null;
  readonly basis: TCaseBasis;
  readonly evidence: {
    readonly cdpProgram: string | null;
    readonly uniqueQualifications: string | null;
    readonly certification: { readonly certifiedBy: string; readonly certifiedOn: string } | null;
  };
}

/** A blank text box clears its field (`null`); anything else is the trimmed text. */
function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

/**
 * The change the edit form asks for (PATCH /api/qrb/cases/:id): only what differs from the case as read, with
 * its version; a blank box clears its field (a cleared email unlinks the candidate's account, another email
 * links that account instead), and the basis changes on drafts only. Checked with core ZUpdateQrbCaseRequest.
 */
export function buildCaseUpdate(
  current: TEditableCase,
  values: TQrbCaseFormValues,
): { readonly ok: true; readonly request: TUpdateQrbCaseRequest } | { readonly ok: false; readonly errors: TFormErrors<TQrbCaseField> } {
  const patch: Record<string, unknown> = {};
  if (values.candidateName.trim() !== current.candidateName) patch.candidateName = values.candidateName;
  if (textOrNull(values.candidateEmail) !== current.candidateEmail) patch.candidateEmail = textOrNull(values.candidateEmail);
  const basis: TCaseBasis = current.status === 'draft' && isCaseBasis(values.basis) ? values.basis : current.basis;
  if (basis !== current.basis) patch.basis = basis;
  if (basis === 'B' && textOrNull(values.cdpProgram) !== current.evidence.cdpProgram) patch.cdpProgram = textOrNull(values.cdpProgram);
  if (basis === 'C' && textOrNull(values.uniqueQualifications) !== current.evidence.uniqueQualifications) {
    patch.uniqueQualifications = textOrNull(values.uniqueQualifications);
  }
  const certification = certificationOf(values);
  const was = current.evidence.certification;
  if (certification === undefined) {
    if (was !== null) patch.certification = null;
  } else if (was === null || certification.certifiedBy.trim() !== was.certifiedBy || certification.certifiedOn !== was.certifiedOn) {
    patch.certification = certification;
  }
  if (Object.keys(patch).length === 0) {
    return { ok: false, errors: { fields: {}, general: ['Nothing has changed: change a field, then save.'] } };
  }
  const result = ZUpdateQrbCaseRequest.safeParse({ version: current.version, ...patch });
  return result.success ? { ok: true, request: result.data } : { ok: false, errors: caseErrorsOf(result.error.issues, values) };
}
