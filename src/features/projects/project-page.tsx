import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { LazyMarkdown } from '../../components/lazy-markdown';
import { LinkList } from '../../components/link-list';
import { NotificationBanner } from '../../components/notification-banner';
import { OrganisationLinks } from '../../components/organisation-links';
import { PhaseStepper } from '../../components/phase-stepper';
import { ProjectTimeline } from '../../components/project-timeline';
import { CurrentPhaseTag } from '../../components/phase-tag';
import { SummaryList } from '../../components/summary-list';
import { Tag } from '../../components/tag';
import { ScrollableTable } from '../../components/scrollable-table';
import { isLinkable, StoredLink } from '../../components/stored-link';
import { UpdateStatusTag } from '../../components/update-status-tag';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatPartialDate } from '../../domain/partial-date';
import { progressAsOf } from '../../domain/portfolio-row';
import {
  effectivePhaseStatus,
  informationDate,
  phaseName,
  phaseProgress,
  today,
} from '../../domain/phase-rules';
import {
  eventKinds,
  type Partnership,
  type Phase,
  type ProjectDetail,
  type ShowAndTell,
  partnershipRoleLabels,
  phaseStatusLabels,
  projectStatusLabels,
} from '../../domain/project';
import { DeliveryConfidence } from './delivery-confidence';
import { OutputList } from './output-editor';
import { canEditPartnerships, PartnershipEditors } from './partnership-editor';
import { canEditPhases, PhaseEditor, StartNextPhase } from './phase-editor';
import { RemovedNotice, useRemovedNotice } from './removed-notice';
import { ProjectDetailsEditor } from './project-details-editor';
import { ProjectLinksEditor } from './project-links-editor';
import { projectQueries } from './projects-api';
import { ScheduleShowAndTell } from './schedule-show-and-tell';
import { ShowAndTellEditor } from './show-and-tell-editor';
import { showAndTellHeadingId } from './show-and-tell-fields';

const dateOrDash = (value: string | null) => (value === null ? 'Not recorded' : formatPartialDate(value));

export function ProjectPage({ slug }: { slug: string }) {
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  useDocumentTitle(project.name);
  // Phases are shown as of the project's latest update, so stale information does not keep counting weeks.
  const asOf = informationDate(project.latestUpdateOn, today());
  const phasesInOrder = [...project.phases].sort((a, b) => a.position - b.position);
  const events = project.outputs.filter((output) => eventKinds.has(output.kind));
  const outputs = project.outputs.filter((output) => !eventKinds.has(output.kind));
  // "Website" says nothing without its link, so one that may not be followed is left out, as if not set.
  const links = [
    { text: 'Website', href: project.websiteUrl },
    { text: 'Code repository', href: project.repositoryUrl },
    { text: 'Blog', href: project.blogUrl },
  ].filter((link): link is { text: string; href: string } => isLinkable(link.href));
  const canWriteShowAndTells = project.allowed.includes('show-and-tell:write');
  const deleted = deletedHeadline(useLocation().state);
  const phaseRemoval = useRemovedNotice();

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to="/">
              Portfolio
            </Link>
          </li>
        </ol>
      </nav>
      {deleted === null ? null : (
        <NotificationBanner id="deleted-notice" type="success">
          <p className="govuk-notification-banner__heading">The update “{deleted}” has been deleted.</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">
        {project.leads.length === 0 ? 'Funded project' : project.leads.map((lead) => lead.name).join(' and ')}
      </span>
      <h1 className="govuk-heading-xl">{project.name}</h1>
      {project.summary === null ? null : <p className="govuk-body-l">{project.summary}</p>}
      <SummaryList
        rows={[
          {
            key: project.leads.length > 1 ? 'Lead organisations' : 'Lead organisation',
            value: project.leads.length === 0 ? 'Not recorded' : <OrganisationLinks organisations={project.leads} />,
          },
          { key: 'Current phase', value: <CurrentPhaseTag phases={project.phases} asOf={asOf} /> },
          { key: 'Status', value: projectStatusLabels[project.status] },
          ...(project.fundingStream === null ? [] : [{ key: 'Funding', value: project.fundingStream }]),
          ...(links.length === 0
            ? []
            : [
                {
                  key: 'Links',
                  value: <LinkList links={links} />,
                },
              ]),
        ]}
      />
      {project.allowed.includes('project:edit') ? <ProjectDetailsEditor project={project} /> : null}
      {project.allowed.includes('project-links:edit') ? <ProjectLinksEditor project={project} /> : null}
      {project.allowed.includes('history:read') ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/projects/${project.slug}/history`}>
            History of this project<span className="govuk-visually-hidden">: every change and who made it</span>
          </Link>
        </p>
      ) : null}

      <DeliveryConfidence project={project} today={today()} />

      <section aria-labelledby="phases-heading">
        <h2 className="govuk-heading-l" id="phases-heading">
          Phases
        </h2>
        <PhaseStepper phases={phasesInOrder} asOf={asOf} label="Phase history" />
        {canEditPhases(project) ? <StartNextPhase project={project} asOf={asOf} /> : null}
        <RemovedNotice removed={phaseRemoval.removed} />
        {phasesInOrder.length === 0 ? null : (
          <ol className="app-timeline">
            {phasesInOrder.map((phase) => (
              <PhaseItem
                key={phase.id}
                phase={phase}
                asOf={asOf}
                partnerships={project.partnerships}
                editor={canEditPhases(project) ? <PhaseEditor slug={project.slug} phase={phase} onRemoved={phaseRemoval.announce} /> : null}
              />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 className="govuk-heading-l" id="timeline-heading">
          Timeline
        </h2>
        <ProjectTimeline project={project} />
      </section>

      <section aria-labelledby="partners-heading">
        <h2 className="govuk-heading-l" id="partners-heading">
          Partners
        </h2>
        <PartnersTable partnerships={project.partnerships} phases={phasesInOrder} />
        {canEditPartnerships(project) ? <PartnershipEditors project={project} /> : null}
      </section>

      <section aria-labelledby="show-and-tells-heading">
        <h2 className="govuk-heading-l" id="show-and-tells-heading">
          Show and tells
        </h2>
        {project.showAndTells.length === 0 ? (
          <p className="govuk-body">No show and tells recorded yet.</p>
        ) : (
          <ul className="govuk-list app-entries">
            {project.showAndTells.map((item) => (
              <li key={item.id} id={`show-and-tell-${item.id}`} className="app-entry">
                {/* Focusable from script only: where focus lands once this show and tell is scheduled. */}
                <h3 className="govuk-heading-s app-focus-target" id={showAndTellHeadingId(item.id)} tabIndex={-1}>
                  {item.title}
                </h3>
                <p className="govuk-body-s app-muted">
                  {dateOrDash(item.heldOn)}
                  {item.sprint === null ? null : `, sprint ${item.sprint}`}
                </p>
                {item.summary === null ? null : <LazyMarkdown>{item.summary}</LazyMarkdown>}
                <ShowAndTellLinks showAndTell={item} />
                {canWriteShowAndTells ? <ShowAndTellEditor slug={project.slug} showAndTell={item} /> : null}
              </li>
            ))}
          </ul>
        )}
        {canWriteShowAndTells ? <ScheduleShowAndTell project={project} /> : null}
      </section>

      <section aria-labelledby="outputs-heading">
        <h2 className="govuk-heading-l" id="outputs-heading">
          Outputs
        </h2>
        <OutputList project={project} outputs={outputs} group="outputs" empty="No outputs recorded yet." />
      </section>

      <section aria-labelledby="events-heading">
        <h2 className="govuk-heading-l" id="events-heading">
          Talks and events
        </h2>
        <OutputList project={project} outputs={events} group="events" empty="No talks or events recorded yet." />
      </section>

      <section aria-labelledby="updates-heading">
        <h2 className="govuk-heading-l" id="updates-heading">
          Updates
        </h2>
        {project.allowed.includes('update:write') ? (
          <Link className="govuk-button govuk-button--secondary" to={`/projects/${project.slug}/updates/new`}>
            Write an update
          </Link>
        ) : null}
        <UpdateList project={project} />
      </section>
    </>
  );
}

function ShowAndTellLinks({ showAndTell }: { showAndTell: ShowAndTell }) {
  // "Slides" and "Recording" say nothing without their links, so one that may not be followed is left out.
  const links = [
    { href: showAndTell.slidesUrl, text: 'Slides', context: `for ${showAndTell.title}` },
    { href: showAndTell.recordingUrl, text: 'Recording', context: `of ${showAndTell.title}` },
  ].filter((link): link is { href: string; text: string; context: string } => isLinkable(link.href));
  if (links.length === 0) return null;
  return (
    <ul className="govuk-list">
      {links.map((link) => (
        <li key={link.text}>
          <StoredLink href={link.href}>
            {/* The space outside the hidden part, so every way of naming the link keeps the words apart. */}
            {link.text}{' '}
            <span className="govuk-visually-hidden">{link.context}</span>
          </StoredLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * A project's updates, newest first: the first page comes with the project, older ones 20 at a
 * time on request. Focus moves to the first update added, so a keyboard or screen reader user
 * carries on reading where the list grew rather than back at the button.
 */
function UpdateList({ project }: { project: ProjectDetail }) {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } = useInfiniteQuery(projectQueries.updates(project));
  const updates = data.pages.flatMap((page) => page.updates);
  const total = data.pages.at(-1)?.total ?? project.updateCount;
  // Where the last "show older" began adding updates; focus goes there once they have arrived.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const firstAddedId = focusFrom === null ? undefined : updates[focusFrom]?.id;
  useEffect(() => {
    if (firstAddedId !== undefined) document.getElementById(`update-${String(firstAddedId)}`)?.focus();
  }, [firstAddedId]);

  if (updates.length === 0) return <p className="govuk-body">No updates published yet.</p>;
  const remaining = total - updates.length;
  const showMore = () => {
    setFocusFrom(updates.length);
    void fetchNextPage();
  };
  return (
    <>
      {total > updates.length ? (
        <p className="govuk-body" role="status">
          Showing the newest {updates.length} of {total} updates
        </p>
      ) : null}
      <ol className="govuk-list app-entries" aria-label="Updates, newest first">
        {updates.map((update) => (
          <li key={update.id} className="app-entry">
            <article aria-labelledby={`update-${String(update.id)}`}>
              <h3 className="govuk-heading-m app-focus-target" id={`update-${String(update.id)}`} tabIndex={-1}>
                {update.headline}
              </h3>
              {update.status === 'approved' ? (
                <p className="govuk-body-s app-muted">
                  Published <time dateTime={update.publishedOn}>{formatPartialDate(update.publishedOn)}</time>
                </p>
              ) : (
                // Only the people who may see unpublished updates get them here: say where each one is, and where to act on it.
                <p className="govuk-body-s">
                  <UpdateStatusTag status={update.status} />{' '}
                  <span className="app-muted">
                    Written <time dateTime={update.publishedOn}>{formatPartialDate(update.publishedOn)}</time>.
                  </span>{' '}
                  <Link className="govuk-link" to={`/updates/${String(update.id)}`}>
                    Open <span className="govuk-visually-hidden">{update.headline}</span> to edit or review
                  </Link>
                </p>
              )}
              <LazyMarkdown>{update.bodyMarkdown}</LazyMarkdown>
              {update.links.length === 0 ? null : <LinkList links={update.links.map(({ title, url }) => ({ text: title, href: url }))} />}
            </article>
          </li>
        ))}
      </ol>
      {isFetchNextPageError ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> Older updates could not be loaded. Check your connection and try again.
        </p>
      ) : null}
      {hasNextPage ? (
        <button type="button" className="govuk-button govuk-button--secondary" disabled={isFetchingNextPage} aria-disabled={isFetchingNextPage} onClick={showMore}>
          {isFetchingNextPage
            ? 'Loading older updates…'
            : `Show ${String(Math.min(remaining, data.pages[0]?.pageSize ?? remaining))} older ${remaining === 1 ? 'update' : 'updates'}`}
        </button>
      ) : null}
    </>
  );
}

function PhaseItem({
  phase,
  asOf,
  partnerships,
  editor,
}: {
  phase: Phase;
  asOf: string;
  partnerships: readonly Partnership[];
  /** The form to correct the phase, for those who may. */
  editor: ReactNode;
}) {
  const status = effectivePhaseStatus(phase, asOf);
  const progress = phaseProgress(phase, asOf);
  const phasePartners = partnerships.filter((partnership) => partnership.phaseId === phase.id).map((p) => p.organisation);
  const rows = [
    ...(phase.startedOn === null ? [] : [{ key: status === 'planned' ? 'Planned start' : 'Started', value: formatPartialDate(phase.startedOn) }]),
    ...(phase.plannedWeeks === null
      ? []
      : [{ key: status === 'completed' ? 'Length' : 'Planned length', value: `${phase.plannedWeeks} weeks` }]),
    ...(phase.plannedEndOn === null ? [] : [{ key: 'Planned end', value: formatPartialDate(phase.plannedEndOn) }]),
    ...(phase.endedOn === null ? [] : [{ key: 'Ended', value: formatPartialDate(phase.endedOn) }]),
    ...(progress === null ? [] : [{ key: 'Progress', value: progressAsOf(progress, asOf, today()) }]),
    ...(phase.fundingStream === null ? [] : [{ key: 'Funding stream', value: phase.fundingStream }]),
    ...(phase.fundingAmountPounds === null
      ? []
      : [{ key: 'Funding', value: `£${phase.fundingAmountPounds.toLocaleString('en-GB')}` }]),
    ...(phasePartners.length === 0
      ? []
      : [{ key: 'Councils in this phase', value: <OrganisationLinks organisations={phasePartners} /> }]),
    ...(phase.outcome === null ? [] : [{ key: 'Outcome', value: phase.outcome }]),
  ];
  return (
    <li className={`app-timeline__item app-timeline__item--${status ?? 'unknown'}`}>
      <h3 className="govuk-heading-m govuk-!-margin-bottom-2">{phaseName(phase)}</h3>
      <p className="govuk-body">
        {status === null ? (
          <Tag colour="grey">Status not reported</Tag>
        ) : (
          <Tag colour={status === 'completed' ? 'green' : status === 'in_progress' ? 'blue' : 'grey'}>{phaseStatusLabels[status]}</Tag>
        )}
      </p>
      {rows.length === 0 ? null : <SummaryList rows={rows} />}
      {editor}
    </li>
  );
}

interface PartnershipGroup {
  organisation: Partnership['organisation'];
  role: Partnership['role'];
  phaseIds: number[];
  joinedOn: string | null;
  leftOn: string | null;
  note: string | null;
}

/** One row per organisation and role, however many phases it took part in (Open Referral UK lists councils per phase). */
function groupPartnerships(partnerships: readonly Partnership[]): PartnershipGroup[] {
  const groups = new Map<string, PartnershipGroup>();
  for (const partnership of partnerships) {
    const key = `${partnership.organisation.slug}|${partnership.role}`;
    const group = groups.get(key) ?? {
      organisation: partnership.organisation,
      role: partnership.role,
      phaseIds: [],
      joinedOn: partnership.joinedOn,
      leftOn: partnership.leftOn,
      note: partnership.note,
    };
    if (partnership.phaseId !== null) group.phaseIds.push(partnership.phaseId);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function PartnersTable({ partnerships, phases }: { partnerships: readonly Partnership[]; phases: readonly Phase[] }) {
  if (partnerships.length === 0) return <p className="govuk-body">No partners recorded yet.</p>;
  const phaseById = new Map(phases.map((phase) => [phase.id, phase]));
  return (
    <ScrollableTable label="Table of partners">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Organisations in this project and their roles</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Organisation</th>
            <th scope="col" className="govuk-table__header">Role</th>
            <th scope="col" className="govuk-table__header">Joined</th>
            <th scope="col" className="govuk-table__header">Left</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {groupPartnerships(partnerships).map((group) => {
            const groupPhases = group.phaseIds.map((id) => phaseById.get(id)).filter((phase) => phase !== undefined);
            return (
              <tr className="govuk-table__row" key={`${group.organisation.slug}-${group.role}`}>
                <th scope="row" className="govuk-table__header app-table__row-header">
                  <Link className="govuk-link" to={`/organisations/${group.organisation.slug}`}>
                    {group.organisation.name}
                  </Link>
                  {group.note === null ? null : <span className="govuk-body-s app-muted app-block">{group.note}</span>}
                </th>
                <td className="govuk-table__cell">
                  {partnershipRoleLabels[group.role]}
                  {groupPhases.length === 0 ? null : (
                    <span className="app-block app-muted govuk-body-s">In {groupPhases.map((phase) => phaseName(phase).toLowerCase()).join(', ')}</span>
                  )}
                </td>
                <td className="govuk-table__cell app-nowrap">{group.joinedOn === null ? '' : formatPartialDate(group.joinedOn)}</td>
                <td className="govuk-table__cell app-nowrap">{group.leftOn === null ? '' : formatPartialDate(group.leftOn)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

/** The headline of an update just deleted from this project, which the page confirms; passed in the navigation's state. */
function deletedHeadline(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'deleted' in state && typeof state.deleted === 'string' ? state.deleted : null;
}
