import type { Reporter, TestModule } from 'vitest/node';

/** Prints the closing line CI recognises in any language: "N passed, N failed, N skipped". */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let moduleFailures = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') moduleFailures += 1;
        else skipped += 1;
      }
      // A file that failed to load has no failed tests of its own; count it once.
      if (moduleFailures === 0 && testModule.state() === 'failed') moduleFailures = 1;
      failed += moduleFailures;
    }
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
