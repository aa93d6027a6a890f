import { useState, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import type { TQrbCaseDetail } from '../../api/qrb-wire-types';
import { TextField } from '../../components/text-field';
import { formErrorsOf, inputIdOf, type TFormErrors } from '../shared/form-errors';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import { BasisEvidenceFields, BasisFields, caseFormValuesOf, CertificationFields } from './case-form-fields';
import type { TNotify } from './case-notice';
import { buildCaseUpdate, QRB_CASE_FIELDS, type TQrbCaseField } from './qrb-case-form';
import { useCaseMutation } from './use-case-mutation';

const PREFIX = 'edit';
const idOf = (field: TQrbCaseField) => inputIdOf(PREFIX, field);

/**
 * Change a draft or returned case (PATCH /api/qrb/cases/:id): the candidate and their account's email (cleared,
 * the account is unlinked), the basis (drafts only), the basis's evidence and the certification. The fields
 * start from the case as read; only what differs from the case as it stands is sent, with its version, and a
 * blank box clears its field.
 */
export function CaseEditForm({ detail, onNotice }: { readonly detail: TQrbCaseDetail; readonly onNotice: TNotify }) {
  const [basis, setBasis] = useState<string>(detail.basis);
  const form = useFormErrors<TQrbCaseField>('edit-case');
  const isDraft = detail.status === 'draft';
  const update = useCaseMutation({
    caseId: detail.id,
    write: (body: object) => api.send<TQrbCaseDetail>('PATCH', `/api/qrb/cases/${encodeURIComponent(detail.id)}`, body),
    onSuccess(result) {
      onNotice({ heading: 'Case saved', lines: [`The case is now at version ${result.version}. Check it again before submitting.`] });
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const built = buildCaseUpdate(detail, caseFormValuesOf(new FormData(event.currentTarget), basis));
    if (!built.ok) {
      form.fail(built.errors);
      return;
    }
    form.clear();
    update.mutate(built.request, { onError: (error) => form.fail(formErrorsOf(error, QRB_CASE_FIELDS, 'The case was not saved. Try again.')) });
  }

  const certification = detail.evidence.certification;
  return (
    <>
      <FormErrorSummary state={form} order={QRB_CASE_FIELDS} inputIdOf={idOf} heading="The case was not saved" headingLevel={3} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Change the case">
        <TextField
          id={idOf('candidateName')}
          name="candidateName"
          label="Candidate’s name"
          autoComplete="off"
          defaultValue={detail.candidateName}
          error={form.fields.candidateName}
        />
        <TextField
          id={idOf('candidateEmail')}
          name="candidateEmail"
          type="email"
          label="Candidate’s email (optional)"
          hint={
            detail.candidateUserId === null
              ? 'Their ECQ Workbench account, so that they can share their ECQ package with the case. Leave blank to build the case without one.'
              : 'The email of the account linked now. Clear it to remove the link (and the package the candidate shared); linking another account drops the package the previous one shared.'
          }
          autoComplete="off"
          defaultValue={detail.candidateEmail ?? ''}
          error={form.fields.candidateEmail}
        />
        {isDraft ? (
          <BasisFields
            prefix={PREFIX}
            basis={basis}
            onBasisChange={setBasis}
            errors={form.errors}
            defaults={{ cdpProgram: detail.evidence.cdpProgram ?? '', uniqueQualifications: detail.evidence.uniqueQualifications ?? '' }}
          />
        ) : (
          <>
            <p className="margin-top-3">
              Basis: {detail.basisLabel}. A returned case is resubmitted on the basis it was decided on; build a new case for another basis.
            </p>
            <BasisEvidenceOnly detail={detail} errors={form.errors} />
          </>
        )}
        <CertificationFields
          prefix={PREFIX}
          errors={form.errors}
          hint="Clear both fields to remove the certification."
          defaults={{ certifiedBy: certification?.certifiedBy ?? '', certifiedOn: certification?.certifiedOn ?? '' }}
        />
        <button type="submit" className="usa-button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save the changes'}
        </button>
      </form>
    </>
  );
}

/** A returned case's evidence fields, without the basis radios. */
function BasisEvidenceOnly({ detail, errors }: { readonly detail: TQrbCaseDetail; readonly errors: TFormErrors<TQrbCaseField> | undefined }) {
  return (
    <BasisEvidenceFields
      prefix={PREFIX}
      basis={detail.basis}
      errors={errors}
      defaults={{ cdpProgram: detail.evidence.cdpProgram ?? '', uniqueQualifications: detail.evidence.uniqueQualifications ?? '' }}
    />
  );
}
