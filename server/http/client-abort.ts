/**
 * The errors reading a request body gives when the client goes away before sending all of it:
 * Node's own ('aborted', code ECONNRESET), or @hono/node-server's when the body was asked for
 * after the connection had closed. Matched on both code and message, because a database
 * connection that resets also says ECONNRESET, and that one is a fault to report.
 */
export function isClientAbort(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error ? error.code : undefined;
  return (code === 'ECONNRESET' && error.message === 'aborted') || error.message === 'Client connection prematurely closed.';
}
