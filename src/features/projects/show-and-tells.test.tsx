import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { editedMeanwhile } from '../../../mocks/faults';
import { server, signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

const SCHEDULE_FORM = 'Schedule a show and tell';

/** Opens the schedule form on Digital Waste Service as rugby@demo.test, its own council. */
async function openScheduleForm() {
  await signInAs('rugby@demo.test');
  const view = renderRoute('/projects/digital-waste-service');
  const section = await screen.findByRole('region', { name: 'Show and tells' });
  await view.user.click(within(section).getByRole('button', { name: 'Schedule a show and tell' }));
  return { ...view, section, form: within(section).getByRole('form', { name: SCHEDULE_FORM }) };
}

async function typeDate(user: UserEvent, form: HTMLElement, [day, month, year]: readonly [string, string, string]) {
  const date = within(form).getByRole('group', { name: 'Date' });
  if (day !== '') await user.type(within(date).getByRole('textbox', { name: 'Day' }), day);
  if (month !== '') await user.type(within(date).getByRole('textbox', { name: 'Month' }), month);
  if (year !== '') await user.type(within(date).getByRole('textbox', { name: 'Year' }), year);
}

function dateBoxes(form: HTMLElement) {
  const date = within(form).getByRole('group', { name: 'Date' });
  return (['Day', 'Month', 'Year'] as const).map((name) => within(date).getByRole<HTMLInputElement>('textbox', { name }));
}

/** The one show and tell Digital Waste Service has in the seed. */
async function sprintSeven(): Promise<{ id: number }> {
  return testApiDatabase().selectFrom('showAndTells').select('id').where('title', '=', 'Sprint 7 show and tell').executeTakeFirstOrThrow();
}

describe('scheduling a show and tell', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('adds it to the project page, with its slides, and takes focus to it', async () => {
    const { user, section, form } = await openScheduleForm();
    expect(within(section).getByRole('button', { name: 'Schedule a show and tell' })).toHaveAttribute('aria-expanded', 'true');

    await typeDate(user, form, ['9', '6', '2026']);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sprint 9 show and tell');
    await user.type(within(form).getByRole('textbox', { name: 'Sprint number (optional)' }), '9');
    await user.type(within(form).getByRole('textbox', { name: 'Link to the slides (optional)' }), 'https://slides.rugby.gov.uk/sprint-9');
    await user.click(within(form).getByRole('button', { name: 'Schedule show and tell' }));

    expect(await within(section).findByText('Show and tell scheduled.')).toBeInTheDocument();
    expect(within(section).queryByRole('form', { name: SCHEDULE_FORM })).not.toBeInTheDocument();
    const heading = await within(section).findByRole('heading', { level: 3, name: 'Sprint 9 show and tell' });
    const entry = heading.closest('li')!;
    expect(within(entry).getByText('9 June 2026, sprint 9')).toBeInTheDocument();
    expect(within(entry).getByRole('link', { name: 'Slides for Sprint 9 show and tell' })).toHaveAttribute(
      'href',
      'https://slides.rugby.gov.uk/sprint-9',
    );
    expect(within(entry).queryByRole('link', { name: /^Recording/ })).not.toBeInTheDocument();
    expect(heading).toHaveFocus();
    // What was shown comes later, from the show and tell itself.
    expect(within(entry).getByRole('button', { name: 'Add what was shown at Sprint 9 show and tell' })).toBeInTheDocument();
  });

  it('takes a month and year when the day is not fixed yet', async () => {
    const { user, section, form } = await openScheduleForm();

    await typeDate(user, form, ['', '7', '2026']);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Summer show and tell');
    await user.click(within(form).getByRole('button', { name: 'Schedule show and tell' }));

    const heading = await within(section).findByRole('heading', { level: 3, name: 'Summer show and tell' });
    expect(within(heading.closest('li')!).getByText('July 2026')).toBeInTheDocument();
  });

  it.each([
    {
      what: 'a missing date',
      date: ['', '', ''],
      slides: '',
      message: 'Enter the date of the show and tell',
      field: 'schedule-show-and-tell-held-on-day',
    },
    {
      what: 'an impossible date',
      date: ['31', '2', '2026'],
      slides: '',
      message: 'Enter a real date, for example 27 3 2026',
      field: 'schedule-show-and-tell-held-on-day',
    },
    {
      what: 'a javascript: slides link',
      date: ['9', '6', '2026'],
      slides: 'javascript:alert(1)',
      message: 'Enter a link that starts with https://, http:// or mailto:',
      field: 'schedule-show-and-tell-slides',
    },
  ] as const)('refuses $what with the summary linking to the field and a message beside it, keeping what was typed', async ({ date, slides, message, field }) => {
    const { user, section, form } = await openScheduleForm();
    await typeDate(user, form, date);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sprint 9 show and tell');
    if (slides !== '') await user.type(within(form).getByRole('textbox', { name: 'Link to the slides (optional)' }), slides);

    await user.click(within(form).getByRole('button', { name: 'Schedule show and tell' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: message });
    expect(link).toHaveAttribute('href', `#${field}`);
    expect(summary.parentElement).toHaveFocus();
    // The summary's link takes the person to the box itself.
    await user.click(link);
    expect(document.getElementById(field)).toHaveFocus();

    if (field === 'schedule-show-and-tell-slides') {
      const box = within(form).getByRole('textbox', { name: 'Link to the slides (optional)' });
      expect(box).toHaveAccessibleDescription(`Starting https:// Error: ${message}`);
      expect(box).toHaveClass('govuk-input--error');
      expect(box).toHaveValue(slides);
    } else {
      const group = within(form).getByRole('group', { name: 'Date' });
      expect(group).toHaveAccessibleDescription(`For example, 27 3 2026. Leave the day empty if it is not fixed yet. Error: ${message}`);
      // Wrong as a whole: every box is marked.
      for (const box of dateBoxes(form)) expect(box).toHaveClass('govuk-input--error');
    }
    expect(dateBoxes(form).map((box) => box.value)).toEqual(date);
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Sprint 9 show and tell');
    expect(within(section).queryByRole('heading', { level: 3, name: 'Sprint 9 show and tell' })).not.toBeInTheDocument();
  });

  it('marks only the box left empty when the rest of the date is there', async () => {
    const { user, form } = await openScheduleForm();
    await typeDate(user, form, ['9', '', '2026']);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sprint 9 show and tell');

    await user.click(within(form).getByRole('button', { name: 'Schedule show and tell' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a real date, for example 27 3 2026' })).toHaveAttribute(
      'href',
      '#schedule-show-and-tell-held-on-month',
    );
    expect(dateBoxes(form).map((box) => box.classList.contains('govuk-input--error'))).toEqual([false, true, false]);
  });

  it('refuses a sprint that is not a whole number with the server’s message, keeping what was typed', async () => {
    const { user, form } = await openScheduleForm();
    await typeDate(user, form, ['9', '6', '2026']);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Sprint 9 show and tell');
    await user.type(within(form).getByRole('textbox', { name: 'Sprint number (optional)' }), 'nine');

    await user.click(within(form).getByRole('button', { name: 'Schedule show and tell' }));

    const summary = await within(form).findByRole('alert');
    const message = 'Enter the sprint as a whole number, like 7';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#schedule-show-and-tell-sprint');
    const sprint = within(form).getByRole('textbox', { name: 'Sprint number (optional)' });
    expect(sprint).toHaveAccessibleDescription(`Error: ${message}`);
    expect(sprint).toHaveValue('nine');
    expect(sprint).toHaveAttribute('inputmode', 'numeric');
    expect(within(form).getByRole('group', { name: 'Date' })).not.toHaveAccessibleDescription(/Error/);
  });

  it('is offered to no one who may not write the project’s show and tells', async () => {
    await signInAs('lincoln@demo.test');
    renderRoute('/projects/digital-waste-service');

    const section = await screen.findByRole('region', { name: 'Show and tells' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Sprint 7 show and tell' })).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
  });
});

describe('adding what was shown at a show and tell', () => {
  beforeEach(async () => {
    await startTestApi({ accounts: true });
  });

  it('saves the recording with the rest and shows it', async () => {
    await signInAs('rugby@demo.test');
    const { user } = renderRoute('/projects/digital-waste-service');
    const section = await screen.findByRole('region', { name: 'Show and tells' });
    const toggle = within(section).getByRole('button', { name: 'Edit Sprint 7 show and tell' });
    await user.click(toggle);

    const form = within(section).getByRole('form', { name: 'Edit Sprint 7 show and tell' });
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'What was shown (optional)' }).value).toMatch(/^The project team presented:/);
    expect(dateBoxes(form).map((box) => box.value)).toEqual(['10', '5', '2022']);
    await user.type(within(form).getByRole('textbox', { name: 'Link to the recording (optional)' }), 'https://video.rugby.gov.uk/sprint-7');
    await user.click(within(form).getByRole('button', { name: 'Save show and tell' }));

    expect(await within(section).findByText('Show and tell saved.')).toBeInTheDocument();
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(within(section).getByRole('link', { name: 'Recording of Sprint 7 show and tell' })).toHaveAttribute(
      'href',
      'https://video.rugby.gov.uk/sprint-7',
    );
    expect(within(section).getByText('a demonstration of the bin collection day widget')).toBeInTheDocument();
  });

  it('saves one recorded without a date, leaving the date alone', async () => {
    await signInAs('manager@demo.test');
    const { id } = await testApiDatabase()
      .selectFrom('showAndTells')
      .select('id')
      .where('title', '=', 'Latest show and tell')
      .where('heldOn', 'is', null)
      .executeTakeFirstOrThrow();
    const project = await testApiDatabase()
      .selectFrom('showAndTells')
      .innerJoin('projects', 'projects.id', 'showAndTells.projectId')
      .select('projects.slug')
      .where('showAndTells.id', '=', id)
      .executeTakeFirstOrThrow();
    const { user } = renderRoute(`/projects/${project.slug}`);
    const section = await screen.findByRole('region', { name: 'Show and tells' });
    await user.click(within(section).getByRole('button', { name: 'Edit Latest show and tell' }));

    const form = within(section).getByRole('form', { name: 'Edit Latest show and tell' });
    await user.type(within(form).getByRole('textbox', { name: 'Link to the slides (optional)' }), 'https://example.org/slides');
    await user.click(within(form).getByRole('button', { name: 'Save show and tell' }));

    expect(await within(section).findByText('Show and tell saved.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Slides for Latest show and tell' })).toHaveAttribute('href', 'https://example.org/slides');
    expect(within(section).getByText('Not recorded')).toBeInTheDocument();
  });

  it('says when someone else saved it meanwhile, shows theirs beside the form, keeps what was typed, and saves it on request', async () => {
    await signInAs('rugby@demo.test');
    const { id } = await sprintSeven();
    const { user } = renderRoute('/projects/digital-waste-service');
    const section = await screen.findByRole('region', { name: 'Show and tells' });
    await user.click(within(section).getByRole('button', { name: 'Edit Sprint 7 show and tell' }));
    const form = within(section).getByRole('form', { name: 'Edit Sprint 7 show and tell' });
    const summaryBox = within(form).getByRole('textbox', { name: 'What was shown (optional)' });
    await user.clear(summaryBox);
    await user.type(summaryBox, 'Our own account of the demo');
    await user.type(within(form).getByRole('textbox', { name: 'Link to the slides (optional)' }), 'https://slides.rugby.gov.uk/sprint-7');
    server.use(
      editedMeanwhile(`*/api/show-and-tells/${String(id)}`, async () => {
        await testApiDatabase()
          .updateTable('showAndTells')
          .set((eb) => ({
            summary: 'Their account of the demo',
            recordingUrl: 'https://theirs.example.gov.uk/recording',
            version: eb('version', '+', 1),
          }))
          .where('id', '=', id)
          .execute();
      }),
    );

    await user.click(within(form).getByRole('button', { name: 'Save show and tell' }));

    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByText('Someone else changed this while you were editing it. Check their changes, then save yours again.')).toBeInTheDocument();
    const theirs = within(form).getByRole('heading', { name: 'Someone else saved this show and tell while you were editing' }).closest('div')!;
    expect(within(theirs).getByText('Their account of the demo')).toBeInTheDocument();
    expect(within(theirs).getByText('https://theirs.example.gov.uk/recording')).toBeInTheDocument();
    expect(within(theirs).getByText('10 May 2022')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'What was shown (optional)' })).toHaveValue('Our own account of the demo');
    expect(within(form).getByRole('textbox', { name: 'Link to the slides (optional)' })).toHaveValue('https://slides.rugby.gov.uk/sprint-7');
    // A box never touched shows what they saved, and sends it back.
    expect(within(form).getByRole('textbox', { name: 'Link to the recording (optional)' })).toHaveValue('https://theirs.example.gov.uk/recording');

    await user.click(within(form).getByRole('button', { name: 'Save show and tell' }));

    expect(await within(section).findByText('Show and tell saved.')).toBeInTheDocument();
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    expect(within(section).getByText('Our own account of the demo')).toBeInTheDocument();
    expect(within(section).queryByText('Their account of the demo')).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Slides for Sprint 7 show and tell' })).toHaveAttribute('href', 'https://slides.rugby.gov.uk/sprint-7');
    expect(within(section).getByRole('link', { name: 'Recording of Sprint 7 show and tell' })).toHaveAttribute(
      'href',
      'https://theirs.example.gov.uk/recording',
    );
    const saved = await testApiDatabase().selectFrom('showAndTells').select(['summary', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(saved).toEqual({ summary: 'Our own account of the demo', version: 3 });
  });
});
