/** What the portfolio page is told after someone signs out, so it can say so. */
export interface SignedOutState {
  signedOut: true;
}

export function isSignedOutState(state: unknown): state is SignedOutState {
  return typeof state === 'object' && state !== null && 'signedOut' in state && state.signedOut === true;
}
