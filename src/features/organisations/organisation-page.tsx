import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Pagination } from '../../components/pagination';
import { useFocusOnPageChange } from '../../components/use-focus-on-page-change';
import { ProjectCard } from '../../components/project-card';
import { useDocumentTitle } from '../../components/use-document-title';
import { organisationKindLabels } from '../../domain/organisation';
import type { OrganisationProject } from '../../domain/organisation-detail';
import { pageSpan } from '../../domain/paging';
import { formatPartialDate } from '../../domain/partial-date';
import { today } from '../../domain/phase-rules';
import { partnershipRoleLabels } from '../../domain/project';
import { pageSearch } from '../../lib/page-param';
import { OrganisationDiary } from './organisation-diary';
import { organisationQueries } from './organisations-api';

export function OrganisationPage({ slug, page }: { slug: string; page: number }) {
  const { data: organisation } = useSuspenseQuery(organisationQueries.detail(slug, page));
  useDocumentTitle(organisation.name);
  const now = today();
  const current = organisation.partners.filter((entry) => entry.current);
  const former = organisation.partners.filter((entry) => !entry.current);
  const involvement = [
    organisation.leadCount === 0 ? null : `leads ${plural(organisation.leadCount)}`,
    organisation.partnerCount === 0 ? null : `is a partner in ${plural(organisation.partnerCount)}`,
    organisation.formerCount === 0 ? null : `was a partner in ${plural(organisation.formerCount)}`,
  ].filter((part) => part !== null);
  const span = pageSpan(organisation);
  const results = useFocusOnPageChange<HTMLParagraphElement>(page);

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to="/organisations">
              Organisations
            </Link>
          </li>
        </ol>
      </nav>
      <span className="govuk-caption-l">{organisationKindLabels[organisation.kind]}</span>
      <h1 className="govuk-heading-xl">{organisation.name}</h1>
      {involvement.length === 0 ? (
        <p className="govuk-body-l">
          {organisation.name} is mentioned in Sprint Notes but does not lead or take part in a funded project.
        </p>
      ) : (
        <p className="govuk-body-l">
          {organisation.name} {joinWithAnd(involvement)} funded by the Local Digital Collaboration Unit.
        </p>
      )}
      {involvement.length === 0 ? null : <OrganisationDiary slug={organisation.slug} diary={organisation.diary} />}
      {organisation.pageCount > 1 ? (
        <p className="govuk-heading-s app-focus-target" tabIndex={-1} ref={results}>
          {span === null
            ? `There is no page ${String(page)}: its projects fill ${String(organisation.pageCount)} pages.`
            : `Showing projects ${span.from.toLocaleString('en-GB')} to ${span.to.toLocaleString('en-GB')} of ${organisation.total.toLocaleString('en-GB')}`}
        </p>
      ) : null}
      <ProjectSection id="leads" title="Projects it leads" entries={organisation.leads} today={now} />
      <ProjectSection id="partners" title="Projects it is a partner in" entries={current} today={now} />
      <ProjectSection id="former" title="Projects it was a partner in" entries={former} today={now} />
      <Pagination
        page={page}
        pageCount={organisation.pageCount}
        hrefFor={(target) => ({ search: pageSearch(target) })}
        label={`Pages of ${organisation.name}’s projects`}
      />
    </>
  );
}

function plural(count: number): string {
  return count === 1 ? '1 project' : `${count} projects`;
}

function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** Empty sections are left out: a council that leads nothing need not be told so under a heading. */
function ProjectSection({
  id,
  title,
  entries,
  today: now,
}: {
  id: string;
  title: string;
  entries: readonly OrganisationProject[];
  today: string;
}) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        {title}
      </h2>
      <ul className="app-card-list">
        {entries.map((entry) => (
          <li key={entry.project.slug}>
            <ProjectCard project={entry.project} today={now} headingLevel={3} extra={<MembershipNote entry={entry} />} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MembershipNote({ entry }: { entry: OrganisationProject }) {
  const roles = entry.roles.filter((role) => role !== 'lead').map((role) => partnershipRoleLabels[role].toLowerCase());
  const role = roles.length === 0 ? null : roles.join(', ');
  const parts = [
    role === null ? null : entry.phases.length === 0 ? capitalise(role) : `${capitalise(role)} in ${joinWithAnd(entry.phases.map((phase) => phase.toLowerCase()))}`,
    entry.joinedOn === null ? null : `joined ${formatPartialDate(entry.joinedOn)}`,
    entry.leftOn === null ? null : `left ${formatPartialDate(entry.leftOn)}`,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return <p className="govuk-body-s app-muted govuk-!-margin-top-2 govuk-!-margin-bottom-0">{capitalise(parts.join('; '))}</p>;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
