import type { ReactNode } from 'react';
import { isCalendarDate } from '@ecq/core';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/api-client';
import { describeApiError } from '../../api/describe-api-error';
import { qrbSettingsQuery } from '../../api/qrb-queries';
import { policyForQuery } from '../../api/queries';
import { formatDate } from '../../models/labels';
import { SourceText } from '../../models/source-text';
import { caseDueOnOf } from './hiring-action-form';
import { useDebouncedValue } from './use-debounced-value';

/** How long a typed date must stay put before the API is asked about it. */
const SETTLE_MS = 250;

/**
 * What the dates typed so far imply, said as they change (a polite live region): the model that will govern
 * the action and why (GET /api/policy-for, the rule the API freezes on the action), and the QRB due date
 * (the closing date plus the deployment's `caseDueDays`, GET /api/qrb/settings).
 */
export function GoverningModelPreview(props: { readonly initiatedOn: string; readonly announcementClosesOn: string }) {
  const initiatedOn = useDebouncedValue(props.initiatedOn, SETTLE_MS);
  const isDate = isCalendarDate(initiatedOn);
  const answer = useQuery({ ...policyForQuery('hiring', initiatedOn), enabled: isDate });
  const settings = useQuery(qrbSettingsQuery());
  const dueOn = settings.data === undefined ? undefined : caseDueOnOf(props.announcementClosesOn, settings.data.settings.caseDueDays);

  let model: ReactNode;
  if (!isDate) model = <p>Enter the date the action was initiated to see which ECQ model will govern it.</p>;
  else if (answer.isPending) model = <p>Finding the model that governs hiring actions initiated on {formatDate(initiatedOn)}…</p>;
  else if (answer.isError) {
    model = <p>{isApiError(answer.error) ? describeApiError(answer.error) : `No model could be found for ${formatDate(initiatedOn)}.`}</p>;
  } else {
    model = (
      <>
        <p className="margin-top-0" data-testid="governing-model-title">
          <strong>{answer.data.modelTitle}</strong> will govern this action: it is frozen on the action from its initiation date,{' '}
          {formatDate(initiatedOn)}.
        </p>
        <p data-testid="governing-model-reason">{answer.data.reason}</p>
      </>
    );
  }
  return (
    <div className="usa-summary-box ecq-action-governing" role="region" aria-labelledby="governing-heading" data-testid="governing-model">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="governing-heading">
          Governing model and QRB due date
        </h2>
        <div className="usa-summary-box__text" aria-live="polite">
          {model}
          <p className="margin-bottom-0" data-testid="qrb-due-preview">
            {settings.data === undefined ? (
              'The QRB due date shows once the settings have loaded.'
            ) : dueOn === undefined ? (
              `Enter the closing date to see when the QRB case is due: ${settings.data.settings.caseDueDays} days after the announcement closes.`
            ) : (
              <>
                The QRB case will be due on <strong>{formatDate(dueOn)}</strong>: {settings.data.settings.caseDueDays} days after the announcement
                closes. <span className="font-body-2xs">Source: </span>
                <span className="font-body-2xs">
                  <SourceText source={settings.data.sources.deadlines} hasConfidence={false} />
                </span>
              </>
            )}
          </p>
        </div>
      </div>
    </div>
  );
}
