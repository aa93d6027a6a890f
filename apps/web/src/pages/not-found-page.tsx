import { Link } from 'react-router';
import { Page } from '../components/page';

/** The 404 page, in the words of the USWDS page-not-found template. */
export function NotFoundPage({ what }: { readonly what?: string }) {
  return (
    <Page title="Page not found">
      <p className="usa-intro">
        {what === undefined ? 'We can’t find the page you’re looking for.' : `We can’t find ${what}.`}
      </p>
      <p>The address may be mistyped, or the page may have moved. Try one of these instead:</p>
      <ul className="usa-list">
        <li>
          <Link to="/">The ECQ Workbench home page</Link>
        </li>
        <li>
          <Link to="/models">The competency models</Link>
        </li>
        <li>
          <Link to="/crosswalks">The crosswalks between models</Link>
        </li>
      </ul>
    </Page>
  );
}
