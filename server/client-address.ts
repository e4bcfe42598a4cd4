import type { HttpBindings } from '@hono/node-server';

/**
 * The address sign-in throttling counts failures against. Behind a trusted proxy it is the
 * last address in X-Forwarded-For, the one the proxy appended (anything before it came from the
 * client and could be made up afresh for every guess); otherwise the socket's, which a client cannot forge.
 */
export function clientAddressResolver(trustProxy: boolean) {
  return (request: Request, env: unknown): string => {
    if (trustProxy) {
      const forwarded = request.headers.get('X-Forwarded-For')?.split(',').at(-1)?.trim();
      if (forwarded !== undefined && forwarded !== '') return forwarded;
    }
    const bindings = env as Partial<HttpBindings> | undefined;
    return bindings?.incoming?.socket.remoteAddress ?? 'unknown';
  };
}
