import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorAlert } from '../components/alert';
import { Page } from '../components/page';
import { NotFoundPage } from './not-found-page';

/** What a page that failed to render shows instead, inside the layout; the 404 of the router is the 404 page. */
export function ErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Page title="Something went wrong">
      <ErrorAlert error={error} heading="This page could not be shown" />
      <p>
        <Link to="/">Go to the home page</Link> or reload this page to try again.
      </p>
    </Page>
  );
}
