import { updateCountQueries } from './update-counts-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SyntheticEvent, useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router';
import { ConflictNotice } from '../../components/conflict-notice';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { FieldError, formGroupClass } from '../../components/field-parts';
import { LazyMarkdown } from '../../components/lazy-markdown';
import { NotificationBanner } from '../../components/notification-banner';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { formatPartialDate } from '../../domain/partial-date';
import { today } from '../../domain/phase-rules';
import type { Link } from '../../domain/project';
import { LINKS_MAX, type UpdateInReview, updateInReviewSchema } from '../../domain/update';
import { conflictingRecord } from '../../lib/conflict';
import { type DateParts, datePartsInError, joinDateParts, sameDateParts, splitPartialDate } from '../../lib/date-parts';
import { toFormErrors } from '../../lib/form-errors';
import { changeUpdate, createTeamUpdate, createUpdate, submitUpdate, updateQueries } from './updates-api';
import { type UnsavedUpdate, useUnsavedUpdates } from './unsaved-updates';

const DATE_ID = 'update-date';

/** The API's fields and their controls, in page order (the error summary's order); a refused date links to its first box at fault. */
function fieldIds(sentDate: DateParts) {
  const [firstDatePart = 'day'] = datePartsInError(sentDate);
  return { headline: 'update-headline', publishedOn: `${DATE_ID}-${firstDatePart}`, bodyMarkdown: 'update-body', links: 'update-links' } as const;
}

interface UpdateText {
  headline: string;
  bodyMarkdown: string;
  links: Link[];
  publishedOn: DateParts;
}

/** Text kept by the store, with the form's own date where it was kept before updates had one. */
function keptText(kept: UnsavedUpdate, saved: UpdateText): UpdateText {
  return { headline: kept.headline, bodyMarkdown: kept.bodyMarkdown, links: kept.links, publishedOn: kept.publishedOn ?? saved.publishedOn };
}

function sameText(a: UpdateText, b: UpdateText): boolean {
  return (
    a.headline === b.headline &&
    a.bodyMarkdown === b.bodyMarkdown &&
    sameDateParts(a.publishedOn, b.publishedOn) &&
    a.links.length === b.links.length &&
    a.links.every((link, index) => {
      const other = b.links[index];
      return other !== undefined && link.title === other.title && link.url === other.url;
    })
  );
}

/**
 * Where the form saves to: a new update of a project (slug null: team news, which has no project),
 * or an existing one at the version the page read.
 */
export type UpdateFormTarget = { kind: 'new'; slug: string | null } | { kind: 'edit'; update: UpdateInReview };

/** What the update's page says once the form has saved, passed in the navigation's state. */
export interface SavedNotice {
  saved: 'draft' | 'submitted' | 'changes' | 'submit-failed';
}

/**
 * Writing an update: a headline, the text in Markdown with a preview of how it will read, and
 * titled links. Every keystroke is kept in the browser until the update is saved, so a reload, a
 * refused save, a lost connection or a session that ended loses nothing; a person who comes back
 * finds their text in the form, and may discard it.
 */
export function UpdateForm({ target, storageKey }: { target: UpdateFormTarget; storageKey: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // A new update is dated the day its form opened, so a page left open past midnight still counts as untouched.
  const [openedOn] = useState(() => splitPartialDate(today()));
  const saved: UpdateText =
    target.kind === 'new'
      ? { headline: '', bodyMarkdown: '', links: [], publishedOn: openedOn }
      : {
          headline: target.update.headline,
          bodyMarkdown: target.update.bodyMarkdown,
          links: target.update.links,
          publishedOn: splitPartialDate(target.update.publishedOn),
        };
  const kept = useUnsavedUpdates((state) => state.texts[storageKey]);
  const keep = useUnsavedUpdates((state) => state.keep);
  const forget = useUnsavedUpdates((state) => state.forget);
  const [restoredFrom] = useState(() => (kept !== undefined && !sameText(keptText(kept, saved), saved) ? kept.keptAt : null));
  const [text, setText] = useState<UpdateText>(() => (kept !== undefined && restoredFrom !== null ? keptText(kept, saved) : saved));
  const [discarded, setDiscarded] = useState(false);
  const [theirs, setTheirs] = useState<UpdateInReview | null>(null);
  const preview = useDeferredValue(text.bodyMarkdown);

  const change = (next: UpdateText) => {
    setText(next);
    if (sameText(next, saved)) forget(storageKey);
    else keep(storageKey, next);
  };

  const mutation = useMutation({
    mutationFn: async ({ submit, sent }: { submit: boolean; sent: UpdateText }): Promise<{ id: number; notice: SavedNotice }> => {
      const body = { headline: sent.headline, bodyMarkdown: sent.bodyMarkdown, links: sent.links };
      const publishedOn = joinDateParts(sent.publishedOn);
      const save = () => {
        if (target.kind === 'new') {
          return target.slug === null ? createTeamUpdate({ ...body, publishedOn }) : createUpdate(target.slug, { ...body, publishedOn });
        }
        // The date goes only when changed: an older update may be dated by month alone, which a new date may not be.
        const dateChanged = !sameDateParts(sent.publishedOn, saved.publishedOn);
        return changeUpdate(target.update.id, { ...body, ...(dateChanged ? { publishedOn } : {}), version: target.update.version });
      };
      const written = await save();
      // Saved: from here the server holds the text, whatever happens to the submission.
      forget(storageKey);
      queryClient.setQueryData(updateQueries.detail(written.update.id).queryKey, written);
      if (!submit || !written.can.submit) return { id: written.update.id, notice: { saved: target.kind === 'new' ? 'draft' : 'changes' } };
      try {
        const submitted = await submitUpdate(written.update.id, written.update.version);
        queryClient.setQueryData(updateQueries.detail(submitted.update.id).queryKey, submitted);
        return { id: submitted.update.id, notice: { saved: 'submitted' } };
      } catch {
        return { id: written.update.id, notice: { saved: 'submit-failed' } };
      }
    },
    onSuccess: async ({ id, notice }) => {
      await queryClient.invalidateQueries({ queryKey: updateQueries.all, refetchType: 'none' });
      // The navigation's counts are on screen: they are fetched again at once.
      void queryClient.invalidateQueries({ queryKey: updateCountQueries.counts().queryKey });
      await navigate(`/updates/${String(id)}`, { state: notice });
    },
    onError: (error) => {
      const current = conflictingRecord(error, updateInReviewSchema);
      if (current === null || target.kind === 'new') return;
      setTheirs(current);
      // The page's copy becomes theirs, so saving again sends the newer version: replacing theirs is then a choice made knowingly.
      queryClient.setQueryData(updateQueries.detail(current.id).queryKey, (old) => (old === undefined ? old : { ...old, update: current }));
    },
  });
  const sentDate = mutation.variables?.sent.publishedOn ?? text.publishedOn;
  const ids = fieldIds(sentDate);
  const errors = toFormErrors(mutation.error, ids);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const submitter = event.nativeEvent.submitter;
    mutation.mutate({ submit: submitter instanceof HTMLButtonElement && submitter.value === 'submit', sent: text });
  };

  const setLink = (index: number, link: Link) => {
    change({ ...text, links: text.links.map((old, at) => (at === index ? link : old)) });
  };
  const status = target.kind === 'new' ? 'draft' : target.update.status;
  const offersSubmit = status === 'draft' || status === 'returned';

  return (
    <form noValidate onSubmit={submit} aria-describedby={restoredFrom !== null && !discarded ? 'unsaved-text' : undefined}>
      <ErrorSummary errors={errors.summary} />
      {restoredFrom !== null && !discarded ? (
        <NotificationBanner id="unsaved-text" title="Your unsaved text">
          <p className="govuk-notification-banner__heading">
            The form has the text you typed on {new Date(restoredFrom).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}, which was
            not saved.
          </p>
          <p className="govuk-body">
            Save it when you are ready, or{' '}
            <button
              type="button"
              className="app-link-button"
              onClick={() => {
                setDiscarded(true);
                change(saved);
              }}
            >
              discard it and start again from the {target.kind === 'new' ? 'empty form' : 'saved update'}
            </button>
            .
          </p>
        </NotificationBanner>
      ) : null}
      {theirs === null ? null : (
        <ConflictNotice
          heading="Someone else saved this update while you were editing"
          headingLevel="h2"
          rows={[
            { key: 'Headline', value: theirs.headline },
            { key: 'Date of the update', value: formatPartialDate(theirs.publishedOn) },
            { key: 'Update', value: theirs.bodyMarkdown },
            { key: 'Links', value: theirs.links.length === 0 ? 'None' : theirs.links.map((link) => `${link.title}: ${link.url}`).join('\n') },
          ]}
        />
      )}
      <TextInput
        id={ids.headline}
        name="headline"
        label="Headline"
        hint="One line that says what happened, for example “Bulky waste booking tested with residents”"
        value={text.headline}
        onValueChange={(headline) => {
          change({ ...text, headline });
        }}
        error={errors.fields.headline}
      />
      <DateInput
        id={DATE_ID}
        name="publishedOn"
        legend="Date of the update"
        hint="The day this news is from. It decides which Sprint Notes issue can use it."
        value={text.publishedOn}
        onValueChange={(publishedOn) => {
          change({ ...text, publishedOn });
        }}
        error={errors.fields.publishedOn}
        errorParts={datePartsInError(sentDate)}
      />
      <Textarea
        id={ids.bodyMarkdown}
        name="bodyMarkdown"
        label="Update"
        hint="What the team did, found and will do next. Markdown works: **bold**, *italic*, [a link](https://example.com) and lists starting with -."
        rows={12}
        value={text.bodyMarkdown}
        onValueChange={(bodyMarkdown) => {
          change({ ...text, bodyMarkdown });
        }}
        error={errors.fields.bodyMarkdown}
      />
      <section className="app-preview" aria-labelledby="update-preview-heading">
        <h2 className="govuk-heading-s" id="update-preview-heading">
          Preview
        </h2>
        {preview.trim() === '' ? <p className="govuk-body govuk-hint">The update will show here as it will read.</p> : <LazyMarkdown>{preview}</LazyMarkdown>}
      </section>
      <div className={formGroupClass(errors.fields.links)} id={ids.links} tabIndex={-1}>
        <fieldset className="govuk-fieldset" aria-describedby="update-links-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Links (optional)</legend>
          <div className="govuk-hint" id="update-links-hint">
            Slides, recordings, reports or posts the update mentions, each with a title. Up to {LINKS_MAX}.
          </div>
          <FieldError id={ids.links} error={errors.fields.links} />
          {text.links.map((link, index) => (
            // Links have no ids until saved; their place in the list is what names them here.
            <div className="app-link-row" key={index}>
              <TextInput
                id={`update-link-${String(index)}-title`}
                name={`links.${String(index)}.title`}
                label={`Title of link ${String(index + 1)}`}
                value={link.title}
                onValueChange={(title) => {
                  setLink(index, { ...link, title });
                }}
              />
              <TextInput
                id={`update-link-${String(index)}-url`}
                name={`links.${String(index)}.url`}
                type="url"
                label={`Address of link ${String(index + 1)}`}
                spellCheck={false}
                autoComplete="off"
                value={link.url}
                onValueChange={(url) => {
                  setLink(index, { ...link, url });
                }}
              />
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  change({ ...text, links: text.links.filter((_link, at) => at !== index) });
                }}
              >
                Remove <span className="govuk-visually-hidden">link {index + 1}</span>
              </button>
            </div>
          ))}
          {text.links.length < LINKS_MAX ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                change({ ...text, links: [...text.links, { title: '', url: '' }] });
              }}
            >
              Add a link
            </button>
          ) : null}
        </fieldset>
      </div>
      <p className="govuk-body" role="status">
        {mutation.isPending ? 'Saving the update…' : ''}
      </p>
      <div className="govuk-button-group">
        {offersSubmit ? (
          <>
            <button type="submit" className="govuk-button" name="action" value="submit" data-module="govuk-button">
              Save and submit for review
            </button>
            <button type="submit" className="govuk-button govuk-button--secondary" name="action" value="draft" data-module="govuk-button">
              Save as draft
            </button>
          </>
        ) : (
          <button type="submit" className="govuk-button" name="action" value="save" data-module="govuk-button">
            Save changes
          </button>
        )}
      </div>
    </form>
  );
}
