import { screen, within } from '@testing-library/react';
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
