import { afterEach, vi } from 'vitest';

// An unexpected console.error is a bug the test did not look for: fail the test that caused it.
afterEach(() => {
  const spy = vi.mocked(console.error);
  if (vi.isMockFunction(spy) && spy.mock.calls.length > 0) {
    throw new Error(`console.error was called: ${String(spy.mock.calls[0]?.[0])}`);
  }
});

beforeEach(() => {
  vi.spyOn(console, 'error');
});
