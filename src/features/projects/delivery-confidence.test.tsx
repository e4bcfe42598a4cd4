import { screen, waitFor, within } from '@testing-library/react';
import { signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

const FORM = 'Rate delivery confidence';

async function openRatingForm() {
  await signInAs('manager@demo.test');
  const view = renderRoute('/projects/housing-repairs');
  await screen.findByRole('heading', { level: 1, name: 'Housing Repairs' });
  await view.user.click(screen.getByRole('button', { name: 'Rate delivery confidence' }));
  return { ...view, form: screen.getByRole('form', { name: FORM }) };
}

const section = () => screen.getByRole('region', { name: 'Delivery confidence' });

/** A rating as another manager adds it while the form is open. */
async function ratedMeanwhile(rating: 'green' | 'amber' | 'red', reason: string) {
  const db = testApiDatabase();
  const project = await db.selectFrom('projects').select('id').where('slug', '=', 'housing-repairs').executeTakeFirstOrThrow();
  await db
    .insertInto('deliveryRatings')
    .values({ projectId: project.id, rating, reason, ratedOn: '2022-05-09', ratedBy: null, ratedByName: 'Another Manager', createdAt: '2022-05-09T10:00:00Z' })
    .execute();
}

describe('delivery confidence', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('lets a manager rate a project in words and colour, keeping the earlier rating in its history', async () => {
    const { user, form } = await openRatingForm();
    expect(within(section()).getByText('Not rated yet.')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Green: on track' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Discovery signed off.');
    // The date starts at today: 11 May 2022 in these tests.
    expect(within(form).getByRole('textbox', { name: 'Day' })).toHaveValue('11');
    await user.click(within(form).getByRole('button', { name: 'Save rating' }));
    expect(await within(section()).findByText('Green: on track')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rate delivery confidence' }));
    const again = screen.getByRole('form', { name: FORM });
    await user.click(within(again).getByRole('radio', { name: 'Amber: some concerns' }));
    await user.type(within(again).getByRole('textbox', { name: 'Reason' }), 'Beta start slipped to 16 May.');
    await user.click(within(again).getByRole('button', { name: 'Save rating' }));

    await waitFor(() => expect(within(section()).getAllByText(/: (on track|some concerns)$/).map((tag) => tag.textContent)).toEqual(['Amber: some concerns', 'Green: on track']));
    expect(within(section()).getByText('Beta start slipped to 16 May.')).toBeInTheDocument();
    const earlier = within(section()).getByRole('heading', { name: 'Earlier ratings' }).nextElementSibling as HTMLElement;
    expect(within(earlier).getByText('Discovery signed off.')).toBeInTheDocument();
    expect(within(section()).getByText('Rated by Demo Manager on 11 May 2022')).toBeInTheDocument();
    // The portfolio's rules are shown apart from the rating.
    expect(within(within(section()).getByRole('list', { name: 'Flags' })).getByText('No standard phase')).toBeInTheDocument();
  });

  it('shows the rating on the card and in the table', async () => {
    await ratedMeanwhile('amber', 'Supplier change.');
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/?q=housing');
    const card = await screen.findByRole('article', { name: 'Housing Repairs' });
    expect(within(card).getByText('Amber: some concerns')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Flags for Housing Repairs' })).toHaveTextContent('No standard phase');
    await user.click(within(screen.getByRole('navigation', { name: 'Show projects as' })).getByRole('link', { name: 'Table' }));
    const row = (await screen.findByRole('rowheader', { name: 'Housing Repairs' })).closest('tr')!;
    expect(within(row).getByText('Amber: some concerns')).toBeInTheDocument();
  });

  it('names what is missing, linked from the summary, and keeps what was typed', async () => {
    const { user, form } = await openRatingForm();
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Half a thought');
    await user.clear(within(form).getByRole('textbox', { name: 'Day' }));
    await user.click(within(form).getByRole('button', { name: 'Save rating' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose a rating: green, amber or red' })).toHaveAttribute('href', '#rating');
    expect(within(summary).getByRole('link', { name: 'Enter a date as day, month and year' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Reason' })).toHaveValue('Half a thought');
  });

  it('does not let a rating bury one made meanwhile: it says so, shows theirs, and keeps mine to save after it', async () => {
    const { user, form } = await openRatingForm();
    await user.click(within(form).getByRole('radio', { name: 'Red: at risk' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'No supplier yet.');
    await ratedMeanwhile('green', 'All fine, says the other manager.');
    await user.click(within(form).getByRole('button', { name: 'Save rating' }));

    expect(await within(form).findByText(/Someone else rated this project while you were writing/)).toBeInTheDocument();
    expect(await within(section()).findByText('All fine, says the other manager.')).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Red: at risk' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Reason' })).toHaveValue('No supplier yet.');

    await user.click(within(form).getByRole('button', { name: 'Save rating' }));
    await waitFor(() => expect(within(section()).getAllByText(/^(Red|Green): /).map((tag) => tag.textContent)).toEqual(['Red: at risk', 'Green: on track']));
  });

  it('shows nothing of it to council staff or visitors', async () => {
    await ratedMeanwhile('red', 'Private judgement.');
    await signInAs('lincoln@demo.test');
    renderRoute('/projects/housing-repairs');
    await screen.findByRole('heading', { level: 1, name: 'Housing Repairs' });
    expect(screen.queryByRole('region', { name: 'Delivery confidence' })).not.toBeInTheDocument();
    expect(screen.queryByText('Private judgement.')).not.toBeInTheDocument();
  });
});
