import type { ReactNode } from 'react';
import { describeApiError } from '../api/describe-api-error';
import { isApiError } from '../api/api-client';

export type TAlertType = 'info' | 'success' | 'warning' | 'error';

/** A USWDS alert. `isUrgent` makes it a live region that interrupts (role="alert"): for failures the user just caused. */
export function Alert(props: {
  readonly type: TAlertType;
  readonly heading?: string;
  readonly headingLevel?: 2 | 3;
  readonly isSlim?: boolean;
  readonly isUrgent?: boolean;
  readonly children: ReactNode;
}) {
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div
      className={`usa-alert usa-alert--${props.type}${props.isSlim === true ? ' usa-alert--slim' : ''} margin-y-3`}
      {...(props.isUrgent === true ? { role: 'alert' } : {})}
    >
      <div className="usa-alert__body">
        {props.heading === undefined ? null : <Heading className="usa-alert__heading">{props.heading}</Heading>}
        <div className="usa-alert__text">{props.children}</div>
      </div>
    </div>
  );
}

/** What a failed request means for the person, and the request id their help desk can look up. */
export function ErrorAlert(props: { readonly error: unknown; readonly heading: string; readonly headingLevel?: 2 | 3 }) {
  const { error } = props;
  const message = isApiError(error)
    ? describeApiError(error)
    : 'Something went wrong in this page. Reload it; if that does not help, try again later.';
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert type="error" heading={props.heading} isUrgent {...(props.headingLevel === undefined ? {} : { headingLevel: props.headingLevel })}>
      <p className="margin-0">{message}</p>
      {requestId === undefined ? null : (
        <p className="margin-bottom-0 font-body-2xs">
          Reference: <code>{requestId}</code>
        </p>
      )}
    </Alert>
  );
}

/** Shown while data loads; a polite live region so the wait is announced without stealing focus. */
export function Loading({ label }: { readonly label: string }) {
  return (
    <p role="status" className="ecq-loading margin-y-3">
      {label}…
    </p>
  );
}
