import { screen, within } from '@testing-library/react';
import { server, signInAs, startTestApi, testApiDatabase } from '../../mocks/node';
import { renderRoute } from '../../test/render-route';

interface Answer {
  path: string;
  status: number;
}

/**
 * Every API answer the app receives while the test runs. Browsers log any 4xx or 5xx answer as an
 * error in the console, so a page that gets one on load looks broken to anyone who opens the
 * developer tools, and hides the errors that matter.
 */
function recordAnswers(): Answer[] {
  const answers: Answer[] = [];
  const listener = ({ request, response }: { request: Request; response: Response }) => {
    answers.push({ path: new URL(request.url).pathname, status: response.status });
  };
  server.events.on('response:mocked', listener);
  onTestFinished(() => server.events.removeListener('response:mocked', listener));
  return answers;
}

/** Once the header offers "Sign in", the app has its answer to who is signed in, and the page has loaded. */
async function loaded(heading: string): Promise<void> {
  await screen.findByRole('heading', { level: 1, name: heading });
  const header = screen.getByRole('region', { name: 'Service information' });
  if (heading !== 'Sign in') await within(header).findByRole('link', { name: 'Sign in' });
}

describe('an anonymous visitor', () => {
  it.each([
    ['the portfolio', '/', 'Portfolio'],
    ['a project', '/projects/digital-waste-service', 'Digital Waste Service'],
    ['the organisations', '/organisations', 'Organisations'],
    ['an organisation', '/organisations/rugby-borough-council', 'Rugby Borough Council'],
    ['Sprint Notes', '/sprint-notes', 'Sprint Notes'],
    ['an issue of Sprint Notes', '/sprint-notes/46', 'Sprint Notes #46'],
    ['the sign-in page', '/sign-in', 'Sign in'],
    ['the accessibility statement', '/accessibility', 'Accessibility statement'],
    // A page for signed-in people sends a visitor to sign in, without being refused on the way.
    ['the users page', '/users', 'Sign in'],
  ])('opens %s without the API refusing any request', async (_page, url, heading) => {
    const answers = recordAnswers();

    renderRoute(url);
    await loaded(heading);

    expect(answers).toContainEqual({ path: '/api/session', status: 200 });
    expect(answers.filter((answer) => answer.status >= 400)).toEqual([]);
  });

  it('opens a page without a refusal after their session has ended, though the browser still sends its cookie', async () => {
    await startTestApi({ accounts: true });
    await signInAs('rugby@demo.test');
    // As the server does after 30 idle minutes.
    await testApiDatabase().deleteFrom('sessions').execute();
    const answers = recordAnswers();

    renderRoute('/projects/digital-waste-service');
    await loaded('Digital Waste Service');

    expect(answers).toContainEqual({ path: '/api/session', status: 200 });
    expect(answers.filter((answer) => answer.status >= 400)).toEqual([]);
  });
});
