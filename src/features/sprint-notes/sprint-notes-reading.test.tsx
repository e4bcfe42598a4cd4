import { screen, waitFor, within } from '@testing-library/react';
import { signInAs, startTestApi, testApiDatabase } from '../../../mocks/node';
import { renderRoute } from '../../../test/render-route';

/** A draft issue #47, as engagement staff would have started it. */
async function addDraft() {
  await testApiDatabase()
    .insertInto('sprintNotes')
    .values({
      number: 47,
      coversFrom: '2022-05-12',
      coversTo: '2022-05-25',
      introMarkdown: 'Welcome to our Sprint Notes!',
      closingMarkdown: 'That’s it for this sprint, thanks for reading!',
      status: 'draft',
      createdAt: '2022-05-11T10:00:00.000Z',
      updatedAt: '2022-05-11T10:00:00.000Z',
    })
    .execute();
}

/** A stand-in for the browser's ClipboardItem, which jsdom lacks: it keeps what it was given. */
class RecordedClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}

  get types(): string[] {
    return Object.keys(this.items);
  }

  async getType(type: string): Promise<Blob> {
    const blob = this.items[type];
    if (blob === undefined) throw new Error(`No ${type} on the clipboard`);
    return Promise.resolve(blob);
  }
}

/**
 * document.execCommand, which jsdom lacks, answering as a browser that did or did not copy. It
 * records the HTML that was selected when it was asked to copy.
 */
function stubExecCommand(answer: boolean): { selections: string[]; execCommand: ReturnType<typeof vi.fn> } {
  const selections: string[] = [];
  const execCommand = vi.fn((_command: string) => {
    const selection = window.getSelection();
    const holder = document.createElement('div');
    if (selection !== null && selection.rangeCount > 0) holder.append(selection.getRangeAt(0).cloneContents());
    selections.push(holder.innerHTML);
    return answer;
  });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
  onTestFinished(() => {
    Reflect.deleteProperty(document, 'execCommand');
  });
  return { selections, execCommand };
}

beforeAll(async () => {
  // The header loads these lazily for someone signed in. Loaded here first, a test that ends as
  // soon as its page shows does not leave them loading, to land in the next test outside act().
  await Promise.all([import('../updates/nav-count'), import('../auth/idle-warning')]);
});

beforeEach(async () => {
  await startTestApi({ accounts: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Sprint Notes archive', () => {
  it('lists the published issues with what they cover and the feed, and offers a visitor nothing to compose', async () => {
    await addDraft();
    renderRoute('/sprint-notes');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprint Notes' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Sprint Notes' })).toHaveAttribute('aria-current', 'page');
    const published = screen.getByRole('region', { name: 'Published issues' });
    const items = within(published).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Sprint Notes #46Covering 17 March to 11 May 2022']);
    expect(within(published).getByRole('link', { name: 'Sprint Notes #46' })).toHaveAttribute('href', '/sprint-notes/46');
    // A plain link, so the browser loads the feed from the server rather than the app routing to it.
    const feed = screen.getByRole('link', { name: 'Subscribe with a feed reader' });
    expect(feed).toHaveAttribute('href', '/sprint-notes/feed.atom');
    expect(document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/sprint-notes/feed.atom');
    expect(screen.queryByRole('link', { name: 'Start a new issue' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Drafts' })).not.toBeInTheDocument();
    expect(screen.queryByText('Sprint Notes #47')).not.toBeInTheDocument();
  });

  it('gives engagement staff their drafts, to compose, and a way to start the next issue', async () => {
    await addDraft();
    await signInAs('engagement@demo.test');
    renderRoute('/sprint-notes');

    const drafts = await screen.findByRole('region', { name: 'Drafts' });
    expect(within(drafts).getByRole('link', { name: 'Sprint Notes #47' })).toHaveAttribute('href', '/sprint-notes/47/compose');
    expect(within(drafts).getByText(/Covering 12 to 25 May 2022/)).toBeInTheDocument();
    expect(within(drafts).getByRole('link', { name: 'Read the draft of Sprint Notes #47' })).toHaveAttribute('href', '/sprint-notes/47');
    expect(screen.getByRole('link', { name: 'Start a new issue' })).toHaveAttribute('href', '/sprint-notes/new');
    const published = screen.getByRole('region', { name: 'Published issues' });
    expect(within(published).getAllByRole('link').map((link) => link.textContent)).toEqual(['Sprint Notes #46']);
  });

  it('does not offer council staff the drafts or a new issue', async () => {
    await addDraft();
    await signInAs('rugby@demo.test');
    renderRoute('/sprint-notes');

    await screen.findByRole('heading', { level: 1, name: 'Sprint Notes' });
    expect(screen.queryByRole('region', { name: 'Drafts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start a new issue' })).not.toBeInTheDocument();
  });

  it('says so when no issue has been published yet', async () => {
    await testApiDatabase().updateTable('sprintNotes').set({ status: 'draft' }).execute();
    renderRoute('/sprint-notes');

    const published = await screen.findByRole('region', { name: 'Published issues' });
    expect(within(published).getByText('No issues have been published yet')).toBeInTheDocument();
    expect(within(published).queryByRole('list')).not.toBeInTheDocument();
  });
});

describe('an issue of Sprint Notes', () => {
  it('reads as the newsletter: its title, what it covers, its sections and under them its projects', async () => {
    renderRoute('/sprint-notes/46');

    const title = await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #46' });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([title]);
    // The title is set in an effect, which may run a moment after the heading is drawn.
    await waitFor(() => expect(document.title).toBe('Sprint Notes #46 – Local Digital Portfolio'));
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'News from the team',
      'News from our funded projects',
      'Export',
    ]);
    const projects = within(main).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(projects.slice(0, 4)).toEqual([
      'We held our first regional roadshow in Newcastle',
      'We delivered a training programme on digital transformation',
      'More blog posts you might have missed',
      'We were joined by a new team member',
    ]);
    expect(projects).toContain('Data Exchange with VCS (Camden and Bedfordshire Councils)');
    expect(projects).toContain('Task Management for Neighbourhood Planning Services (Colchester)');
    expect(projects).toHaveLength(19);
    // The coverage line opens the document, right under the title.
    const firstParagraph = document.querySelector('.app-sprint-notes-document p');
    expect(firstParagraph).toHaveTextContent('Covering 17 March to 11 May 2022');
    expect(screen.getByText('That’s it for this sprint, thanks for reading! For the daily download on all things #LocalDigital, be sure to follow us on Twitter.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Correct this issue' })).not.toBeInTheDocument();
    expect(screen.queryByText('Draft')).not.toBeInTheDocument();
  });

  it('says when and where else it was published, once known', async () => {
    await testApiDatabase()
      .updateTable('sprintNotes')
      .set({ publishedOn: '2022-05-12', publishedUrl: 'https://medium.com/local-digital/sprint-notes-46' })
      .where('number', '=', 46)
      .execute();
    renderRoute('/sprint-notes/46');

    expect(await screen.findByText('Published')).toHaveTextContent('Published 12 May 2022');
    expect(screen.getByRole('link', { name: 'https://medium.com/local-digital/sprint-notes-46' })).toHaveAttribute(
      'href',
      'https://medium.com/local-digital/sprint-notes-46',
    );
    expect(screen.getByText(/^Also published at/)).toBeInTheDocument();
  });

  it('offers those who compose a correction of a published issue', async () => {
    await signInAs('manager@demo.test');
    renderRoute('/sprint-notes/46');

    expect(await screen.findByRole('link', { name: 'Correct this issue' })).toHaveAttribute('href', '/sprint-notes/46/compose');
  });

  it('shows engagement staff a draft as a draft, with a way back to composing it', async () => {
    await addDraft();
    await signInAs('engagement@demo.test');
    renderRoute('/sprint-notes/47');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #47' })).toBeInTheDocument();
    expect(screen.getByText('Draft')).toHaveClass('govuk-tag');
    expect(screen.getByRole('link', { name: 'Continue composing' })).toHaveAttribute('href', '/sprint-notes/47/compose');
    expect(screen.getByText('Welcome to our Sprint Notes!')).toBeInTheDocument();
  });

  it('is not found by council staff while it is a draft', async () => {
    await addDraft();
    await signInAs('rugby@demo.test');
    renderRoute('/sprint-notes/47');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByText('Welcome to our Sprint Notes!')).not.toBeInTheDocument();
  });

  it('asks someone not signed in to sign in for a draft, since they may be composing it', async () => {
    await addDraft();
    const { router } = renderRoute('/sprint-notes/47');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?returnTo=%2Fsprint-notes%2F47');
    expect(screen.queryByText('Welcome to our Sprint Notes!')).not.toBeInTheDocument();
  });

  it('is not found at an address that is not an issue number', async () => {
    renderRoute('/sprint-notes/046');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('exporting an issue', () => {
  it('copies it for Medium or email as HTML with a plain text version, and says so', async () => {
    vi.stubGlobal('ClipboardItem', RecordedClipboardItem);
    const { user } = renderRoute('/sprint-notes/46');
    await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #46' });
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue(undefined);

    await user.click(screen.getByRole('button', { name: 'Copy for Medium or email' }));

    const confirmation = await screen.findByText('Copied. Paste it into Medium or an email.');
    // Announced as well as shown.
    expect(confirmation.closest('[role="status"]')).not.toBeNull();
    expect(write).toHaveBeenCalledTimes(1);
    const [item] = write.mock.calls[0]?.[0] ?? [];
    if (!(item instanceof RecordedClipboardItem)) throw new Error('Not a clipboard item');
    expect(item.types).toEqual(['text/html', 'text/plain']);
    const html = await (await item.getType('text/html')).text();
    expect(html).toContain('<h2>Sprint Notes #46</h2>');
    expect(html).toContain('<h3>Data Exchange with VCS (Camden and Bedfordshire Councils)</h3>');
    const text = await (await item.getType('text/plain')).text();
    expect(text.startsWith('## Sprint Notes #46\n\nCovering 17 March to 11 May 2022\n')).toBe(true);
  });

  it('copies it by selecting a rendered copy where the browser has no ClipboardItem', async () => {
    const { selections, execCommand } = stubExecCommand(true);
    const { user } = renderRoute('/sprint-notes/46');
    await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #46' });
    const button = screen.getByRole('button', { name: 'Copy for Medium or email' });

    await user.click(button);

    expect(await screen.findByText('Copied. Paste it into Medium or an email.')).toBeInTheDocument();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(selections).toHaveLength(1);
    expect(selections[0]).toContain('<h2>Sprint Notes #46</h2>');
    expect(selections[0]).toContain('<h3>Data Exchange with VCS (Camden and Bedfordshire Councils)</h3>');
    // The copy was only there to be selected; focus stays where the person was.
    expect(screen.queryByRole('heading', { level: 2, name: 'Sprint Notes #46', hidden: true })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('says when the browser will not copy at all, and offers the file instead', async () => {
    stubExecCommand(false);
    const { user } = renderRoute('/sprint-notes/46');
    await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #46' });

    await user.click(screen.getByRole('button', { name: 'Copy for Medium or email' }));

    const failed = await screen.findByText(/^Your browser did not let us copy the issue\./);
    expect(within(failed).getByRole('link', { name: 'Download it as HTML' })).toHaveAttribute('href', '/api/sprint-notes/46/export.html');
    expect(screen.queryByText('Copied. Paste it into Medium or an email.')).not.toBeInTheDocument();
  });

  it('copies it as Markdown, opening with its title', async () => {
    const { user } = renderRoute('/sprint-notes/46');
    await screen.findByRole('heading', { level: 1, name: 'Sprint Notes #46' });

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));

    expect(await screen.findByText('Copied as Markdown. Paste it wherever Markdown is read.')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith('## Sprint Notes #46\n\nCovering 17 March to 11 May 2022\n')).toBe(true);
    expect(copied).toContain('\n### Data Exchange with VCS (Camden and Bedfordshire Councils)\n');
  });

  it('offers the Markdown and HTML files to download, and printing', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderRoute('/sprint-notes/46');
    const exports = await screen.findByRole('region', { name: 'Export' });

    expect(within(exports).getByRole('link', { name: 'Download Markdown' })).toHaveAttribute('href', '/api/sprint-notes/46/export.md');
    expect(within(exports).getByRole('link', { name: 'Download Markdown' })).toHaveAttribute('download', 'sprint-notes-46.md');
    expect(within(exports).getByRole('link', { name: 'Download HTML' })).toHaveAttribute('href', '/api/sprint-notes/46/export.html');
    expect(within(exports).getByRole('link', { name: 'Download HTML' })).toHaveAttribute('download', 'sprint-notes-46.html');
    await user.click(within(exports).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('starting a new issue', () => {
  it('offers the fortnight after the latest issue, refuses a day that does not exist, and opens the new issue in the composer', async () => {
    await signInAs('engagement@demo.test');
    const { user, router } = renderRoute('/sprint-notes/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'Start a new issue' })).toBeInTheDocument();
    const from = screen.getByRole('group', { name: 'Covers from' });
    const to = screen.getByRole('group', { name: 'Covers to' });
    expect(within(from).getByRole('textbox', { name: 'Day' })).toHaveValue('12');
    expect(within(from).getByRole('textbox', { name: 'Month' })).toHaveValue('5');
    expect(within(from).getByRole('textbox', { name: 'Year' })).toHaveValue('2022');
    expect(within(to).getByRole('textbox', { name: 'Day' })).toHaveValue('25');
    expect(within(to).getByRole('textbox', { name: 'Month' })).toHaveValue('5');
    expect(within(to).getByRole('textbox', { name: 'Year' })).toHaveValue('2022');

    await user.clear(within(from).getByRole('textbox', { name: 'Day' }));
    await user.type(within(from).getByRole('textbox', { name: 'Day' }), '31');
    await user.clear(within(from).getByRole('textbox', { name: 'Month' }));
    await user.type(within(from).getByRole('textbox', { name: 'Month' }), '2');
    await user.click(screen.getByRole('button', { name: 'Start the issue' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a real date' })).toHaveAttribute('href', '#covers-from-day');
    expect(from).toHaveAccessibleDescription(/Error: Enter a real date/);
    await waitFor(() => expect(document.title).toBe('Error: Start a new issue – Local Digital Portfolio'));
    expect(within(from).getByRole('textbox', { name: 'Day' })).toHaveValue('31');

    await user.clear(within(from).getByRole('textbox', { name: 'Day' }));
    await user.type(within(from).getByRole('textbox', { name: 'Day' }), '12');
    await user.clear(within(from).getByRole('textbox', { name: 'Month' }));
    await user.type(within(from).getByRole('textbox', { name: 'Month' }), '5');
    await user.click(screen.getByRole('button', { name: 'Start the issue' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sprint-notes/47/compose'));
    const created = await testApiDatabase().selectFrom('sprintNotes').select(['number', 'status', 'coversFrom', 'coversTo']).where('number', '=', 47).execute();
    expect(created).toEqual([{ number: 47, status: 'draft', coversFrom: '2022-05-12', coversTo: '2022-05-25' }]);
  });

  it('says a period must not end before it starts', async () => {
    await signInAs('manager@demo.test');
    const { user } = renderRoute('/sprint-notes/new');
    const to = await screen.findByRole('group', { name: 'Covers to' });

    await user.clear(within(to).getByRole('textbox', { name: 'Day' }));
    await user.type(within(to).getByRole('textbox', { name: 'Day' }), '1');
    await user.click(screen.getByRole('button', { name: 'Start the issue' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The period must end on or after the day it starts' })).toHaveAttribute('href', '#covers-to-day');
  });

  it('is refused to council staff', async () => {
    await signInAs('rugby@demo.test');
    renderRoute('/sprint-notes/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeInTheDocument();
  });
});
