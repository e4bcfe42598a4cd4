import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ConfidenceTag } from '../../components/delivery-status';
import { ScrollableTable } from '../../components/scrollable-table';
import { ListDownloads } from '../../components/list-downloads';
import { useDocumentTitle } from '../../components/use-document-title';
import { type DeliveryFlag, deliveryFlagLabels, QUIET_AFTER_WEEKS } from '../../domain/delivery';
import type { Overview } from '../../domain/overview';
import { formatPartialDate } from '../../domain/partial-date';
import { type PhaseKind, phaseFilterLabels, phaseKindLabels, projectStatusLabels } from '../../domain/project';
import { overviewQuery } from './overview-api';

type PhaseFilter = Overview['byPhase'][number]['phase'];
type Funding = Overview['funding'];

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

function projectNoun(count: number): string {
  return count === 1 ? 'project' : 'projects';
}

// What each figure counts, for the name of its link: "3 projects in beta", read out of its table.
const PHASE_PHRASES: Record<PhaseFilter, string> = {
  discovery: 'in discovery',
  alpha: 'in alpha',
  beta: 'in beta',
  live: 'live',
  other: 'in another kind of work',
  unknown: 'with no standard phase',
};

const FLAG_PHRASES: Record<DeliveryFlag, string> = {
  quiet: `with no approved update for more than ${String(QUIET_AFTER_WEEKS)} weeks`,
  overrun: 'with a phase past its planned end',
  phase_unknown: 'with no standard phase',
};

/** The rule behind each flag, in one line. */
const FLAG_RULES: Record<DeliveryFlag, string> = {
  quiet: `No approved update for more than ${String(QUIET_AFTER_WEEKS)} weeks.`,
  overrun: 'A phase in progress has passed its planned end.',
  phase_unknown: 'The phase it is in now is not recorded as discovery, alpha, beta, live or another kind of work: its next phase is only planned, or its phase has no kind.',
};

const KIND_PHRASES: Record<PhaseKind, string> = {
  discovery: 'for discovery',
  alpha: 'for alpha',
  beta: 'for beta',
  live: 'for live',
  other: 'for another kind of work',
};

/**
 * A count that leads to the portfolio showing exactly the projects counted. Zero leads nowhere
 * worth going, so it is shown as a plain 0. The number alone is seen in its table; the link's
 * name says what it counts, as a screen reader lists links out of their rows.
 */
function CountLink({ count, to, counts }: { count: number; to: string; counts: string }) {
  if (count === 0) return <>0</>;
  return (
    <Link className="govuk-link" to={to}>
      {count} <span className="govuk-visually-hidden">{counts}</span>
    </Link>
  );
}

interface FigureRow {
  key: string;
  label: ReactNode;
  projects: ReactNode;
  /** Only in a table with an amount column. */
  amount?: ReactNode;
}

/** A small table of figures: what each row counts, how many projects, and for funding how much. */
function FigureTable({ caption, heading, amounts = false, rows }: { caption: string; heading: string; amounts?: boolean; rows: readonly FigureRow[] }) {
  return (
    <ScrollableTable label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {heading}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Projects
            </th>
            {amounts ? (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Amount
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="govuk-table__row">
              <th scope="row" className="govuk-table__header app-table__row-header">
                {row.label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.projects}</td>
              {amounts ? <td className="govuk-table__cell govuk-table__cell--numeric">{row.amount}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

function amountOrNone(amount: number): ReactNode {
  return amount === 0 ? <span className="app-muted">None recorded</span> : pounds.format(amount);
}

/**
 * The portfolio at a glance, as of the server's today: every figure is a count of projects that
 * one of the portfolio's filters shows, and links to exactly those projects.
 */
// `managesProjects` comes from the route, which reads the session: features do not import each other.
export function OverviewPage({ managesProjects }: { managesProjects: boolean }) {
  const { data: overview } = useSuspenseQuery(overviewQuery());
  useDocumentTitle('Overview');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-xl">Overview</h1>
        <p className="govuk-body-l">
          The portfolio as of today, <time dateTime={overview.asOf}>{formatPartialDate(overview.asOf)}</time>.
        </p>
        {overview.projects === 0 ? (
          <div className="app-empty govuk-!-margin-bottom-6">
            <p className="govuk-body">There are no projects in the portfolio yet.</p>
            <p className="govuk-body govuk-!-margin-bottom-0">Their figures will show here once projects are added.</p>
          </div>
        ) : (
          <>
            <p className="govuk-body">
              Each figure links to the projects it counts.{' '}
              <Link className="govuk-link" to="/">
                See all {overview.projects} {projectNoun(overview.projects)}
              </Link>
              .
            </p>
            <ul className="govuk-list app-no-print">
              <li>
                <Link className="govuk-link" to="/timeline">
                  See the timeline
                </Link>
              </li>
              {managesProjects ? (
                <li>
                  <Link className="govuk-link" to="/data-gaps">
                    See what is missing
                  </Link>{' '}
                  <span className="app-muted">(data gaps, with the forms that fill them)</span>
                </li>
              ) : null}
            </ul>
            <ListDownloads className="govuk-list app-no-print" csvSearch="" csvText="Download the portfolio as CSV" csvNote="spreadsheet, all projects" />
            <Figures overview={overview} />
          </>
        )}
        {overview.awaitingReview === undefined ? null : <AwaitingReview count={overview.awaitingReview} />}
      </div>
    </div>
  );
}

function Figures({ overview }: { overview: Overview }) {
  return (
    <>
      <h2 className="govuk-heading-l">Projects by phase</h2>
      <FigureTable
        caption="Projects by phase"
        heading="Current phase"
        rows={overview.byPhase.map(({ phase, projects }) => ({
          key: phase,
          label: phaseFilterLabels[phase],
          projects: <CountLink count={projects} to={`/?phase=${phase}`} counts={`${projectNoun(projects)} ${PHASE_PHRASES[phase]}`} />,
        }))}
      />

      <h2 className="govuk-heading-l">Projects by status</h2>
      <FigureTable
        caption="Projects by status"
        heading="Status"
        rows={overview.byStatus.map(({ status, projects }) => ({
          key: status,
          label: projectStatusLabels[status],
          projects: <CountLink count={projects} to={`/?status=${status}`} counts={`${projectStatusLabels[status].toLowerCase()} ${projectNoun(projects)}`} />,
        }))}
      />

      <h2 className="govuk-heading-l">Needs attention</h2>
      <p className="govuk-body">Active projects that the portfolio’s own rules pick out. Paused, completed and stopped projects are left out.</p>
      <FigureTable
        caption="Active projects that need attention"
        heading="Flag"
        rows={overview.flags.map(({ flag, projects }) => ({
          key: flag,
          label: (
            <>
              <strong>{deliveryFlagLabels[flag]}</strong>
              <span className="app-table-note">{FLAG_RULES[flag]}</span>
            </>
          ),
          projects: <CountLink count={projects} to={`/?flag=${flag}`} counts={`active ${projectNoun(projects)} ${FLAG_PHRASES[flag]}`} />,
        }))}
      />

      {overview.confidence === undefined ? null : (
        <>
          <h2 className="govuk-heading-l">Delivery confidence</h2>
          <p className="govuk-body">LDCU’s own rating of how each project’s delivery is going, seen only by its staff.</p>
          <FigureTable
            caption="Projects by delivery confidence"
            heading="Rating"
            rows={overview.confidence.map(({ rating, projects }) => ({
              key: rating,
              label: rating === 'none' ? 'Not rated' : <ConfidenceTag rating={rating} />,
              projects: (
                <CountLink
                  count={projects}
                  to={`/?confidence=${rating}`}
                  counts={`${projectNoun(projects)} ${rating === 'none' ? 'not rated' : `rated ${rating}`}`}
                />
              ),
            }))}
          />
        </>
      )}

      <FundingSection funding={overview.funding} />
    </>
  );
}

function FundingSection({ funding }: { funding: Funding }) {
  const recorded = funding.projects > 0;
  // Amounts on phases whose kind nobody has stated count in the total but under no kind.
  const unstated = funding.pounds - funding.byKind.reduce((total, row) => total + row.pounds, 0);
  return (
    <>
      <h2 className="govuk-heading-l">Funding</h2>
      {recorded ? (
        <>
          <p className="govuk-body">
            {pounds.format(funding.pounds)} in all, for{' '}
            <Link className="govuk-link" to="/?funded=any">
              {funding.projects} {projectNoun(funding.projects)} with funding recorded
            </Link>
            .
          </p>
          <h3 className="govuk-heading-m">By kind of phase</h3>
          <FigureTable
            caption="Funding by kind of phase"
            heading="Kind of phase"
            amounts
            rows={funding.byKind.map(({ kind, pounds: amount, projects }) => ({
              key: kind,
              label: phaseKindLabels[kind],
              projects: <CountLink count={projects} to={`/?funded=${kind}`} counts={`${projectNoun(projects)} with funding recorded ${KIND_PHRASES[kind]}`} />,
              amount: amountOrNone(amount),
            }))}
          />
          {unstated > 0 ? <p className="govuk-body">The total includes {pounds.format(unstated)} for phases whose kind nobody has stated.</p> : null}
        </>
      ) : (
        <p className="govuk-body">No funding amounts recorded yet.</p>
      )}
      <h3 className="govuk-heading-m">By funding stream</h3>
      {funding.byStream.length === 0 ? (
        <p className="govuk-body">No funding streams recorded yet.</p>
      ) : (
        <FigureTable
          caption="Projects by funding stream"
          heading="Funding stream"
          amounts={recorded}
          rows={funding.byStream.map(({ stream, pounds: amount, projects }) => ({
            key: stream,
            label: <span className="app-break-anywhere">{stream}</span>,
            projects: <CountLink count={projects} to={`/?stream=${encodeURIComponent(stream)}`} counts={`${projectNoun(projects)} in the ${stream} stream`} />,
            amount: amountOrNone(amount),
          }))}
        />
      )}
    </>
  );
}

function AwaitingReview({ count }: { count: number }) {
  return (
    <>
      <h2 className="govuk-heading-l">Updates waiting for review</h2>
      <p className="govuk-body">
        {count === 0 ? (
          'No updates are waiting for review.'
        ) : (
          <Link className="govuk-link" to="/review">
            {count} {count === 1 ? 'update' : 'updates'} waiting for review
          </Link>
        )}
      </p>
    </>
  );
}
