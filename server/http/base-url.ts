/** Whether people reach the app over HTTPS: the configured public address decides, else the request itself. */
export function servedOverHttps(requestUrl: string, publicUrl: string | undefined): boolean {
  return (publicUrl ?? requestUrl).startsWith('https:');
}

/** Where people reach the app: the configured public address, or else the one this request came to. */
export function baseUrlOf(requestUrl: string, publicUrl: string | undefined): string {
  return (publicUrl ?? new URL(requestUrl).origin).replace(/\/$/, '');
}
