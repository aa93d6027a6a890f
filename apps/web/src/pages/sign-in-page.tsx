import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { describeApiError, fieldErrorsOf } from '../api/describe-api-error';
import { safeNextPath } from '../auth/safe-next-path';
import { useSession, useSignIn } from '../auth/session';
import { Alert } from '../components/alert';
import { ErrorSummary, type TSummaryError } from '../components/error-summary';
import { Page } from '../components/page';
import { TextField } from '../components/text-field';

const FIELDS = ['email', 'password'] as const;
type TField = (typeof FIELDS)[number];

interface TFormErrors {
  readonly heading: string;
  readonly fields: Partial<Record<TField, string>>;
  readonly general: readonly string[];
}

function errorsOf(error: unknown): TFormErrors {
  if (!isApiError(error)) return { heading: 'There is a problem', fields: {}, general: ['Sign-in failed. Try again.'] };
  const fields: Partial<Record<TField, string>> = {};
  const general: string[] = [];
  const byField = fieldErrorsOf(error);
  for (const [field, message] of byField) {
    if ((FIELDS as readonly string[]).includes(field)) fields[field as TField] = message;
    else general.push(message);
  }
  if (byField.size === 0) general.push(describeApiError(error));
  const heading = error.code === 'RATE_LIMITED' ? 'Sign-in is paused for this email address' : 'There is a problem';
  return { heading, fields, general };
}

/** Sign in with email and password (USWDS form); the API's field errors show in the summary and at each field. */
export function SignInPage() {
  const { data: session } = useSession();
  const signIn = useSignIn();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const hasSignedOut = (location.state as { hasSignedOut?: boolean } | null)?.hasSignedOut === true;
  const [errors, setErrors] = useState<TFormErrors | undefined>();
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors !== undefined) summaryRef.current?.focus();
  }, [errors]);

  // Signed in already, or just now: the session in the cache takes the user on.
  if (session) return <Navigate to={next} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing: Partial<Record<TField, string>> = {};
    if (email === '') missing.email = 'Enter your email address.';
    if (password === '') missing.password = 'Enter your password.';
    if (Object.keys(missing).length > 0) {
      setErrors({ heading: 'There is a problem', fields: missing, general: [] });
      return;
    }
    signIn.mutate({ email, password }, { onError: (error) => setErrors(errorsOf(error)) });
  }

  const summary: TSummaryError[] =
    errors === undefined
      ? []
      : [
          ...FIELDS.flatMap((field) => {
            const message = errors.fields[field];
            return message === undefined ? [] : [{ message, inputId: field }];
          }),
          ...errors.general.map((message) => ({ message })),
        ];

  return (
    <Page title="Sign in">
      {hasSignedOut && errors === undefined ? (
        <Alert type="info" isSlim>
          <p className="margin-0">You have signed out.</p>
        </Alert>
      ) : null}
      {errors === undefined ? null : <ErrorSummary ref={summaryRef} heading={errors.heading} errors={summary} />}
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Sign in">
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">Access your ECQ Workbench account</legend>
          <TextField
            id="email"
            name="email"
            label="Email address"
            type="email"
            autoComplete="username"
            autoCapitalize="off"
            spellCheck={false}
            error={errors?.fields.email}
          />
          <TextField
            id="password"
            name="password"
            label="Password"
            type={isPasswordShown ? 'text' : 'password'}
            autoComplete="current-password"
            error={errors?.fields.password}
          />
          <button
            type="button"
            className="usa-show-password"
            aria-controls="password"
            onClick={() => setIsPasswordShown((shown) => !shown)}
          >
            {isPasswordShown ? 'Hide password' : 'Show password'}
          </button>
          <button type="submit" className="usa-button">
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </fieldset>
      </form>
    </Page>
  );
}
