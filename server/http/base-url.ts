/** Where people reach the app: the configured public address, or else the one this request came to. */
export function baseUrlOf(requestUrl: string, publicUrl: string | undefined): string {
  return (publicUrl ?? new URL(requestUrl).origin).replace(/\/$/, '');
}
