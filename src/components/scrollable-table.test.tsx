import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ScrollableTable } from './scrollable-table';

/** jsdom lays nothing out: the widths the box reports are whatever a test sets here. */
const widths = { scroll: 0, client: 0 };
/** What each ResizeObserver was told to call, so a test can say the box changed size. */
let resized: (() => void)[] = [];

class FakeResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    resized.push(this.callback);
  }
  disconnect() {
    resized = resized.filter((callback) => callback !== this.callback);
  }
}

beforeEach(() => {
  widths.scroll = 0;
  widths.client = 0;
  resized = [];
  vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockImplementation(() => widths.scroll);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(() => widths.client);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderTable() {
  return render(
    <ScrollableTable label="Table of partners">
      <table className="govuk-table">
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <td className="govuk-table__cell">Rugby Borough Council</td>
          </tr>
        </tbody>
      </table>
    </ScrollableTable>,
  );
}

describe('a table that scrolls in its own box', () => {
  it('is a region named for the table, which the keyboard reaches so that the arrow keys scroll it', async () => {
    const user = userEvent.setup();
    renderTable();

    const region = screen.getByRole('region', { name: 'Table of partners' });
    expect(region).toContainElement(screen.getByRole('table'));
    await user.tab();
    expect(region).toHaveFocus();
  });

  it('says nothing about scrolling while the table fits', () => {
    widths.scroll = 600;
    widths.client = 600;
    renderTable();

    expect(screen.queryByText('Scroll to see more')).not.toBeInTheDocument();
  });

  it('takes a pixel over for the rounding it is, not something to scroll to', () => {
    widths.scroll = 631;
    widths.client = 630;
    renderTable();

    expect(screen.queryByText('Scroll to see more')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Table of partners' })).not.toHaveAttribute('aria-describedby');
  });

  it('says there is more to see, before the table, while it is wider than its box', () => {
    widths.scroll = 900;
    widths.client = 320;
    renderTable();

    const hint = screen.getByText('Scroll to see more');
    // Read and seen before the table, whose far side is out of view.
    expect(hint.compareDocumentPosition(screen.getByRole('region', { name: 'Table of partners' }))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    // And heard on arrival at the box.
    expect(screen.getByRole('region', { name: 'Table of partners' })).toHaveAccessibleDescription('Scroll to see more');
  });

  it('follows the box as it changes size, as when a phone is turned', () => {
    widths.scroll = 900;
    widths.client = 320;
    renderTable();
    expect(screen.getByText('Scroll to see more')).toBeInTheDocument();

    widths.client = 1000;
    act(() => resized.forEach((callback) => callback()));
    expect(screen.queryByText('Scroll to see more')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Table of partners' })).not.toHaveAttribute('aria-describedby');

    widths.client = 320;
    act(() => resized.forEach((callback) => callback()));
    expect(screen.getByText('Scroll to see more')).toBeInTheDocument();
  });

  it('stops watching the box once it is gone', () => {
    const { unmount } = renderTable();
    expect(resized).not.toEqual([]);

    unmount();

    expect(resized).toEqual([]);
  });
});
