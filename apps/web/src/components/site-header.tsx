import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import closeIcon from '@uswds/uswds/img/usa-icons/close.svg';
import { unreadNotificationCountQuery } from '../api/qrb-queries';
import { agencyQuery } from '../api/queries';
import type { TSession } from '../api/wire-types';
import { PRIMARY_NAV } from '../app/navigation';
import { ROLE_LABELS } from '../auth/permissions';
import { useSession, useSignOut } from '../auth/session';
import { APP_NAME } from './page';

/**
 * The USWDS extended header: product name, the primary navigation the user's roles admit, and who is
 * signed in (name, agency, role) with sign out. Below the desktop breakpoint the navigation opens as a
 * USWDS mobile menu, driven by React state.
 */
export function SiteHeader() {
  const { data: session } = useSession();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const location = useLocation();
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const closeButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => setIsMenuOpen(false), [location.pathname]);
  useEffect(() => {
    if (!isMenuOpen) return undefined;
    closeButtonRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsMenuOpen(false);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isMenuOpen]);

  const items = PRIMARY_NAV.filter((item) => item.isVisible(session ?? null));
  return (
    <>
      <header className="usa-header usa-header--extended">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link to="/">{APP_NAME}</Link>
            </em>
          </div>
          <button type="button" className="usa-menu-btn" ref={menuButtonRef} onClick={() => setIsMenuOpen(true)}>
            Menu
          </button>
        </div>
        <nav aria-label="Primary navigation" className={`usa-nav${isMenuOpen ? ' is-visible' : ''}`}>
          <div className="usa-nav__inner">
            <button
              type="button"
              className="usa-nav__close"
              ref={closeButtonRef}
              onClick={() => {
                setIsMenuOpen(false);
                menuButtonRef.current?.focus();
              }}
            >
              <img src={closeIcon} role="img" alt="Close menu" />
            </button>
            <ul className="usa-nav__primary usa-accordion">
              {items.map((item) => (
                <li key={`${item.to}:${item.label}`} className="usa-nav__primary-item">
                  <NavLink to={item.to} className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`}>
                    <span>{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="usa-nav__secondary">
              {session === undefined ? null : session === null ? <SignInLink /> : <SignedInUser session={session} />}
            </div>
          </div>
        </nav>
      </header>
      {isMenuOpen ? <div className="usa-overlay is-visible" onClick={() => setIsMenuOpen(false)} aria-hidden="true" /> : null}
    </>
  );
}

function SignInLink() {
  const location = useLocation();
  if (location.pathname === '/sign-in') return null;
  return (
    <ul className="usa-nav__secondary-links">
      <li className="usa-nav__secondary-item">
        <Link to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>Sign in</Link>
      </li>
    </ul>
  );
}

function SignedInUser({ session }: { readonly session: TSession }) {
  const { user } = session;
  const agency = useQuery({ ...agencyQuery(user.agencyId ?? ''), enabled: user.agencyId !== null });
  const signOut = useSignOut();
  const navigate = useNavigate();
  const agencyName = user.agencyId === null ? 'All agencies' : (agency.data?.name ?? 'Agency loading…');
  const roles = user.roles.map((role) => ROLE_LABELS[role]).join(', ');
  return (
    <div className="ecq-user" data-testid="signed-in-user">
      <p className="ecq-user__identity">
        <span className="usa-sr-only">Signed in as </span>
        <strong className="ecq-user__name">{user.displayName}</strong>
        <span className="ecq-user__details">
          {agencyName} · {roles}
        </span>
      </p>
      <NotificationsLink />
      <button
        type="button"
        className="usa-button usa-button--outline ecq-user__sign-out"
        disabled={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in', { state: { hasSignedOut: true } }) })
        }
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError ? (
        <p className="usa-error-message" role="alert">
          Sign out failed; try again.
        </p>
      ) : null}
    </div>
  );
}

/**
 * The signed-in user's notifications, with how many are unread as a badge; its name says it in words
 * ("Notifications, 3 unread"). The count refreshes every minute and after "Mark all as read".
 */
function NotificationsLink() {
  const unread = useQuery(unreadNotificationCountQuery());
  const count = unread.data ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="ecq-user__notifications"
      data-testid="notifications-link"
      {...(count === 0 ? {} : { 'aria-label': `Notifications, ${count} unread` })}
    >
      Notifications
      {count === 0 ? null : (
        <>
          {' '}
          <span className="usa-tag bg-secondary-dark">{count}</span>
        </>
      )}
    </NavLink>
  );
}
