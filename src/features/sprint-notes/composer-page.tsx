import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DateInput } from '../../components/date-input';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/error-summary';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../components/use-document-title';
import { ConfirmRemoval } from '../../components/confirm-removal';
import { daySchema } from '../../domain/day';
import { isoDay } from '../../domain/partial-date';
import { type NoteUpdate, type SprintNote, type SprintNoteContent, sprintNoteSchema } from '../../domain/sprint-notes';
import { documentOf, formatCoverage } from '../../domain/sprint-notes-document';
import { ApiRequestError, hasStatus } from '../../lib/api-client';
import { type DateParts, joinDateParts, splitPartialDate } from '../../lib/date-parts';
import { ComposerCandidates } from './composer-candidates';
import { ComposerIssue, type OrderActions } from './composer-issue';
import { ComposerMissing } from './composer-missing';
import { addUpdates, editItem, moveGroup, moveItem, removeUpdates, setHeading } from './composer-order';
import { composerKey, contentOf, sameContent, useComposerDrafts } from './composer-store';
import { ComposerPreview } from './composer-preview';
import { deleteSprintNote, publishSprintNote, saveSprintNote, sprintNoteQueries } from './sprint-notes-api';

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;
}

/** Where each of the API's field names is on this page, for the error summary's links. */
function hrefOf(field: string, content: SprintNoteContent): string | undefined {
  if (field === 'coversFrom') return '#covers-from-day';
  if (field === 'coversTo') return '#covers-to-day';
  if (field === 'intro' || field === 'closing') return `#${field}`;
  if (field === 'publishedOn') return '#published-on-day';
  if (field === 'publishedUrl') return '#published-url';
  const item = /^sections\.(\d+)\.items\.(\d+)/.exec(field);
  if (item !== null) {
    const updateId = content.sections[Number(item[1])]?.items[Number(item[2])]?.updateId;
    return updateId === undefined ? undefined : `#item-${String(updateId)}`;
  }
  const section = /^sections\.(\d+)\.(name|intro)/.exec(field);
  if (section !== null) {
    const kind = content.sections[Number(section[1])]?.kind;
    return kind === undefined ? undefined : `#section-${kind}-${section[2] ?? 'name'}`;
  }
  return undefined;
}

function summaryOf(error: unknown, content: SprintNoteContent): ErrorSummaryItem[] {
  if (error === null || error === undefined || hasStatus(error, 409)) return [];
  if (!(error instanceof ApiRequestError)) return [{ text: error instanceof Error ? error.message : 'Something went wrong. Try again.' }];
  const entries = Object.entries(error.fields).flatMap(([field, messages]) => messages.map((text) => ({ text, href: hrefOf(field, content) })));
  return entries.length > 0 ? entries : [{ text: error.message }];
}

/** The issue as it now stands on the server, from a 409's reply. */
function theirsOf(error: unknown): SprintNote | null {
  if (!hasStatus(error, 409)) return null;
  const body = error.body;
  const current = typeof body === 'object' && body !== null && 'current' in body ? body.current : null;
  const parsed = sprintNoteSchema.safeParse(current);
  return parsed.success ? parsed.data : null;
}

/**
 * Composing an issue: choosing the period's approved updates, putting them in order, editing
 * their words for this issue, seeing who sent nothing, previewing and publishing. Every choice
 * is kept in this browser as it is made (composer-store.ts) and saved to the server as the draft
 * on request, with the version it started from, so two composers never overwrite each other
 * unawares. A published issue opens here for corrections to its words only.
 */
export function ComposerPage({ number, userId }: { number: number; userId: number }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: note } = useSuspenseQuery(sprintNoteQueries.detail(number));
  const key = composerKey(userId, number);
  const kept = useComposerDrafts((state) => state.drafts[key]);
  const keep = useComposerDrafts((state) => state.keep);
  const change = useComposerDrafts((state) => state.change);
  const forget = useComposerDrafts((state) => state.forget);
  const published = note.status === 'published';
  const title = published ? `Correct ${note.title}` : `Compose ${note.title}`;
  useDocumentTitle(title);

  const serverContent = useMemo(() => contentOf(note), [note]);
  const content = kept?.content ?? serverContent;
  const baseVersion = kept?.baseVersion ?? note.version;
  const unsaved = kept !== undefined && (kept.baseVersion !== note.version || !sameContent(kept.content, serverContent));

  const edit = useCallback(
    (apply: (current: SprintNoteContent) => SprintNoteContent) => {
      if (useComposerDrafts.getState().drafts[key] === undefined) keep(key, note.version, apply(serverContent));
      else change(key, apply);
    },
    [key, keep, change, note.version, serverContent],
  );

  const periodValid = daySchema.safeParse(content.coversFrom).success && daySchema.safeParse(content.coversTo).success && content.coversFrom <= content.coversTo;
  const candidates = useQuery({ ...sprintNoteQueries.candidates(number, content.coversFrom, content.coversTo), enabled: !published && periodValid });
  const updates = useMemo(() => {
    const map = new Map<number, NoteUpdate>(note.updates.map((update) => [update.id, update]));
    for (const update of candidates.data?.updates ?? []) map.set(update.id, update);
    return map;
  }, [note.updates, candidates.data]);
  const selected = useMemo(() => new Set(content.sections.flatMap((section) => section.items.map((item) => item.updateId))), [content.sections]);

  const onToggle = useCallback(
    (update: NoteUpdate, select: boolean) => edit((current) => (select ? addUpdates(current, [update], updates) : removeUpdates(current, new Set([update.id])))),
    [edit, updates],
  );
  const onSelectAll = useCallback((chosen: readonly NoteUpdate[]) => edit((current) => addUpdates(current, chosen, updates)), [edit, updates]);
  const onDeselectAll = useCallback((chosen: readonly NoteUpdate[]) => edit((current) => removeUpdates(current, new Set(chosen.map((update) => update.id)))), [edit]);
  const actions: OrderActions = useMemo(
    () => ({
      moveGroup: (sectionIndex, groupKey, direction) => edit((current) => moveGroup(current, sectionIndex, groupKey, direction, updates)),
      moveItem: (sectionIndex, updateId, direction) => edit((current) => moveItem(current, sectionIndex, updateId, direction, updates)),
      remove: (updateId) => edit((current) => removeUpdates(current, new Set([updateId]))),
      editItem: (updateId, words) => edit((current) => editItem(current, updateId, words)),
      setHeading: (projectSlug, heading) => edit((current) => setHeading(current, projectSlug, heading)),
      setSection: (sectionIndex, fields) =>
        edit((current) => ({ ...current, sections: current.sections.map((section, at) => (at === sectionIndex ? { ...section, ...fields } : section)) })),
    }),
    [edit, updates],
  );

  const [fromParts, setFromParts] = useState<DateParts>(() => splitPartialDate(content.coversFrom));
  const [toParts, setToParts] = useState<DateParts>(() => splitPartialDate(content.coversTo));
  const setPeriod = (which: 'coversFrom' | 'coversTo', parts: DateParts) => {
    (which === 'coversFrom' ? setFromParts : setToParts)(parts);
    const day = joinDateParts(parts);
    // Half-typed dates stay in the boxes; the issue takes a date once it is one.
    if (daySchema.safeParse(day).success) edit((current) => ({ ...current, [which]: day }));
  };

  /**
   * The server has the issue as `sent`: the kept copy goes, unless the person changed something
   * while it was on its way, which stays kept on top of the version just saved.
   */
  const afterWrite = (saved: SprintNote, sent: SprintNoteContent) => {
    queryClient.setQueryData(sprintNoteQueries.detail(number).queryKey, saved);
    const now = useComposerDrafts.getState().drafts[key];
    if (now === undefined || now.content === sent) forget(key);
    else keep(key, saved.version, now.content);
    void queryClient.invalidateQueries({ queryKey: sprintNoteQueries.all, refetchType: 'none' });
  };

  /** Dates whose boxes do not say the date the issue holds: half-typed, or not a day at all. Checked before anything is sent. */
  const [dateErrors, setDateErrors] = useState<Partial<Record<'coversFrom' | 'coversTo' | 'publishedOn', string>>>({});
  const checkDates = (withPublished: boolean): boolean => {
    const found: typeof dateErrors = {};
    if (!published && joinDateParts(fromParts) !== content.coversFrom) found.coversFrom = 'Enter the first day the issue covers as a real date';
    if (!published && joinDateParts(toParts) !== content.coversTo) found.coversTo = 'Enter the last day the issue covers as a real date';
    if (withPublished && !daySchema.safeParse(joinDateParts(publishedOn)).success) found.publishedOn = 'Enter the date it was published as a real date';
    setDateErrors(found);
    return Object.keys(found).length === 0;
  };

  const [notice, setNotice] = useState('');
  const save = useMutation({
    mutationFn: async ({ version, sent }: { version: number; sent: SprintNoteContent }) => ({ saved: await saveSprintNote(number, { version, ...sent }), sent }),
    onSuccess: ({ saved, sent }) => {
      afterWrite(saved, sent);
      setNotice(published ? 'Your correction has been saved.' : 'The draft has been saved.');
    },
  });
  const saveNow = (version: number) => {
    if (save.isPending || !checkDates(false)) return;
    setNotice('');
    save.mutate({ version, sent: content });
  };

  const [publishedOn, setPublishedOn] = useState<DateParts>(() => splitPartialDate(isoDay(new Date())));
  const [publishedUrl, setPublishedUrl] = useState('');
  const publish = useMutation({
    mutationFn: async (sent: SprintNoteContent) => {
      let version = note.version;
      // Unsaved choices are saved first, so what is published is what the person sees. Once saved
      // they are the draft, whether or not the publishing after it is refused.
      if (unsaved) {
        const saved = await saveSprintNote(number, { version: baseVersion, ...sent });
        afterWrite(saved, sent);
        version = saved.version;
      }
      return publishSprintNote(number, { version, publishedOn: joinDateParts(publishedOn), publishedUrl });
    },
    onSuccess: async (issue) => {
      queryClient.setQueryData(sprintNoteQueries.detail(number).queryKey, issue);
      forget(key);
      void queryClient.invalidateQueries({ queryKey: sprintNoteQueries.all, refetchType: 'none' });
      await navigate(`/sprint-notes/${String(number)}`, { state: { notice: `${issue.title} has been published.` } });
    },
  });
  const theirs = theirsOf(save.error) ?? theirsOf(publish.error);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const pageHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Said where the person is: the notice is at the top, the button they pressed at the bottom.
    if (theirs !== null) conflictHeading.current?.focus();
  }, [theirs]);

  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteSprintNote(number, note.version),
    onSuccess: async () => {
      forget(key);
      queryClient.removeQueries({ queryKey: sprintNoteQueries.detail(number).queryKey });
      await queryClient.invalidateQueries({ queryKey: sprintNoteQueries.all });
      await navigate('/sprint-notes', { state: { notice: `The draft of ${note.title} has been deleted.` } });
    },
  });

  const [previewing, setPreviewing] = useState(false);
  const previewDocument = useMemo(() => (previewing ? documentOf({ number, ...content }, updates) : null), [previewing, number, content, updates]);
  const dateSummary: ErrorSummaryItem[] = Object.entries(dateErrors).map(([field, text]) => ({ text, href: hrefOf(field, content) }));
  // A refusal is about what was sent: once the person changes it, the message may no longer hold, so it goes.
  const current = (sent: SprintNoteContent | undefined) => sent !== undefined && sameContent(sent, content);
  const saveError = current(save.variables?.sent) ? save.error : null;
  const publishError = current(publish.variables) ? publish.error : null;
  const serverErrors = [...summaryOf(saveError, content), ...summaryOf(publishError, content)];
  const errors = [...dateSummary, ...serverErrors.filter((error, index) => serverErrors.findIndex((other) => other.text === error.text) === index)];
  const fieldError = (field: string) => {
    for (const error of [saveError, publishError]) {
      if (error instanceof ApiRequestError && error.status !== 409) {
        const message = error.fields[field]?.[0];
        if (message !== undefined) return message;
      }
    }
    return undefined;
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link to={`/sprint-notes/${String(number)}`} className="govuk-back-link">
          Back to {note.title}
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-xl" ref={pageHeading} tabIndex={-1}>
          <span className="govuk-caption-l">{published ? 'Published' : 'Draft'}</span> {title}
        </h1>
        <p className="govuk-body" role="status">
          {unsaved ? 'You have changes not yet saved to the server. They are kept in this browser until you save them.' : notice || 'Everything here is saved.'}
        </p>
        {theirs !== null ? (
          <div className="govuk-inset-text" role="alert">
            <h2 className="govuk-heading-s" ref={conflictHeading} tabIndex={-1}>
              Someone else saved this issue while you were working on it
            </h2>
            <p className="govuk-body">
              Their version has {plural(theirs.sections.reduce((total, section) => total + section.items.length, 0), 'item')} and covers {formatCoverage(theirs.coversFrom, theirs.coversTo).replace(/^Covering /, '')}. Your
              choices are still here.
            </p>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button"
                onClick={() => {
                  keep(key, theirs.version, content);
                  saveNow(theirs.version);
                }}
              >
                Save mine over theirs
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  forget(key);
                  queryClient.setQueryData(sprintNoteQueries.detail(number).queryKey, theirs);
                  save.reset();
                  publish.reset();
                  setNotice('Their version is shown; your changes were discarded.');
                  pageHeading.current?.focus();
                  setFromParts(splitPartialDate(theirs.coversFrom));
                  setToParts(splitPartialDate(theirs.coversTo));
                }}
              >
                Discard mine and use theirs
              </button>
            </div>
          </div>
        ) : null}

        <nav aria-label="On this page" className="govuk-!-margin-bottom-6">
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href="#about">
                The period, introduction and sign-off
              </a>
            </li>
            {published ? null : (
              <li>
                <a className="govuk-link" href="#choose">
                  Choose updates
                </a>
              </li>
            )}
            <li>
              <a className="govuk-link" href="#order">
                The issue’s running order
              </a>
            </li>
            {published ? null : (
              <li>
                <a className="govuk-link" href="#missing">
                  Who has not sent an update
                </a>
              </li>
            )}
            <li>
              <a className="govuk-link" href="#preview">
                Preview
              </a>
            </li>
          </ul>
        </nav>

        <h2 className="govuk-heading-l" id="about">
          The period, introduction and sign-off
        </h2>
        {published ? (
          <p className="govuk-body">{formatCoverage(content.coversFrom, content.coversTo)}. A published issue’s period and updates stay as they were published.</p>
        ) : (
          <>
            <DateInput
              id="covers-from"
              name="covers-from"
              legend="Covers from"
              error={dateErrors.coversFrom ?? fieldError('coversFrom')}
              value={fromParts}
              onValueChange={(parts) => setPeriod('coversFrom', parts)}
            />
            <DateInput
              id="covers-to"
              name="covers-to"
              legend="Covers to"
              hint="After the pre-election period an issue may cover two months."
              error={dateErrors.coversTo ?? fieldError('coversTo')}
              value={toParts}
              onValueChange={(parts) => setPeriod('coversTo', parts)}
            />
          </>
        )}
        <Textarea
          id="intro"
          name="intro"
          label="Introduction"
          hint="The opening paragraph. Markdown, as in updates."
          rows={4}
          error={fieldError('intro')}
          value={content.intro}
          onValueChange={(intro) => edit((current) => ({ ...current, intro }))}
        />
        <Textarea id="closing" name="closing" label="Closing line" rows={2} error={fieldError('closing')} value={content.closing} onValueChange={(closing) => edit((current) => ({ ...current, closing }))} />

        {published ? null : (
          <>
            <h2 className="govuk-heading-l" id="choose">
              Choose updates
            </h2>
            <p className="govuk-body">Approved updates dated in the period that no published issue has used.</p>
            {!periodValid ? (
              <p className="govuk-body">Enter the period the issue covers to see its updates.</p>
            ) : candidates.isPending ? (
              <p className="govuk-body" role="status">
                Finding the updates dated {formatCoverage(content.coversFrom, content.coversTo).replace(/^Covering /, '')}…
              </p>
            ) : candidates.isError ? (
              <div className="govuk-error-summary" role="alert">
                <p className="govuk-body">The updates could not be loaded. {candidates.error.message}</p>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void candidates.refetch()}>
                  Try again
                </button>
              </div>
            ) : (
              <ComposerCandidates candidates={candidates.data.updates} selected={selected} onToggle={onToggle} onSelectAll={onSelectAll} onDeselectAll={onDeselectAll} />
            )}
          </>
        )}

        <h2 className="govuk-heading-l" id="order">
          The issue’s running order
        </h2>
        <ComposerIssue sections={content.sections} headings={content.headings} updates={updates} words={published ? 'corrections' : 'all'} actions={actions} />

        {published ? null : (
          <>
            <h2 className="govuk-heading-l" id="missing">
              Who has not sent an update
            </h2>
            <ComposerMissing number={number} savedPeriod={formatCoverage(note.coversFrom, note.coversTo)} />
          </>
        )}

        <h2 className="govuk-heading-l" id="preview">
          Preview
        </h2>
        <button type="button" className="govuk-button govuk-button--secondary" aria-expanded={previewing} aria-controls="preview-document" onClick={() => setPreviewing(!previewing)}>
          {previewing ? 'Hide the preview' : 'Show the preview'}
        </button>
        <div id="preview-document" className="app-sprint-notes-preview" hidden={!previewing}>
          {previewDocument === null ? null : <ComposerPreview document={previewDocument} />}
        </div>

        <div className="govuk-button-group govuk-!-margin-top-6">
          <button type="button" className="govuk-button" aria-disabled={save.isPending} onClick={() => saveNow(baseVersion)}>
            {published ? 'Save the correction' : 'Save the draft'}
          </button>
          <Link className="govuk-link" to={`/sprint-notes/${String(number)}`}>
            Preview and export the saved {published ? 'issue' : 'draft'}
          </Link>
        </div>

        {published ? null : (
          <>
            <h2 className="govuk-heading-l" id="publish">
              Publish
            </h2>
            <p className="govuk-body">Publishing makes the issue public on this site and in its feed, and marks its updates as used. Afterwards only its words can be corrected.</p>
            <DateInput
              id="published-on"
              name="published-on"
              legend="Date published"
              error={dateErrors.publishedOn ?? fieldError('publishedOn')}
              value={publishedOn}
              onValueChange={setPublishedOn}
            />
            <TextInput
              id="published-url"
              name="published-url"
              label="Where else it was published (optional)"
              hint="For example, the address of the blog post"
              type="url"
              error={fieldError('publishedUrl')}
              value={publishedUrl}
              onValueChange={setPublishedUrl}
            />
            <div className="govuk-button-group">
              <button type="button" className="govuk-button" aria-disabled={publish.isPending} onClick={() => {
                  if (!publish.isPending && checkDates(true)) publish.mutate(content);
                }}>
                Publish {note.title}
              </button>
              <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirmingDelete(true)}>
                Delete this draft
              </button>
            </div>
            {confirmingDelete ? (
              <ConfirmRemoval
                id="delete-draft"
                question={`Delete the draft of ${note.title}?`}
                consequence="Its choices and edits go; the updates themselves stay, for another issue to use."
                confirm="Yes, delete the draft"
                pending={remove.isPending}
                errors={summaryOf(remove.error, content)}
                onConfirm={() => remove.mutate()}
                onCancel={() => setConfirmingDelete(false)}
              />
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
