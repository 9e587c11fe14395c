import { existsSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
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
import { refreshEmbeddings } from "../refresh-embeddings";
import { UsageError, existingDir, intFlag, noExtraArguments, outputFile, parseFlags, runCli } from "../cli-flags";

const USAGE = `usage: npm run import -- esco|onet <folder> [options]

  esco <folder>          an ESCO v1.1.x CSV download, English (e.g. ../shared/data/esco-1.1.1)
  onet <folder>          O*NET 29.x text files (e.g. ../shared/data/onet-29.3); import ESCO first to get the crosswalk

options:
  --rejects <file>       where to list rejected rows (default: rejected-rows-<taxonomy>.csv)
  --batch-size <n>       rows per transaction, 1 to 100000 (default 5000)
  --essential-level <n>  with esco: level required by an essential requirement, 1 to 5 (default 3)
  --optional-level <n>   with esco: level required by an optional requirement, 1 to 5 (default 2)
  --crosswalks <folder>  with onet: the crosswalk files (default: <folder>/../crosswalks)
  --restart              start over instead of resuming an interrupted run`;

const TAXONOMIES = { esco: "ESCO v1.1.x CSV download, e.g. ../shared/data/esco-1.1.1", onet: "O*NET 29.x text files, e.g. ../shared/data/onet-29.3" } as const;
const BATCH_SIZE = { min: 1, max: 100_000, default: 5000, unit: "rows per transaction" } as const;
const level = (fallback: number) => ({ min: 1, max: 5, default: fallback }) as const;

export interface ImportArgs {
    readonly taxonomy: keyof typeof TAXONOMIES;
    /** Absolute paths, checked to exist (the rejects file is created). */
    readonly folder: string;
    /** Set with onet only. */
    readonly crosswalks: string | undefined;
    readonly rejectsFile: string;
    readonly batchSize: number;
    readonly levels: { readonly essential: number; readonly optional: number };
    readonly restart: boolean;
}

/** Reads and checks the arguments and every flag before anything connects or writes. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
    const { values, positionals } = parseFlags(
        argv,
        {
            rejects: { type: "string" },
            "batch-size": { type: "string" },
            "essential-level": { type: "string" },
            "optional-level": { type: "string" },
            crosswalks: { type: "string" },
            restart: { type: "boolean", default: false },
        },
        { positionals: true },
    );
    const [taxonomy, folder] = positionals;
    if (taxonomy === undefined) throw new UsageError("the taxonomy", "is missing", "use esco or onet, then the download's folder");
    if (taxonomy !== "esco" && taxonomy !== "onet") throw new UsageError("the taxonomy", `is "${taxonomy}"`, "use esco or onet");
    const download = `give the folder of the ${TAXONOMIES[taxonomy]}`;
    if (folder === undefined) throw new UsageError("the folder", "is missing", download);
    noExtraArguments(positionals, 2, "the taxonomy and the folder");
    const dir = existingDir("the folder", folder, download);
    // A flag the other taxonomy's import would silently ignore is refused.
    const otherFlags: Record<string, string | undefined> =
        taxonomy === "esco"
            ? { "--crosswalks": values.crosswalks }
            : { "--essential-level": values["essential-level"], "--optional-level": values["optional-level"] };
    const ignored = Object.keys(otherFlags).find((flag) => otherFlags[flag] !== undefined);
    if (ignored) throw new UsageError(ignored, `is given with ${taxonomy}`, `use it with ${taxonomy === "esco" ? "onet" : "esco"} only`);
    return {
        taxonomy,
        folder: dir,
        crosswalks: taxonomy === "onet" ? crosswalkDir(values.crosswalks, dir) : undefined,
        rejectsFile: outputFile(
            "--rejects",
            values.rejects ?? `rejected-rows-${taxonomy}.csv`,
            "give the file to list rejected rows in (its folder is created)",
        ),
        batchSize: intFlag(values, "--batch-size", BATCH_SIZE),
        levels: {
            essential: intFlag(values, "--essential-level", level(DEFAULT_ESCO_LEVELS.essential)),
            optional: intFlag(values, "--optional-level", level(DEFAULT_ESCO_LEVELS.optional)),
        },
        restart: values.restart,
    };
}

/** The crosswalk folder, given or the default beside the O*NET folder: checked now, as O*NET cannot be linked without it. */
function crosswalkDir(given: string | undefined, onetDir: string): string {
    const fix = "give the folder holding the ESCO to O*NET crosswalk files";
    if (given !== undefined) return existingDir("--crosswalks", given, fix);
    const fallback = defaultCrosswalkDir(onetDir);
    if (!existsSync(fallback))
        throw new UsageError("--crosswalks", `is not given and its default, ${path.relative(process.cwd(), fallback)}, does not exist`, fix);
    return fallback;
}

async function main(argv: string[]): Promise<void> {
    const { taxonomy, folder: dir, crosswalks, rejectsFile, batchSize, levels, restart } = parseImportArgs(argv);
    const config = loadConfig();
    const log = createLogger(config.logLevel, "import");
    const rejects = new RejectLog(rejectsFile);
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        const options = { driver: db.driver, database: db.name, batchSize, restart, log, showProgress: true };
        const report = taxonomy === "esco" ? await importEsco(dir, levels, rejects, options) : await importOnet(dir, crosswalks!, rejects, options);
        await rejects.close();
        console.log(formatReport(report, rejectsFile));
        log.info(
            {
                taxonomy,
                rowsWritten: report.rowsWritten,
                seconds: report.seconds,
                rowsPerSecond: report.rowsPerSecond,
                rejected: report.rejected,
                ok: report.ok,
            },
            "import finished",
        );
        if (!report.ok) process.exitCode = 1;
        else await refreshEmbeddings({ driver: db.driver, database: db.name }, config, log);
    } finally {
        await rejects.close();
        await db.close();
    }
}

// Any other failure is a bug: its stack is printed.
if (require.main === module) void runCli(main, USAGE, { expected: [ImportFileError, Neo4jConnectError, LocalNeo4jError] });
