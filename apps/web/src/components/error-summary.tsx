import type { Ref } from 'react';

export interface TSummaryError {
  readonly message: string;
  /** The input the error concerns; the summary links to it. */
  readonly inputId?: string;
}

/**
 * The error summary at the top of a form (USWDS error alert): every problem, each linking to its field.
 * The form focuses it after a failed submit so that a screen reader reads it first.
 */
export function ErrorSummary(props: {
  readonly heading: string;
  readonly errors: readonly TSummaryError[];
  readonly ref?: Ref<HTMLDivElement>;
}) {
  const { heading, errors, ref } = props;
  return (
      <div className="usa-alert usa-alert--error margin-bottom-3 ecq-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-heading">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading" id="error-summary-heading">
            {heading}
          </h2>
          <ul className="usa-list usa-list--unstyled">
            {errors.map((error) => (
              <li key={`${error.inputId ?? ''}:${error.message}`}>
                {error.inputId === undefined ? (
                  error.message
                ) : (
                  <a
                    href={`#${error.inputId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(error.inputId ?? '')?.focus();
                    }}
                  >
                    {error.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
  );
}
