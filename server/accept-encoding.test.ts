import { describe, expect, it } from 'vitest';
import { chooseEncoding, varyOnAcceptEncoding } from './accept-encoding';

describe('chooseEncoding', () => {
  it.each([
    // What browsers send.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    // The client's weights decide; the server's preference only breaks ties.
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['br;q=1.0, gzip ; q=0.9', 'br'],
  ] as const)('answers %j with %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it.each([
    [undefined, 'no header'],
    ['', 'an empty header'],
    ['identity', 'identity alone'],
    ['deflate', 'only codings the server does not have'],
    ['br;q=0, gzip;q=0', 'every coding refused'],
    ['*;q=0', 'everything refused'],
    ['br;q=0.2, gzip;q=0.2, identity;q=0.5', 'identity weighted above the rest'],
    ['br;q=banana', 'a malformed weight'],
  ])('sends it unencoded for %j (%s)', (header, _reason) => {
    expect(chooseEncoding(header)).toBeNull();
  });

  it('chooses only among the encodings the answer has', () => {
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
    expect(chooseEncoding('gzip, br', [])).toBeNull();
  });
});

describe('varyOnAcceptEncoding', () => {
  it('adds Accept-Encoding once', () => {
    expect(varyOnAcceptEncoding(null)).toBe('Accept-Encoding');
    expect(varyOnAcceptEncoding('Origin')).toBe('Origin, Accept-Encoding');
    expect(varyOnAcceptEncoding('origin, accept-encoding')).toBe('origin, accept-encoding');
    expect(varyOnAcceptEncoding('*')).toBe('*');
  });
});
