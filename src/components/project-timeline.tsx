import { today } from '../domain/phase-rules';
import type { ProjectDetail } from '../domain/project';
import { buildTimeline, isDrawn, NOTHING_RECORDED, timelineProjectOf } from '../domain/timeline';
import { TimelineChart } from './timeline-chart';
import { TimelineTable } from './timeline-table';

/**
 * One project's timeline on its own page, from the project the page already has: the chart (its
 * bars are not links, as they would lead back here) and the same facts as a table.
 */
export function ProjectTimeline({ project }: { project: ProjectDetail }) {
  const timeline = buildTimeline([timelineProjectOf(project)], today());
  const entries = timeline.rows.flatMap((row) => row.entries);
  if (entries.length === 0) return <p className="govuk-body">{NOTHING_RECORDED}</p>;
  return (
    <>
      {entries.some(isDrawn) ? (
        <TimelineChart timeline={timeline} label={`Timeline of ${project.name}`} linkProjects={false} />
      ) : (
        <p className="govuk-body">Nothing on this project’s timeline has a date yet, so there is nothing to draw. What is known is in the table.</p>
      )}
      <h3 className="govuk-heading-m">Timeline as a table</h3>
      <TimelineTable timeline={timeline} caption={`Timeline of ${project.name} as a table`} showProjects={false} />
    </>
  );
}
