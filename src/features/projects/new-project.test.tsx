import { screen, waitFor, within } from '@testing-library/react';
import { signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

/** Opens the new-project page from the portfolio's link, as a manager. */
async function openNewProjectPage() {
  await signInAs('manager@demo.test');
  const view = renderRoute('/');
  await view.user.click(await screen.findByRole('link', { name: 'Add a project' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Add a project' })).toBeInTheDocument();
  return { ...view, form: screen.getByRole('form', { name: 'Add a project' }) };
}

/** Searches for a lead by name, and waits for the answer. */
async function findLeads(view: Awaited<ReturnType<typeof openNewProjectPage>>, words: string) {
  const { user, form } = view;
  const box = within(form).getByRole('searchbox', { name: 'Organisation name' });
  await user.clear(box);
  await user.type(box, words);
  await user.click(within(form).getByRole('button', { name: 'Find organisations' }));
  return within(form).findByRole('group', { name: 'Which organisation leads the project?' });
}

/** The lead organisations stored for a project, by name. */
async function leadsOf(slug: string): Promise<string[]> {
  const rows = await testApiDatabase()
    .selectFrom('partnerships')
    .innerJoin('projects', 'projects.id', 'partnerships.projectId')
    .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
    .select('organisations.name')
    .where('projects.slug', '=', slug)
    .where('partnerships.role', '=', 'lead')
    .execute();
  return rows.map((row) => row.name);
}

describe('adding a project', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('lets a manager add one led by an organisation found by name, and opens its page', async () => {
    const view = await openNewProjectPage();
    const { user, form, router } = view;
    expect(within(form).getByRole('radio', { name: 'Active' })).toBeChecked();

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Digital Planning Register');
    await user.type(within(form).getByRole('textbox', { name: 'Summary (optional)' }), 'One register of planning applications for every council.');
    await user.click(within(form).getByRole('radio', { name: 'Paused' }));
    await user.type(within(form).getByRole('textbox', { name: 'Funding stream (optional)' }), 'Local Digital Fund');
    const leads = await findLeads(view, 'rugby');
    expect(within(form).getByText('1 organisation matches ‘rugby’.')).toHaveAttribute('role', 'status');
    await user.click(within(leads).getByRole('radio', { name: 'Rugby Borough Council' }));
    await user.click(within(form).getByRole('button', { name: 'Add project' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Planning Register' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects/digital-planning-register');
    expect(screen.getByText('One register of planning applications for every council.')).toBeInTheDocument();
    const facts = screen.getByText('Lead organisation').closest('dl')!;
    expect(within(facts).getByRole('link', { name: 'Rugby Borough Council' })).toHaveAttribute('href', '/organisations/rugby-borough-council');
    expect(within(facts).getByText('Paused')).toBeInTheDocument();
    expect(within(facts).getByText('Local Digital Fund')).toBeInTheDocument();
    expect(await leadsOf('digital-planning-register')).toEqual(['Rugby Borough Council']);

    // The portfolio lists it straight away, without a reload.
    await user.click(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Portfolio' }));
    expect(await screen.findByRole('link', { name: 'Digital Planning Register' })).toBeInTheDocument();
  });

  it('adds a new organisation to lead it when none found is the one', async () => {
    const view = await openNewProjectPage();
    const { user, form } = view;
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Borsetshire Bins');

    const leads = await findLeads(view, 'Borsetshire');
    expect(within(form).getByText('No organisations match ‘Borsetshire’.')).toBeInTheDocument();
    await user.click(within(leads).getByRole('radio', { name: 'None of these: add a new organisation' }));
    const newName = within(leads).getByRole('textbox', { name: 'Name of the new organisation' });
    // What was searched for is the likeliest name.
    expect(newName).toHaveValue('Borsetshire');
    await user.type(newName, ' County Council');
    await user.selectOptions(within(leads).getByRole('combobox', { name: 'Kind of organisation' }), 'Council');
    await user.click(within(form).getByRole('button', { name: 'Add project' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Borsetshire Bins' })).toBeInTheDocument();
    const facts = screen.getByText('Lead organisation').closest('dl')!;
    expect(within(facts).getByRole('link', { name: 'Borsetshire County Council' })).toHaveAttribute('href', '/organisations/borsetshire-county-council');
    expect(within(facts).getByText('Active')).toBeInTheDocument();
    const added = await testApiDatabase().selectFrom('organisations').select(['slug', 'kind']).where('name', '=', 'Borsetshire County Council').execute();
    expect(added).toEqual([{ slug: 'borsetshire-county-council', kind: 'council' }]);
  });

  it.each([
    { what: 'an empty name', name: '', message: 'Enter the name of the project' },
    { what: 'a name over 200 characters', name: 'A'.repeat(201), message: 'The name of the project must be 200 characters or fewer' },
  ])('refuses $what with the summary linking to the box, keeping everything typed', async ({ name, message }) => {
    const view = await openNewProjectPage();
    const { user, form } = view;
    const nameBox = within(form).getByRole('textbox', { name: 'Name' });
    if (name !== '') {
      await user.click(nameBox);
      await user.paste(name);
    }
    await user.type(within(form).getByRole('textbox', { name: 'Summary (optional)' }), 'Kept as typed');
    await user.click(within(form).getByRole('radio', { name: 'Completed' }));
    const leads = await findLeads(view, 'lincoln');
    await user.click(within(leads).getByRole('radio', { name: 'City of Lincoln Council' }));

    await user.click(within(form).getByRole('button', { name: 'Add project' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary.parentElement).toHaveFocus();
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    const link = within(summary).getByRole('link', { name: message });
    expect(link).toHaveAttribute('href', '#new-project-name');
    await user.click(link);
    expect(nameBox).toHaveFocus();
    expect(nameBox).toHaveAccessibleDescription(`Its address is made from the name Error: ${message}`);
    expect(nameBox).toHaveClass('govuk-input--error');
    await waitFor(() => expect(document.title).toBe('Error: Add a project – Local Digital Portfolio'));

    expect(nameBox).toHaveValue(name);
    expect(within(form).getByRole('textbox', { name: 'Summary (optional)' })).toHaveValue('Kept as typed');
    expect(within(form).getByRole('radio', { name: 'Completed' })).toBeChecked();
    expect(within(leads).getByRole('radio', { name: 'City of Lincoln Council' })).toBeChecked();
    expect(await testApiDatabase().selectFrom('projects').select('id').where('summary', '=', 'Kept as typed').execute()).toEqual([]);
  });

  it('asks for a lead before any search, beside the search box', async () => {
    const { user, form } = await openNewProjectPage();
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Leaderless');

    await user.click(within(form).getByRole('button', { name: 'Add project' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Choose the organisation that leads the project' });
    expect(link).toHaveAttribute('href', '#new-project-lead-search');
    await user.click(link);
    const search = within(form).getByRole('searchbox', { name: 'Organisation name' });
    expect(search).toHaveFocus();
    expect(search).toHaveAccessibleDescription('Part of its name is enough, for example Rugby Error: Choose the organisation that leads the project');
  });

  it('refuses a new organisation that is already in the portfolio, or has no kind, at the boxes concerned', async () => {
    const view = await openNewProjectPage();
    const { user, form } = view;
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Rugby Repairs');
    const leads = await findLeads(view, 'Rugby Borough');
    await user.click(within(leads).getByRole('radio', { name: 'None of these: add a new organisation' }));
    await user.clear(within(leads).getByRole('textbox', { name: 'Name of the new organisation' }));

    await user.click(within(form).getByRole('button', { name: 'Add project' }));

    let summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the name of the organisation' })).toHaveAttribute('href', '#new-project-lead-new-name');
    expect(within(summary).getByRole('link', { name: 'Choose the kind of organisation' })).toHaveAttribute('href', '#new-project-lead-new-kind');
    expect(within(leads).getByRole('combobox', { name: 'Kind of organisation' })).toHaveAccessibleDescription('Error: Choose the kind of organisation');

    await user.type(within(leads).getByRole('textbox', { name: 'Name of the new organisation' }), 'rugby borough council');
    await user.selectOptions(within(leads).getByRole('combobox', { name: 'Kind of organisation' }), 'Council');
    await user.click(within(form).getByRole('button', { name: 'Add project' }));

    const message = 'Rugby Borough Council is already in the portfolio: choose it from the list instead';
    const link = await screen.findByRole('link', { name: message });
    expect(link).toHaveAttribute('href', '#new-project-lead-new-name');
    summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link')).toEqual([link]);
    expect(within(leads).getByRole('textbox', { name: 'Name of the new organisation' })).toHaveAccessibleDescription(`Error: ${message}`);
    expect(await testApiDatabase().selectFrom('projects').select('id').where('name', '=', 'Rugby Repairs').execute()).toEqual([]);
  });

  it('shows the first 20 of a long list of matches, and forgets a choice the next search does not list', async () => {
    const view = await openNewProjectPage();
    const { form } = view;

    let leads = await findLeads(view, 'hull');
    await view.user.click(within(leads).getByRole('radio', { name: 'University of Hull' }));
    leads = await findLeads(view, 'council');

    expect(await within(form).findByText(/organisations match ‘council’\. The first 20 are shown: add more of the name to narrow it\.$/)).toBeInTheDocument();
    // Twenty organisations and "None of these".
    expect(within(leads).getAllByRole('radio')).toHaveLength(21);
    expect(within(leads).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });
});

describe('who may add a project', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it.each(['rugby@demo.test', 'engagement@demo.test'])('is not offered to %s, and the page refuses them', async (email) => {
    await signInAs(email);
    const portfolio = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a project' })).not.toBeInTheDocument();
    portfolio.unmount();

    renderRoute('/projects/new');
    expect(await screen.findByRole('heading', { level: 1, name: /permission/i })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a project' })).not.toBeInTheDocument();
  });

  it('is not offered to visitors, who are asked to sign in first', async () => {
    const portfolio = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a project' })).not.toBeInTheDocument();
    portfolio.unmount();

    const { router } = renderRoute('/projects/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
