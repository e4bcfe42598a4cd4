import { memo, useDeferredValue, useMemo, useState } from 'react';
import { formatPartialDate } from '../../domain/partial-date';
import type { NoteUpdate, SectionKind } from '../../domain/sprint-notes';

/** Project groups drawn at a time: enough to scan, few enough that a click answers at once with thousands waiting. */
export const CANDIDATE_GROUPS_SHOWN = 40;

interface CandidateGroup {
  key: string;
  heading: string;
  updates: NoteUpdate[];
}

function groupCandidates(updates: readonly NoteUpdate[]): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const update of updates) {
    const key = update.project?.slug ?? `team-${String(update.id)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { key, heading: update.project?.heading ?? 'Team news', updates: [update] });
    else group.updates.push(update);
  }
  return [...groups.values()];
}

function matches(update: NoteUpdate, filter: string): boolean {
  if (filter === '') return true;
  const text = `${update.headline} ${update.project?.name ?? 'team news'} ${update.project?.heading ?? ''}`.toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
}

const SECTION_LABELS: Record<SectionKind, string> = { team: 'Team news', projects: 'Project updates' };

/**
 * The approved updates an issue may use, by section and by project, each with a checkbox. A
 * filter narrows them; a whole section can be chosen at once.
 */
export function ComposerCandidates({
  candidates,
  selected,
  onToggle,
  onSelectAll,
  onDeselectAll,
}: {
  candidates: readonly NoteUpdate[];
  selected: ReadonlySet<number>;
  onToggle: (update: NoteUpdate, select: boolean) => void;
  onSelectAll: (updates: readonly NoteUpdate[]) => void;
  onDeselectAll: (updates: readonly NoteUpdate[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter.trim());
  const filtered = useMemo(() => candidates.filter((update) => matches(update, deferredFilter)), [candidates, deferredFilter]);

  return (
    <div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="candidate-filter">
          Filter updates
        </label>
        <div className="govuk-hint" id="candidate-filter-hint">
          By headline or project, for example “waste” or “Rugby”
        </div>
        <input
          className="govuk-input govuk-!-width-two-thirds"
          id="candidate-filter"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          aria-describedby="candidate-filter-hint candidate-filter-count"
        />
        <p className="govuk-body-s govuk-!-margin-top-1" id="candidate-filter-count" aria-live="polite">
          {filtered.length === candidates.length
            ? `${candidates.length.toLocaleString('en-GB')} ${candidates.length === 1 ? 'update' : 'updates'} to choose from`
            : `${filtered.length.toLocaleString('en-GB')} of ${candidates.length.toLocaleString('en-GB')} updates match`}
        </p>
      </div>
      {(['team', 'projects'] as const).map((kind) => (
        <CandidateSection
          key={kind}
          kind={kind}
          updates={filtered.filter((update) => (update.project === null) === (kind === 'team'))}
          filtered={deferredFilter !== ''}
          selected={selected}
          onToggle={onToggle}
          onSelectAll={onSelectAll}
          onDeselectAll={onDeselectAll}
        />
      ))}
    </div>
  );
}

function CandidateSection({
  kind,
  updates,
  filtered,
  selected,
  onToggle,
  onSelectAll,
  onDeselectAll,
}: {
  kind: SectionKind;
  updates: readonly NoteUpdate[];
  filtered: boolean;
  selected: ReadonlySet<number>;
  onToggle: (update: NoteUpdate, select: boolean) => void;
  onSelectAll: (updates: readonly NoteUpdate[]) => void;
  onDeselectAll: (updates: readonly NoteUpdate[]) => void;
}) {
  const [shown, setShown] = useState(CANDIDATE_GROUPS_SHOWN);
  const groups = useMemo(() => groupCandidates(updates), [updates]);
  const label = SECTION_LABELS[kind];
  const chosen = updates.filter((update) => selected.has(update.id)).length;
  const headingId = `candidates-${kind}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-m" id={headingId}>
        {label}
      </h3>
      {updates.length === 0 ? (
        <p className="govuk-body">{filtered ? `No ${label.toLowerCase()} match the filter.` : `No ${label.toLowerCase()} are waiting for an issue in this period.`}</p>
      ) : (
        <>
          <p className="govuk-body">
            {chosen.toLocaleString('en-GB')} of {updates.length.toLocaleString('en-GB')} chosen.
          </p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onSelectAll(updates)} disabled={chosen === updates.length}>
              Choose all {updates.length.toLocaleString('en-GB')}
              {' '}<span className="govuk-visually-hidden">{label.toLowerCase()}{filtered ? ' that match' : ''}</span>
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDeselectAll(updates)} disabled={chosen === 0}>
              Remove all
              {' '}<span className="govuk-visually-hidden">{label.toLowerCase()}{filtered ? ' that match' : ''} from the issue</span>
            </button>
          </div>
          {groups.slice(0, shown).map((group) => (
            <CandidateGroupBox key={group.key} group={group} selected={selected} onToggle={onToggle} />
          ))}
          {groups.length > shown ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setShown((count) => count + CANDIDATE_GROUPS_SHOWN)}>
              Show {Math.min(CANDIDATE_GROUPS_SHOWN, groups.length - shown).toLocaleString('en-GB')} more
              {' '}<span className="govuk-visually-hidden">{kind === 'team' ? 'team news' : 'projects'}</span> ({(groups.length - shown).toLocaleString('en-GB')} not shown)
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

/** One project's candidates; redrawn only when one of its own boxes changes. */
const CandidateGroupBox = memo(function CandidateGroupBox({
  group,
  selected,
  onToggle,
}: {
  group: CandidateGroup;
  selected: ReadonlySet<number>;
  onToggle: (update: NoteUpdate, select: boolean) => void;
}) {
  return (
    <div className="govuk-form-group app-candidate-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{group.heading}</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {group.updates.map((update) => (
            <div className="govuk-checkboxes__item" key={update.id}>
              <input
                className="govuk-checkboxes__input"
                id={`candidate-${String(update.id)}`}
                type="checkbox"
                checked={selected.has(update.id)}
                onChange={(event) => onToggle(update, event.target.checked)}
                aria-describedby={`candidate-${String(update.id)}-hint`}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`candidate-${String(update.id)}`}>
                {update.headline}
              </label>
              <div className="govuk-hint govuk-checkboxes__hint" id={`candidate-${String(update.id)}-hint`}>
                Dated {formatPartialDate(update.publishedOn)}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
});
