import { screen, waitFor, within } from '@testing-library/react';
import { signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

const SPRINTS = 'Sprints 8 and 9, funded from underspend';

async function openPhaseForm() {
  await signInAs('manager@demo.test');
  const view = renderRoute('/projects/digital-waste-service');
  const phases = await screen.findByRole('region', { name: 'Phases' });
  await view.user.click(within(phases).getByRole('button', { name: `Edit ${SPRINTS}` }));
  return { ...view, phases, form: within(phases).getByRole('form', { name: `Edit ${SPRINTS}` }) };
}

describe('correcting a phase', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('lets a manager give a phase its GDS kind, after which the portfolio’s phase filter finds the project', async () => {
    const { user, phases, form, unmount } = await openPhaseForm();

    await user.click(within(form).getByRole('radio', { name: 'Beta' }));
    await user.click(within(form).getByRole('button', { name: 'Save phase' }));

    expect(await within(phases).findByRole('heading', { level: 3, name: `Beta: ${SPRINTS}` })).toBeInTheDocument();
    expect(within(phases).getByText('Phase saved.')).toBeInTheDocument();
    unmount();
    renderRoute('/?phase=beta');
    expect(await screen.findByRole('link', { name: 'Digital Waste Service' })).toBeInTheDocument();
  });

  it('asks for the name of another kind of phase, and refuses an end before the start, in an error summary', async () => {
    const { user, form } = await openPhaseForm();

    await user.click(within(form).getByRole('radio', { name: 'Another kind of phase' }));
    await user.clear(within(form).getByRole('textbox', { name: 'Name of the phase' }));
    const ended = within(form).getByRole('group', { name: 'Actual end (optional)' });
    await user.type(within(ended).getByRole('textbox', { name: 'Day' }), '1');
    await user.type(within(ended).getByRole('textbox', { name: 'Month' }), '5');
    await user.type(within(ended).getByRole('textbox', { name: 'Year' }), '2022');
    await user.click(within(form).getByRole('button', { name: 'Save phase' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a name for this phase, like Continuous funding phase' })).toBeInTheDocument();
    const { id } = await testApiDatabase().selectFrom('phases').select('id').where('label', '=', SPRINTS).executeTakeFirstOrThrow();
    expect(within(summary).getByRole('link', { name: 'The end must be the same as or after the start' })).toHaveAttribute(
      'href',
      `#edit-phase-${String(id)}-endedOn-day`,
    );
    // The person's input stays as typed.
    expect(within(ended).getByRole('textbox', { name: 'Year' })).toHaveValue('2022');
  });

  it('is offered to managers only', async () => {
    await signInAs('rugby@demo.test');
    renderRoute('/projects/digital-waste-service');

    const phases = await screen.findByRole('region', { name: 'Phases' });
    expect(within(phases).queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
  });
});

describe('starting the next phase and removing one', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('ends the phase under way on the day the next one starts, in one step', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/projects/family-context');
    const phases = await screen.findByRole('region', { name: 'Phases' });
    await user.click(within(phases).getByRole('button', { name: 'Start the next phase' }));
    const form = within(phases).getByRole('form', { name: 'Start the next phase' });
    expect(within(form).getByText('Beta ends on the day the next phase starts, and the next phase starts in progress.')).toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'Live' }));
    const start = within(form).getByRole('group', { name: 'When does it start?' });
    await user.type(within(start).getByRole('textbox', { name: 'Day' }), '1');
    await user.type(within(start).getByRole('textbox', { name: 'Month' }), '5');
    await user.type(within(start).getByRole('textbox', { name: 'Year' }), '2022');
    await user.click(within(form).getByRole('button', { name: 'Start the phase' }));

    const live = await within(phases).findByRole('heading', { level: 3, name: 'Live' });
    expect(within(live.closest('li')!).getByText('In progress')).toBeInTheDocument();
    const beta = within(phases).getByRole('heading', { level: 3, name: 'Beta' }).closest('li')!;
    expect(within(beta).getByText('Completed')).toBeInTheDocument();
    expect(within(beta).getByText('1 May 2022')).toBeInTheDocument();
  });

  it('asks for the kind and the start of the next phase', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/projects/family-context');
    const phases = await screen.findByRole('region', { name: 'Phases' });
    await user.click(within(phases).getByRole('button', { name: 'Start the next phase' }));
    await user.click(within(phases).getByRole('button', { name: 'Start the phase' }));

    const summary = await within(phases).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose which phase it is: discovery, alpha, beta, live or another kind' })).toHaveAttribute(
      'href',
      '#next-phase-kind',
    );
    expect(within(summary).getByRole('link', { name: 'Enter the day the next phase starts' })).toHaveAttribute('href', '#next-phase-startedOn-day');
  });

  it('removes a phase only once the manager confirms', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/projects/digital-waste-service');
    const phases = await screen.findByRole('region', { name: 'Phases' });

    await user.click(within(phases).getByRole('button', { name: 'Remove Sprints up to Sprint 7' }));
    expect(within(phases).getByRole('heading', { name: 'Are you sure you want to remove Sprints up to Sprint 7?' })).toHaveFocus();
    await user.click(within(phases).getByRole('button', { name: 'No, keep it' }));
    await user.click(within(phases).getByRole('button', { name: 'Remove Sprints up to Sprint 7' }));
    await user.click(within(phases).getByRole('button', { name: 'Yes, remove the phase' }));

    await waitFor(() => {
      expect(within(phases).queryByRole('heading', { level: 3, name: 'Sprints up to Sprint 7' })).not.toBeInTheDocument();
    });
    expect(within(phases).getByRole('heading', { level: 3, name: SPRINTS })).toBeInTheDocument();
    expect(within(phases).getByText('Sprints up to Sprint 7 has been removed.')).toHaveFocus();
  });

  it('says why a phase that councils took part in cannot be removed yet', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/projects/open-referral-uk');
    const phases = await screen.findByRole('region', { name: 'Phases' });

    await user.click(within(phases).getByRole('button', { name: 'Remove Discovery' }));
    await user.click(within(phases).getByRole('button', { name: 'Yes, remove the phase' }));

    expect(await within(phases).findByText(/took part in this phase only\. Change or remove those partnerships first\./)).toBeInTheDocument();
    expect(within(phases).getByRole('heading', { level: 3, name: 'Discovery' })).toBeInTheDocument();
  });
});

describe('a phase’s own name', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('saves the name typed beside a GDS kind, not the hidden one under "another kind"', async () => {
    const { user, phases, form } = await openPhaseForm();

    await user.click(within(form).getByRole('radio', { name: 'Beta' }));
    const name = within(form).getByRole('textbox', { name: 'Its own name (optional)' });
    await user.clear(name);
    await user.type(name, 'Private beta');
    await user.click(within(form).getByRole('button', { name: 'Save phase' }));

    expect(await within(phases).findByRole('heading', { level: 3, name: 'Private beta' })).toBeInTheDocument();
  });
});
