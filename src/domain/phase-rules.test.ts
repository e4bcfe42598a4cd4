import { describe, expect, it } from 'vitest';
import {
  currentPhase,
  currentPhaseKind,
  describeProgress,
  effectivePhaseStatus,
  phaseName,
  phaseProgress,
  informationDate,
  phaseSteps,
} from './phase-rules';
import { phaseWith } from '../../test/factories';

const TODAY = '2022-05-11';

const phase = phaseWith;

describe('effectivePhaseStatus', () => {
  it('treats a planned phase whose start day has come as started', () => {
    expect(effectivePhaseStatus(phase({ status: 'planned', startedOn: '2022-05-11' }), TODAY)).toBe('in_progress');
    expect(effectivePhaseStatus(phase({ status: 'planned', startedOn: '2022-04-07' }), TODAY)).toBe('in_progress');
  });

  it('keeps a planned phase planned until its start day', () => {
    expect(effectivePhaseStatus(phase({ status: 'planned', startedOn: '2022-05-16' }), TODAY)).toBe('planned');
    expect(effectivePhaseStatus(phase({ status: 'planned', startedOn: '2022-06' }), TODAY)).toBe('planned');
  });

  it('keeps a planned phase with no start date planned', () => {
    expect(effectivePhaseStatus(phase({ status: 'planned' }), TODAY)).toBe('planned');
  });

  it('leaves reported statuses alone', () => {
    expect(effectivePhaseStatus(phase({ status: 'completed', startedOn: '2022-01-04' }), TODAY)).toBe('completed');
    expect(effectivePhaseStatus(phase({ status: null }), TODAY)).toBeNull();
  });
});

describe('currentPhase', () => {
  it('skips planned phases at the end', () => {
    const alpha = phase({ kind: 'alpha', status: 'completed' });
    const beta = phase({ kind: 'beta', status: 'planned' });
    expect(currentPhase([alpha, beta], TODAY)).toBe(alpha);
  });

  it('counts a planned phase whose start day has passed', () => {
    const alpha = phase({ kind: 'alpha', status: 'completed' });
    const beta = phase({ kind: 'beta', status: 'planned', startedOn: '2022-05-09' });
    expect(currentPhaseKind([alpha, beta], TODAY)).toBe('beta');
    expect(currentPhaseKind([alpha, beta], '2022-05-08')).toBe('alpha');
  });

  it('follows position, not the order phases arrive in', () => {
    const discovery = phase({ kind: 'discovery', status: 'completed', position: 1 });
    const alpha = phase({ kind: 'alpha', status: 'in_progress', position: 2 });
    expect(currentPhase([alpha, discovery], TODAY)).toBe(alpha);
  });

  it('takes a phase nobody has reported on as current, since it is not only planned', () => {
    const discovery = phase({ kind: 'discovery', status: 'completed' });
    const beta = phase({ kind: 'beta', status: null });
    expect(currentPhaseKind([discovery, beta], TODAY)).toBe('beta');
  });

  it('finds no current phase when every phase is still to come, or there are none', () => {
    expect(currentPhase([phase({ kind: 'beta', status: 'planned', startedOn: '2022-05-16' })], TODAY)).toBeNull();
    expect(currentPhaseKind([], TODAY)).toBeNull();
  });
});

describe('phaseName', () => {
  it('names a phase by its kind', () => {
    expect(phaseName({ kind: 'alpha', label: null })).toBe('Alpha');
    expect(phaseName({ kind: 'alpha', label: 'alpha' })).toBe('Alpha');
  });

  it('keeps a label that already says the kind', () => {
    expect(phaseName({ kind: 'beta', label: 'Public beta' })).toBe('Public beta');
  });

  it('puts the kind before a label that does not say it', () => {
    expect(phaseName({ kind: 'discovery', label: 'Third phase of work' })).toBe('Discovery: Third phase of work');
  });

  it('uses the label alone, or a plain name, when the kind is not known', () => {
    expect(phaseName({ kind: null, label: 'Continuous funding phase' })).toBe('Continuous funding phase');
    expect(phaseName({ kind: null, label: null })).toBe('Phase of work');
  });

  it('names a phase of another kind by its label alone, never as "Other"', () => {
    expect(phaseName({ kind: 'other', label: 'Continuous funding phase' })).toBe('Continuous funding phase');
    expect(phaseName({ kind: 'other', label: null })).toBe('Other phase of work');
  });
});

describe('phaseSteps', () => {
  it('gives each step its reported status and marks the current one', () => {
    const steps = phaseSteps(
      [
        phase({ kind: 'discovery', status: 'completed' }),
        phase({ kind: 'alpha', status: 'completed' }),
        phase({ kind: 'beta', status: 'in_progress' }),
        phase({ kind: 'live', status: 'planned' }),
      ],
      TODAY,
    );
    expect(steps.map((step) => [step.label, step.status, step.current])).toEqual([
      ['Discovery', 'completed', false],
      ['Alpha', 'completed', false],
      ['Beta', 'in_progress', true],
      ['Live', 'planned', false],
    ]);
  });

  it('numbers each repeat of a kind, and of phases with no kind', () => {
    const steps = phaseSteps(
      [
        phase({ kind: null, label: 'First phase of work', status: 'completed' }),
        phase({ kind: 'alpha', status: 'completed' }),
        phase({ kind: null, label: 'Second phase of work', status: 'completed' }),
        phase({ kind: 'alpha', label: 'Second alpha', status: 'in_progress' }),
      ],
      TODAY,
    );
    expect(steps.map((step) => [step.kind, step.repeat])).toEqual([
      [null, 1],
      ['alpha', 1],
      [null, 2],
      ['alpha', 2],
    ]);
  });

  it('numbers a phase of another kind only when the same named work comes round again', () => {
    const steps = phaseSteps(
      [
        phase({ kind: 'other', label: 'Continuous funding phase', status: 'completed' }),
        phase({ kind: 'other', label: 'Underspend sprints', status: 'completed' }),
        phase({ kind: 'other', label: 'continuous funding phase', status: 'in_progress' }),
      ],
      TODAY,
    );
    expect(steps.map((step) => [step.label, step.repeat, step.current])).toEqual([
      ['Continuous funding phase', 1, false],
      ['Underspend sprints', 1, false],
      ['continuous funding phase', 2, true],
    ]);
    expect(currentPhaseKind([phase({ kind: 'other', label: 'Continuous funding phase', status: 'in_progress' })], TODAY)).toBe('other');
  });

  it('shows every step as planned, and none current, when nothing has started', () => {
    const steps = phaseSteps([phase({ kind: 'beta', status: 'planned', startedOn: '2022-06' })], TODAY);
    expect(steps.map((step) => [step.status, step.current])).toEqual([['planned', false]]);
  });

  it('keeps a completed last phase completed, and current, rather than calling it in progress', () => {
    const steps = phaseSteps([phase({ kind: 'alpha', status: 'completed' })], TODAY);
    expect(steps.map((step) => [step.status, step.current])).toEqual([['completed', true]]);
  });

  it('says a status was not reported rather than guessing one', () => {
    const steps = phaseSteps([phase({ kind: 'beta', status: null })], TODAY);
    expect(steps.map((step) => step.status)).toEqual(['unknown']);
  });

  it('moves the current step on when a planned start day passes', () => {
    const phases = [
      phase({ kind: null, label: 'Sprints up to Sprint 7', status: null }),
      phase({ kind: null, label: 'Sprints 8 and 9', status: 'planned', startedOn: '2022-05-11' }),
    ];
    expect(phaseSteps(phases, '2022-05-10').map((step) => [step.status, step.current])).toEqual([
      ['unknown', true],
      ['planned', false],
    ]);
    expect(phaseSteps(phases, '2022-05-11').map((step) => [step.status, step.current])).toEqual([
      ['unknown', false],
      ['in_progress', true],
    ]);
  });
});

describe('informationDate', () => {
  it('is the latest update day when that is before today, and today otherwise', () => {
    expect(informationDate('2022-05-11', '2026-11-26')).toBe('2022-05-11');
    expect(informationDate('2027-01-01', '2026-11-26')).toBe('2026-11-26');
    expect(informationDate(null, '2026-11-26')).toBe('2026-11-26');
  });

  it('takes the first day of a month when an update is dated only by month', () => {
    expect(informationDate('2022-05', '2026-11-26')).toBe('2022-05-01');
  });
});

describe('phaseProgress and describeProgress', () => {
  it('reports the week a team gave, with the date they gave it, when the start is unknown', () => {
    const alpha = phase({ kind: 'alpha', status: 'in_progress', plannedWeeks: 12, reportedWeek: 7, reportedOn: '2022-05-11' });
    const progress = phaseProgress(alpha, TODAY);
    expect(progress).toEqual({ kind: 'week', week: 7, of: 12, asOf: '2022-05-11' });
    expect(describeProgress(progress!)).toBe('Week 7 of 12, as reported on 11 May 2022');
  });

  it('counts weeks from a known start day, the first day being week 1', () => {
    const started = phase({ status: 'in_progress', startedOn: '2022-04-07', plannedWeeks: 12 });
    expect(describeProgress(phaseProgress(started, '2022-04-07')!)).toBe('Week 1 of 12');
    expect(describeProgress(phaseProgress(started, '2022-04-13')!)).toBe('Week 1 of 12');
    expect(describeProgress(phaseProgress(started, '2022-04-14')!)).toBe('Week 2 of 12');
    expect(describeProgress(phaseProgress(started, TODAY)!)).toBe('Week 5 of 12');
  });

  it('gives the week alone when the plan has no length', () => {
    expect(describeProgress(phaseProgress(phase({ status: 'in_progress', startedOn: '2022-04-07' }), TODAY)!)).toBe(
      'Week 5',
    );
  });

  it('works the planned length out from a planned end day', () => {
    const sprints = phase({ status: 'planned', startedOn: '2022-05-11', plannedEndOn: '2022-06-07' });
    expect(describeProgress(phaseProgress(sprints, TODAY)!)).toBe('Week 1 of 4');
  });

  it('says how far past its plan an overrunning phase is', () => {
    // 35 days after 6 April is the first day of week 6.
    const alpha = phase({ status: 'in_progress', startedOn: '2022-04-06', plannedWeeks: 5 });
    expect(phaseProgress(alpha, TODAY)).toEqual({ kind: 'overrun', weeksOver: 1, of: 5 });
    expect(describeProgress(phaseProgress(alpha, TODAY)!)).toBe('1 week past its planned 5 weeks');
    expect(describeProgress(phaseProgress(alpha, '2022-05-25')!)).toBe('3 weeks past its planned 5 weeks');
  });

  it('is on its last planned week, not over, during that week', () => {
    const alpha = phase({ status: 'in_progress', startedOn: '2022-04-07', plannedWeeks: 5 });
    expect(describeProgress(phaseProgress(alpha, TODAY)!)).toBe('Week 5 of 5');
  });

  it('reports no progress for a phase that is not under way', () => {
    expect(phaseProgress(phase({ status: 'completed', startedOn: '2022-01-04', plannedWeeks: 12 }), TODAY)).toBeNull();
    expect(phaseProgress(phase({ status: 'planned', startedOn: '2022-05-16', plannedWeeks: 12 }), TODAY)).toBeNull();
    expect(phaseProgress(phase({ status: null, reportedWeek: 3 }), TODAY)).toBeNull();
  });

  it('reports no progress when neither a start day nor a reported week is known', () => {
    expect(phaseProgress(phase({ kind: 'beta', status: 'in_progress', startedOn: '2022-05' }), TODAY)).toBeNull();
  });

  it('never counts a week before the first when the start day is still to come', () => {
    const early = phase({ status: 'in_progress', startedOn: '2022-06-01', plannedWeeks: 12 });
    expect(phaseProgress(early, TODAY)).toBeNull();
    const reported = { ...early, reportedWeek: 2, reportedOn: '2022-05-04' };
    expect(describeProgress(phaseProgress(reported, TODAY)!)).toBe('Week 2 of 12, as reported on 4 May 2022');
  });
});
