import { screen, within } from '@testing-library/react';
import { editedMeanwhile } from '../../../mocks/faults';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

const FORM = 'Edit project details';

/** Opens the details form on Digital Waste Service as a manager. */
async function openDetailsForm() {
  await signInAs('manager@demo.test');
  const view = renderRoute('/projects/digital-waste-service');
  await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' });
  const toggle = screen.getByRole('button', { name: 'Edit project details' });
  await view.user.click(toggle);
  return { ...view, toggle, form: screen.getByRole('form', { name: FORM }) };
}

/** The project's facts under its title: status, funding and the rest. */
const facts = () => screen.getByText('Current phase').closest('dl')!;

async function storedProject() {
  return testApiDatabase()
    .selectFrom('projects')
    .select(['slug', 'name', 'summary', 'status', 'fundingStream', 'version'])
    .where('slug', '=', 'digital-waste-service')
    .executeTakeFirstOrThrow();
}

describe('correcting a project’s details', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('saves a new name, summary, status and funding stream, shows them, and keeps the address', async () => {
    const { user, toggle, form, router } = await openDetailsForm();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Digital Waste Service');
    expect(within(form).getByRole('radio', { name: 'Active' })).toBeChecked();

    await user.clear(name);
    await user.type(name, 'Digital Waste and Recycling Service');
    await user.type(within(form).getByRole('textbox', { name: 'Summary (optional)' }), 'Bins, booked and reported online.');
    await user.click(within(form).getByRole('radio', { name: 'Paused' }));
    await user.type(within(form).getByRole('textbox', { name: 'Funding stream (optional)' }), 'Continuous Funding');
    await user.click(within(form).getByRole('button', { name: 'Save project details' }));

    expect(await screen.findByText('Project details saved.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: FORM })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Digital Waste and Recycling Service' })).toBeInTheDocument();
    expect(screen.getByText('Bins, booked and reported online.')).toBeInTheDocument();
    expect(within(facts()).getByText('Paused')).toBeInTheDocument();
    expect(within(facts()).getByText('Continuous Funding')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects/digital-waste-service');
    expect(await storedProject()).toEqual({
      slug: 'digital-waste-service',
      name: 'Digital Waste and Recycling Service',
      summary: 'Bins, booked and reported online.',
      status: 'paused',
      fundingStream: 'Continuous Funding',
      version: 2,
    });
  });

  it('refuses an empty name with the summary linking to the box, keeping what was typed', async () => {
    const { user, form } = await openDetailsForm();
    const name = within(form).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(within(form).getByRole('textbox', { name: 'Summary (optional)' }), 'Kept as typed');
    await user.click(within(form).getByRole('radio', { name: 'Stopped' }));

    await user.click(within(form).getByRole('button', { name: 'Save project details' }));

    const summary = await within(form).findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Enter the name of the project' });
    expect(link).toHaveAttribute('href', '#edit-details-name');
    expect(summary.parentElement).toHaveFocus();
    await user.click(link);
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Error: Enter the name of the project');
    expect(within(form).getByRole('textbox', { name: 'Summary (optional)' })).toHaveValue('Kept as typed');
    expect(within(form).getByRole('radio', { name: 'Stopped' })).toBeChecked();
    expect((await storedProject()).version).toBe(1);
  });

  it('says when someone else saved the project meanwhile, shows theirs beside the form, keeps what was typed, and saves it on request', async () => {
    const { user, form } = await openDetailsForm();
    const summaryBox = within(form).getByRole('textbox', { name: 'Summary (optional)' });
    await user.type(summaryBox, 'Our own summary');
    await user.click(within(form).getByRole('radio', { name: 'Completed' }));
    server.use(
      editedMeanwhile('*/api/projects/digital-waste-service', async () => {
        await testApiDatabase()
          .updateTable('projects')
          .set((eb) => ({ name: 'Rugby Digital Waste Service', summary: 'Their summary', status: 'paused', version: eb('version', '+', 1) }))
          .where('slug', '=', 'digital-waste-service')
          .execute();
      }),
    );

    await user.click(within(form).getByRole('button', { name: 'Save project details' }));

    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByText('Someone else changed this while you were editing it. Check their changes, then save yours again.')).toBeInTheDocument();
    const theirs = within(form).getByRole('heading', { name: 'Someone else saved this project’s details while you were editing' }).closest('div')!;
    expect(within(theirs).getByText('Rugby Digital Waste Service')).toBeInTheDocument();
    expect(within(theirs).getByText('Their summary')).toBeInTheDocument();
    expect(within(theirs).getByText('Paused')).toBeInTheDocument();
    expect(within(theirs).getByText('None')).toBeInTheDocument();
    // What the person typed or chose stays; a box never touched shows what they saved, and sends it back.
    expect(within(form).getByRole('textbox', { name: 'Summary (optional)' })).toHaveValue('Our own summary');
    expect(within(form).getByRole('radio', { name: 'Completed' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('Rugby Digital Waste Service');

    await user.click(within(form).getByRole('button', { name: 'Save project details' }));

    expect(await screen.findByText('Project details saved.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Rugby Digital Waste Service' })).toBeInTheDocument();
    expect(screen.getByText('Our own summary')).toBeInTheDocument();
    expect(screen.queryByText('Their summary')).not.toBeInTheDocument();
    expect(within(facts()).getByText('Completed')).toBeInTheDocument();
    expect(await storedProject()).toMatchObject({ name: 'Rugby Digital Waste Service', summary: 'Our own summary', status: 'completed', version: 3 });
  });

  it.each([
    ['council staff of its own council', 'rugby@demo.test'],
    ['engagement staff', 'engagement@demo.test'],
    ['visitors', null],
  ])('is not offered to %s', async (_who, email) => {
    if (email !== null) await signInAs(email);
    renderRoute('/projects/digital-waste-service');

    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit project details' })).not.toBeInTheDocument();
  });
});
