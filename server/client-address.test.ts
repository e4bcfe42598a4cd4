import { describe, expect, it } from 'vitest';
import { clientAddressResolver } from './client-address';

function request(forwardedFor?: string): Request {
  return new Request('http://localhost/api/session', forwardedFor === undefined ? {} : { headers: { 'X-Forwarded-For': forwardedFor } });
}

const socket = { incoming: { socket: { remoteAddress: '10.0.0.2' } } };

describe('clientAddressResolver', () => {
  it('uses the socket’s address unless told to trust a proxy, so a client cannot choose its own', () => {
    const address = clientAddressResolver(false);

    expect(address(request('198.51.100.7'), socket)).toBe('10.0.0.2');
    expect(address(request(), undefined)).toBe('unknown');
  });

  it('behind a trusted proxy, uses the address the proxy saw', () => {
    const address = clientAddressResolver(true);

    expect(address(request('198.51.100.7'), socket)).toBe('198.51.100.7');
    expect(address(request(), socket)).toBe('10.0.0.2');
  });

  it('behind a trusted proxy, ignores addresses the client put in X-Forwarded-For itself', () => {
    const address = clientAddressResolver(true);

    // The proxy appends the address it saw to whatever the client sent; only that last entry is vouched for.
    // Otherwise a client could send a new made-up address with every guess and never meet the per-address limit.
    expect(address(request('203.0.113.1, 198.51.100.7'), socket)).toBe('198.51.100.7');
    expect(address(request('203.0.113.2,198.51.100.7'), socket)).toBe('198.51.100.7');
  });
});
