// Prints jest's totals as the plain line "N passed, N failed" (read by CI) and keeps it in .jest-summary.
const { writeFileSync } = require("node:fs");
const path = require("node:path");

/** Why suites were skipped: the text in "(skipped: ...)" of a skipped test's describe titles. */
function skipReasons(results) {
    const reasons = new Set();
    for (const suite of results.testResults) {
        for (const test of suite.testResults) {
            if (test.status !== "pending") continue;
            for (const title of test.ancestorTitles) {
                const match = /\(skipped: (.*)\)$/.exec(title);
                if (match) reasons.add(match[1]);
            }
        }
    }
    return [...reasons];
}

class SummaryReporter {
    onRunComplete(_contexts, results) {
        const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
        const line = `${results.numPassedTests} passed, ${failed} failed`;
        writeFileSync(path.join(__dirname, "..", "..", ".jest-summary"), line + "\n");
        // The slowest suites, to see where CI's time goes.
        const slowest = results.testResults
            .map((suite) => ({
                file: path.relative(path.join(__dirname, "..", ".."), suite.testFilePath),
                seconds: (suite.perfStats.end - suite.perfStats.start) / 1000,
            }))
            .sort((a, b) => b.seconds - a.seconds)
            .slice(0, 12);
        if (slowest.length) process.stdout.write(`\nslowest suites: ${slowest.map((s) => `${s.file} ${s.seconds.toFixed(0)} s`).join(", ")}\n`);
        // Skipped tests (full-data suites without the downloads) on a line of
        // its own with the reasons, so the counted line stays plain.
        if (results.numPendingTests) {
            const reasons = skipReasons(results);
            process.stdout.write(`\n${results.numPendingTests} skipped${reasons.length ? `: ${reasons.join("; ")}` : ""}`);
        }
        process.stdout.write(`\n${line}\n`);
    }
}

module.exports = SummaryReporter;
