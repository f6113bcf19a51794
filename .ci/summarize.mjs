// Prints the plain `N passed, N failed` line CI reads, summed over vitest's JSON reports (one per suite).
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } catch (error) {
    // A suite that wrote no report failed to run at all.
    failed += 1;
    console.log(`no vitest report at ${file}: ${error.message}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
// On a line of its own, so the line above stays exactly what CI reads.
if (skipped) console.log(`${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
