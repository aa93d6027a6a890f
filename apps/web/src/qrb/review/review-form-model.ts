import { QRB_REMARKS_MAX_LENGTH, ZDecideQrbCaseRequest, ZRecordQrbReviewRequest, type TRecordQrbReviewRequest } from '@ecq/core';
import type { TDecideQrbCaseBody } from '../../api/qrb-admin-queries';
import type { TEcqFinding, TQrbRecommendation, TQrbReviewWire } from '../../api/qrb-wire-types';
import type { TValidated } from '../admin/validate-admin-forms';
import type { TFormErrors } from '../shared/form-errors';

export const FINDING_LABELS: Readonly<Record<TEcqFinding, string>> = { meets: 'Meets', does_not_meet: 'Does not meet' };
export const RECOMMENDATION_LABELS: Readonly<Record<TQrbRecommendation, string>> = { approve: 'Approve', disapprove: 'Disapprove' };

export interface TEcqRef {
  readonly code: string;
  readonly name: string;
}

/** What a member has entered so far: a finding and remarks per ECQ, and a recommendation. */
export interface TReviewDraft {
  readonly findings: Readonly<Record<string, { readonly finding: TEcqFinding | undefined; readonly remarks: string }>>;
  readonly recommendation: TQrbRecommendation | undefined;
}

/** The form's fields, one finding and one remarks box per ECQ: `finding-LC`, `remarks-LC`, …, `recommendation`. */
export const findingField = (code: string) => `finding-${code}`;
export const remarksField = (code: string) => `remarks-${code}`;
export const RECOMMENDATION_FIELD = 'recommendation';

/** The review form's fields in the order it shows them, for its error summary. */
export function reviewFieldsOf(ecqs: readonly TEcqRef[]): string[] {
  return [...ecqs.flatMap((ecq) => [findingField(ecq.code), remarksField(ecq.code)]), RECOMMENDATION_FIELD];
}

/** The draft a member starts from: their saved review, or nothing chosen. */
export function draftOf(ecqs: readonly TEcqRef[], mine: TQrbReviewWire | null): TReviewDraft {
  return {
    findings: Object.fromEntries(
      ecqs.map((ecq) => {
        const saved = mine?.findings.find((f) => f.ecqCode === ecq.code);
        return [ecq.code, { finding: saved?.finding, remarks: saved?.remarks ?? '' }];
      }),
    ),
    recommendation: mine?.recommendation,
  };
}

const listOf = (ecqs: readonly TEcqRef[]) => ecqs.map((ecq) => ecq.name).join(', ');

/**
 * Whether the recommendation agrees with the findings, said as a warning: the API records a review either way
 * and refuses only the decision while a member recommends approval yet finds an ECQ lacking (or the
 * reverse); core deriveBoardDecision, POLICY.md §2.
 */
export function recommendationMismatch(ecqs: readonly TEcqRef[], draft: TReviewDraft): string | undefined {
  const lacking = ecqs.filter((ecq) => draft.findings[ecq.code]?.finding === 'does_not_meet');
  const isComplete = ecqs.every((ecq) => draft.findings[ecq.code]?.finding !== undefined);
  if (draft.recommendation === 'approve' && lacking.length > 0) {
    return `You recommend approval but find ${listOf(lacking)} not met. The board’s decision cannot be finalised while a recommendation and its findings disagree: recommend disapproval, or change the findings.`;
  }
  if (draft.recommendation === 'disapprove' && isComplete && lacking.length === 0) {
    return 'You recommend disapproval but find every ECQ met. Name the ECQs you find lacking, or recommend approval: the board’s decision cannot be finalised while they disagree.';
  }
  return undefined;
}

/**
 * The review form's own check (core ZRecordQrbReviewRequest, and what the decision will need): a finding on
 * every ECQ, remarks on each ECQ found not met, and a recommendation. Returns the PUT body with `version`.
 */
export function validateReviewForm(ecqs: readonly TEcqRef[], draft: TReviewDraft, version: number): TValidated<TRecordQrbReviewRequest, string> {
  const fields: Record<string, string> = {};
  for (const ecq of ecqs) {
    const entry = draft.findings[ecq.code];
    if (entry?.finding === undefined) fields[findingField(ecq.code)] = `Choose whether the package meets ${ecq.name}.`;
    else if (entry.finding === 'does_not_meet' && entry.remarks.trim() === '') {
      fields[remarksField(ecq.code)] = `Write remarks on ${ecq.name}: say what the package lacks. They are required when you find an ECQ not met.`;
    }
    if ((entry?.remarks.length ?? 0) > QRB_REMARKS_MAX_LENGTH) {
      fields[remarksField(ecq.code)] = `The remarks on ${ecq.name} must be ${QRB_REMARKS_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`;
    }
  }
  if (draft.recommendation === undefined) fields[RECOMMENDATION_FIELD] = 'Choose your recommendation: approve or disapprove.';
  if (Object.keys(fields).length > 0) return { errors: { fields, general: [] } };
  const body: TRecordQrbReviewRequest = {
    version,
    recommendation: draft.recommendation!,
    findings: ecqs.map((ecq) => ({ ecqCode: ecq.code, finding: draft.findings[ecq.code]!.finding!, remarks: draft.findings[ecq.code]!.remarks.trim() })),
  };
  const parsed = ZRecordQrbReviewRequest.safeParse(body);
  return parsed.success ? { body } : { errors: { fields: {}, general: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) } };
}

/** The API's field for a review problem (`findings[2].remarks`) as the form's (`remarks-DR`). */
export function reviewFieldOf(ecqs: readonly TEcqRef[], apiField: string): string | undefined {
  if (apiField === RECOMMENDATION_FIELD) return RECOMMENDATION_FIELD;
  const match = /^findings\[(\d+)\]\.(ecqCode|finding|remarks)$/.exec(apiField);
  const ecq = match === null ? undefined : ecqs[Number(match[1])];
  if (match === null || ecq === undefined) return undefined;
  return match[2] === 'remarks' ? remarksField(ecq.code) : findingField(ecq.code);
}

export interface TDecisionDraft {
  readonly generalRemarks: string;
  readonly ecqRemarks: Readonly<Record<string, string>>;
}

export const GENERAL_REMARKS_FIELD = 'generalRemarks';
export const boardRemarksField = (code: string) => `board-remarks-${code}`;

/**
 * The decision form: general remarks and the board's own remarks per ECQ, each optional (an ECQ's remarks
 * are the members' when the board writes none); only what was written is sent, with the case version.
 */
export function validateDecisionForm(ecqs: readonly TEcqRef[], draft: TDecisionDraft, version: number): TValidated<TDecideQrbCaseBody, string> {
  const fields: Record<string, string> = {};
  const tooLong = `must be ${QRB_REMARKS_MAX_LENGTH.toLocaleString('en-US')} characters or fewer`;
  if (draft.generalRemarks.length > QRB_REMARKS_MAX_LENGTH) fields[GENERAL_REMARKS_FIELD] = `The general remarks ${tooLong}.`;
  const ecqRemarks: Record<string, string> = {};
  for (const ecq of ecqs) {
    const remarks = (draft.ecqRemarks[ecq.code] ?? '').trim();
    if (remarks.length > QRB_REMARKS_MAX_LENGTH) fields[boardRemarksField(ecq.code)] = `The remarks on ${ecq.name} ${tooLong}.`;
    else if (remarks !== '') ecqRemarks[ecq.code] = remarks;
  }
  const general = draft.generalRemarks.trim();
  const body: TDecideQrbCaseBody = { version, ...(general === '' ? {} : { generalRemarks: general }), ...(Object.keys(ecqRemarks).length === 0 ? {} : { ecqRemarks }) };
  if (Object.keys(fields).length > 0) return { errors: { fields, general: [] } satisfies TFormErrors<string> };
  const parsed = ZDecideQrbCaseRequest.safeParse(body);
  return parsed.success ? { body } : { errors: { fields: {}, general: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) } };
}
