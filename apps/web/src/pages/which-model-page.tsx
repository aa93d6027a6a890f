import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { describeApiError, fieldErrorsOf } from '../api/describe-api-error';
import { policyForQuery } from '../api/queries';
import type { TPolicyAnswer, TProcess } from '../api/wire-types';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { formatDate, isProcess, PROCESS_LABELS, PROCESS_OPTIONS } from '../models/labels';
import { SourceText } from '../models/source-text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the user's own calendar, as YYYY-MM-DD. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Which model applies": a process and a date in, the governing pack and the reason out (GET /api/policy-for,
 * which follows this deployment's ECQ_FOLLOW setting). The question lives in the address, so an answer can be
 * linked to.
 */
export function WhichModelPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const askedProcess = searchParams.get('process');
  const askedOn = searchParams.get('on');
  const question = isProcess(askedProcess) && askedOn !== null && askedOn !== '' ? { process: askedProcess, on: askedOn } : undefined;
  const answer = useQuery({ ...policyForQuery(question?.process ?? 'hiring', question?.on ?? ''), enabled: question !== undefined });
  const [dateError, setDateError] = useState<string | undefined>();
  const [hasAsked, setHasAsked] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (hasAsked && !answer.isFetching) resultRef.current?.focus();
  }, [hasAsked, answer.isFetching, answer.data]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const process = String(form.get('process') ?? '');
    const on = String(form.get('on') ?? '');
    if (!ISO_DATE.test(on)) {
      setDateError('Enter a date, for example 07/01/2025.');
      return;
    }
    setDateError(undefined);
    setHasAsked(true);
    setSearchParams({ process, on });
  }

  const serverFieldErrors = answer.isError && isApiError(answer.error) ? fieldErrorsOf(answer.error) : new Map<string, string>();
  const isNoPolicy = answer.isError && isApiError(answer.error) && answer.error.code === 'NO_GOVERNING_POLICY';
  const onError = dateError ?? (isNoPolicy ? undefined : serverFieldErrors.get('on'));

  return (
    <Page title="Which model applies">
      <p className="usa-intro">
        Hiring actions, performance plans and development plans move to a new ECQ model on different dates. Choose a
        process and a date to see which model governs it, and why.
      </p>
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} key={`${question?.process ?? ''}:${question?.on ?? ''}`}>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="process">
            Process
          </label>
          <select className="usa-select" id="process" name="process" defaultValue={question?.process ?? 'hiring'}>
            {PROCESS_OPTIONS.map((process) => (
              <option key={process} value={process}>
                {PROCESS_LABELS[process].label}
              </option>
            ))}
          </select>
        </div>
        <div className={`usa-form-group${onError === undefined ? '' : ' usa-form-group--error'}`}>
          <label className={`usa-label${onError === undefined ? '' : ' usa-label--error'}`} htmlFor="on">
            Date
          </label>
          <div className="usa-hint" id="on-hint">
            For hiring, the date the hiring action was initiated; for appraisal and development, the day in question.
          </div>
          {onError === undefined ? null : (
            <span className="usa-error-message" id="on-error" role="alert">
              {onError}
            </span>
          )}
          <input
            className={`usa-input${onError === undefined ? '' : ' usa-input--error'}`}
            id="on"
            name="on"
            type="date"
            defaultValue={question?.on ?? todayIso()}
            aria-describedby={onError === undefined ? 'on-hint' : 'on-hint on-error'}
            {...(onError === undefined ? {} : { 'aria-invalid': true })}
          />
        </div>
        <button type="submit" className="usa-button">
          Show the model that applies
        </button>
      </form>

      <div className="margin-top-4">
        {question === undefined ? null : answer.isPending ? (
          <Loading label="Finding the model that applies" />
        ) : answer.isError ? (
          isNoPolicy && isApiError(answer.error) ? (
            <Alert type="warning" heading="No model applies" isUrgent>
              <p className="margin-0">{describeApiError(answer.error)}</p>
            </Alert>
          ) : serverFieldErrors.size > 0 ? null : (
            <ErrorAlert error={answer.error} heading="The answer could not be found" />
          )
        ) : (
          <PolicyAnswer answer={answer.data} headingRef={resultRef} />
        )}
      </div>
    </Page>
  );
}

function PolicyAnswer({ answer, headingRef }: { readonly answer: TPolicyAnswer; readonly headingRef: RefObject<HTMLHeadingElement | null> }) {
  const process: TProcess = answer.process;
  return (
    <div className="usa-summary-box" role="region" aria-labelledby="answer-heading" data-testid="policy-answer">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="answer-heading" tabIndex={-1} ref={headingRef}>
          {answer.modelTitle}
        </h2>
        <div className="usa-summary-box__text">
          <p>
            This model governs <strong>{PROCESS_LABELS[process].inSentence}</strong> on{' '}
            <strong>{formatDate(answer.on)}</strong>.
          </p>
          <p>{answer.reason}</p>
          <dl className="ecq-facts">
            <dt>In force for this process from</dt>
            <dd>{formatDate(answer.rule.from)}</dd>
            <dt>Basis</dt>
            <dd>{answer.rule.basis}</dd>
            <dt>Source</dt>
            <dd>
              <SourceText source={answer.rule.source} />
            </dd>
            {answer.choice === null ? null : (
              <>
                <dt>Deployment setting</dt>
                <dd>
                  This deployment follows <code>{answer.choice.chosen}</code> among the alternatives of{' '}
                  <code>{answer.choice.group}</code>
                  {answer.choice.others.length === 0 ? '' : ` (not ${answer.choice.others.join(', ')})`}.
                </dd>
              </>
            )}
          </dl>
          <p className="margin-bottom-0">
            <Link className="usa-summary-box__link" to={`/models/${encodeURIComponent(answer.packId)}`}>
              See {answer.modelTitle}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
