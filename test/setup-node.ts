import { format } from 'node:util';
import { afterAll, afterEach, beforeAll } from 'vitest';

// An unexpected console.error is a bug the test did not look for: fail the test that caused it.
// A test that means to log replaces console.error with its own mock
// (`vi.spyOn(console, 'error').mockImplementation(...)`), so its calls never reach this recorder,
// and restoreMocks puts the recorder back before the next test. The setup does not use a spy of
// its own because vitest hands a test that spy back from vi.spyOn, and the calls the test expects
// would then count as unexpected.
const original = console.error;
const unexpected: string[] = [];

beforeAll(() => {
  console.error = (...args: unknown[]) => {
    unexpected.push(format(...args));
    original(...args);
  };
});

afterEach(() => {
  const calls = unexpected.splice(0);
  if (calls.length > 0) throw new Error(`console.error was called unexpectedly: ${calls.join('\n')}`);
});

afterAll(() => {
  console.error = original;
});
