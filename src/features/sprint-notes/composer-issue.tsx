import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { HeadingOverride, NoteUpdate, SprintNoteItem, SprintNoteSection } from '../../domain/sprint-notes';
import { type Direction, groupsOf, type ItemGroup } from './composer-order';

/** Groups drawn at a time in the issue's running order; the rest follow on request. */
const ORDER_GROUPS_SHOWN = 50;

export interface OrderActions {
  moveGroup: (sectionIndex: number, key: string, direction: Direction) => void;
  moveItem: (sectionIndex: number, updateId: number, direction: Direction) => void;
  remove: (updateId: number) => void;
  editItem: (updateId: number, words: Pick<SprintNoteItem, 'headline' | 'bodyMarkdown'>) => void;
  setHeading: (projectSlug: string, heading: string) => void;
  setSection: (sectionIndex: number, fields: Pick<SprintNoteSection, 'name' | 'intro'>) => void;
}

/**
 * The issue's running order: each section with its name and opening line, its projects (or team
 * items) in order with buttons to move them, and each item's words for this issue. Ordering is
 * by buttons, so it works by keyboard and by touch; focus stays on the button that was pressed as
 * the item moves, and the new position is announced.
 */
export function ComposerIssue({
  sections,
  headings,
  updates,
  words,
  actions,
}: {
  sections: readonly SprintNoteSection[];
  headings: readonly HeadingOverride[];
  updates: ReadonlyMap<number, NoteUpdate>;
  /** Published issues take corrections to their words only: no choosing or ordering. */
  words: 'all' | 'corrections';
  actions: OrderActions;
}) {
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    const target = document.getElementById(id);
    // At the top or bottom the pressed button is disabled; its partner is the natural next press.
    if (target instanceof HTMLButtonElement && target.disabled) {
      const partner = document.getElementById(id.includes('-up-') ? id.replace('-up-', '-down-') : id.replace('-down-', '-up-'));
      partner?.focus();
    } else target?.focus();
  });

  const move = (kind: 'group' | 'item', sectionIndex: number, key: string, direction: Direction, name: string, position: number, total: number) => {
    pendingFocus.current = `move-${kind}-${direction === -1 ? 'up' : 'down'}-${key}`;
    if (kind === 'group') actions.moveGroup(sectionIndex, key, direction);
    else actions.moveItem(sectionIndex, Number(key.replace(/^update-/, '')), direction);
    setAnnouncement(`${name} moved to position ${String(position + direction)} of ${String(total)}`);
  };

  return (
    <div>
      <p className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {sections.map((section, sectionIndex) => (
        <SectionOrder
          key={section.kind}
          section={section}
          sectionIndex={sectionIndex}
          headings={headings}
          updates={updates}
          words={words}
          actions={actions}
          move={move}
        />
      ))}
    </div>
  );
}

type Move = (kind: 'group' | 'item', sectionIndex: number, key: string, direction: Direction, name: string, position: number, total: number) => void;

function SectionOrder({
  section,
  sectionIndex,
  headings,
  updates,
  words,
  actions,
  move,
}: {
  section: SprintNoteSection;
  sectionIndex: number;
  headings: readonly HeadingOverride[];
  updates: ReadonlyMap<number, NoteUpdate>;
  words: 'all' | 'corrections';
  actions: OrderActions;
  move: Move;
}) {
  const [shown, setShown] = useState(ORDER_GROUPS_SHOWN);
  const groups = groupsOf(section, updates);
  const id = `section-${section.kind}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="app-compose-section govuk-!-margin-bottom-8">
      <h3 className="govuk-heading-m" id={`${id}-heading`}>
        {section.name === '' ? 'Untitled section' : section.name}
      </h3>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${id}-name`}>
          Section name
        </label>
        <input
          className="govuk-input"
          id={`${id}-name`}
          value={section.name}
          onChange={(event) => actions.setSection(sectionIndex, { name: event.target.value, intro: section.intro })}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${id}-intro`}>
          Opening line (optional)
        </label>
        <textarea
          className="govuk-textarea"
          id={`${id}-intro`}
          rows={2}
          value={section.intro}
          onChange={(event) => actions.setSection(sectionIndex, { name: section.name, intro: event.target.value })}
        />
      </div>
      {groups.length === 0 ? (
        <p className="govuk-body">Nothing chosen for this section yet.{words === 'all' ? ' Choose updates above.' : ''}</p>
      ) : (
        <ol className="govuk-list app-compose-order">
          {groups.slice(0, shown).map((group, position) => (
            <GroupRow
              key={group.key}
              group={group}
              sectionIndex={sectionIndex}
              kind={section.kind}
              position={position}
              total={groups.length}
              heading={group.project === null ? null : (headings.find((entry) => entry.projectSlug === group.project?.slug)?.heading ?? null)}
              updates={updates}
              words={words}
              actions={actions}
              move={move}
            />
          ))}
        </ol>
      )}
      {groups.length > shown ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setShown((count) => count + ORDER_GROUPS_SHOWN)}>
          Show {Math.min(ORDER_GROUPS_SHOWN, groups.length - shown)} more in {section.name} ({groups.length - shown} not shown)
        </button>
      ) : null}
    </section>
  );
}

const GroupRow = memo(function GroupRow({
  group,
  sectionIndex,
  kind,
  position,
  total,
  heading,
  updates,
  words,
  actions,
  move,
}: {
  group: ItemGroup;
  sectionIndex: number;
  kind: SprintNoteSection['kind'];
  position: number;
  total: number;
  heading: string | null;
  updates: ReadonlyMap<number, NoteUpdate>;
  words: 'all' | 'corrections';
  actions: OrderActions;
  move: Move;
}) {
  const first = group.items[0];
  const firstUpdate = first === undefined ? undefined : updates.get(first.updateId);
  const isProject = kind === 'projects' && group.project !== null;
  const name = isProject ? (heading ?? group.project?.heading ?? '') : (first?.headline ?? firstUpdate?.headline ?? 'Update');
  return (
    <li className="app-compose-order__group">
      <p className="govuk-caption-s govuk-!-margin-bottom-1">
        {String(position + 1)} of {String(total)}
      </p>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{name}</h4>
      {words === 'all' ? (
        <div className="govuk-button-group app-compose-order__buttons">
          <MoveButton kind="group" keyName={group.key} direction={-1} disabled={position === 0} name={name} onMove={() => move('group', sectionIndex, group.key, -1, name, position + 1, total)} />
          <MoveButton kind="group" keyName={group.key} direction={1} disabled={position === total - 1} name={name} onMove={() => move('group', sectionIndex, group.key, 1, name, position + 1, total)} />
        </div>
      ) : null}
      {isProject && group.project !== null ? (
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor={`heading-${group.project.slug}`}>
            Heading in this issue
          </label>
          <div className="govuk-hint" id={`heading-${group.project.slug}-hint`}>
            Leave empty for “{group.project.heading}”
          </div>
          <input
            className="govuk-input"
            id={`heading-${group.project.slug}`}
            aria-describedby={`heading-${group.project.slug}-hint`}
            value={heading ?? ''}
            onChange={(event) => {
              if (group.project !== null) actions.setHeading(group.project.slug, event.target.value);
            }}
          />
        </div>
      ) : null}
      <ul className="govuk-list">
        {group.items.map((item, index) => (
          <ItemRow
            key={item.updateId}
            item={item}
            update={updates.get(item.updateId)}
            sectionIndex={sectionIndex}
            index={index}
            count={group.items.length}
            words={words}
            showHeadline={kind === 'team'}
            actions={actions}
            move={move}
          />
        ))}
      </ul>
    </li>
  );
});

function MoveButton({ kind, keyName, direction, disabled, name, onMove }: { kind: 'group' | 'item'; keyName: string; direction: Direction; disabled: boolean; name: string; onMove: () => void }) {
  const word = direction === -1 ? 'up' : 'down';
  return (
    // The name says which item, beginning with the words on the button, so speech input finds it by what it shows.
    <button
      type="button"
      id={`move-${kind}-${word}-${keyName}`}
      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
      disabled={disabled}
      aria-disabled={disabled}
      aria-label={`Move ${word}: ${name}`}
      onClick={onMove}
    >
      Move {word}
    </button>
  );
}

function ItemRow({
  item,
  update,
  sectionIndex,
  index,
  count,
  words,
  showHeadline,
  actions,
  move,
}: {
  item: SprintNoteItem;
  update: NoteUpdate | undefined;
  sectionIndex: number;
  index: number;
  count: number;
  words: 'all' | 'corrections';
  /** Team items are headed by their headline; a project's are under the project's heading, so their headlines are not printed. */
  showHeadline: boolean;
  actions: OrderActions;
  move: Move;
}) {
  const [editing, setEditing] = useState(item.headline !== null || item.bodyMarkdown !== null);
  const key = `update-${String(item.updateId)}`;
  const headline = item.headline ?? update?.headline ?? '';
  const body = item.bodyMarkdown ?? update?.bodyMarkdown ?? '';
  const edited = update !== undefined && (item.headline !== null && item.headline !== update.headline || item.bodyMarkdown !== null && item.bodyMarkdown !== update.bodyMarkdown);
  if (update === undefined && words === 'all') {
    return (
      <li className="app-compose-order__item" id={`item-${String(item.updateId)}`} tabIndex={-1}>
        <p className="govuk-body govuk-error-message">This update is no longer available for this period (it may have been re-dated, withdrawn or used by another issue).</p>
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => actions.remove(item.updateId)}>
          Remove it{' '}<span className="govuk-visually-hidden">(update {item.updateId})</span>
        </button>
      </li>
    );
  }
  return (
    <li className="app-compose-order__item" id={`item-${String(item.updateId)}`} tabIndex={-1}>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <strong>{headline}</strong>
        {edited ? <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-2">Edited for this issue</strong> : null}
      </p>
      <div className="govuk-button-group">
        {words === 'all' && count > 1 ? (
          <>
            <MoveButton kind="item" keyName={key} direction={-1} disabled={index === 0} name={headline} onMove={() => move('item', sectionIndex, key, -1, headline, index + 1, count)} />
            <MoveButton kind="item" keyName={key} direction={1} disabled={index === count - 1} name={headline} onMove={() => move('item', sectionIndex, key, 1, headline, index + 1, count)} />
          </>
        ) : null}
        <button type="button" className="govuk-button govuk-button--secondary" aria-expanded={editing} aria-controls={`${key}-words`} onClick={() => setEditing(!editing)}>
          {editing ? 'Hide the words' : 'Edit the words'}
          {' '}<span className="govuk-visually-hidden">for this issue: {headline}</span>
        </button>
      </div>
      <div id={`${key}-words`} hidden={!editing}>
        {editing ? (
          <>
            {showHeadline ? (
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor={`${key}-headline`}>
                  Heading in this issue
                </label>
                <input
                  className="govuk-input"
                  id={`${key}-headline`}
                  value={headline}
                  onChange={(event) => actions.editItem(item.updateId, { headline: event.target.value, bodyMarkdown: item.bodyMarkdown })}
                />
              </div>
            ) : null}
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor={`${key}-body`}>
                Text in this issue
              </label>
              <div className="govuk-hint" id={`${key}-body-hint`}>
                Changes here are for this issue only: the project’s own update stays as it is. Markdown, as in updates.
              </div>
              <textarea
                className="govuk-textarea"
                id={`${key}-body`}
                rows={8}
                aria-describedby={`${key}-body-hint`}
                value={body}
                onChange={(event) => actions.editItem(item.updateId, { headline: item.headline, bodyMarkdown: event.target.value })}
              />
            </div>
            {edited ? (
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => actions.editItem(item.updateId, { headline: null, bodyMarkdown: null })}>
                Use the update’s own words{' '}<span className="govuk-visually-hidden">for {update.headline}</span>
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {/* After the words, so a keyboard reaches the text it opened before a button that takes the item out. */}
      {words === 'all' ? (
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => actions.remove(item.updateId)}>
          Remove{' '}<span className="govuk-visually-hidden">{headline} from the issue</span>
        </button>
      ) : null}
    </li>
  );
}
