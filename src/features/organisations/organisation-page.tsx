import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProjectCard } from '../../components/project-card';
import { useDocumentTitle } from '../../components/use-document-title';
import { organisationKindLabels } from '../../domain/organisation';
import type { OrganisationProject } from '../../domain/organisation-detail';
import { formatPartialDate } from '../../domain/partial-date';
import { today } from '../../domain/phase-rules';
import { partnershipRoleLabels } from '../../domain/project';
import { organisationQueries } from './organisations-api';

export function OrganisationPage({ slug }: { slug: string }) {
  const { data: organisation } = useSuspenseQuery(organisationQueries.detail(slug));
  useDocumentTitle(organisation.name);
  const now = today();
  const current = organisation.partners.filter((entry) => entry.leftOn === null);
  const former = organisation.partners.filter((entry) => entry.leftOn !== null);

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
      {organisation.leads.length + organisation.partners.length === 0 ? (
        <p className="govuk-body">{organisation.name} does not lead or take part in any funded project yet.</p>
      ) : (
        <p className="govuk-body-l">
          Leads {plural(organisation.leads.length)} and takes part in {plural(current.length)} funded by the Local Digital Collaboration
          Unit.
        </p>
      )}
      <ProjectSection id="leads" title="Projects it leads" entries={organisation.leads} today={now} empty={`${organisation.name} does not lead a funded project.`} />
      <ProjectSection id="partners" title="Projects it partners in" entries={current} today={now} empty={`${organisation.name} is not a partner in a funded project.`} />
      {former.length === 0 ? null : (
        <ProjectSection id="former" title="Projects it used to partner in" entries={former} today={now} empty="" />
      )}
    </>
  );
}

function plural(count: number): string {
  return count === 1 ? '1 project' : `${count} projects`;
}

function ProjectSection({
  id,
  title,
  entries,
  today: now,
  empty,
}: {
  id: string;
  title: string;
  entries: readonly OrganisationProject[];
  today: string;
  empty: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <ul className="app-card-list">
          {entries.map((entry) => (
            <li key={entry.project.slug}>
              <ProjectCard
                project={entry.project}
                today={now}
                headingLevel={3}
                extra={<MembershipNote entry={entry} />}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MembershipNote({ entry }: { entry: OrganisationProject }) {
  const roles = entry.roles.filter((role) => role !== 'lead').map((role) => partnershipRoleLabels[role]);
  const parts = [
    roles.length === 0 ? null : `Role: ${roles.join(', ')}`,
    entry.joinedOn === null ? null : `joined ${formatPartialDate(entry.joinedOn)}`,
    entry.leftOn === null ? null : `left ${formatPartialDate(entry.leftOn)}`,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return <p className="govuk-body-s app-muted govuk-!-margin-top-2 govuk-!-margin-bottom-0">{parts.join('; ')}</p>;
}
