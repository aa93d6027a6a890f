import { CASE_BASES, CASE_BASIS_LABELS, isCaseBasis, QRB_STATEMENT_MAX_LENGTH, type TCaseBasis } from '@ecq/core';
import { TextField } from '../../components/text-field';
import { inputIdOf, type TFormErrors } from '../shared/form-errors';
import { RadioGroup, radioIdsFrom, TextareaField } from '../shared/form-fields';
import type { TQrbCaseField } from './qrb-case-form';

/** What each basis asks of the agency, under its radio. */
const BASIS_HINTS: Readonly<Record<TCaseBasis, string>> = {
  A: 'The candidate’s ECQ narratives: the candidate shares their ECQ package with the case.',
  B: 'The name of the OPM-approved program, and its graduation certificate attached to the case.',
  C: 'A statement of the candidate’s special or unique qualities.',
};

/**
 * The basis radios (core CASE_BASIS_LABELS) and the field the chosen basis needs: the CDP program for B, the
 * statement for C. The first radio carries the field's id, so the error summary's link lands on the group.
 */
export function BasisFields(props: {
  readonly prefix: string;
  readonly basis: string;
  readonly onBasisChange: (basis: TCaseBasis) => void;
  readonly errors: TFormErrors<TQrbCaseField> | undefined;
  readonly defaults?: { readonly cdpProgram: string; readonly uniqueQualifications: string };
}) {
  const { prefix, basis, errors } = props;
  const id = inputIdOf(prefix, 'basis');
  return (
    <>
      <RadioGroup
        name="basis"
        id={id}
        inputIdOf={radioIdsFrom(id)}
        legend="Basis of the case"
        hint="Exactly one basis per case (POLICY.md §2)."
        options={CASE_BASES.map((option) => ({ value: option, label: CASE_BASIS_LABELS[option], description: BASIS_HINTS[option] }))}
        value={isCaseBasis(basis) ? basis : undefined}
        onChange={props.onBasisChange}
        error={errors?.fields.basis}
      />
      <BasisEvidenceFields prefix={prefix} basis={basis} errors={errors} {...(props.defaults === undefined ? {} : { defaults: props.defaults })} />
    </>
  );
}

/** The field the basis needs: the CDP program for B, the statement for C; nothing more for A. */
export function BasisEvidenceFields(props: {
  readonly prefix: string;
  readonly basis: string;
  readonly errors: TFormErrors<TQrbCaseField> | undefined;
  readonly defaults?: { readonly cdpProgram: string; readonly uniqueQualifications: string };
}) {
  const { prefix, basis, errors } = props;
  return (
    <>
      {basis === 'B' ? (
        <TextField
          id={inputIdOf(prefix, 'cdpProgram')}
          name="cdpProgram"
          label="Candidate Development Program"
          hint="The OPM-approved program the candidate graduated from. Needed before the case can be submitted."
          autoComplete="off"
          defaultValue={props.defaults?.cdpProgram ?? ''}
          error={errors?.fields.cdpProgram}
        />
      ) : null}
      {basis === 'C' ? (
        <TextareaField
          isTall
          id={inputIdOf(prefix, 'uniqueQualifications')}
          name="uniqueQualifications"
          label="Statement of special or unique qualities"
          hint={`Why the candidate’s qualities meet the ECQs without ECQ narratives; at most ${QRB_STATEMENT_MAX_LENGTH.toLocaleString('en-US')} characters. Needed before the case can be submitted.`}
          defaultValue={props.defaults?.uniqueQualifications ?? ''}
          error={errors?.fields.uniqueQualifications}
        />
      ) : null}
    </>
  );
}

/** The appointing authority's certification of the candidate (5 CFR 317.502): both fields, or neither. */
export function CertificationFields(props: {
  readonly prefix: string;
  readonly errors: TFormErrors<TQrbCaseField> | undefined;
  readonly defaults?: { readonly certifiedBy: string; readonly certifiedOn: string };
  readonly hint: string;
}) {
  const { prefix, errors } = props;
  return (
    <fieldset className="usa-fieldset margin-top-3">
      <legend className="usa-legend">Appointing authority’s certification</legend>
      <span className="usa-hint" id={`${prefix}-certification-hint`}>
        {props.hint}
      </span>
      <TextField
        id={inputIdOf(prefix, 'certification.certifiedBy')}
        name="certifiedBy"
        label="Certified by (name and title)"
        hint="For example: Jordan Smith, Deputy Secretary."
        autoComplete="off"
        defaultValue={props.defaults?.certifiedBy ?? ''}
        error={errors?.fields['certification.certifiedBy']}
      />
      <TextField
        id={inputIdOf(prefix, 'certification.certifiedOn')}
        name="certifiedOn"
        type="date"
        label="Certified on"
        hint="The day the appointing authority certified the candidate; not a future day."
        defaultValue={props.defaults?.certifiedOn ?? ''}
        error={errors?.fields['certification.certifiedOn']}
      />
    </fieldset>
  );
}

/** The case form's values, read from the form as submitted. */
export function caseFormValuesOf(form: FormData, basis: string) {
  const text = (name: string) => String(form.get(name) ?? '');
  return {
    candidateName: text('candidateName'),
    candidateEmail: text('candidateEmail'),
    basis,
    cdpProgram: text('cdpProgram'),
    uniqueQualifications: text('uniqueQualifications'),
    certifiedBy: text('certifiedBy'),
    certifiedOn: text('certifiedOn'),
  };
}
