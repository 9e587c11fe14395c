import { startOwnDatabase } from "../harness/own-database";
import { describeLoad, runLoad } from "./load";
import { intFlag, parseFlags, runCli } from "../cli-flags";

const SECONDS = { min: 1, max: 86_400, default: 60, unit: "seconds" } as const;
const CONCURRENCY = { min: 1, max: 1000, default: 32, unit: "concurrent clients" } as const;
const WARMUP = { min: 0, max: 86_400, default: 60, unit: "seconds" } as const;

const USAGE = `usage: npm run load -- [--seconds <s>] [--concurrency <n>] [--warmup <s>]

  --seconds <s>        measured seconds, ${SECONDS.min} to ${SECONDS.max} (default ${SECONDS.default})
  --concurrency <n>    concurrent clients, ${CONCURRENCY.min} to ${CONCURRENCY.max} (default ${CONCURRENCY.default})
  --warmup <s>         warm-up seconds before measuring, ${WARMUP.min} to ${WARMUP.max} (default ${WARMUP.default})`;

export interface LoadArgs {
    readonly seconds: number;
    readonly concurrency: number;
    readonly warmupSeconds: number;
}

/** Reads and checks every flag before a database starts. */
export function parseLoadArgs(argv: readonly string[]): LoadArgs {
    const { values } = parseFlags(argv, {
        seconds: { type: "string" },
        concurrency: { type: "string" },
        warmup: { type: "string" },
    });
    return {
        seconds: intFlag(values, "--seconds", SECONDS),
        concurrency: intFlag(values, "--concurrency", CONCURRENCY),
        warmupSeconds: intFlag(values, "--warmup", WARMUP),
    };
}

/**
 * `npm run load -- [--seconds 60] [--concurrency 32] [--warmup 60]`: the full load test. Starts a Neo4j of its own
 * with the demo organisation and the API in its own process, runs the mixed load, prints the figures and fails
 * (exit 1) on any error, on resident memory more than 20% above its value after warm-up, or on an unclean shutdown.
 */
async function main(argv: string[]): Promise<void> {
    const { seconds, concurrency, warmupSeconds } = parseLoadArgs(argv);
    console.error("starting a Neo4j of the load test's own with the demo organisation...");
    const db = await startOwnDatabase("load", { demo: true });
    try {
        const report = await runLoad(db.driver, {
            connection: db.neo4j,
            database: "neo4j",
            seconds,
            warmupSeconds,
            concurrency,
            onProgress: (elapsed, requests, errors) =>
                process.stderr.write(`\r${elapsed} s of ${warmupSeconds + seconds}: ${requests} requests measured, ${errors} errors `),
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

// A failure ends the process even if a child it started (Neo4j, the API) is still running, as this command always did.
if (require.main === module) void runCli(main, USAGE, { forceExit: true });
