import '@testing-library/jest-dom/vitest';
import { format } from 'node:util';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server, startTestApi, stopTestApi } from '../mocks/node';
import { TEST_TODAY } from './test-content';

// A page of 50 cards takes jsdom over a second to draw on a busy two-core machine; the default
// one-second wait for it would fail tests for the machine's sake, not the app's.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out, so there is nowhere to scroll; ScrollRestoration calls this on every
// navigation and jsdom would report it as not implemented.
window.scrollTo = () => undefined;
// Nor can it scroll an element into view, as the error summary does for the field a link names.
Element.prototype.scrollIntoView = () => undefined;

// An unexpected console.error is a bug the test did not look for: fail the test that caused it.
// A test that expects one replaces console.error with its own mock
// (`vi.spyOn(console, 'error').mockImplementation(...)`) and checks the calls itself; its calls never
// reach this recorder, and restoreMocks puts the recorder back before the next test. This is not
// a spy, because vitest would hand that same spy to the test and its expected calls would count here.
const originalConsoleError = console.error;
const unexpectedErrors: string[] = [];

beforeAll(() => {
  console.error = (...args: unknown[]) => {
    unexpectedErrors.push(format(...args));
    originalConsoleError(...args);
  };
  // A request no handler knows is a test talking to something other than the API: say so loudly.
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(async () => {
  // Each test gets its own seeded database (about 20 ms), so one test's writes never leak into another.
  await startTestApi();
  // The API's clock is pinned to TEST_TODAY and the app reads the same day for phase progress,
  // so pin Date alone. Timers stay real: nothing in these tests waits on the clock.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${TEST_TODAY}T12:00:00Z`) });
});

afterEach(async () => {
  // Unmount first, so nothing still on screen asks an API that is about to go away.
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
  await stopTestApi();
  const errors = unexpectedErrors.splice(0);
  if (errors.length > 0) throw new Error(`console.error was called unexpectedly: ${errors.join('\n')}`);
});

afterAll(() => {
  server.close();
  console.error = originalConsoleError;
});
