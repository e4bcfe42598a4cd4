import { screen, waitFor, within } from '@testing-library/react';
import { signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

/** Saves a project's links through the real API, as the signed-in person, from the version the project is at. */
async function saveLinks(slug: string, links: Record<string, string>) {
  const project = await testApiDatabase().selectFrom('projects').select('version').where('slug', '=', slug).executeTakeFirstOrThrow();
  const response = await fetch(`/api/projects/${slug}/links`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...links, version: project.version }),
  });
  expect(response.status).toBe(200);
}

describe('a project’s history', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('is linked from the project for its own council staff, and shows who changed which link from what to what', async () => {
    await signInAs('rugby@demo.test');
    await saveLinks('digital-waste-service', { websiteUrl: 'https://waste.rugby.gov.uk/' });
    const { user } = renderRoute('/projects/digital-waste-service');

    await user.click(await screen.findByRole('link', { name: 'History of this project: every change and who made it' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service History' })).toBeInTheDocument();
    const entry = screen.getByRole('heading', { level: 2, name: 'Demo Rugby changed the project' }).closest('li');
    expect(entry).not.toBeNull();
    const changes = within(entry ?? document.body).getByRole('table', { name: 'What Demo Rugby changed the project' });
    const row = within(changes).getByRole('row', { name: /Website/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['None', 'https://waste.rugby.gov.uk/']);
  });

  it('is not offered to council staff of another council, and refused if they go there', async () => {
    await signInAs('lincoln@demo.test');
    const project = renderRoute('/projects/digital-waste-service');
    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /History of this project/ })).not.toBeInTheDocument();
    project.unmount();

    renderRoute('/projects/digital-waste-service/history');
    expect(await screen.findByRole('heading', { level: 1, name: /permission/i })).toBeInTheDocument();
  });
});

describe('the whole history', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('is in a manager’s navigation, names each project, and narrows to one person', async () => {
    await signInAs('rugby@demo.test');
    await saveLinks('digital-waste-service', { blogUrl: 'https://blog.rugby.gov.uk/' });
    await signInAs('manager@demo.test');
    const { user, router } = renderRoute('/');

    await user.click(await screen.findByRole('link', { name: 'History' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(screen.getByText('1 change')).toHaveAttribute('role', 'status');
    const heading = screen.getByRole('heading', { level: 2, name: 'Demo Rugby changed the project of Digital Waste Service' });
    expect(within(heading).getByRole('link', { name: 'Digital Waste Service' })).toHaveAttribute('href', '/projects/digital-waste-service');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Demo Manager');
    await user.click(screen.getByRole('button', { name: 'Show changes' }));

    await waitFor(() => expect(router.state.location.search).toBe('?person=1'));
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
    expect(await screen.findByText('No changes have been recorded yet.')).toBeInTheDocument();
    expect(screen.getByText('0 changes')).toHaveAttribute('role', 'status');
  });

  it('is for managers only', async () => {
    await signInAs('engagement@demo.test');
    const portfolio = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'History' })).not.toBeInTheDocument();
    portfolio.unmount();

    renderRoute('/history');
    expect(await screen.findByRole('heading', { level: 1, name: /permission/i })).toBeInTheDocument();
  });
});
