import { Link } from 'react-router';
import { APP_NAME } from './page';

/** The USWDS slim footer: the reference pages and the API's own documentation. */
export function SiteFooter() {
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="usa-footer__primary-section">
        <div className="usa-footer__primary-container grid-row">
          <div className="mobile-lg:grid-col-12">
            <nav className="usa-footer__nav" aria-label="Footer navigation">
              <ul className="grid-row grid-gap">
                <li className="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content">
                  <Link className="usa-footer__primary-link" to="/models">
                    Competency models
                  </Link>
                </li>
                <li className="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content">
                  <Link className="usa-footer__primary-link" to="/crosswalks">
                    Crosswalks
                  </Link>
                </li>
                <li className="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content">
                  <a className="usa-footer__primary-link" href="/docs">
                    API documentation
                  </a>
                </li>
                <li className="mobile-lg:grid-col-6 desktop:grid-col-auto usa-footer__primary-content">
                  <a className="usa-footer__primary-link" href="/ims/case/v1p1/CFDocuments">
                    CASE API
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </div>
      </div>
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          <p className="margin-0">
            {APP_NAME}: the Executive Core Qualifications of the U.S. Senior Executive Service, from the 2006 model to the
            models of 2025.
          </p>
        </div>
      </div>
    </footer>
  );
}
