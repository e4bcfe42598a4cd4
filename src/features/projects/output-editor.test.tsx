import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { editedMeanwhile } from '../../../mocks/faults';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

const THEORY = 'Theory of Change';
const TALK = 'Digital Leaders Week 2022 talk by Mike Connell';

/** Digital Waste Service as someone who may keep its outputs (rugby@demo.test, its own council, unless told). */
async function openProject(email = 'rugby@demo.test') {
  await signInAs(email);
  const view = renderRoute('/projects/digital-waste-service');
  const outputs = await screen.findByRole('region', { name: 'Outputs' });
  const events = screen.getByRole('region', { name: 'Talks and events' });
  return { ...view, outputs, events };
}

async function typeDate(user: UserEvent, form: HTMLElement, legend: string, [day, month, year]: readonly [string, string, string]) {
  const date = within(form).getByRole('group', { name: legend });
  if (day !== '') await user.type(within(date).getByRole('textbox', { name: 'Day' }), day);
  if (month !== '') await user.type(within(date).getByRole('textbox', { name: 'Month' }), month);
  if (year !== '') await user.type(within(date).getByRole('textbox', { name: 'Year' }), year);
}

/** A summary list's rows as [key, value] pairs, as a person reads them. */
function summaryRows(list: HTMLElement): string[][] {
  const values = within(list).getAllByRole('definition');
  return within(list)
    .getAllByRole('term')
    .map((term, index) => [term.textContent, values[index]?.textContent ?? '']);
}

async function outputId(title: string): Promise<number> {
  return (await testApiDatabase().selectFrom('outputs').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id;
}

describe('adding an output or event', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('adds an output to the page, with its link and date, and takes focus to it', async () => {
    const { user, outputs } = await openProject();
    const toggle = within(outputs).getByRole('button', { name: 'Add an output' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const form = within(outputs).getByRole('form', { name: 'Add an output' });
    // Talks and events are added in their own section.
    expect(within(form).queryByRole('radio', { name: 'Talk' })).not.toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'Report' }));
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sprint 8 findings');
    await typeDate(user, form, 'Date published (optional)', ['', '6', '2022']);
    await user.type(within(form).getByRole('textbox', { name: 'Link (optional)' }), 'https://rugby.gov.uk/sprint-8-findings');
    await user.type(within(form).getByRole('textbox', { name: 'Description (optional)' }), 'What the team learnt about missed bins.');
    await user.click(within(form).getByRole('button', { name: 'Add output' }));

    expect(await within(outputs).findByText('Output added.')).toBeInTheDocument();
    expect(within(outputs).queryByRole('form')).not.toBeInTheDocument();
    const heading = await within(outputs).findByRole('heading', { level: 3, name: 'Report: Sprint 8 findings' });
    expect(heading).toHaveFocus();
    const entry = heading.closest('li')!;
    expect(within(entry).getByRole('link', { name: 'Sprint 8 findings' })).toHaveAttribute('href', 'https://rugby.gov.uk/sprint-8-findings');
    expect(within(entry).getByText('June 2022')).toBeInTheDocument();
    expect(within(entry).getByText('What the team learnt about missed bins.')).toBeInTheDocument();
    expect(within(entry).getByRole('button', { name: 'Edit Sprint 8 findings' })).toBeInTheDocument();
  });

  it('adds a talk under talks and events', async () => {
    const { user, outputs, events } = await openProject('manager@demo.test');
    await user.click(within(events).getByRole('button', { name: 'Add a talk or event' }));
    const form = within(events).getByRole('form', { name: 'Add a talk or event' });
    expect(within(form).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['talk', 'event']);

    await user.click(within(form).getByRole('radio', { name: 'Event' }));
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Waste services meetup');
    await typeDate(user, form, 'Date of the talk or event (optional)', ['21', '6', '2022']);
    await user.click(within(form).getByRole('button', { name: 'Add talk or event' }));

    const heading = await within(events).findByRole('heading', { level: 3, name: 'Event: Waste services meetup' });
    expect(within(heading.closest('li')!).getByText('21 June 2022')).toBeInTheDocument();
    expect(within(events).getByText('Talk or event added.')).toBeInTheDocument();
    expect(within(outputs).queryByText('Waste services meetup')).not.toBeInTheDocument();
  });

  it('refuses a missing kind and a javascript: link in an error summary linked to each field, keeping what was typed', async () => {
    const { user, outputs } = await openProject();
    await user.click(within(outputs).getByRole('button', { name: 'Add an output' }));
    const form = within(outputs).getByRole('form', { name: 'Add an output' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sprint 8 findings');
    await user.type(within(form).getByRole('textbox', { name: 'Link (optional)' }), 'javascript:alert(1)');
    await user.type(within(form).getByRole('textbox', { name: 'Description (optional)' }), 'Kept as typed');

    await user.click(within(form).getByRole('button', { name: 'Add output' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary.parentElement).toHaveFocus();
    const kindMessage = 'Choose what it is: a report, a video, a talk, an event or another kind';
    const linkMessage = 'Enter a link that starts with https://, http:// or mailto:';
    // In the order of the fields on the page.
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [kindMessage, '#add-outputs-kind'],
      [linkMessage, '#add-outputs-url'],
    ]);
    await user.click(within(summary).getByRole('link', { name: linkMessage }));
    const link = within(form).getByRole('textbox', { name: 'Link (optional)' });
    expect(link).toHaveFocus();
    expect(link).toHaveAccessibleDescription(`Starting https:// Error: ${linkMessage}`);
    expect(link).toHaveClass('govuk-input--error');
    expect(link).toHaveValue('javascript:alert(1)');
    expect(within(form).getByRole('group', { name: 'What is it?' })).toHaveAccessibleDescription(`Error: ${kindMessage}`);
    await user.click(within(summary).getByRole('link', { name: kindMessage }));
    expect(within(form).getByRole('radio', { name: 'Report' })).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Sprint 8 findings');
    expect(within(form).getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('Kept as typed');
    expect(within(outputs).queryByRole('heading', { level: 3, name: /Sprint 8 findings/ })).not.toBeInTheDocument();
  });
});

describe('editing an output', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('saves a corrected title, kind and link, and shows them', async () => {
    const { user, outputs } = await openProject();
    const toggle = within(outputs).getByRole('button', { name: `Edit ${THEORY}` });
    await user.click(toggle);
    const form = within(outputs).getByRole('form', { name: `Edit ${THEORY}` });
    expect(within(form).getByRole('radio', { name: 'Theory of Change' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('In progress: to be completed during Sprint 8.');

    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Theory of Change, final version');
    await user.click(within(form).getByRole('radio', { name: 'Report' }));
    await user.type(within(form).getByRole('textbox', { name: 'Link (optional)' }), 'https://rugby.gov.uk/theory-of-change');
    await user.click(within(form).getByRole('button', { name: 'Save output' }));

    expect(await within(outputs).findByText('Output saved.')).toBeInTheDocument();
    expect(within(outputs).queryByRole('form')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    const heading = within(outputs).getByRole('heading', { level: 3, name: 'Report: Theory of Change, final version' });
    expect(within(heading).getByRole('link')).toHaveAttribute('href', 'https://rugby.gov.uk/theory-of-change');
    expect(within(outputs).getByText('In progress: to be completed during Sprint 8.')).toBeInTheDocument();
  });

  it('says when someone else saved it meanwhile, shows theirs beside the form, keeps what was typed, and saves it on request', async () => {
    const id = await outputId(THEORY);
    const { user, outputs } = await openProject();
    await user.click(within(outputs).getByRole('button', { name: `Edit ${THEORY}` }));
    const form = within(outputs).getByRole('form', { name: `Edit ${THEORY}` });
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Our Theory of Change');
    server.use(
      editedMeanwhile(`*/api/outputs/${String(id)}`, async () => {
        await testApiDatabase()
          .updateTable('outputs')
          .set((eb) => ({ kind: 'report', description: 'Completed in Sprint 8.', url: 'https://theirs.example.gov.uk/toc', version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
      }),
    );

    await user.click(within(form).getByRole('button', { name: 'Save output' }));

    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByText('Someone else changed this while you were editing it. Check their changes, then save yours again.')).toBeInTheDocument();
    const theirs = within(form).getByRole('heading', { name: 'Someone else saved this output while you were editing' }).closest('div')!;
    expect(summaryRows(theirs)).toEqual([
      ['What it is', 'Report'],
      ['Title', THEORY],
      ['Date', 'None'],
      ['Link', 'https://theirs.example.gov.uk/toc'],
      ['Description', 'Completed in Sprint 8.'],
    ]);
    // What the person typed stays; a box never touched shows what they saved, and sends it back.
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Our Theory of Change');
    expect(within(form).getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('Completed in Sprint 8.');
    expect(within(form).getByRole('textbox', { name: 'Link (optional)' })).toHaveValue('https://theirs.example.gov.uk/toc');
    expect(within(form).getByRole('radio', { name: 'Report' })).toBeChecked();

    await user.click(within(form).getByRole('button', { name: 'Save output' }));

    expect(await within(outputs).findByText('Output saved.')).toBeInTheDocument();
    const heading = within(outputs).getByRole('heading', { level: 3, name: 'Report: Our Theory of Change' });
    expect(within(heading).getByRole('link')).toHaveAttribute('href', 'https://theirs.example.gov.uk/toc');
    expect(within(outputs).getByText('Completed in Sprint 8.')).toBeInTheDocument();
    const saved = await testApiDatabase().selectFrom('outputs').select(['kind', 'title', 'description', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(saved).toEqual({ kind: 'report', title: 'Our Theory of Change', description: 'Completed in Sprint 8.', version: 3 });
  });
});

describe('removing an output', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('asks first, keeps it when the person says no, and removes it when they say yes', async () => {
    const { user, events } = await openProject();
    const remove = within(events).getByRole('button', { name: `Remove ${TALK}` });

    await user.click(remove);
    const question = within(events).getByRole('heading', { level: 4, name: `Are you sure you want to remove “${TALK}”?` });
    expect(question).toHaveFocus();
    expect(remove).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(events).getByRole('button', { name: 'No, keep it' }));
    expect(within(events).queryByRole('heading', { level: 4 })).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(within(events).getByRole('heading', { level: 3, name: `Talk: ${TALK}` })).toBeInTheDocument();

    await user.click(remove);
    await user.click(within(events).getByRole('button', { name: 'Yes, remove the talk or event' }));

    const done = await within(events).findByText(`“${TALK}” has been removed.`);
    expect(done).toHaveFocus();
    expect(within(events).queryByRole('heading', { level: 3, name: `Talk: ${TALK}` })).not.toBeInTheDocument();
    expect(within(events).getByText('No talks or events recorded yet.')).toBeInTheDocument();
    expect(await testApiDatabase().selectFrom('outputs').select('id').where('title', '=', TALK).execute()).toEqual([]);
  });

  it('does not remove one someone else changed meanwhile: it shows their change and asks again', async () => {
    const id = await outputId(THEORY);
    const { user, outputs } = await openProject();
    server.use(
      editedMeanwhile(`*/api/outputs/${String(id)}`, async () => {
        await testApiDatabase()
          .updateTable('outputs')
          .set((eb) => ({ title: 'Theory of Change, agreed', version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
      }),
    );
    await user.click(within(outputs).getByRole('button', { name: `Remove ${THEORY}` }));
    await user.click(within(outputs).getByRole('button', { name: 'Yes, remove the output' }));

    const alert = await within(outputs).findByRole('alert');
    expect(
      within(alert).getByText('Someone else changed this output meanwhile. It now shows what they saved: check it, then remove it if you still want to.'),
    ).toBeInTheDocument();
    expect(await within(outputs).findByRole('heading', { level: 3, name: 'Theory of Change: Theory of Change, agreed' })).toBeInTheDocument();
    expect(within(outputs).getByRole('heading', { level: 4, name: 'Are you sure you want to remove “Theory of Change, agreed”?' })).toBeInTheDocument();

    await user.click(within(outputs).getByRole('button', { name: 'Yes, remove the output' }));

    expect(await within(outputs).findByText('“Theory of Change, agreed” has been removed.')).toHaveFocus();
    expect(within(outputs).getByText('No outputs recorded yet.')).toBeInTheDocument();
  });
});

describe('who may keep outputs', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it.each(['lincoln@demo.test', 'engagement@demo.test'])('offers %s, who may not, no buttons', async (email) => {
    const { outputs, events } = await openProject(email);

    expect(within(outputs).getByRole('heading', { level: 3, name: `Theory of Change: ${THEORY}` })).toBeInTheDocument();
    expect(within(events).getByRole('heading', { level: 3, name: `Talk: ${TALK}` })).toBeInTheDocument();
    expect(within(outputs).queryByRole('button')).not.toBeInTheDocument();
    expect(within(events).queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers someone not signed in no buttons', async () => {
    renderRoute('/projects/digital-waste-service');

    const outputs = await screen.findByRole('region', { name: 'Outputs' });
    expect(within(outputs).getByRole('heading', { level: 3, name: `Theory of Change: ${THEORY}` })).toBeInTheDocument();
    expect(within(outputs).queryByRole('button')).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Talks and events' })).queryByRole('button')).not.toBeInTheDocument();
  });
});
