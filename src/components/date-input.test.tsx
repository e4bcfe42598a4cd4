import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type SyntheticEvent, useState } from 'react';
import { type DatePart, type DateParts, joinDateParts, readDateParts } from '../lib/date-parts';
import { DateInput } from './date-input';

/** A form as the app's use it: the date input uncontrolled, read back from the submitted form. */
function DateForm({ error, errorParts }: { error?: string; errorParts?: DatePart[] }) {
  const [sent, setSent] = useState<string | null>(null);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(joinDateParts(readDateParts(new FormData(event.currentTarget), 'heldOn')));
  };
  return (
    <form aria-label="Example" onSubmit={submit}>
      <DateInput
        id="held-on"
        name="heldOn"
        legend="Date"
        hint="For example, 27 3 2026"
        error={error}
        errorParts={errorParts}
        defaultValue={{ day: '', month: '5', year: '2022' }}
      />
      <button type="submit">Send</button>
      <output>{sent === null ? '' : `Sent ${sent}`}</output>
    </form>
  );
}

describe('the date input', () => {
  it('is a group named by its legend, with a numeric box each for day, month and year', () => {
    render(<DateForm />);

    const date = screen.getByRole('group', { name: 'Date' });
    expect(date).toHaveAccessibleDescription('For example, 27 3 2026');
    const boxes = within(date).getAllByRole('textbox');
    expect(boxes.map((box) => box.getAttribute('id'))).toEqual(['held-on-day', 'held-on-month', 'held-on-year']);
    for (const [name, value] of [['Day', ''], ['Month', '5'], ['Year', '2022']] as const) {
      const box = within(date).getByRole('textbox', { name });
      expect(box).toHaveAttribute('inputmode', 'numeric');
      expect(box).toHaveClass('govuk-input', 'govuk-date-input__input');
      expect(box).not.toHaveClass('govuk-input--error');
      expect(box).toHaveValue(value);
    }
    expect(within(date).getByRole('textbox', { name: 'Year' })).toHaveClass('govuk-input--width-4');
    expect(date.closest('.govuk-form-group')).not.toHaveClass('govuk-form-group--error');
  });

  it('sends what was typed, joined as the API takes it', async () => {
    const user = userEvent.setup();
    render(<DateForm />);
    const date = screen.getByRole('group', { name: 'Date' });

    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '9');
    await user.clear(within(date).getByRole('textbox', { name: 'Month' }));
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '6');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(screen.getByRole('status')).toHaveTextContent('Sent 2022-06-09');
  });

  it('shows its message and marks only the boxes at fault', () => {
    render(<DateForm error="Enter a real date" errorParts={['month']} />);

    const date = screen.getByRole('group', { name: 'Date' });
    expect(date).toHaveAccessibleDescription('For example, 27 3 2026 Error: Enter a real date');
    expect(date.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(within(date).getByRole('textbox', { name: 'Month' })).toHaveClass('govuk-input--error');
    expect(within(date).getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error');
    expect(within(date).getByRole('textbox', { name: 'Year' })).not.toHaveClass('govuk-input--error');
  });

  it('marks every box when the date is wrong as a whole', () => {
    render(<DateForm error="Enter a real date" />);

    const boxes = within(screen.getByRole('group', { name: 'Date' })).getAllByRole('textbox');
    for (const box of boxes) expect(box).toHaveClass('govuk-input--error');
  });

  it('reports each keystroke when given its value, as a form that keeps unsaved text needs', async () => {
    const user = userEvent.setup();
    function KeptDate() {
      const [value, setValue] = useState<DateParts>({ day: '11', month: '5', year: '2022' });
      return (
        <>
          <DateInput id="kept" name="kept" legend="Kept date" value={value} onValueChange={setValue} />
          <output>{joinDateParts(value)}</output>
        </>
      );
    }
    render(<KeptDate />);
    const day = within(screen.getByRole('group', { name: 'Kept date' })).getByRole('textbox', { name: 'Day' });

    await user.clear(day);
    await user.type(day, '4');

    expect(day).toHaveValue('4');
    expect(screen.getByRole('status')).toHaveTextContent('2022-05-04');
  });
});
