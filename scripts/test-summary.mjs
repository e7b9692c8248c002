// Sums the JSON reports of every test runner into one line: "N passed, N failed".
// A runner that did not get to write its report counts as one failure, so a
// crash can never read as a pass.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.ci-results';
const runners = {
  'vitest.json': (report) => ({
    passed: report.numPassedTests,
    failed:
      report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0),
  }),
  'playwright.json': (report) => ({
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (report.errors?.length ?? 0),
  }),
};

let passed = 0;
let failed = 0;
for (const [file, count] of Object.entries(runners)) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    console.error(`${file}: no report (the runner did not finish)`);
    failed += 1;
    continue;
  }
  const result = count(JSON.parse(readFileSync(path, 'utf8')));
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
