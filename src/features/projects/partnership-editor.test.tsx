import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { editedMeanwhile } from '../../../mocks/faults';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

const SPRINTS = 'Sprints 8 and 9, funded from underspend';
const LEFT_BEFORE_JOINED = 'The date it left must be the same as or after the date it joined';

/** A project's page as someone (a manager, unless told), and its Partners section. */
async function openPartners(slug: string, email = 'manager@demo.test') {
  await signInAs(email);
  const view = renderRoute(`/projects/${slug}`);
  await screen.findByRole('heading', { level: 1 });
  const partners = screen.getByRole('region', { name: 'Partners' });
  return { ...view, partners, table: () => within(partners).getByRole('table', { name: 'Organisations in this project and their roles' }) };
}

/** Opens the form to add a partner and searches for an organisation, pressing Enter in the box as a keyboard user would. */
async function findOrganisation(user: UserEvent, partners: HTMLElement, words: string) {
  if (within(partners).queryByRole('form', { name: 'Add a partner' }) === null) {
    await user.click(within(partners).getByRole('button', { name: 'Add a partner' }));
  }
  const search = within(partners).getByRole('search', { name: 'Find the organisation' });
  const box = within(search).getByRole('textbox', { name: 'Organisation name' });
  await user.clear(box);
  await user.type(box, `${words}{Enter}`);
  return within(partners).getByRole('form', { name: 'Add a partner' });
}

async function typeDate(user: UserEvent, form: HTMLElement, legend: string, [day, month, year]: readonly [string, string, string]) {
  const date = within(form).getByRole('group', { name: legend });
  for (const [name, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const box = within(date).getByRole('textbox', { name });
    await user.clear(box);
    if (value !== '') await user.type(box, value);
  }
}

function dateValues(form: HTMLElement, legend: string): string[] {
  const date = within(form).getByRole('group', { name: legend });
  return ['Day', 'Month', 'Year'].map((name) => within(date).getByRole<HTMLInputElement>('textbox', { name }).value);
}

/** The values of a row's cells, after its header cell. */
function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

/** A summary list's rows as [key, value] pairs, as a person reads them. */
function summaryRows(list: HTMLElement): string[][] {
  const values = within(list).getAllByRole('definition');
  return within(list)
    .getAllByRole('term')
    .map((term, index) => [term.textContent, values[index]?.textContent ?? '']);
}

async function partnershipId(organisationSlug: string): Promise<number> {
  const { id } = await testApiDatabase()
    .selectFrom('partnerships')
    .innerJoin('organisations', 'organisations.id', 'partnerships.organisationId')
    .select('partnerships.id')
    .where('organisations.slug', '=', organisationSlug)
    .executeTakeFirstOrThrow();
  return id;
}

describe('adding a partner', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('finds an organisation already in the portfolio by name, adds it for one phase, and shows it', async () => {
    const { user, partners, table } = await openPartners('digital-waste-service');

    const form = await findOrganisation(user, partners, 'city council');

    expect(within(partners).getByText('6 organisations match “city council”.')).toBeInTheDocument();
    const choices = within(form).getByRole('group', { name: 'Which organisation is it?' });
    expect(within(choices).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Birmingham City Council',
      'Bristol City Council',
      'City of Lincoln Council',
      'Leeds City Council',
      'Newcastle City Council',
      'Norwich City Council',
      'None of these: add a new organisation',
    ]);
    await user.click(within(choices).getByRole('radio', { name: 'Leeds City Council' }));
    await user.click(within(form).getByRole('radio', { name: 'Delivery partner or supplier' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Which phase did it take part in?' }), SPRINTS);
    await typeDate(user, form, 'When it joined (optional)', ['', '5', '2022']);
    await user.type(within(form).getByRole('textbox', { name: 'Note (optional)' }), 'Sharing its bin collection API.');
    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    expect(await within(partners).findByText('Partner added.')).toBeInTheDocument();
    expect(within(partners).queryByRole('form')).not.toBeInTheDocument();
    const heading = await within(partners).findByRole('heading', { level: 3, name: 'Leeds City Council' });
    expect(heading).toHaveFocus();
    expect(within(heading.closest('li')!).getByText(`Delivery partner or supplier in ${SPRINTS.toLowerCase()}, joined May 2022`)).toBeInTheDocument();
    const row = within(table()).getByRole('row', { name: /^Leeds City Council/ });
    expect(cellTexts(row)).toEqual([`Delivery partner or supplierIn ${SPRINTS.toLowerCase()}`, 'May 2022', '']);
    expect(within(row).getByText('Sharing its bin collection API.')).toBeInTheDocument();
  });

  it('shows the first 20 of many matches and asks for more words, forgetting the choice made among them', async () => {
    const { user, partners } = await openPartners('digital-waste-service');

    let form = await findOrganisation(user, partners, 'council');

    expect(within(partners).getByText(/^\d+ organisations match “council”\. The first 20 are shown: add more words to find fewer\.$/)).toBeInTheDocument();
    const choices = () => within(form).getByRole('group', { name: 'Which organisation is it?' });
    expect(within(choices()).getAllByRole('radio')).toHaveLength(21);
    await user.click(within(choices()).getByRole('radio', { name: 'Birmingham City Council' }));

    form = await findOrganisation(user, partners, 'birmingham');

    expect(await within(partners).findByText('1 organisation matches “birmingham”.')).toBeInTheDocument();
    // Still among the matches, but chosen from another list: the person chooses again from this one.
    expect(within(choices()).getAllByRole('radio').map((radio) => [radio.getAttribute('value'), (radio as HTMLInputElement).checked])).toEqual([
      ['birmingham-city-council', false],
      ['_new', false],
    ]);
  });

  it('adds a new organisation when none of the matches is it', async () => {
    const { user, partners, table } = await openPartners('digital-waste-service');

    const form = await findOrganisation(user, partners, 'Warwickshire Waste Partnership');

    expect(within(partners).getByText('No organisation in the portfolio has “Warwickshire Waste Partnership” in its name.')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'None of these: add a new organisation' }));
    // The name searched for is where the new organisation's name starts.
    expect(within(form).getByRole('textbox', { name: 'Name of the new organisation' })).toHaveValue('Warwickshire Waste Partnership');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind of organisation' }), 'Other organisation');
    await user.click(within(form).getByRole('radio', { name: 'Partner' }));
    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    expect(await within(partners).findByRole('heading', { level: 3, name: 'Warwickshire Waste Partnership' })).toHaveFocus();
    const row = within(table()).getByRole('row', { name: /^Warwickshire Waste Partnership/ });
    expect(within(row).getByRole('link', { name: 'Warwickshire Waste Partnership' })).toHaveAttribute('href', '/organisations/warwickshire-waste-partnership');
    expect(cellTexts(row)).toEqual(['Partner', '', '']);
  });

  it('refuses a partner with no organisation chosen, no role and a left date before the joined date, linking each message to its field and keeping what was typed', async () => {
    const { user, partners } = await openPartners('digital-waste-service');
    await user.click(within(partners).getByRole('button', { name: 'Add a partner' }));
    const form = within(partners).getByRole('form', { name: 'Add a partner' });
    await typeDate(user, form, 'When it joined (optional)', ['1', '6', '2022']);
    await typeDate(user, form, 'When it left (optional)', ['', '5', '2022']);
    await user.type(within(form).getByRole('textbox', { name: 'Note (optional)' }), 'Kept as typed');

    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    const summary = await within(partners).findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary.parentElement).toHaveFocus();
    const roleMessage = 'Choose a role: lead, partner, delivery partner or supplier, or research partner';
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Choose an organisation, or add a new one', '#add-partnership-search'],
      [roleMessage, '#add-partnership-role'],
      [LEFT_BEFORE_JOINED, '#add-partnership-leftOn-day'],
    ]);
    // Until something is found, finding it is what the person must do.
    await user.click(within(summary).getByRole('link', { name: 'Choose an organisation, or add a new one' }));
    expect(within(partners).getByRole('textbox', { name: 'Organisation name' })).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: LEFT_BEFORE_JOINED }));
    expect(within(within(form).getByRole('group', { name: 'When it left (optional)' })).getByRole('textbox', { name: 'Day' })).toHaveFocus();
    expect(within(form).getByRole('group', { name: 'When it left (optional)' })).toHaveAccessibleDescription(
      `Leave empty if it still takes part Error: ${LEFT_BEFORE_JOINED}`,
    );
    expect(within(form).getByRole('group', { name: 'Role in the project' })).toHaveAccessibleDescription(`Error: ${roleMessage}`);
    expect(dateValues(form, 'When it joined (optional)')).toEqual(['1', '6', '2022']);
    expect(dateValues(form, 'When it left (optional)')).toEqual(['', '5', '2022']);
    expect(within(form).getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('Kept as typed');
  });

  it('points a new organisation’s problems at its own fields, and refuses one already in the portfolio', async () => {
    const { user, partners } = await openPartners('digital-waste-service');
    const form = await findOrganisation(user, partners, 'leeds');
    await user.click(within(form).getByRole('radio', { name: 'None of these: add a new organisation' }));
    await user.click(within(form).getByRole('radio', { name: 'Partner' }));
    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    let summary = await within(partners).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose the kind of organisation' })).toHaveAttribute('href', '#add-partnership-new-kind');
    expect(within(form).getByRole('combobox', { name: 'Kind of organisation' })).toHaveAccessibleDescription('Error: Choose the kind of organisation');

    const name = within(form).getByRole('textbox', { name: 'Name of the new organisation' });
    await user.clear(name);
    await user.type(name, 'leeds city council');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind of organisation' }), 'Council');
    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    const message = 'Leeds City Council is already in the portfolio: choose it from the list instead';
    summary = within(partners).getByRole('alert');
    expect(await within(summary).findByRole('link', { name: message })).toHaveAttribute('href', '#add-partnership-new-name');
    expect(name).toHaveAccessibleDescription(`Error: ${message}`);
    expect(name).toHaveValue('leeds city council');
  });

  it('refuses an organisation already taking part in the same role, pointing at the choice', async () => {
    const { user, partners } = await openPartners('digital-waste-service');
    const form = await findOrganisation(user, partners, 'rugby');
    await user.click(within(form).getByRole('radio', { name: 'Rugby Borough Council' }));
    await user.click(within(form).getByRole('radio', { name: 'Lead' }));
    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    const summary = await within(partners).findByRole('alert');
    const message = 'Rugby Borough Council is already in this project as lead';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#add-partnership-organisation');
    expect(within(form).getByRole('group', { name: 'Which organisation is it?' })).toHaveAccessibleDescription(`Error: ${message}`);
  });
});

describe('changing a partner', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('saves a new role and a cleared leaving date, and shows them', async () => {
    const { user, partners, table } = await openPartners('digital-inclusion-toolkit');
    const toggle = within(partners).getByRole('button', { name: 'Edit Croydon Council as partner' });
    await user.click(toggle);
    const form = within(partners).getByRole('form', { name: 'Edit Croydon Council as partner' });
    expect(within(form).getByRole('radio', { name: 'Partner' })).toBeChecked();
    expect(dateValues(form, 'When it left (optional)')).toEqual(['7', '4', '2022']);
    expect(within(form).getByRole('combobox', { name: 'Which phase did it take part in?' })).toHaveDisplayValue('All of them');

    await user.click(within(form).getByRole('radio', { name: 'Research partner' }));
    await typeDate(user, form, 'When it left (optional)', ['', '', '']);
    await user.click(within(form).getByRole('button', { name: 'Save partner' }));

    expect(await within(partners).findByText('Partner saved.')).toBeInTheDocument();
    expect(within(partners).queryByRole('form')).not.toBeInTheDocument();
    expect(cellTexts(within(table()).getByRole('row', { name: /^Croydon Council/ }))).toEqual(['Research partner', '', '']);
    expect(within(partners).getByRole('button', { name: 'Edit Croydon Council as research partner' })).toHaveFocus();
  });

  it('refuses a leaving date before the joining date, keeping what was typed', async () => {
    const id = await partnershipId('birmingham-city-council');
    const { user, partners } = await openPartners('digital-inclusion-toolkit');
    await user.click(within(partners).getByRole('button', { name: 'Edit Birmingham City Council as partner' }));
    const form = within(partners).getByRole('form', { name: 'Edit Birmingham City Council as partner' });
    await typeDate(user, form, 'When it left (optional)', ['1', '3', '2022']);
    await user.click(within(form).getByRole('button', { name: 'Save partner' }));

    const summary = await within(form).findByRole('alert');
    const link = within(summary).getByRole('link', { name: LEFT_BEFORE_JOINED });
    expect(link).toHaveAttribute('href', `#edit-partnership-${String(id)}-leftOn-day`);
    await user.click(link);
    expect(within(within(form).getByRole('group', { name: 'When it left (optional)' })).getByRole('textbox', { name: 'Day' })).toHaveFocus();
    expect(dateValues(form, 'When it left (optional)')).toEqual(['1', '3', '2022']);
    expect(dateValues(form, 'When it joined (optional)')).toEqual(['7', '4', '2022']);
  });

  it('says when someone else saved it meanwhile, shows theirs beside the form, keeps what was typed, and saves it on request', async () => {
    const id = await partnershipId('birmingham-city-council');
    const { user, partners, table } = await openPartners('digital-inclusion-toolkit');
    await user.click(within(partners).getByRole('button', { name: 'Edit Birmingham City Council as partner' }));
    const form = within(partners).getByRole('form', { name: 'Edit Birmingham City Council as partner' });
    const note = within(form).getByRole('textbox', { name: 'Note (optional)' });
    await user.clear(note);
    await user.type(note, 'Our note');
    server.use(
      editedMeanwhile(`*/api/partnerships/${String(id)}`, async () => {
        await testApiDatabase()
          .updateTable('partnerships')
          .set((eb) => ({ role: 'research_partner', leftOn: '2022-05', note: 'Their note', version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
      }),
    );

    await user.click(within(form).getByRole('button', { name: 'Save partner' }));

    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByText('Someone else changed this while you were editing it. Check their changes, then save yours again.')).toBeInTheDocument();
    const theirs = within(form).getByRole('heading', { name: 'Someone else saved this partner while you were editing' }).closest('div')!;
    expect(summaryRows(theirs)).toEqual([
      ['Role', 'Research partner'],
      ['Phase', 'All of them'],
      ['Joined', '7 April 2022'],
      ['Left', 'May 2022'],
      ['Note', 'Their note'],
    ]);
    // What the person typed stays; what they never touched shows what the other person saved.
    expect(within(form).getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('Our note');
    expect(within(form).getByRole('radio', { name: 'Research partner' })).toBeChecked();
    expect(dateValues(form, 'When it left (optional)')).toEqual(['', '5', '2022']);

    await user.click(within(form).getByRole('button', { name: 'Save partner' }));

    expect(await within(partners).findByText('Partner saved.')).toBeInTheDocument();
    const row = within(table()).getByRole('row', { name: /^Birmingham City Council/ });
    expect(cellTexts(row)).toEqual(['Research partner', '7 April 2022', 'May 2022']);
    expect(within(row).getByText('Our note')).toBeInTheDocument();
    const saved = await testApiDatabase().selectFrom('partnerships').select(['role', 'leftOn', 'note', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(saved).toEqual({ role: 'research_partner', leftOn: '2022-05', note: 'Our note', version: 3 });
  });
});

describe('removing a partner', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('asks first, keeps it when the person says no, and removes it when they say yes', async () => {
    const { user, partners, table } = await openPartners('digital-inclusion-toolkit');
    const remove = within(partners).getByRole('button', { name: 'Remove Age UK as partner' });

    await user.click(remove);
    expect(within(partners).getByRole('heading', { level: 4, name: 'Are you sure you want to remove Age UK as partner?' })).toHaveFocus();
    await user.click(within(partners).getByRole('button', { name: 'No, keep it' }));
    expect(within(partners).queryByRole('heading', { level: 4 })).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(within(table()).getByRole('row', { name: /^Age UK/ })).toBeInTheDocument();

    await user.click(remove);
    await user.click(within(partners).getByRole('button', { name: 'Yes, remove it from the project' }));

    expect(await within(partners).findByText('Age UK has been removed from this project.')).toHaveFocus();
    expect(within(table()).queryByRole('row', { name: /^Age UK/ })).not.toBeInTheDocument();
    expect(within(partners).queryByRole('heading', { level: 3, name: 'Age UK' })).not.toBeInTheDocument();
    expect(within(table()).getByRole('row', { name: /^Croydon Council/ })).toBeInTheDocument();
  });
});

describe('who may change partners', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it.each(['rugby@demo.test', 'engagement@demo.test'])('offers %s, who is not a manager, no buttons', async (email) => {
    const { partners, table } = await openPartners('digital-waste-service', email);

    expect(within(table()).getByRole('row', { name: /^Rugby Borough Council/ })).toBeInTheDocument();
    expect(within(partners).queryByRole('button')).not.toBeInTheDocument();
    expect(within(partners).queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('offers someone not signed in no buttons', async () => {
    renderRoute('/projects/digital-waste-service');

    const partners = await screen.findByRole('region', { name: 'Partners' });
    expect(within(partners).getByRole('table')).toBeInTheDocument();
    expect(within(partners).queryByRole('button')).not.toBeInTheDocument();
  });
});
