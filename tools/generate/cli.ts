import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { connectDatabase } from "../../src/neo4j/connect";
import { DEFAULT_WORKFORCE, generateWorkforce, recordWorkforceReport } from "./load-workforce";

const USAGE = `usage: npm run generate -- [--people 100000] [--courses 10000] [--credentials 2000] [--teams 500] [--seed 42] [--batch-size 1000]
Generates a synthetic workforce on the ESCO taxonomy already imported (npm run import -- esco <folder>).`;

function positive(value: string | undefined, fallback: number, option: string): number {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${option} is "${value}": use a whole number of 1 or more`);
    return n;
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            people: { type: "string" },
            courses: { type: "string" },
            credentials: { type: "string" },
            teams: { type: "string" },
            seed: { type: "string" },
            "batch-size": { type: "string" },
            help: { type: "boolean", default: false },
        },
    });
    if (values.help) {
        console.log(USAGE);
        return;
    }
    const options = {
        people: positive(values.people, DEFAULT_WORKFORCE.people, "--people"),
        courses: positive(values.courses, DEFAULT_WORKFORCE.courses, "--courses"),
        credentials: positive(values.credentials, DEFAULT_WORKFORCE.credentials, "--credentials"),
        teams: positive(values.teams, DEFAULT_WORKFORCE.teams, "--teams"),
        seed: positive(values.seed, DEFAULT_WORKFORCE.seed, "--seed"),
    };
    const config = loadConfig();
    const log = createLogger(config.logLevel, "generate");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        const report = await generateWorkforce(db.driver, db.name, options, positive(values["batch-size"], 1000, "--batch-size"), log);
        recordWorkforceReport(report);
        console.log(
            `\n${report.people} people: ${report.nodes} nodes and ${report.relationships} relationships in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond} nodes+relationships/s)`,
        );
    } finally {
        await db.close();
    }
}

main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 1;
});
