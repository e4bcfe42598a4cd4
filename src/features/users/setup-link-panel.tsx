import { useState } from 'react';
import { NotificationBanner } from '../../components/notification-banner';

/** "3:00pm on 12 May 2022", as GOV.UK writes a time and a date. */
function formatExpiry(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true }).replace(/\s/g, '').toLowerCase();
  const date = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `${time} on ${date}`;
}

/**
 * A new one-time link, shown once: the server keeps only its digest, so this is the only time
 * anyone can see it. It sits in a read-only field that selects itself, with a copy button, so
 * it can be passed on without retyping.
 */
export function SetupLinkPanel({
  heading,
  email,
  link,
}: {
  heading: string;
  email: string;
  link: { url: string; expiresAt: string };
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    // The clipboard is missing outside secure contexts and may be refused; either way the link is still there to select.
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <NotificationBanner id="setup-link" type="success">
      <h3 className="govuk-notification-banner__heading">{heading}</h3>
      <p className="govuk-body">
        Send this set-up link to {email}. It works once, until {formatExpiry(link.expiresAt)}, and this is the only time it is shown.
      </p>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="setup-link-url">
          Set-up link for {email}
        </label>
        <input
          className="govuk-input app-setup-link"
          id="setup-link-url"
          type="text"
          readOnly
          value={link.url}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => void copy()}>
        Copy link
      </button>
      <p className="govuk-body govuk-!-margin-bottom-0" role="status">
        {copied === 'yes' ? 'Link copied.' : copied === 'failed' ? 'Could not copy the link: select it and copy it yourself.' : ''}
      </p>
    </NotificationBanner>
  );
}
