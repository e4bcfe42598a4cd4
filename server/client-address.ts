import type { HttpBindings } from '@hono/node-server';

/**
 * The address sign-in throttling counts failures against. Behind a trusted proxy it is the
 * first address in X-Forwarded-For; otherwise the socket's, which a client cannot forge.
 */
export function clientAddressResolver(trustProxy: boolean) {
  return (request: Request, env: unknown): string => {
    if (trustProxy) {
      const forwarded = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
      if (forwarded !== undefined && forwarded !== '') return forwarded;
    }
    const bindings = env as Partial<HttpBindings> | undefined;
    return bindings?.incoming?.socket.remoteAddress ?? 'unknown';
  };
}
