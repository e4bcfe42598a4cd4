import type { ReactNode } from 'react';

/** A link to the portfolio's home page: a plain one in the shell, the router's inside the app. */
export type HomeLink = (props: { className: string; children: ReactNode }) => ReactNode;

const PlainHomeLink: HomeLink = ({ className, children }) => (
  <a href="/" className={className}>
    {children}
  </a>
);

/** The header every page has, without a crown: this is not a GOV.UK service. */
export function GenericHeader({ HomeLink = PlainHomeLink }: { HomeLink?: HomeLink }) {
  return (
    <header className="govuk-generic-header" role="banner">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <HomeLink className="govuk-generic-header__homepage-link">Local Digital</HomeLink>
        </div>
      </div>
    </header>
  );
}

export function ServiceName({ HomeLink = PlainHomeLink }: { HomeLink?: HomeLink }) {
  return (
    <span className="govuk-service-navigation__service-name">
      <HomeLink className="govuk-service-navigation__link">Local Digital Portfolio</HomeLink>
    </span>
  );
}

/**
 * What shows before the first page is ready: the header and a loading message. index.html holds
 * the same markup (a test keeps the two identical), so a slow connection paints the service's
 * frame as soon as its styles arrive, before any script has run, and the router shows this again
 * while the first page's data loads. Plain links, as it is drawn outside the router too.
 */
export function AppShell() {
  return (
    <>
      <GenericHeader />
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <ServiceName />
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <p className="govuk-body app-loading" role="status">
            Loading the portfolio…
          </p>
        </main>
      </div>
    </>
  );
}
