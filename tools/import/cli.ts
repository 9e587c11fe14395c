import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { connectDatabase } from "../../src/neo4j/connect";
import { Neo4jConnectError } from "../../src/neo4j/driver";
import { LocalNeo4jError } from "../../src/neo4j/local/errors";
import { ImportFileError } from "./errors";
import { DEFAULT_ESCO_LEVELS, importEsco } from "./esco/esco-import";
import { formatReport } from "./import-run";
import { importOnet } from "./onet/onet-import";
import { defaultCrosswalkDir } from "./onet/onet-source";
import { RejectLog } from "./rejects";

const USAGE = `usage: npm run import -- esco|onet <folder> [options]

  esco <folder>          an ESCO v1.1.x CSV download, English (e.g. ../shared/data/esco-1.1.1)
  onet <folder>          O*NET 29.x text files (e.g. ../shared/data/onet-29.3); import ESCO first to get the crosswalk

options:
  --rejects <file>       where to list rejected rows (default: rejected-rows-<taxonomy>.csv)
  --batch-size <n>       rows per transaction (default 5000)
  --essential-level <n>  level required by an essential ESCO requirement (default 3)
  --optional-level <n>   level required by an optional ESCO requirement (default 2)
  --crosswalks <folder>  with onet: the crosswalk files (default: <folder>/../crosswalks)
  --restart              start over instead of resuming an interrupted run`;

function level(value: string | undefined, fallback: number, option: string): number {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 5) throw new ConfigError(option, `is "${value}"`, "use a proficiency level from 1 to 5");
    return n;
}

async function main(): Promise<void> {
    const { values, positionals } = parseArgs({
        allowPositionals: true,
        options: {
            rejects: { type: "string" },
            "batch-size": { type: "string" },
            "essential-level": { type: "string" },
            "optional-level": { type: "string" },
            crosswalks: { type: "string" },
            restart: { type: "boolean", default: false },
            help: { type: "boolean", default: false },
        },
    });
    const [taxonomy, folder] = positionals;
    if (values.help || (taxonomy !== "esco" && taxonomy !== "onet") || !folder) {
        console.error(USAGE);
        process.exitCode = values.help ? 0 : 2;
        return;
    }
    const batchSize = Number(values["batch-size"] ?? 5000);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new ConfigError("--batch-size", `is "${values["batch-size"]}"`, "use a whole number of 1 or more");
    const levels = {
        essential: level(values["essential-level"], DEFAULT_ESCO_LEVELS.essential, "--essential-level"),
        optional: level(values["optional-level"], DEFAULT_ESCO_LEVELS.optional, "--optional-level"),
    };

    const config = loadConfig();
    const log = createLogger(config.logLevel, "import");
    const rejectsFile = path.resolve(values.rejects ?? `rejected-rows-${taxonomy}.csv`);
    const rejects = new RejectLog(rejectsFile);
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        const options = { driver: db.driver, database: db.name, batchSize, restart: values.restart ?? false, log, showProgress: true };
        const dir = path.resolve(folder);
        const report =
            taxonomy === "esco"
                ? await importEsco(dir, levels, rejects, options)
                : await importOnet(dir, path.resolve(values.crosswalks ?? defaultCrosswalkDir(dir)), rejects, options);
        await rejects.close();
        console.log(formatReport(report, rejectsFile));
        log.info({ taxonomy, rowsWritten: report.rowsWritten, seconds: report.seconds, rowsPerSecond: report.rowsPerSecond, rejected: report.rejected, ok: report.ok }, "import finished");
        if (!report.ok) process.exitCode = 1;
    } finally {
        await rejects.close();
        await db.close();
    }
}

main().catch((error: unknown) => {
    const known = error instanceof ImportFileError || error instanceof ConfigError || error instanceof Neo4jConnectError || error instanceof LocalNeo4jError;
    console.error(`error: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
});
