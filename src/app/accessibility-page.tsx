import { useDocumentTitle } from '../components/use-document-title';

/** Public sector websites must publish an accessibility statement; this is the portfolio's. */
export function AccessibilityPage() {
  useDocumentTitle('Accessibility statement');
  return (
    <>
      <h1 className="govuk-heading-xl">Accessibility statement</h1>
      <p className="govuk-body-l">
        This statement applies to Local Digital Portfolio, the record of council-led digital projects funded by the Local Digital
        Collaboration Unit.
      </p>
      <p className="govuk-body">We want as many people as possible to be able to use this website. You should be able to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole website using just a keyboard</li>
        <li>navigate most of the website using speech recognition software</li>
        <li>listen to the whole website using a screen reader</li>
      </ul>

      <h2 className="govuk-heading-l">Compliance status</h2>
      <p className="govuk-body">
        This website aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard. Every page is checked
        with automated accessibility tests and used with a keyboard alone before each change is released.
      </p>

      <h2 className="govuk-heading-l">What we know is not fully accessible</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>Project updates are written by council teams and may contain link text that does not describe where the link goes.</li>
        <li>Some updates refer to slides, videos and reports hosted elsewhere, which may not be accessible.</li>
      </ul>

      <h2 className="govuk-heading-l">Reporting accessibility problems</h2>
      <p className="govuk-body">
        If you find a problem not listed on this page, or you need information in a different format, contact the Local Digital
        Collaboration Unit engagement team.
      </p>

      <h2 className="govuk-heading-l">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile
        Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact
        the Equality Advisory and Support Service (EASS).
      </p>
    </>
  );
}
