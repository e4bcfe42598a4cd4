import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints how many tests passed and failed in each suite (the server suite on SQLite, the same
 * on PostgreSQL, the app), so a run shows that both databases were tested, and how far.
 */
export class ProjectCountsReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = new Map<string, { passed: number; failed: number }>();
    for (const module of testModules) {
      const name = module.project.name || 'default';
      const entry = counts.get(name) ?? { passed: 0, failed: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') entry.passed += 1;
        else if (state === 'failed') entry.failed += 1;
      }
      counts.set(name, entry);
    }
    for (const [name, { passed, failed }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`${name}: ${String(passed)} passed, ${String(failed)} failed`);
    }
  }
}
