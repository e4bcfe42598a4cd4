import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useEffectEvent, useRef, useState } from 'react';
import { Link, NavigationType, Outlet, ScrollRestoration, useLocation, useNavigation, useNavigationType } from 'react-router';
import { signInHref } from '../domain/return-to';
import { sessionQuery } from '../features/auth/auth-api';
import { isSignedOutState } from '../features/auth/signed-out-state';
import { GenericHeader, type HomeLink, ServiceName } from './app-shell';

// Only for someone who has been signed in on this page: a visitor's first page never loads it.
// The navigation's counts, likewise, for signed-in people only.
const NavCount = lazy(async () => ({ default: (await import('../features/updates/nav-count')).NavCount }));
const IdleWarning = lazy(async () => ({ default: (await import('../features/auth/idle-warning')).IdleWarning }));
// Signing out, for someone signed in only; with it the code that sends a change to the API, which a visitor's first page never does.
const SignOutButton = lazy(async () => ({ default: (await import('../features/auth/sign-out-button')).SignOutButton }));
const SessionExpiry = lazy(async () => ({ default: (await import('./use-session-expiry')).SessionExpiry }));

interface NavigationItem {
  to: string;
  label: string;
  end: boolean;
  /** A number beside the label: updates returned to the person, or waiting for review. */
  count?: 'returned' | 'waiting';
}

const NAVIGATION: readonly NavigationItem[] = [
  { to: '/', label: 'Portfolio', end: true },
  { to: '/overview', label: 'Overview', end: true },
  { to: '/timeline', label: 'Timeline', end: true },
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
 * Back and Forward are different: the page comes back where it was left, scrolled as it was (by
 * ScrollRestoration), with focus on the link that was followed from it, as a browser's own Back does.
 */
export function Layout() {
  const location = useLocation();
  const navigation = useNavigation();
  const navigationType = useNavigationType();
  const firstRender = useRef(true);
  const left = useRef(location);
  // Open on one page only: following a link to another, in the menu or not, folds it away again
  // (and focus moves to that page's h1). A link to this same page leaves it open, and focus with it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
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

  // An event, not an effect: what it reads (the kind of navigation, the page left) is no reason to run it.
  const arrive = useEffectEvent(() => {
    // The page being left, by the address it was arrived at: what a link to it would say.
    const from = `${left.current.pathname}${left.current.search}`;
    left.current = location;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After signing out, focus is on the notice that says so (see focusOnMount).
    if (isSignedOutState(location.state)) return;
    if (navigationType === NavigationType.Pop) {
      // ScrollRestoration has put the page back as it was; a plain focus() would scroll to the link.
      [...document.querySelectorAll<HTMLElement>('main a')].find((link) => link.getAttribute('href') === from)?.focus({ preventScroll: true });
      return;
    }
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
  });
  useEffect(() => {
    arrive();
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
              {/* Below the tablet breakpoint the list folds behind this button; from it, the button is hidden (app.scss). */}
              <button
                type="button"
                className="govuk-service-navigation__toggle"
                aria-controls="navigation"
                aria-expanded={menuOpen}
                onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
              >
                Menu
              </button>
              <ul className={`govuk-service-navigation__list${menuOpen ? '' : ' app-folded'}`} id="navigation">
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
                  <Suspense fallback={null}>
                    <SignOutButton />
                  </Suspense>
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
              <SessionExpiry />
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
