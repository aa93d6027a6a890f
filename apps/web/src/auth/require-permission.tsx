import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { TSession } from '../api/wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { useSession } from './session';

/**
 * Shows `children` only to a signed-in user the predicate admits: a visitor is sent to sign in (and back
 * afterwards), a user without the role is told so. The API enforces the same rule on every call.
 */
export function RequirePermission(props: { readonly isAllowed: (session: TSession) => boolean; readonly children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Page title="Checking your sign-in">
        <Loading label="Checking your sign-in" />
      </Page>
    );
  }
  if (session.isError) {
    return (
      <Page title="Something went wrong">
        <ErrorAlert error={session.error} heading="Your sign-in could not be checked" />
      </Page>
    );
  }
  if (session.data === null) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!props.isAllowed(session.data)) {
    return (
      <Page title="Not available to your role">
        <p className="usa-intro">This page is for other roles than yours, so it is not shown to you.</p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </Page>
    );
  }
  return props.children;
}
