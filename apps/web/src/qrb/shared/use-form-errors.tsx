import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { summaryOf, type TFormErrors } from './form-errors';
import { useSummaryOwnership } from './summary-owner';

/**
 * A form's errors after a failed submit: kept until the next submit, with the error summary focused each
 * time a submit fails (so a screen reader reads it first), as the other forms of the app do.
 */
export function useFormErrors<F extends string>(formId: string) {
  const [errors, setErrors] = useState<TFormErrors<F> | undefined>();
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { isOwner, claim } = useSummaryOwnership(formId);
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);
  const fail = useCallback(
    (next: TFormErrors<F>) => {
      claim();
      setErrors(next);
      setFailures((count) => count + 1);
    },
    [claim],
  );
  const clear = useCallback(() => setErrors(undefined), []);
  const fields: Partial<Record<F, string>> = errors?.fields ?? {};
  return { errors, fields, fail, clear, summaryRef, isSummaryShown: isOwner && errors !== undefined };
}

export type TFormErrorState<F extends string> = ReturnType<typeof useFormErrors<F>>;

/** The form's error summary, when it has errors and owns the page's summary. */
export function FormErrorSummary<F extends string>(props: {
  readonly state: TFormErrorState<F>;
  readonly order: readonly F[];
  readonly inputIdOf?: (field: F) => string;
  readonly heading?: string;
  readonly headingLevel?: 2 | 3;
}) {
  const { state } = props;
  if (!state.isSummaryShown || state.errors === undefined) return null;
  return (
    <ErrorSummary
      ref={state.summaryRef}
      heading={props.heading ?? 'There is a problem'}
      errors={summaryOf(state.errors, props.order, props.inputIdOf)}
      {...(props.headingLevel === undefined ? {} : { headingLevel: props.headingLevel })}
    />
  );
}
