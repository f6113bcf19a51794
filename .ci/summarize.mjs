// Prints the plain `N passed, N failed` line CI reads, from vitest's JSON report.
import { readFileSync } from "node:fs";

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.log(`0 passed, 1 failed (no vitest report at ${file}: ${error.message})`);
  process.exit(1);
}
const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = report;
const skipped = numPendingTests + numTodoTests;
console.log(`${numPassedTests} passed, ${numFailedTests} failed`);
// On a line of its own, so the line above stays exactly what CI reads.
if (skipped) console.log(`${skipped} skipped`);
process.exit(numFailedTests > 0 || numPassedTests === 0 ? 1 : 0);
