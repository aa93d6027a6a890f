import { useId, type Ref } from 'react';

export interface TSummaryError {
  readonly message: string;
  /** The input the error concerns; the summary links to it. */
  readonly inputId?: string;
}

/**
 * The error summary at the top of a form (USWDS error alert): every problem, each linking to its field.
 * The form focuses it after a failed submit so that a screen reader reads it first. Its heading has an id of
 * its own, so that a page with several forms may show several summaries; a form under a section's heading
 * gives its summary a level-3 heading.
 */
export function ErrorSummary(props: {
  readonly heading: string;
  readonly errors: readonly TSummaryError[];
  readonly headingLevel?: 2 | 3;
  readonly ref?: Ref<HTMLDivElement>;
}) {
  const { heading, errors, ref } = props;
  const headingId = useId();
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3 ecq-error-summary" ref={ref} tabIndex={-1} aria-labelledby={headingId}>
      <div className="usa-alert__body">
        <Heading className="usa-alert__heading" id={headingId}>
          {heading}
        </Heading>
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
