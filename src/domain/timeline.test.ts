import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  describeEntry,
  isDrawn,
  piecesOf,
  positionOf,
  type TimelineEntry,
  type TimelinePhaseEntry,
  type TimelineProject,
  timelineProjectOf,
  todayInWords,
  widthOf,
} from './timeline';
import { phaseWith } from '../../test/factories';

const phase = phaseWith;

function project(overrides: Partial<TimelineProject>): TimelineProject {
  return {
    slug: 'a-project',
    name: 'A Project',
    leads: [],
    status: 'active',
    phases: [],
    showAndTells: [],
    events: [],
    latestUpdateOn: null,
    ...overrides,
  };
}

/** Digital Waste Service as Sprint Notes #46 describes it. */
const digitalWasteService = project({
  slug: 'digital-waste-service',
  name: 'Digital Waste Service',
  leads: [{ slug: 'rugby-borough-council', name: 'Rugby Borough Council', kind: 'council' }],
  phases: [
    phase({ label: 'Sprints up to Sprint 7' }),
    phase({ label: 'Sprints 8 and 9, funded from underspend', status: 'planned', startedOn: '2022-05-11', plannedEndOn: '2022-06-07' }),
  ],
  showAndTells: [{ id: 1, heldOn: '2022-05-10', title: 'Sprint 7 show and tell', sprint: 7 }],
  latestUpdateOn: '2022-05-11',
});

function entries(projects: TimelineProject[], today: string): TimelineEntry[] {
  return buildTimeline(projects, today).rows.flatMap((row) => row.entries);
}

function phaseEntry(projects: TimelineProject[], today: string, name: string): TimelinePhaseEntry {
  const found = entries(projects, today).find((entry) => entry.name === name);
  if (found?.type !== 'phase') throw new Error(`No phase ${name}`);
  return found;
}

describe('a phase on the timeline', () => {
  it('runs from its start to its planned end, and to today while in progress, with the days past its planned end apart', () => {
    const sprints = phaseEntry([digitalWasteService], '2022-06-21', 'Sprints 8 and 9, funded from underspend');

    expect(sprints).toMatchObject({
      status: 'in_progress',
      planned: { from: '2022-05-11', to: '2022-06-07', fromLatest: null, toEarliest: null, openEnd: false },
      actual: { from: '2022-05-11', to: '2022-06-21', fromLatest: null, toEarliest: null, openEnd: false },
      overrun: { from: '2022-06-08', to: '2022-06-21' },
      when: 'Started 11 May 2022; planned to end 7 June 2022',
      // Progress as the project last reported it; the overrun as of today.
      progress: 'In progress. Week 1 of 4, as of 11 May 2022. 2 weeks past its planned end of 7 June 2022.',
    });
  });

  it('has no overrun before its planned end has passed', () => {
    const sprints = phaseEntry([digitalWasteService], '2022-05-11', 'Sprints 8 and 9, funded from underspend');

    expect(sprints.actual).toMatchObject({ from: '2022-05-11', to: '2022-05-11' });
    expect(sprints.overrun).toBeNull();
    expect(sprints.progress).toBe('In progress. Week 1 of 4.');
    // The day after its planned end, it is late by a day.
    expect(phaseEntry([digitalWasteService], '2022-06-08', 'Sprints 8 and 9, funded from underspend').progress).toBe(
      'In progress. Week 1 of 4, as of 11 May 2022. 1 day past its planned end of 7 June 2022.',
    );
  });

  it('counts a late phase’s days, then whole weeks, and says its calendar overrun once', () => {
    const late = project({ phases: [phase({ label: 'Alpha sprint', status: 'in_progress', startedOn: '2022-01-03', plannedWeeks: 4 })] });

    const entry = phaseEntry([late], '2022-02-02', 'Alpha sprint');
    expect(entry.when).toBe('Started 3 January 2022; planned to end 30 January 2022, after 4 weeks');
    expect(entry.progress).toBe('In progress. 3 days past its planned end of 30 January 2022.');
    expect(entry.overrun).toMatchObject({ from: '2022-01-31', to: '2022-02-02' });
    expect(phaseEntry([late], '2022-02-14', 'Alpha sprint').progress).toBe('In progress. 2 weeks past its planned end of 30 January 2022.');
  });

  it('says a planned end given as a month as a month', () => {
    const late = project({ phases: [phase({ label: 'Beta', status: 'in_progress', startedOn: '2022-01-03', plannedEndOn: '2022-02' })] });

    const entry = phaseEntry([late], '2022-03-15', 'Beta');
    expect(entry.planned).toMatchObject({ from: '2022-01-03', to: '2022-02-28', toEarliest: '2022-02-01' });
    expect(entry.when).toBe('Started 3 January 2022; planned to end in February 2022 (day not recorded)');
    // With no planned end day, the project's rules count weeks without a length to count against.
    expect(entry.progress).toBe('In progress. Week 11. 2 weeks past its planned end in February 2022.');
  });

  it('gives a phase reported by week, with no dates, in words and draws nothing', () => {
    const revsAndBens = project({
      name: 'Revs and Bens',
      phases: [phase({ kind: 'alpha', status: 'in_progress', plannedWeeks: 12, reportedWeek: 7, reportedOn: '2022-05-11' })],
      latestUpdateOn: '2022-05-11',
    });

    const alpha = phaseEntry([revsAndBens], '2022-06-21', 'Alpha');
    expect(alpha).toMatchObject({ planned: null, actual: null, overrun: null, when: 'Dates not known; planned for 12 weeks' });
    expect(alpha.progress).toBe('In progress. Week 7 of 12, as reported on 11 May 2022.');
    expect(isDrawn(alpha)).toBe(false);
  });

  it('gives a phase with nothing known as "dates not known"', () => {
    const unknown = phaseEntry([digitalWasteService], '2022-05-11', 'Sprints up to Sprint 7');

    expect(unknown).toMatchObject({ status: 'unknown', when: 'Dates not known', progress: 'Status not reported.' });
    expect(isDrawn(unknown)).toBe(false);
  });

  it('draws a start known to the month across the whole month, and says so', () => {
    const familyContext = project({ phases: [phase({ kind: 'beta', status: 'in_progress', startedOn: '2022-05' })], latestUpdateOn: '2022-05-11' });

    const beta = phaseEntry([familyContext], '2022-06-21', 'Beta');
    expect(beta.actual).toEqual({ from: '2022-05-01', to: '2022-06-21', fromLatest: '2022-05-31', toEarliest: null, openEnd: false });
    expect(beta.planned).toBeNull();
    expect(beta.when).toBe('Started in May 2022 (day not recorded); planned end not recorded');
    // Before the month is out, the uncertain part ends today.
    expect(phaseEntry([familyContext], '2022-05-11', 'Beta').actual).toMatchObject({ from: '2022-05-01', to: '2022-05-11', fromLatest: '2022-05-11' });
  });

  it('draws a planned start with no end as a start, not a length', () => {
    const qualityData = project({ phases: [phase({ kind: 'beta', label: 'Full beta', status: 'planned', startedOn: '2022-06' })], latestUpdateOn: '2022-05-11' });

    const beta = phaseEntry([qualityData], '2022-05-11', 'Full beta');
    expect(beta.planned).toEqual({ from: '2022-06-01', to: '2022-06-30', fromLatest: '2022-06-30', toEarliest: null, openEnd: true });
    expect(beta.actual).toBeNull();
    expect(beta).toMatchObject({ when: 'Planned to start in June 2022 (day not recorded); planned end not recorded', progress: 'Planned.' });
  });

  it('draws a phase whose status nobody reported as planned, and does not say it started', () => {
    const unreported = project({ phases: [phase({ kind: 'beta', startedOn: '2022-04-04', plannedEndOn: '2022-05-27' })] });

    const beta = phaseEntry([unreported], '2022-06-21', 'Beta');
    expect(beta).toMatchObject({ status: 'unknown', actual: null, overrun: null, progress: 'Status not reported.' });
    expect(beta.planned).toMatchObject({ from: '2022-04-04', to: '2022-05-27' });
    expect(beta.when).toBe('Start given as 4 April 2022; planned to end 27 May 2022');
  });

  it('draws a completed phase to its end, and leaves one with no start in words', () => {
    const finished = project({
      phases: [
        phase({ kind: 'alpha', status: 'completed', startedOn: '2022-01-10', plannedWeeks: 12, endedOn: '2022-04' }),
        phase({ kind: 'discovery', status: 'completed', endedOn: '2022-03' }),
      ],
    });

    const alpha = phaseEntry([finished], '2022-06-21', 'Alpha');
    expect(alpha.planned).toMatchObject({ from: '2022-01-10', to: '2022-04-03' });
    expect(alpha.actual).toMatchObject({ from: '2022-01-10', to: '2022-04-30', toEarliest: '2022-04-01' });
    expect(alpha.when).toBe('Started 10 January 2022; planned to end 3 April 2022, after 12 weeks; ended in April 2022 (day not recorded)');
    expect(alpha.progress).toBe('Completed.');
    const discovery = phaseEntry([finished], '2022-06-21', 'Discovery');
    expect(discovery.when).toBe('Start not recorded; ended in March 2022 (day not recorded)');
    expect(isDrawn(discovery)).toBe(false);
  });
});

describe('show and tells, talks and events on the timeline', () => {
  it('are points on their day, or across the month they are known to, after the phases', () => {
    const futureWork = project({
      phases: [phase({ kind: 'discovery', status: 'in_progress' })],
      events: [
        { id: 7, kind: 'event', title: 'Pilot sessions', date: '2022-06-06' },
        { id: 6, kind: 'event', title: 'Focus group sessions', date: '2022-05' },
        { id: 8, kind: 'talk', title: 'User-led design', date: '2022-06-20' },
      ],
      showAndTells: [{ id: 3, heldOn: '2022-05-10', title: 'Sprint 7 show and tell', sprint: 7 }],
    });

    const found = entries([futureWork], '2022-05-11');
    expect(found.map((entry) => [entry.name, entry.when, entry.progress])).toEqual([
      ['Discovery', 'Dates not known', 'In progress.'],
      ['Event: Focus group sessions', 'In May 2022 (day not recorded)', 'This month.'],
      ['Show and tell: Sprint 7 show and tell', '10 May 2022', 'Took place.'],
      ['Event: Pilot sessions', '6 June 2022', 'Coming up.'],
      ['Talk: User-led design', '20 June 2022', 'Coming up.'],
    ]);
    expect(found[1]).toMatchObject({ span: { from: '2022-05-01', to: '2022-05-31', fromLatest: '2022-05-31', toEarliest: '2022-05-01' } });
    expect(found[2]).toMatchObject({ span: { from: '2022-05-10', to: '2022-05-10', fromLatest: null, toEarliest: null } });
  });

  it('come from a project page’s detail only when they have a date, and only talks and events among its outputs', () => {
    const fromDetail = timelineProjectOf({
      ...digitalWasteService,
      showAndTells: [
        { id: 1, version: 1, heldOn: '2022-05-10', title: 'Sprint 7 show and tell', sprint: 7, summary: null, slidesUrl: null, recordingUrl: null },
        { id: 2, version: 1, heldOn: null, title: 'Sprint 8 show and tell', sprint: 8, summary: null, slidesUrl: null, recordingUrl: null },
      ],
      outputs: [
        { id: 1, version: 1, kind: 'talk', title: 'Digital Leaders Week talk', description: null, url: null, date: null },
        { id: 2, version: 1, kind: 'event', title: 'Show and tell for councils', description: null, url: null, date: '2022-06-01' },
        { id: 3, version: 1, kind: 'report', title: 'Theory of Change', description: null, url: null, date: '2022-06-01' },
      ],
    });

    expect(fromDetail.showAndTells).toEqual([{ id: 1, heldOn: '2022-05-10', title: 'Sprint 7 show and tell', sprint: 7 }]);
    expect(fromDetail.events).toEqual([{ id: 2, kind: 'event', title: 'Show and tell for councils', date: '2022-06-01' }]);
  });
});

describe('the time axis', () => {
  it('covers every day drawn and today, in whole months with a tick for each', () => {
    const timeline = buildTimeline([digitalWasteService], '2022-06-21');

    expect(timeline).toMatchObject({ from: '2022-05-01', to: '2022-06-30', months: 2, scale: 'month', today: '2022-06-21' });
    expect(timeline.ticks).toEqual([
      { day: '2022-05-01', label: 'May 2022' },
      { day: '2022-06-01', label: 'Jun' },
    ]);
    expect(todayInWords(timeline)).toBe('Today, 21 June 2022');
  });

  it('reaches today however long ago the last date was, in quarters and then years', () => {
    const quarters = buildTimeline([digitalWasteService], '2023-06-15');
    expect(quarters).toMatchObject({ from: '2022-04-01', to: '2023-06-30', months: 15, scale: 'quarter' });
    expect(quarters.ticks.map((tick) => tick.label)).toEqual(['Apr 2022', 'Jul 2022', 'Oct 2022', 'Jan 2023', 'Apr 2023']);

    const years = buildTimeline([digitalWasteService], '2026-11-27');
    expect(years).toMatchObject({ from: '2022-01-01', to: '2026-12-31', months: 60, scale: 'year' });
    expect(years.ticks.map((tick) => tick.label)).toEqual(['2022', '2023', '2024', '2025', '2026']);
  });

  it('is the month of today when nothing has a date', () => {
    expect(buildTimeline([project({ phases: [phase({ kind: 'alpha' })] })], '2022-05-11')).toMatchObject({ from: '2022-05-01', to: '2022-05-31', months: 1 });
  });

  it('places days by their share of it, last days included', () => {
    const axis = { from: '2022-05-01', to: '2022-06-30' };

    expect(positionOf(axis, '2022-05-01')).toBe(0);
    expect(positionOf(axis, '2022-07-01')).toBe(1);
    expect(widthOf(axis, '2022-05-01', '2022-06-30')).toBe(1);
    expect(widthOf(axis, '2022-05-11', '2022-05-11')).toBeCloseTo(1 / 61);
  });
});

describe('drawing a span', () => {
  it('keeps the days a rough start or end may mean apart from those it certainly covers', () => {
    expect(piecesOf({ from: '2022-05-11', to: '2022-06-07', fromLatest: null, toEarliest: null, openEnd: false })).toEqual([
      { from: '2022-05-11', to: '2022-06-07', rough: false },
    ]);
    expect(piecesOf({ from: '2022-05-01', to: '2022-07-31', fromLatest: '2022-05-31', toEarliest: '2022-07-01', openEnd: false })).toEqual([
      { from: '2022-05-01', to: '2022-05-31', rough: true },
      { from: '2022-06-01', to: '2022-06-30', rough: false },
      { from: '2022-07-01', to: '2022-07-31', rough: true },
    ]);
    // Started some day in May, and today is 11 May: all of it may be before the start.
    expect(piecesOf({ from: '2022-05-01', to: '2022-05-11', fromLatest: '2022-05-11', toEarliest: null, openEnd: false })).toEqual([
      { from: '2022-05-01', to: '2022-05-11', rough: true },
    ]);
  });
});

describe('the words for each entry', () => {
  it('name the project, the entry, its progress and its dates, from the facts the table shows', () => {
    const timeline = buildTimeline([digitalWasteService], '2022-06-21');
    const row = timeline.rows[0]!;

    expect(row.entries.map((entry) => describeEntry(row, entry))).toEqual([
      'Digital Waste Service. Sprints up to Sprint 7. Status not reported. Dates not known.',
      'Digital Waste Service. Sprints 8 and 9, funded from underspend. In progress. Week 1 of 4, as of 11 May 2022. 2 weeks past its planned end of 7 June 2022. Started 11 May 2022; planned to end 7 June 2022.',
      'Digital Waste Service. Show and tell: Sprint 7 show and tell. Took place. 10 May 2022.',
    ]);
    expect(row.leads).toBe('Rugby Borough Council');
  });
});
