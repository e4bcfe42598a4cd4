import { safeReturnTo, signInHref } from './return-to';

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

  it('leaves out a return to the portfolio, where signing in goes anyway', () => {
    expect(signInHref('/')).toBe('/sign-in');
    expect(signInHref('//evil.example')).toBe('/sign-in');
  });
});
