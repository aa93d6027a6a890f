import { useEffect, useRef } from 'react';

/** What the last action on the case did, for the page to say. */
export interface TCaseNotice {
  /** Tells one notice from the next, so that the same words said twice are still announced. */
  readonly id: number;
  readonly heading: string;
  readonly lines: readonly string[];
  /** Things to know though it worked (a late resubmission under `warn`). */
  readonly warnings?: readonly string[];
}

/** How a panel of the case page tells the page what its action did (the page gives the notice its id). */
export type TNotify = (notice: Omit<TCaseNotice, 'id'>) => void;

/**
 * The result of the last action, as a success alert that takes focus: the control that was used has often
 * gone (a submitted case has no Submit button), and a screen reader reads the result from here.
 */
export function CaseNotice({ notice, onDismiss }: { readonly notice: TCaseNotice; readonly onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [notice.id]);
  const warnings = notice.warnings ?? [];
  return (
    <div
      className={`usa-alert usa-alert--${warnings.length === 0 ? 'success' : 'warning'} margin-y-3 ecq-case-notice`}
      ref={ref}
      tabIndex={-1}
      aria-labelledby="case-notice-heading"
      data-testid="case-notice"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="case-notice-heading">
          {notice.heading}
        </h2>
        <div className="usa-alert__text">
          {notice.lines.map((line) => (
            <p key={line} className="margin-top-05 margin-bottom-0">
              {line}
            </p>
          ))}
          {warnings.length === 0 ? null : (
            <>
              <p className="margin-bottom-0">
                <strong>Note:</strong>
              </p>
              <ul className="usa-list margin-top-05">
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="usa-button usa-button--unstyled margin-top-1" onClick={onDismiss}>
            Dismiss this message
          </button>
        </div>
      </div>
    </div>
  );
}
