import { describe, expect, it } from 'vitest';
import { type Action, actions } from '../../src/domain/actions';
import { roles } from '../../src/domain/user';
import { type Actor, allowedActions, can, type Grant, PERMISSIONS, type Principal } from './permissions';

const actors: readonly Actor[] = ['anonymous', ...roles];

/** Three organisations: the person's own, one they share with the project, and one they have nothing to do with. */
const OWN = 1;
const OTHER = 2;
const ownProject = { organisationIds: [OTHER, OWN] };
const otherProject = { organisationIds: [OTHER] };
const noOrganisations = { organisationIds: [] };

function principal(actor: Actor): Principal | null {
  return actor === 'anonymous' ? null : { role: actor, organisationIds: [OWN] };
}

describe('PERMISSIONS', () => {
  it('has a row for every action the app knows and a grant for every kind of person in each', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...actions].sort());
    for (const action of actions) {
      expect(Object.keys(PERMISSIONS[action]).sort(), action).toEqual([...actors].sort());
    }
  });

  // The policy the issue sets out, written out once more so that a change to the table is a deliberate one.
  it('grants what issues 3 and 8 set out: managers everything, engagement the updates and Sprint Notes, council staff their own projects, the whole history to managers, delivery confidence to LDCU staff', () => {
    const expected: Record<Action, Record<Actor, Grant>> = {
      'update:read-unpublished': { anonymous: 'none', council: 'own', engagement: 'all', manager: 'all' },
      'update:write': { anonymous: 'none', council: 'own', engagement: 'all', manager: 'all' },
      'update:review': { anonymous: 'none', council: 'none', engagement: 'all', manager: 'all' },
      'show-and-tell:write': { anonymous: 'none', council: 'own', engagement: 'none', manager: 'all' },
      'project-links:edit': { anonymous: 'none', council: 'own', engagement: 'none', manager: 'all' },
      'project:create': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
      'project:edit': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
      'output:write': { anonymous: 'none', council: 'own', engagement: 'none', manager: 'all' },
      'sprint-notes:compose': { anonymous: 'none', council: 'none', engagement: 'all', manager: 'all' },
      'users:manage': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
      'history:read': { anonymous: 'none', council: 'own', engagement: 'all', manager: 'all' },
      'history:read-all': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
      // Issue 10: LDCU staff read delivery confidence; only managers rate it.
      'confidence:read': { anonymous: 'none', council: 'none', engagement: 'all', manager: 'all' },
      'confidence:rate': { anonymous: 'none', council: 'none', engagement: 'none', manager: 'all' },
    };
    expect(PERMISSIONS).toEqual(expected);
  });
});

describe('can', () => {
  // Every cell of the table, checked against what `can` answers in each situation it can meet.
  const cells = actions.flatMap((action) => actors.map((actor) => ({ action, actor, grant: PERMISSIONS[action][actor] })));

  it.each(cells)('$actor / $action ($grant)', ({ action, actor, grant }) => {
    const who = principal(actor);
    const answers = {
      anywhere: can(who, action),
      ownProject: can(who, action, ownProject),
      otherProject: can(who, action, otherProject),
      projectWithNoOrganisations: can(who, action, noOrganisations),
    };
    const expected = {
      all: { anywhere: true, ownProject: true, otherProject: true, projectWithNoOrganisations: true },
      // "Own" holds only on a project one of the person's organisations takes part in, never in general.
      own: { anywhere: false, ownProject: true, otherProject: false, projectWithNoOrganisations: false },
      none: { anywhere: false, ownProject: false, otherProject: false, projectWithNoOrganisations: false },
    }[grant];

    expect(answers).toEqual(expected);
  });

  it('gives council staff with no organisation nothing that depends on one', () => {
    const stranded: Principal = { role: 'council', organisationIds: [] };
    for (const action of actions) {
      expect(can(stranded, action, ownProject), action).toBe(false);
    }
  });

  it('never lets anyone do anything anonymously', () => {
    for (const action of actions) {
      expect(can(null, action, ownProject), action).toBe(false);
    }
  });
});

describe('allowedActions', () => {
  it('lists exactly what `can` allows, in the order of the actions, for each kind of person', () => {
    for (const actor of actors) {
      const who = principal(actor);
      for (const project of [undefined, ownProject, otherProject]) {
        expect(allowedActions(who, project)).toEqual(actions.filter((action) => can(who, action, project)));
      }
    }
  });

  it('tells council staff what they may do on their own project and nothing on another', () => {
    const council = principal('council');

    expect(allowedActions(council, ownProject)).toEqual([
      'update:read-unpublished',
      'update:write',
      'show-and-tell:write',
      'project-links:edit',
      'output:write',
      'history:read',
    ]);
    expect(allowedActions(council, otherProject)).toEqual([]);
    expect(allowedActions(null, ownProject)).toEqual([]);
    expect(allowedActions(principal('manager'))).toEqual([...actions]);
  });
});
