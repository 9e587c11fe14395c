// Prints jest's totals as the plain line "N passed, N failed" (read by CI) and keeps it in .jest-summary.
const { writeFileSync } = require("node:fs");
const path = require("node:path");

class SummaryReporter {
    onRunComplete(_contexts, results) {
        const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
        const line = `${results.numPassedTests} passed, ${failed} failed`;
        writeFileSync(path.join(__dirname, "..", "..", ".jest-summary"), line + "\n");
        // Skipped tests (the fuzz suite runs over bolt:// only) on a line of their own, so the counted line stays plain.
        if (results.numPendingTests) process.stdout.write(`\n${results.numPendingTests} skipped`);
        process.stdout.write(`\n${line}\n`);
    }
}

module.exports = SummaryReporter;
