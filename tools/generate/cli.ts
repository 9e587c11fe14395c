import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { connectDatabase } from "../../src/neo4j/connect";
import { DEFAULT_WORKFORCE, generateWorkforce, recordWorkforceReport } from "./load-workforce";
import type { WorkforceOptions } from "../../seed/generate/workforce";
import { intFlag, parseFlags, runCli } from "../cli-flags";

// Upper bounds keep a typo (a zero too many) from running for hours: credentials are linked into stacks in quadratic time.
const PEOPLE = { min: 1, max: 1_000_000, default: DEFAULT_WORKFORCE.people, unit: "people" } as const;
const COURSES = { min: 1, max: 1_000_000, default: DEFAULT_WORKFORCE.courses, unit: "courses" } as const;
const CREDENTIALS = { min: 1, max: 100_000, default: DEFAULT_WORKFORCE.credentials, unit: "credentials" } as const;
const TEAMS = { min: 1, max: 100_000, default: DEFAULT_WORKFORCE.teams, unit: "teams" } as const;
// The generator's random source keeps 32 bits of the seed: a larger one would silently repeat a smaller one's graph.
const SEED = { min: 0, max: 2 ** 32 - 1, default: DEFAULT_WORKFORCE.seed } as const;
const BATCH_SIZE = { min: 1, max: 100_000, default: 1000, unit: "rows per transaction" } as const;

const USAGE = `usage: npm run generate -- [--people <n>] [--courses <n>] [--credentials <n>] [--teams <n>] [--seed <n>] [--batch-size <n>]
Generates a synthetic workforce on the ESCO taxonomy already imported (npm run import -- esco <folder>).

  --people <n>         ${PEOPLE.min} to ${PEOPLE.max} (default ${PEOPLE.default})
  --courses <n>        ${COURSES.min} to ${COURSES.max} (default ${COURSES.default})
  --credentials <n>    ${CREDENTIALS.min} to ${CREDENTIALS.max} (default ${CREDENTIALS.default})
  --teams <n>          ${TEAMS.min} to ${TEAMS.max} (default ${TEAMS.default})
  --seed <n>           random seed, ${SEED.min} to ${SEED.max} (default ${SEED.default}); the same seed gives the same workforce
  --batch-size <n>     rows per transaction, ${BATCH_SIZE.min} to ${BATCH_SIZE.max} (default ${BATCH_SIZE.default})`;

export interface GenerateArgs {
    readonly workforce: WorkforceOptions;
    readonly batchSize: number;
}

/** Reads and checks every flag before anything connects. */
export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
    const { values } = parseFlags(argv, {
        people: { type: "string" },
        courses: { type: "string" },
        credentials: { type: "string" },
        teams: { type: "string" },
        seed: { type: "string" },
        "batch-size": { type: "string" },
    });
    return {
        workforce: {
            people: intFlag(values, "--people", PEOPLE),
            courses: intFlag(values, "--courses", COURSES),
            credentials: intFlag(values, "--credentials", CREDENTIALS),
            teams: intFlag(values, "--teams", TEAMS),
            seed: intFlag(values, "--seed", SEED),
        },
        batchSize: intFlag(values, "--batch-size", BATCH_SIZE),
    };
}

async function main(argv: string[]): Promise<void> {
    const { workforce: options, batchSize } = parseGenerateArgs(argv);
    const config = loadConfig();
    const log = createLogger(config.logLevel, "generate");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        const report = await generateWorkforce(db.driver, db.name, options, batchSize, log);
        recordWorkforceReport(report);
        console.log(
            `\n${report.people} people: ${report.nodes} nodes and ${report.relationships} relationships in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond} nodes+relationships/s)`,
        );
    } finally {
        await db.close();
    }
}

if (require.main === module) void runCli(main, USAGE);
