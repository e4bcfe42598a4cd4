/**
 * Addresses come from configuration only (AppDeps.publicUrl). A request's Host header, and any
 * X-Forwarded-* header, is written by the client: a link or an origin built from it could point
 * people at another site.
 */

/** Whether people reach the app over HTTPS: the configured address alone decides. */
export function servedOverHttps(publicUrl: string): boolean {
  return new URL(publicUrl).protocol === 'https:';
}

/** The origin browsers send for the app's own pages: lower-case host, no default port, no path. */
export function originOf(publicUrl: string): string {
  return new URL(publicUrl).origin;
}
