import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { applyDatabaseSchema } from "../src/neo4j/apply-schema";
import { connectDatabase } from "../src/neo4j/connect";
import { loadDemo } from "../seed/load-demo";
import { parseFlags, runCli } from "./cli-flags";
import { embedSkills } from "./embed-skills";

const USAGE = `usage: npm run seed
Applies the constraints, loads the demo organisation (idempotent) into the configured database and embeds its skills
(SKILLGRAPH_EMBEDDINGS=off skips that); takes no arguments.`;

/** The command takes no arguments: any is refused rather than ignored. */
export function parseSeedArgs(argv: readonly string[]): void {
    parseFlags(argv, {});
}

/** `npm run seed`: applies constraints and loads the demo organisation (idempotent) into the configured database. */
async function main(argv: string[]): Promise<void> {
    parseSeedArgs(argv);
    const config = loadConfig();
    const log = createLogger(config.logLevel, "seed");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        await loadDemo(db.driver, db.name, log);
        await embedSkills({ driver: db.driver, database: db.name }, config, log);
    } finally {
        await db.close();
    }
}

if (require.main === module) void runCli(main, USAGE);
