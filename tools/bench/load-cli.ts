import { parseArgs } from "node:util";
import { startOwnDatabase } from "../../test/helpers/own-database";
import { describeLoad, runLoad } from "./load";

/**
 * `npm run load -- [--seconds 60] [--concurrency 32] [--warmup 60]`: the full load test. Starts a Neo4j of its own
 * with the demo organisation and the API in its own process, runs the mixed load, prints the figures and fails
 * (exit 1) on any error, on resident memory more than 20% above its value after warm-up, or on an unclean shutdown.
 */
async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            seconds: { type: "string", default: "60" },
            concurrency: { type: "string", default: "32" },
            warmup: { type: "string", default: "60" },
        },
    });
    const seconds = Number(values.seconds);
    const concurrency = Number(values.concurrency);
    const warmupSeconds = Number(values.warmup);
    if (![seconds, concurrency, warmupSeconds].every((n) => Number.isInteger(n) && n >= 0) || seconds === 0 || concurrency === 0) {
        throw new Error("--seconds, --concurrency and --warmup take whole numbers (seconds and concurrency at least 1)");
    }
    console.error("starting a Neo4j of the load test's own with the demo organisation...");
    const db = await startOwnDatabase("load", { demo: true });
    try {
        const report = await runLoad(db.driver, {
            connection: db.neo4j,
            database: "neo4j",
            seconds,
            warmupSeconds,
            concurrency,
            onProgress: (elapsed, requests, errors) => process.stderr.write(`\r${elapsed} s of ${warmupSeconds + seconds}: ${requests} requests measured, ${errors} errors `),
        });
        process.stderr.write("\n");
        console.log(describeLoad(report));
        const failed = report.errors > 0 || report.rssGrowth > 0.2 || report.exitCode !== 0;
        if (failed) console.log("FAILED: errors, memory growth above 20%, or an unclean shutdown");
        process.exitCode = failed ? 1 : 0;
    } finally {
        await db.stop();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? `error: ${error.message}` : error);
    process.exit(1);
});
