import { screen, within } from '@testing-library/react';
import { testApiDatabase } from '../../mocks/node';
import { renderRoute } from '../../test/render-route';
import { DATA_URL, SAFE_BLOG_URL, SAFE_UPDATE_LINK, SCRIPT_URL, storeUnsafeLinks } from '../../test/unsafe-links';

/** Every link on the page whose address is one of the unsafe ones stored. */
function unsafeLinks(): HTMLElement[] {
  return screen.queryAllByRole('link').filter((link) => [SCRIPT_URL, DATA_URL].includes(link.getAttribute('href') ?? ''));
}

describe('links stored that may not be followed', () => {
  beforeEach(async () => {
    await storeUnsafeLinks(testApiDatabase());
  });

  it('leave the project page whole, naming what was linked without linking to it', async () => {
    renderRoute('/projects/digital-waste-service');

    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Waste Service' })).toBeInTheDocument();
    expect(unsafeLinks()).toEqual([]);
    // "Website" and "Code repository" say nothing without a link, so they are left out; the safe blog link stays.
    expect(screen.queryByText('Website')).not.toBeInTheDocument();
    expect(screen.queryByText('Code repository')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', SAFE_BLOG_URL);

    const showAndTells = screen.getByRole('region', { name: 'Show and tells' });
    expect(within(showAndTells).getByRole('heading', { level: 3, name: 'Sprint 7 show and tell' })).toBeInTheDocument();
    expect(within(showAndTells).queryByText(/^(Slides|Recording)/)).not.toBeInTheDocument();

    // An output is still named, as one with no link is (its kind, a tag, has the same words here).
    const outputs = screen.getByRole('region', { name: 'Outputs' });
    expect(within(outputs).getByText('Theory of Change', { selector: 'strong:not(.govuk-tag)' })).toBeInTheDocument();
    expect(within(outputs).queryByRole('link')).not.toBeInTheDocument();
    const events = screen.getByRole('region', { name: 'Talks and events' });
    expect(within(events).getByText('Digital Leaders Week 2022 talk by Mike Connell', { selector: 'strong:not(.govuk-tag)' })).toBeInTheDocument();
    expect(within(events).queryByRole('link')).not.toBeInTheDocument();

    // An update's titled links keep their titles; only the safe one is a link.
    const updates = screen.getByRole('region', { name: 'Updates' });
    expect(within(updates).getByText('Register for Mike’s session')).toBeInTheDocument();
    expect(within(updates).getByText('The talk’s slides')).toBeInTheDocument();
    expect(within(updates).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [SAFE_UPDATE_LINK.title, SAFE_UPDATE_LINK.url],
    ]);
  });

  it('leave the project’s card on the portfolio whole, without its slides or recording links', async () => {
    renderRoute('/');

    const card = await screen.findByRole('article', { name: 'Digital Waste Service' });
    expect(within(card).getByRole('link', { name: 'Sprint 7 show and tell' })).toHaveAttribute(
      'href',
      `/projects/digital-waste-service#show-and-tell-${String(await showAndTellId())}`,
    );
    expect(within(card).queryByText(/\b(slides|recording)\b/)).not.toBeInTheDocument();
    expect(unsafeLinks()).toEqual([]);
  });

  it('leave the leading council’s page whole', async () => {
    renderRoute('/organisations/rugby-borough-council');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rugby Borough Council' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Digital Waste Service' })).toBeInTheDocument();
    expect(unsafeLinks()).toEqual([]);
  });
});

async function showAndTellId(): Promise<number> {
  const { id } = await testApiDatabase().selectFrom('showAndTells').select('id').where('title', '=', 'Sprint 7 show and tell').executeTakeFirstOrThrow();
  return id;
}
