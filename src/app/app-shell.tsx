/**
 * What shows before the first page is ready: the header and a loading message. index.html holds
 * the same markup (a test keeps the two identical), so a slow connection paints the service's
 * frame as soon as its styles arrive, before any script has run, and the router shows this again
 * while the first page's data loads. Plain links, as it is drawn outside the router too.
 */
export function AppShell() {
  return (
    <>
      <header className="govuk-generic-header" role="banner">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href="/" className="govuk-generic-header__homepage-link">
              Local Digital
            </a>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <a href="/" className="govuk-service-navigation__link">
                Local Digital Portfolio
              </a>
            </span>
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
