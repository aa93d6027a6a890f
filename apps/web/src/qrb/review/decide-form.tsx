import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { decideQrbCase } from '../../api/qrb-admin-queries';
import type { TQrbReviews, TQrbTransitionResult } from '../../api/qrb-wire-types';
import { formErrorsOf } from '../shared/form-errors';
import { TextareaField } from '../shared/form-fields';
import { OUTCOME_LABELS } from '../shared/qrb-labels';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import { boardRemarksField, GENERAL_REMARKS_FIELD, validateDecisionForm, type TDecisionDraft } from './review-form-model';

type TOkDerivation = Extract<TQrbReviews['derivation'], { ok: true }>;

/**
 * Finalise the board's decision (POST …/decide with the case version): general remarks and, optionally, the
 * board's own remarks per ECQ (left empty, an ECQ found lacking carries its members' remarks). The decision
 * is final: it is never edited, and OPM corrects its remarks by amendment.
 */
export function DecideForm(props: {
  readonly caseId: string;
  readonly caseVersion: number;
  readonly derivation: TOkDerivation;
  readonly onDecided: (result: TQrbTransitionResult) => void;
}) {
  const { derivation } = props;
  const ecqs = derivation.ecqs.map((ecq) => ({ code: ecq.ecqCode, name: ecq.ecqName }));
  const [draft, setDraft] = useState<TDecisionDraft>({ generalRemarks: '', ecqRemarks: {} });
  const form = useFormErrors<string>('decide');
  const fields = [GENERAL_REMARKS_FIELD, ...ecqs.map((ecq) => boardRemarksField(ecq.code))];
  const decide = useMutation({
    mutationFn: (body: Parameters<typeof decideQrbCase>[1]) => decideQrbCase(props.caseId, body),
    onSuccess: props.onDecided,
    onError: (error) =>
      form.fail(
        formErrorsOf(error, (field) => {
          if (field === GENERAL_REMARKS_FIELD) return GENERAL_REMARKS_FIELD;
          const match = /^ecqRemarks\.(.+)$/.exec(field);
          return match === null ? undefined : boardRemarksField(match[1]!);
        }),
      ),
  });
  const isDisapproval = derivation.outcome === 'disapproved';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    const checked = validateDecisionForm(ecqs, draft, props.caseVersion);
    if (checked.errors !== undefined) {
      form.fail(checked.errors);
      return;
    }
    decide.mutate(checked.body);
  }

  return (
    <>
      <div className="usa-summary-box margin-bottom-3" role="region" aria-labelledby="final-heading">
        <div className="usa-summary-box__body">
          <h3 className="usa-summary-box__heading" id="final-heading">
            A final decision cannot be changed
          </h3>
          <div className="usa-summary-box__text">
            <p className="margin-top-0">
              Once finalised, the decision — <strong>{OUTCOME_LABELS[derivation.outcome].toLowerCase()}</strong>, derived from every
              member’s review — is recorded as it stands. Corrections to its remarks are amendments OPM records beside it, with a
              reason; the outcome itself never changes.
            </p>
            {isDisapproval ? (
              <p className="margin-bottom-0">
                A disapproval carries remarks on each ECQ found lacking. Where you leave the board’s remarks on such an ECQ empty,
                the remarks of the members who found it lacking are used.
              </p>
            ) : null}
          </div>
        </div>
      </div>
      <FormErrorSummary state={form} order={fields} heading="The decision was not finalised" />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="decide-heading" data-testid="decide-form">
        <TextareaField
          id={GENERAL_REMARKS_FIELD}
          label="General remarks (optional)"
          hint={isDisapproval ? 'A disapproval usually carries general remarks as well as remarks per ECQ.' : 'Anything the board wants on the record with its decision.'}
          value={draft.generalRemarks}
          error={form.fields[GENERAL_REMARKS_FIELD]}
          onChange={(event) => {
            const generalRemarks = event.currentTarget.value;
            setDraft((now) => ({ ...now, generalRemarks }));
          }}
        />
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend ecq-qrb-legend">The board’s remarks per ECQ (optional)</legend>
          {derivation.ecqs.map((ecq) => (
            <TextareaField
              key={ecq.ecqCode}
              id={boardRemarksField(ecq.ecqCode)}
              label={`${ecq.ecqName}: ${ecq.isMet ? 'met' : 'not met'}`}
              hint={
                ecq.isMet
                  ? 'Met: remarks are optional.'
                  : `Not met. Left empty, the members’ remarks are used: “${ecq.remarks === '' ? 'none written' : ecq.remarks}”`
              }
              value={draft.ecqRemarks[ecq.ecqCode] ?? ''}
              error={form.fields[boardRemarksField(ecq.ecqCode)]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDraft((now) => ({ ...now, ecqRemarks: { ...now.ecqRemarks, [ecq.ecqCode]: value } }));
              }}
            />
          ))}
        </fieldset>
        <button type="submit" className="usa-button margin-top-3">
          {decide.isPending ? 'Finalising…' : `Finalise the decision: ${OUTCOME_LABELS[derivation.outcome].toLowerCase()}`}
        </button>
      </form>
    </>
  );
}
