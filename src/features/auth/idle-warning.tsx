import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { signInHref } from '../../domain/return-to';
import { IDLE_TIMEOUT_MINUTES, idleState } from '../../domain/session-rules';
import { useServerContact } from '../../lib/server-contact';
import { sessionQuery } from './auth-api';

const CHECK_EVERY_MS = 10_000;

/**
 * Warns a signed-in person two minutes before an idle session would end, with a button to keep
 * it going, so nobody loses their work to a time limit they were never told about (WCAG 2.2.1).
 * Once it has ended, says so on the page where it happened until the person moves on.
 */
export function IdleWarning({ signedIn }: { signedIn: boolean }) {
  const queryClient = useQueryClient();
  const location = useLocation();
  const lastContactMs = useServerContact((state) => state.lastContactMs);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [extending, setExtending] = useState(false);
  // Asking the server again ends "signed in", and its answer counts as fresh contact, so neither
  // can say afterwards why the person was signed out: the page where it happened is kept instead.
  const [endedAt, setEndedAt] = useState<string | null>(null);
  const [wasSignedIn, setWasSignedIn] = useState(signedIn);

  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);

  const state = idleState(lastContactMs, Math.max(nowMs, lastContactMs));
  const here = `${location.pathname}${location.search}`;
  const expired = signedIn && state.kind === 'expired';
  if (expired && endedAt !== here) setEndedAt(here);
  if (signedIn !== wasSignedIn) {
    setWasSignedIn(signedIn);
    // Signed in again: a later sign-out on this page is not this timeout.
    if (signedIn) setEndedAt(null);
  }

  useEffect(() => {
    // The server has ended the session by now; asking again makes the header say so.
    if (expired) void queryClient.invalidateQueries({ queryKey: sessionQuery().queryKey });
  }, [expired, queryClient]);

  const warning = signedIn && state.kind === 'warning';
  if (!warning && !expired && endedAt !== here) return null;

  return (
    <NotificationBanner id="idle-warning" urgent>
      {warning ? (
        <>
          <p className="govuk-notification-banner__heading">
            You will be signed out in {Math.ceil(state.secondsLeft / 60) === 1 ? '1 minute' : `${Math.ceil(state.secondsLeft / 60)} minutes`}{' '}
            because you have not done anything for a while.
          </p>
          <p className="govuk-body">Anything you have not saved will be lost.</p>
          <button
            type="button"
            className="govuk-button govuk-!-margin-bottom-0"
            disabled={extending}
            onClick={() => {
              setExtending(true);
              // Asking who is signed in is a request like any other: the server counts it as activity.
              void queryClient
                .query({ ...sessionQuery(), staleTime: 0 })
                .finally(() => setExtending(false));
            }}
          >
            Stay signed in
          </button>
        </>
      ) : (
        <p className="govuk-notification-banner__heading">
          You have been signed out because you had not done anything for {IDLE_TIMEOUT_MINUTES} minutes.{' '}
          <Link className="govuk-notification-banner__link" to={signInHref(here, { sessionEnded: true })}>
            Sign in again
          </Link>
          .
        </p>
      )}
    </NotificationBanner>
  );
}
