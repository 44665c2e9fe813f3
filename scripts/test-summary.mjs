// Prints one closing line, "ci: N passed, M failed", from vitest JSON reports, and fails when a report
// is missing, when any test failed or was skipped, or when a suite ran no test at all.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let problems = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    problems.push(`${file} missing (that suite did not run)`);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numTotalTests === 0) problems.push(`${file}: no tests ran`);
  const skipped = r.numPendingTests + r.numTodoTests;
  if (skipped) problems.push(`${file}: ${skipped} skipped/todo tests`);
}
for (const p of problems) console.error(`ci: ${p}`);
console.log(`ci: ${passed} passed, ${failed} failed`);
process.exit(failed || problems.length ? 1 : 0);
