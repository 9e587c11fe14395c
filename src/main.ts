import { Neo4jGraphQL } from "@neo4j/graphql";
import { isDatabaseEmpty, loadDemo } from "../seed/load-demo";
import { resolveAuthSettings } from "./auth/dev-secret";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { applyDatabaseSchema } from "./neo4j/apply-schema";
import { connectDatabase } from "./neo4j/connect";
import { Neo4jConnectError } from "./neo4j/driver";
import { LocalNeo4jError } from "./neo4j/local/errors";
import { buildExecutableSchema, createNeo4jGraphQL } from "./schema/build-schema";
import { PortInUseError, createApp } from "./server/app";

export class IncompatibleDatabaseError extends Error {}

/** @neo4j/graphql 7 needs Neo4j 5.26+ with APOC core (apoc.util.validatePredicate, apoc.date.convertFormat). */
async function checkCompatibility(neoSchema: Neo4jGraphQL, database: string): Promise<void> {
    try {
        await neoSchema.checkNeo4jCompat({ sessionConfig: { database } });
    } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/\s+/g, " ") : String(error);
        throw new IncompatibleDatabaseError(
            `The database cannot serve @neo4j/graphql 7 (${reason}): use Neo4j 5.26 or 2025.x with the APOC core plugin, or unset NEO4J_URI to use the local Neo4j.`,
        );
    }
}

/** `npm start`: database (external or local), compatibility check, constraints, demo data if empty, then serve. */
async function main(): Promise<void> {
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    const bootStarted = Date.now();
    const db = await connectDatabase(config, log);
    let app: Awaited<ReturnType<typeof createApp>> | undefined;
    let stopping = false;
    const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal }, "shutting down");
        await app?.stop().catch((error: unknown) => log.error({ err: error }, "API stop failed"));
        await db.close();
        process.exit(0);
    };
    process.once("SIGINT", () => void shutdown("SIGINT"));
    process.once("SIGTERM", () => void shutdown("SIGTERM"));

    try {
        const neoSchema: Neo4jGraphQL = createNeo4jGraphQL(db.driver);
        await checkCompatibility(neoSchema, db.name);
        await applyDatabaseSchema(db.driver, db.name, log);
        if (config.seed === "auto" && (await isDatabaseEmpty(db.driver, db.name))) {
            await loadDemo(db.driver, db.name, log);
        }
        app = await createApp({
            ...config,
            auth: resolveAuthSettings(config),
            schema: await buildExecutableSchema(neoSchema, db.driver),
            driver: db.driver,
            database: db.name,
            log,
        });
        const url = await app.listen(config.port, config.host);
        log.info({ url, startupSeconds: (Date.now() - bootStarted) / 1000 }, "Skillgraph API ready");
        console.log(`\nSkillgraph GraphQL API: ${url}  (health: ${url.replace(/graphql$/, "health")}; Ctrl-C stops)\n`);
    } catch (error) {
        await db.close();
        throw error;
    }
}

main().catch((error: unknown) => {
    if (error instanceof LocalNeo4jError) {
        console.error(`\nerror: ${error.message}${error.detail ? `\n${error.detail}` : ""}`);
    } else if (error instanceof ConfigError || error instanceof Neo4jConnectError || error instanceof IncompatibleDatabaseError || error instanceof PortInUseError) {
        console.error(`\nerror: ${error.message}`);
    } else {
        console.error(error);
    }
    process.exit(1);
});
