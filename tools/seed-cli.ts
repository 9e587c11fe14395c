import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { applyDatabaseSchema } from "../src/neo4j/apply-schema";
import { connectDatabase } from "../src/neo4j/connect";
import { loadDemo } from "../seed/load-demo";

/** `npm run seed`: applies constraints and loads the demo organisation (idempotent) into the configured database. */
async function main(): Promise<void> {
    const config = loadConfig();
    const log = createLogger(config.logLevel, "seed");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        await loadDemo(db.driver, db.name, log);
    } finally {
        await db.close();
    }
}

main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
});
