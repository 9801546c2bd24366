// Prints the plain closing line CI reads ("N passed, N failed, N skipped") from Vitest's JSON report.
import { existsSync, readFileSync } from 'node:fs';

const file = 'test-results.json';
if (!existsSync(file)) {
  console.error(`${file} is missing: the test run wrote no JSON report.`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
process.exit(results.numFailedTests === 0 && results.numTotalTests > 0 ? 0 : 1);
