import { QRB_NOTE_MAX_LENGTH, QRB_REMARKS_MAX_LENGTH, ZAmendQrbDecisionRequest, ZHoldQrbCaseRequest } from '@ecq/core';
import type { TFormErrors } from '../shared/form-errors';

/** The amendment form's fields: the reason, the general remarks, and `ecq.<code>` for each ECQ's remarks. */
export type TAmendField = 'reason' | 'generalRemarks' | `ecq.${string}`;

/** POST /api/qrb/cases/:id/amendments's body, as core's schema gives it. */
export type TAmendRequest = ReturnType<typeof ZAmendQrbDecisionRequest.parse>;

/** The decision as it stands, which the amendment corrects. */
export interface TAmendableDecision {
  readonly generalRemarks: string;
  readonly ecqs: readonly { readonly ecqCode: string; readonly ecqName: string; readonly remarks: string }[];
}

/**
 * A correction of a final decision's remarks (POST /api/qrb/cases/:id/amendments): a reason, and only the
 * remarks that differ from the decision as it stands; the outcome never changes. Checked with core
 * ZAmendQrbDecisionRequest, worded for a person.
 */
export function buildAmendment(
  version: number,
  decision: TAmendableDecision,
  values: { readonly reason: string; readonly generalRemarks: string; readonly ecqRemarks: Readonly<Record<string, string>> },
):
  | { readonly ok: true; readonly request: TAmendRequest }
  | { readonly ok: false; readonly errors: TFormErrors<TAmendField> } {
  const fields: Partial<Record<TAmendField, string>> = {};
  const changedEcqs = Object.fromEntries(
    decision.ecqs.flatMap((ecq) => {
      const typed = values.ecqRemarks[ecq.ecqCode];
      return typed === undefined || typed === ecq.remarks ? [] : [[ecq.ecqCode, typed] as const];
    }),
  );
  const isGeneralChanged = values.generalRemarks !== decision.generalRemarks;
  const body = {
    version,
    reason: values.reason,
    ...(isGeneralChanged ? { generalRemarks: values.generalRemarks } : {}),
    ...(Object.keys(changedEcqs).length === 0 ? {} : { ecqRemarks: changedEcqs }),
  };
  const result = ZAmendQrbDecisionRequest.safeParse(body);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [head, code] = issue.path.map(String);
      if (head === 'reason') {
        fields.reason = values.reason.trim() === '' ? 'Say why the remarks are corrected.' : `The reason must be ${QRB_NOTE_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`;
      } else if (head === 'generalRemarks') {
        fields.generalRemarks = `The general remarks must be ${QRB_REMARKS_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`;
      } else if (head === 'ecqRemarks' && code !== undefined) {
        fields[`ecq.${code}`] = `The remarks must be ${QRB_REMARKS_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`;
      }
    }
  }
  const general = !isGeneralChanged && Object.keys(changedEcqs).length === 0 ? ['Nothing to correct: change the general remarks or an ECQ’s remarks.'] : [];
  if (!result.success || general.length > 0) return { ok: false, errors: { fields, general } };
  return { ok: true, request: result.data };
}

/** A hold's note (POST /api/qrb/cases/:id/hold), checked with core ZHoldQrbCaseRequest. */
export function buildHold(version: number, note: string): { readonly ok: true; readonly request: { version: number; note: string } } | { readonly ok: false; readonly error: string } {
  const result = ZHoldQrbCaseRequest.safeParse({ version, note });
  if (result.success) return { ok: true, request: result.data };
  return { ok: false, error: note.trim() === '' ? 'Say why the case is held.' : `The note must be ${QRB_NOTE_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.` };
}
