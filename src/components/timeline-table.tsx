import { Link } from 'react-router';
import { NOTHING_RECORDED, type Timeline, type TimelineEntry, type TimelineRow } from '../domain/timeline';
import { ScrollableTable } from './scrollable-table';

/**
 * The timeline as a table, the chart's equal for anyone who cannot see or use it: a row for each
 * phase, show and tell, talk and event, with the very words the chart's bars and points are
 * named by (the same timeline, the same fields), so the two cannot tell different stories.
 * Phases with no dates are here too, as "Dates not known".
 */
export function TimelineTable({ timeline, caption, showProjects }: { timeline: Timeline; caption: string; showProjects: boolean }) {
  // A project with nothing recorded keeps its row, as it keeps its place in the chart.
  const rows = timeline.rows.flatMap((row): { row: TimelineRow; entry: TimelineEntry | null }[] =>
    row.entries.length === 0 ? [{ row, entry: null }] : row.entries.map((entry) => ({ row, entry })),
  );
  if (rows.every(({ entry }) => entry === null) && !showProjects) return <p className="govuk-body">{NOTHING_RECORDED}</p>;
  return (
    <ScrollableTable label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {showProjects ? (
              <th scope="col" className="govuk-table__header">
                Project
              </th>
            ) : null}
            <th scope="col" className="govuk-table__header">
              Phase, show and tell, talk or event
            </th>
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header">
              Status and progress
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map(({ row, entry }) => (
            <tr key={`${row.slug}-${entry?.key ?? 'none'}`} className="govuk-table__row">
              {showProjects ? (
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/projects/${row.slug}`}>
                    {row.name}
                  </Link>
                </td>
              ) : null}
              <th scope="row" className="govuk-table__header app-table__row-header">
                {entry?.name ?? NOTHING_RECORDED}
              </th>
              <td className="govuk-table__cell">{entry?.when}</td>
              <td className="govuk-table__cell">{entry?.progress}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
