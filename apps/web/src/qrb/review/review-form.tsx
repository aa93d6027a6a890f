import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { isApiError } from '../../api/api-client';
import { recordQrbReview } from '../../api/qrb-admin-queries';
import type { TEcqFinding, TQrbRecommendation, TQrbReviewWire } from '../../api/qrb-wire-types';
import { Alert } from '../../components/alert';
import { formatDateTime } from '../../workbench/workbench-labels';
import { formErrorsOf } from '../shared/form-errors';
import { RadioGroup, radioId, TextareaField } from '../shared/form-fields';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import {
  draftOf,
  FINDING_LABELS,
  findingField,
  RECOMMENDATION_FIELD,
  RECOMMENDATION_LABELS,
  recommendationMismatch,
  remarksField,
  reviewFieldOf,
  reviewFieldsOf,
  validateReviewForm,
  type TEcqRef,
  type TReviewDraft,
} from './review-form-model';

const FINDING_OPTIONS = (['meets', 'does_not_meet'] as const).map((value) => ({ value, label: FINDING_LABELS[value] }));
const RECOMMENDATION_OPTIONS = [
  { value: 'approve', label: RECOMMENDATION_LABELS.approve, description: 'The package meets every ECQ: certify the candidate’s executive qualifications.' },
  { value: 'disapprove', label: RECOMMENDATION_LABELS.disapprove, description: 'The package does not meet one or more ECQs, each with your remarks.' },
] as const;

const inputIdOf = (field: string) =>
  field === RECOMMENDATION_FIELD ? radioId(RECOMMENDATION_FIELD, 'approve') : field.startsWith('finding-') ? radioId(field, 'meets') : field;

/**
 * The member's own review (PUT …/reviews/mine, quoting the review's version: 0 the first time): for each ECQ
 * meets or does not meet, with remarks (required when it does not), and a recommendation. A save refused
 * because the review was saved elsewhere (409) keeps the entries and offers the saved one.
 */
export function ReviewForm(props: {
  readonly caseId: string;
  readonly ecqs: readonly TEcqRef[];
  readonly mine: TQrbReviewWire | null;
  readonly onSaved: (review: TQrbReviewWire) => void;
  readonly onReload: () => void;
}) {
  const { ecqs, mine } = props;
  const [draft, setDraft] = useState<TReviewDraft>(() => draftOf(ecqs, mine));
  const [saved, setSaved] = useState<TQrbReviewWire | undefined>();
  const [conflict, setConflict] = useState<string | undefined>();
  const conflictRef = useRef<HTMLDivElement>(null);
  const form = useFormErrors<string>('review');
  const fields = reviewFieldsOf(ecqs);
  // The version the entries are based on: the review as loaded, then each of this form's own saves. A newer
  // review loaded in the background (saved in another tab) does not move it, so that saving here is refused
  // rather than overwriting that one unseen.
  const [baseVersion, setBaseVersion] = useState(mine?.version ?? 0);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof recordQrbReview>[1]) => recordQrbReview(props.caseId, body),
    onSuccess(review) {
      setSaved(review);
      setBaseVersion(review.version);
      form.clear();
      props.onSaved(review);
    },
    onError(error) {
      if (isApiError(error) && error.code === 'CONFLICT' && error.field === 'version') {
        setConflict(error.message);
        return;
      }
      form.fail(formErrorsOf(error, (field) => reviewFieldOf(ecqs, field)));
    },
  });
  useEffect(() => {
    if (conflict !== undefined) conflictRef.current?.focus();
  }, [conflict]);

  const setFinding = (code: string, change: { finding?: TEcqFinding; remarks?: string }) =>
    setDraft((now) => ({ ...now, findings: { ...now.findings, [code]: { finding: now.findings[code]?.finding, remarks: now.findings[code]?.remarks ?? '', ...change } } }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(undefined);
    const checked = validateReviewForm(ecqs, draft, baseVersion);
    if (checked.errors !== undefined) {
      form.fail(checked.errors);
      return;
    }
    save.mutate(checked.body);
  }

  const mismatch = recommendationMismatch(ecqs, draft);
  return (
    <>
      {conflict === undefined ? null : (
        <div ref={conflictRef} tabIndex={-1} data-testid="review-conflict">
          <Alert type="warning" heading="Your review was saved elsewhere" isUrgent headingLevel={3}>
            <p>
              Your entries here were <strong>not saved</strong>: your review of this case was saved in another tab or on another
              device after you opened this page. Load the saved review to see it; your entries here are then replaced.
            </p>
            <button type="button" className="usa-button" onClick={props.onReload}>
              Load the saved review
            </button>
          </Alert>
        </div>
      )}
      <FormErrorSummary state={form} order={fields} inputIdOf={inputIdOf} heading="Your review was not saved" />
      <form className="usa-form usa-form--large ecq-qrb-review-form" noValidate onSubmit={onSubmit} aria-labelledby="review-form-heading" data-testid="review-form">
        <p className="margin-top-0">
          {baseVersion === 0 ? 'You have not recorded a review of this case yet.' : `Your review as saved${mine === null || mine.version !== baseVersion ? '' : ` on ${formatDateTime(mine.updatedAt)}`} (version ${baseVersion}).`}
        </p>
        {ecqs.map((ecq) => {
          const entry = draft.findings[ecq.code];
          const isLacking = entry?.finding === 'does_not_meet';
          return (
            <div className="ecq-qrb-ecq" key={ecq.code} data-ecq={ecq.code}>
              <RadioGroup
                name={findingField(ecq.code)}
                legend={`${ecq.name} (${ecq.code})`}
                isLegendBold
                options={FINDING_OPTIONS}
                value={entry?.finding}
                onChange={(finding) => setFinding(ecq.code, { finding })}
                error={form.fields[findingField(ecq.code)]}
              />
              <TextareaField
                id={remarksField(ecq.code)}
                label={`Remarks on ${ecq.name} ${isLacking ? '(required: you find it not met)' : '(optional)'}`}
                hint="Required when the package does not meet the ECQ: say what it lacks. The agency reads the board’s remarks with a disapproval."
                value={entry?.remarks ?? ''}
                error={form.fields[remarksField(ecq.code)]}
                aria-required={isLacking}
                onChange={(event) => setFinding(ecq.code, { remarks: event.currentTarget.value })}
              />
            </div>
          );
        })}
        <div className="ecq-qrb-ecq">
          <RadioGroup
            name={RECOMMENDATION_FIELD}
            legend="Your recommendation"
            isLegendBold
            hint="It should agree with your findings: approve only when every ECQ is met."
            options={RECOMMENDATION_OPTIONS}
            value={draft.recommendation}
            onChange={(recommendation: TQrbRecommendation) => setDraft((now) => ({ ...now, recommendation }))}
            error={form.fields[RECOMMENDATION_FIELD]}
          />
          <div aria-live="polite" data-testid="recommendation-warning">
            {mismatch === undefined ? null : (
              <Alert type="warning" isSlim>
                <p className="margin-0">{mismatch}</p>
              </Alert>
            )}
          </div>
        </div>
        <div className="ecq-qrb-actions">
          <button type="submit" className="usa-button">
            {save.isPending ? 'Saving…' : baseVersion === 0 ? 'Save my review' : 'Save my review again'}
          </button>
          <p role="status" className="margin-0" data-testid="review-saved">
            {saved === undefined ? '' : `Your review was saved (version ${saved.version}, ${formatDateTime(saved.updatedAt)}).`}
          </p>
        </div>
      </form>
    </>
  );
}
