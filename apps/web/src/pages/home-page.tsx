import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { Page } from '../components/page';

const CARDS = [
  {
    to: '/models',
    heading: 'Competency models',
    text: 'The 2006, January 2025 and May 2025 ECQ models: every ECQ, sub-competency and fundamental competency, with codes, aliases and sources. Search them all and download any as CASE JSON.',
    action: 'Browse the models',
  },
  {
    to: '/crosswalks/ecq-2006/ecq-2025',
    heading: 'Crosswalk 2006 → 2025',
    text: 'What became of each 2006 competency in the January 2025 model: the same, renamed, moved, removed or related, and what is new.',
    action: 'See the crosswalk',
  },
  {
    to: '/which-model',
    heading: 'Which model applies',
    text: 'For a hiring action, a performance plan or a development plan on a given date: the model that governs it, and why.',
    action: 'Ask for a date',
  },
] as const;

export function HomePage() {
  const { data: session } = useSession();
  return (
    <Page title="Home" heading="ECQ Workbench">
      <p className="usa-intro">
        The Executive Core Qualifications of the U.S. Senior Executive Service, as versioned models with the dates they
        govern hiring, appraisal and development, following OPM’s memo of January 15, 2025.
      </p>
      {session === null ? (
        <p>
          <Link className="usa-button" to="/sign-in">
            Sign in
          </Link>
          <span className="display-block margin-top-1">The reference pages below are open to everyone.</span>
        </p>
      ) : null}
      <ul className="usa-card-group margin-top-4">
        {CARDS.map((card) => (
          <li key={card.to} className="usa-card tablet:grid-col-4">
            <div className="usa-card__container">
              <div className="usa-card__header">
                <h2 className="usa-card__heading">{card.heading}</h2>
              </div>
              <div className="usa-card__body">
                <p>{card.text}</p>
              </div>
              <div className="usa-card__footer">
                <Link className="usa-button usa-button--outline" to={card.to}>
                  {card.action}
                </Link>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
