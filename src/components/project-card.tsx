import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPartialDate } from '../domain/partial-date';
import { informationDate } from '../domain/phase-rules';
import type { ProjectCard as ProjectCardData } from '../domain/project';
import { projectStatusLabels } from '../domain/project';
import { OrganisationLinks } from './organisation-links';
import { ConfidenceTag, FlagList } from './delivery-status';
import { CurrentPhaseTag } from './phase-tag';
import { isLinkable, StoredLink } from './stored-link';
import { Tag } from './tag';

/**
 * One project at a glance: who leads it, where it is, who is in it and when it last reported,
 * with its delivery confidence for those who may see it and what the portfolio's rules flag.
 * Compact on purpose: one phase tag, and only the facts that are known.
 */
export function ProjectCard({
  project,
  today,
  headingLevel = 2,
  extra,
}: {
  project: ProjectCardData;
  today: string;
  headingLevel?: 2 | 3;
  extra?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const asOf = informationDate(project.latestUpdateOn, today);
  const showAndTell = project.latestShowAndTell;
  return (
    <article className="app-card" aria-labelledby={`card-${project.slug}`}>
      <div className="app-card__header">
        <Heading className="govuk-heading-m app-card__title" id={`card-${project.slug}`}>
          <Link className="govuk-link" to={`/projects/${project.slug}`}>
            {project.name}
          </Link>
        </Heading>
        <div className="app-card__tags">
          {project.yours === true ? <Tag colour="blue">Your project</Tag> : null}
          <CurrentPhaseTag phases={project.phases} asOf={asOf} />
          {project.status === 'active' ? null : <Tag colour="grey">{projectStatusLabels[project.status]}</Tag>}
        </div>
      </div>
      {project.confidence === undefined && project.flags.length === 0 ? null : (
        <div className="app-card__delivery">
          {project.confidence === undefined ? null : project.confidence === null ? (
            <p className="govuk-body-s app-muted govuk-!-margin-bottom-1">Delivery confidence not rated</p>
          ) : (
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              Delivery confidence: <ConfidenceTag rating={project.confidence.rating} />{' '}
              <span className="app-muted">({formatPartialDate(project.confidence.ratedOn)})</span>
            </p>
          )}
          <FlagList flags={project.flags} label={`Flags for ${project.name}`} />
        </div>
      )}
      <dl className="app-card__facts">
        <div>
          <dt>{project.leads.length > 1 ? 'Leads' : 'Lead'}</dt>
          <dd>{project.leads.length === 0 ? 'Not recorded' : <OrganisationLinks organisations={project.leads} />}</dd>
        </div>
        {project.partners.length === 0 ? null : (
          <div>
            <dt>Partners</dt>
            <dd>
              <OrganisationLinks organisations={project.partners} />
            </dd>
          </div>
        )}
        {showAndTell === null ? null : (
          <div>
            <dt>Latest show and tell</dt>
            <dd>
              <ShowAndTellLink slug={project.slug} showAndTell={showAndTell} />
            </dd>
          </div>
        )}
        <div>
          <dt>Latest update</dt>
          <dd>
            {project.latestUpdateOn === null ? (
              'None yet'
            ) : (
              <>
                {project.latestUpdateHeadline ?? 'Update'}{' '}
                <span className="app-muted">({formatPartialDate(project.latestUpdateOn)})</span>
              </>
            )}
          </dd>
        </div>
      </dl>
      {extra}
    </article>
  );
}

function ShowAndTellLink({
  slug,
  showAndTell,
}: {
  slug: string;
  showAndTell: NonNullable<ProjectCardData['latestShowAndTell']>;
}) {
  const when = showAndTell.heldOn === null ? '' : ` (${formatPartialDate(showAndTell.heldOn)})`;
  // "recording" and "slides" say nothing without their link, so one that may not be followed is left out.
  const links = [
    { href: showAndTell.recordingUrl, text: 'recording' },
    { href: showAndTell.slidesUrl, text: 'slides' },
  ].filter((link): link is { href: string; text: string } => isLinkable(link.href));
  return (
    <>
      <Link className="govuk-link" to={`/projects/${slug}#show-and-tell-${showAndTell.id}`}>
        {showAndTell.title}
      </Link>
      {when}
      {links.map((link) => (
        <span key={link.text}>
          {', '}
          <StoredLink href={link.href}>
            {link.text}
            <span className="govuk-visually-hidden"> of {showAndTell.title}</span>
          </StoredLink>
        </span>
      ))}
    </>
  );
}
