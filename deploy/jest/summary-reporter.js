// Prints the plain closing line CI reads, "Summary: N passed, N failed, N skipped", and keeps it in
// .run/summary.txt so `npm test` can repeat it as its very last line after the coverage report.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that fails to load has no failed tests but must still count as a failure.
    const brokenSuites = results.numRuntimeErrorTestSuites;
    const line = `Summary: ${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed, ${skipped} skipped`;
    const dir = path.join(__dirname, '../../.run');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'summary.txt'), `${line}\n`);
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
