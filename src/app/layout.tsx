import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { signInHref } from '../domain/return-to';
import { sessionQuery } from '../features/auth/auth-api';
import { isSignedOutState, SignOutButton } from '../features/auth/sign-out-button';
import { useSessionExpiry } from './use-session-expiry';
import { GenericHeader, type HomeLink, ServiceName } from './app-shell';

// Only for someone who has been signed in on this page: a visitor's first page never loads it.
// The navigation's counts, likewise, for signed-in people only.
const NavCount = lazy(async () => ({ default: (await import('../features/updates/nav-count')).NavCount }));
const IdleWarning = lazy(async () => ({ default: (await import('../features/auth/idle-warning')).IdleWarning }));

interface NavigationItem {
  to: string;
  label: string;
  end: boolean;
  /** A number beside the label: updates returned to the person, or waiting for review. */
  count?: 'returned' | 'waiting';
}

const NAVIGATION: readonly NavigationItem[] = [
  { to: '/', label: 'Portfolio', end: true },
  { to: '/organisations', label: 'Organisations', end: false },
  { to: '/sprint-notes', label: 'Sprint Notes', end: false },
];
const USERS_ITEM: NavigationItem = { to: '/users', label: 'Users', end: false };
const HISTORY_ITEM: NavigationItem = { to: '/history', label: 'History', end: true };
const YOUR_PROJECTS_ITEM: NavigationItem = { to: '/your-projects', label: 'Your projects', end: true };
const REVIEW_ITEM: NavigationItem = { to: '/review', label: 'Review updates', end: true };

/** Inside the app the home links move within it, without reloading the page. */
const RouterHomeLink: HomeLink = ({ className, children }) => (
  <Link to="/" className={className}>
    {children}
  </Link>
);

/**
 * The frame of every page. After an in-app navigation focus moves to the new page's h1, as a
 * full page load would reset it, so keyboard and screen-reader users start at the top of the content.
 */
export function Layout() {
  const location = useLocation();
  const navigation = useNavigation();
  const firstRender = useRef(true);
  useSessionExpiry();
  const { data: session, isPending } = useQuery(sessionQuery());
  const signedIn = session !== null && session !== undefined;
  // Once signed in, the warning stays mounted: after the session ends it says so on this page.
  const [everSignedIn, setEverSignedIn] = useState(signedIn);
  if (signedIn && !everSignedIn) setEverSignedIn(true);
  const reviews = session?.allowed.includes('update:review') === true;
  const worksOnProjects = (session?.user.organisations.length ?? 0) > 0;
  // The server decides; the menu only leaves out what the person could not open.
  const items: NavigationItem[] = [
    ...(worksOnProjects ? [{ ...YOUR_PROJECTS_ITEM, count: 'returned' as const }] : []),
    ...NAVIGATION,
    ...(reviews ? [{ ...REVIEW_ITEM, count: 'waiting' as const }] : []),
    ...(session?.allowed.includes('users:manage') === true ? [USERS_ITEM] : []),
    ...(session?.allowed.includes('history:read-all') === true ? [HISTORY_ITEM] : []),
  ];
  const here = `${location.pathname}${location.search}${location.hash}`;

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After signing out, focus is on the notice that says so (see focusOnMount).
    if (isSignedOutState(location.state)) return;
    // A link to a part of a page (a card's show and tell) takes focus there, so the next Tab continues from it.
    // A page may name what to read first, such as the reason someone was sent to sign in.
    const target =
      location.hash === ''
        ? (document.querySelector<HTMLElement>('main [data-focus-on-arrival]') ?? document.querySelector<HTMLElement>('main h1'))
        : document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target !== null) {
      target.tabIndex = -1;
      target.focus();
    }
  }, [location.pathname, location.hash, location.state]);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <GenericHeader HomeLink={RouterHomeLink} />
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <ServiceName HomeLink={RouterHomeLink} />
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {items.map((item) => {
                  const current = isCurrent(location.pathname, item);
                  return (
                    <li
                      key={item.to}
                      className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link className="govuk-service-navigation__link" to={item.to} aria-current={current ? 'page' : undefined}>
                        {current ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                        {item.count === undefined ? null : (
                          <Suspense fallback={null}>
                            <NavCount of={item.count} />
                          </Suspense>
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <div className="app-account">
              {isPending ? null : session === undefined || session === null ? (
                location.pathname === '/sign-in' ? null : (
                  <Link className="govuk-service-navigation__link" to={signInHref(here)}>
                    Sign in
                  </Link>
                )
              ) : (
                <>
                  <span className="app-account__name">
                    <span className="govuk-visually-hidden">Signed in as </span>
                    {session.user.displayName}
                  </span>
                  <SignOutButton />
                </>
              )}
            </div>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <div className="app-loading-bar" role="status" aria-live="polite">
          {navigation.state === 'loading' ? <span className="app-loading-bar__text">Loading…</span> : null}
        </div>
        {/* tabIndex -1 lets the skip link move focus here, not only scroll, so the next Tab
            continues from the content; GOV.UK's focused-element class hides the outline, as main
            is not something to interact with. */}
        <main
          className="govuk-main-wrapper govuk-skip-link-focused-element"
          id="main-content"
          tabIndex={-1}
          aria-busy={navigation.state === 'loading'}
        >
          {everSignedIn ? (
            <Suspense fallback={null}>
              <IdleWarning signedIn={signedIn} />
            </Suspense>
          ) : null}
          {isSignedOutState(location.state) ? (
            <p className="govuk-body app-notice" role="status" tabIndex={-1} ref={focusOnMount}>
              You have signed out.
            </p>
          ) : null}
          <Outlet />
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/accessibility">
                    Accessibility statement
                  </Link>
                </li>
              </ul>
              <p className="govuk-body-s app-footer-text">
                Local Digital Portfolio: the council-led digital projects funded by the Local Digital Collaboration Unit.
              </p>
            </div>
          </div>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/** Signing out may leave the address as it was, so focus would stay on a button that is gone: move it to the notice. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

function isCurrent(pathname: string, item: NavigationItem): boolean {
  return item.end ? pathname === item.to : pathname.startsWith(item.to);
}
