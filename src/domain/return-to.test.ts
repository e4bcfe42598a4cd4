import { homeFor } from './home-for';
import { safeReturnTo, signInHref } from './return-to';
import type { Session } from './user';

describe('safeReturnTo', () => {
  it.each([
    ['/users', '/users'],
    ['/projects/housing-repairs?tab=1#updates', '/projects/housing-repairs?tab=1#updates'],
    ['/', '/'],
  ])('keeps the path on this site %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/users'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a relative path', 'users'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a tab inside the host part', '/\t/evil.example'],
    ['a newline', '/users\n'],
    ['the sign-in page itself', '/sign-in?returnTo=/users'],
    ['a set-up page', '/setup/abc'],
  ])('goes to the portfolio instead of %s', (_name, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});

describe('signInHref', () => {
  it('remembers where to come back to', () => {
    expect(signInHref('/users?x=1')).toBe('/sign-in?returnTo=%2Fusers%3Fx%3D1');
  });

  it('says when a session has ended', () => {
    expect(signInHref('/users', { sessionEnded: true })).toBe('/sign-in?returnTo=%2Fusers&reason=session-ended');
  });

  it('names a return to the portfolio too, so signing in from it comes back to it rather than to the person’s own home', () => {
    expect(signInHref('/')).toBe('/sign-in?returnTo=%2F');
    expect(signInHref('//evil.example')).toBe('/sign-in?returnTo=%2F');
  });
});

describe('homeFor', () => {
  const session = (organisations: number, allowed: Session['allowed']): Session => ({
    user: {
      id: 1,
      email: 'person@example.gov.uk',
      displayName: 'A Person',
      role: 'council',
      organisations: Array.from({ length: organisations }, (_, index) => ({ slug: `council-${String(index)}`, name: 'A Council', kind: 'council' as const })),
      disabled: false,
      active: true,
    },
    allowed,
  });

  it('takes council staff to their projects, engagement staff to the review queue and managers to the portfolio', () => {
    expect(homeFor(session(1, ['update:write']))).toBe('/your-projects');
    expect(homeFor(session(0, ['update:write', 'update:review', 'sprint-notes:compose']))).toBe('/review');
    expect(homeFor(session(0, ['update:write', 'update:review', 'users:manage']))).toBe('/');
  });
});
