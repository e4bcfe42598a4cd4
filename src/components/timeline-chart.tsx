import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  describeEntry,
  isDrawn,
  NOTHING_RECORDED,
  piecesOf,
  positionOf,
  type Timeline,
  type TimelinePhaseEntry,
  type TimelinePointEntry,
  type TimelineRow,
  type TimelineScale,
  type TimelineSpan,
  todayInWords,
  widthOf,
} from '../domain/timeline';
import '../styles/timeline.scss';

/** How wide a month is drawn at each scale: the chart scrolls sideways in its box when it is wider than the page. */
const MONTH_WIDTH: Record<TimelineScale, number> = { month: 80, quarter: 32, year: 16 };

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

type Axis = Pick<Timeline, 'from' | 'to'>;

function Segments({ axis, span, kind }: { axis: Axis; span: TimelineSpan; kind: 'planned' | 'in_progress' | 'completed' | 'overrun' }) {
  const end = positionOf(axis, span.from) + widthOf(axis, span.from, span.to);
  return (
    <>
      {piecesOf(span).map((piece) => (
        <span
          key={piece.from}
          className={`app-timeline-chart__segment app-timeline-chart__segment--${kind}${piece.rough ? ' app-timeline-chart__segment--rough' : ''}`}
          style={{ left: percent(positionOf(axis, piece.from)), width: percent(widthOf(axis, piece.from, piece.to)) }}
        />
      ))}
      {span.openEnd ? (
        <span className={`app-timeline-chart__segment app-timeline-chart__segment--${kind} app-timeline-chart__segment--open`} style={{ left: percent(end) }} />
      ) : null}
    </>
  );
}

/**
 * One phase: its caption, and, when it has a start, its bars, planned above and as it happened
 * below. The words a screen reader hears are the same as the table's row for it (describeEntry).
 */
function PhaseLane({ axis, row, entry, link }: { axis: Axis; row: TimelineRow; entry: TimelinePhaseEntry; link: boolean }) {
  const drawn = isDrawn(entry);
  const content = (
    <>
      {/* Spaces between the parts, not inside them, which naming a link trims. */}
      <span className="govuk-visually-hidden">{`${row.name}.`}</span>{' '}
      <span className="app-timeline-chart__caption">
        <strong>{`${entry.name}.`}</strong> {entry.progress}{' '}
        {/* With no bar to read them from, the dates are said here too. */}
        <span className={drawn ? 'govuk-visually-hidden' : undefined}>{`${entry.when}.`}</span>
      </span>
      {drawn ? (
        <span className="app-timeline-chart__track" aria-hidden="true">
          {entry.planned === null ? null : <Segments axis={axis} span={entry.planned} kind="planned" />}
          {entry.actual === null ? null : <Segments axis={axis} span={entry.actual} kind={entry.status === 'completed' ? 'completed' : 'in_progress'} />}
          {entry.overrun === null ? null : <Segments axis={axis} span={entry.overrun} kind="overrun" />}
        </span>
      ) : null}
    </>
  );
  return (
    <li className="app-timeline-chart__lane">
      {link && drawn ? (
        <Link className="app-timeline-chart__bar" to={`/projects/${row.slug}`}>
          {content}
        </Link>
      ) : (
        content
      )}
    </li>
  );
}

function PointsLane({ axis, row, points }: { axis: Axis; row: TimelineRow; points: readonly TimelinePointEntry[] }) {
  return (
    <li className="app-timeline-chart__lane">
      <span className="app-timeline-chart__caption" id={`timeline-points-${row.slug}`}>
        Show and tells, talks and events
      </span>
      <ul className="app-timeline-chart__track" aria-labelledby={`timeline-points-${row.slug}`}>
        {points.map((point) => {
          const rough = point.span.fromLatest !== null;
          const middle = positionOf(axis, point.span.from) + (rough ? widthOf(axis, point.span.from, point.span.to) / 2 : 0);
          return (
            <li key={point.key}>
              {rough ? (
                <span
                  className="app-timeline-chart__band"
                  style={{ left: percent(positionOf(axis, point.span.from)), width: percent(widthOf(axis, point.span.from, point.span.to)) }}
                />
              ) : null}
              <span className={`app-timeline-chart__point app-timeline-chart__point--${point.type}`} style={{ left: percent(middle) }} />
              <span className="govuk-visually-hidden">{describeEntry(row, point)}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

function Legend() {
  const items: { key: string; swatch: ReactNode; text: string }[] = [
    { key: 'planned', swatch: <span className="app-timeline-chart__segment app-timeline-chart__segment--planned" />, text: 'Planned: start to planned end' },
    { key: 'in-progress', swatch: <span className="app-timeline-chart__segment app-timeline-chart__segment--in_progress" />, text: 'In progress: start to today' },
    { key: 'completed', swatch: <span className="app-timeline-chart__segment app-timeline-chart__segment--completed" />, text: 'Completed: start to end' },
    { key: 'overrun', swatch: <span className="app-timeline-chart__segment app-timeline-chart__segment--overrun" />, text: 'Past its planned end' },
    {
      key: 'rough',
      swatch: <span className="app-timeline-chart__segment app-timeline-chart__segment--in_progress app-timeline-chart__segment--rough" />,
      text: 'Date known only to the month or year: drawn across all of it',
    },
    { key: 'open', swatch: <span className="app-timeline-chart__segment app-timeline-chart__segment--open" />, text: 'End not recorded' },
    { key: 'today', swatch: <span className="app-timeline-chart__today" />, text: 'Today' },
    { key: 'show-and-tell', swatch: <span className="app-timeline-chart__point app-timeline-chart__point--show_and_tell" />, text: 'Show and tell' },
    { key: 'event', swatch: <span className="app-timeline-chart__point app-timeline-chart__point--event" />, text: 'Talk or event' },
  ];
  return (
    <ul className="app-timeline-legend govuk-body-s" aria-label="Key to the timeline">
      {items.map((item) => (
        <li key={item.key} className="app-timeline-legend__item">
          <span className="app-timeline-legend__swatch" aria-hidden="true">
            {item.swatch}
          </span>
          {item.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * Projects' phases as bars on one time axis, planned against actual, with today marked and show
 * and tells, talks and events as points. It scrolls sideways inside its own box, a focusable
 * region, so the page never does; project names and captions stay in view as it scrolls. With
 * `linkProjects`, each project's name and each bar is a link to its page. Every fact it draws
 * is also in TimelineTable, built from the same timeline.
 */
export function TimelineChart({ timeline, label, linkProjects }: { timeline: Timeline; label: string; linkProjects: boolean }) {
  const at = (day: string) => percent(positionOf(timeline, day));
  // Near the end of the axis, today's label reads leftwards so it stays inside the chart.
  const todayAtEnd = positionOf(timeline, timeline.today) > 0.6;
  return (
    <>
      <Legend />
      <div className="app-timeline-chart" role="region" aria-label={label} tabIndex={0}>
        <div className="app-timeline-chart__canvas govuk-body-s" style={{ width: `${String(timeline.months * MONTH_WIDTH[timeline.scale])}px` }}>
          <div aria-hidden="true">
            {timeline.ticks.map((tick) => (
              <span key={tick.day} className="app-timeline-chart__tick" style={{ left: at(tick.day) }}>
                {tick.label}
              </span>
            ))}
          </div>
          <p className={`app-timeline-chart__today${todayAtEnd ? ' app-timeline-chart__today--end' : ''}`} style={{ left: at(timeline.today) }}>
            <span className="app-timeline-chart__today-label">{todayInWords(timeline)}</span>
          </p>
          <ul className="app-timeline-chart__rows">
            {timeline.rows.map((row) => {
              const phases = row.entries.filter((entry) => entry.type === 'phase');
              const points = row.entries.filter((entry) => entry.type !== 'phase');
              return (
                <li key={row.slug} className="app-timeline-chart__row">
                  {linkProjects ? (
                    <p className="app-timeline-chart__project">
                      <Link className="govuk-link" to={`/projects/${row.slug}`}>
                        {row.name}
                      </Link>
                      {row.leads === '' ? null : <span className="app-muted govuk-!-font-weight-regular">{`, ${row.leads}`}</span>}
                    </p>
                  ) : null}
                  {phases.length === 0 && points.length === 0 ? (
                    <p className="app-timeline-chart__caption govuk-body-s app-muted">{NOTHING_RECORDED}</p>
                  ) : (
                    <ul className="app-timeline-chart__lanes" aria-label={linkProjects ? row.name : undefined}>
                      {phases.map((entry) => (
                        <PhaseLane key={entry.key} axis={timeline} row={row} entry={entry} link={linkProjects} />
                      ))}
                      {points.length === 0 ? null : <PointsLane axis={timeline} row={row} points={points} />}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </>
  );
}
