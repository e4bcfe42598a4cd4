import { describe, expect, it } from 'vitest';
import { idleState } from './session-rules';

const MINUTE = 60_000;

describe('idleState', () => {
  it('is quiet until two minutes before the 30-minute idle limit', () => {
    expect(idleState(0, 27 * MINUTE)).toEqual({ kind: 'active' });
    expect(idleState(0, 28 * MINUTE)).toEqual({ kind: 'warning', secondsLeft: 120 });
    expect(idleState(0, 29 * MINUTE + 30_000)).toEqual({ kind: 'warning', secondsLeft: 30 });
  });

  it('says the session has ended once the limit is reached', () => {
    expect(idleState(0, 30 * MINUTE)).toEqual({ kind: 'expired' });
  });
});
