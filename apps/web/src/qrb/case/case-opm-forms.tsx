import type { FormEvent } from 'react';
import { api } from '../../api/api-client';
import type { TQrbCaseDetail, TQrbDecisionWire, TQrbTransitionResult } from '../../api/qrb-wire-types';
import { inputIdOf } from '../shared/form-errors';
import { TextareaField } from '../shared/form-fields';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import { CaseActionError } from './case-action-error';
import type { TNotify } from './case-notice';
import { buildAmendment, buildHold, type TAmendField } from './decision-amendment';
import { useCaseMutation } from './use-case-mutation';

const HOLD_FIELDS = ['note'] as const;
const holdInputId = () => 'hold-note';

/** OPM holds a case that waits on it, with a note saying why (POST /api/qrb/cases/:id/hold). */
export function CaseHoldForm({ detail, onNotice }: { readonly detail: TQrbCaseDetail; readonly onNotice: TNotify }) {
  const form = useFormErrors<(typeof HOLD_FIELDS)[number]>('hold-case');
  const hold = useCaseMutation({
    caseId: detail.id,
    write: (body: { version: number; note: string }) => api.send<TQrbTransitionResult>('POST', `/api/qrb/cases/${encodeURIComponent(detail.id)}/hold`, body),
    onSuccess(result) {
      onNotice({ heading: 'Case put on hold', lines: [`Its status is now: ${result.case.statusLabel}. Release it when it can go on.`], warnings: result.warnings });
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (hold.isPending) return;
    const built = buildHold(detail.version, String(new FormData(event.currentTarget).get('note') ?? ''));
    if (!built.ok) {
      form.fail({ fields: { note: built.error }, general: [] });
      return;
    }
    form.clear();
    hold.mutate(built.request);
  }

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Put the case on hold">
      <FormErrorSummary state={form} order={HOLD_FIELDS} inputIdOf={holdInputId} heading="The case was not put on hold" headingLevel={3} />
      <TextareaField
        isTall
        id={holdInputId()}
        name="note"
        label="Why the case is held"
        hint="The agency, the candidate and the board read this note."
        error={form.fields.note}
      />
      <button type="submit" className="usa-button usa-button--secondary" disabled={hold.isPending}>
        {hold.isPending ? 'Putting on hold…' : 'Put the case on hold'}
      </button>
      {hold.isError ? <CaseActionError error={hold.error} heading="The case was not put on hold" /> : null}
    </form>
  );
}

const AMEND_PREFIX = 'amend';
const amendInputId = (field: TAmendField) => inputIdOf(AMEND_PREFIX, field);

/**
 * OPM corrects the remarks of the case's current decision, with a reason (POST /api/qrb/cases/:id/amendments):
 * the outcome never changes, and the remarks as first recorded stay readable.
 */
export function CaseAmendForm({ detail, decision, onNotice }: { readonly detail: TQrbCaseDetail; readonly decision: TQrbDecisionWire; readonly onNotice: TNotify }) {
  const form = useFormErrors<TAmendField>('amend-decision');
  const amend = useCaseMutation({
    caseId: detail.id,
    write: (body: object) => api.send<TQrbTransitionResult>('POST', `/api/qrb/cases/${encodeURIComponent(detail.id)}/amendments`, body),
    onSuccess() {
      onNotice({ heading: 'Decision amended', lines: ['The corrected remarks now stand; the remarks as first recorded stay with the decision.'] });
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (amend.isPending) return;
    const values = new FormData(event.currentTarget);
    const text = (name: string) => String(values.get(name) ?? '');
    const built = buildAmendment(detail.version, decision, {
      reason: text('reason'),
      generalRemarks: text('generalRemarks'),
      ecqRemarks: Object.fromEntries(decision.ecqs.map((ecq) => [ecq.ecqCode, text(`ecq-${ecq.ecqCode}`)])),
    });
    if (!built.ok) {
      form.fail(built.errors);
      return;
    }
    form.clear();
    amend.mutate(built.request);
  }

  const order: TAmendField[] = ['reason', 'generalRemarks', ...decision.ecqs.map((ecq) => `ecq.${ecq.ecqCode}` as const)];
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Amend the decision’s remarks">
      <FormErrorSummary state={form} order={order} inputIdOf={amendInputId} heading="The decision was not amended" headingLevel={3} />
      <TextareaField
        isTall
        id={amendInputId('reason')}
        name="reason"
        label="Reason for the correction"
        hint="Recorded with the amendment, for everyone who reads the decision."
        error={form.fields.reason}
      />
      <TextareaField
        isTall
        id={amendInputId('generalRemarks')}
        name="generalRemarks"
        label="General remarks"
        hint="As they stand now; change them only to correct them."
        defaultValue={decision.generalRemarks}
        error={form.fields.generalRemarks}
      />
      {decision.ecqs.map((ecq) => (
        <TextareaField
          isTall
          key={ecq.ecqCode}
          id={amendInputId(`ecq.${ecq.ecqCode}`)}
          name={`ecq-${ecq.ecqCode}`}
          label={`Remarks on ${ecq.ecqName} (${ecq.ecqCode})`}
          defaultValue={ecq.remarks}
          error={form.fields[`ecq.${ecq.ecqCode}`]}
        />
      ))}
      <button type="submit" className="usa-button" disabled={amend.isPending}>
        {amend.isPending ? 'Amending…' : 'Amend the decision'}
      </button>
      {amend.isError ? <CaseActionError error={amend.error} heading="The decision was not amended" /> : null}
    </form>
  );
}
