import { rmSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { createDriver, verifyConnection } from "../../src/neo4j/driver";
import { findFreePort, startLocalNeo4j } from "../../src/neo4j/local/local-server";
import { provisionNeo4j } from "../../src/neo4j/local/provision";
import { loadDemo } from "../../seed/load-demo";
import { tagDemoCourses } from "../../seed/tag-demo";
import { OnnxEmbedder } from "../../src/embeddings/embedder";
import { refreshVectors } from "../../src/embeddings/node-vectors";

/**
 * Starts a fresh local Neo4j for the run (or uses NEO4J_URI when set), applies constraints, loads the demo
 * organisation and embeds its skills (provisioning the embedding model like the API's first start), then passes the connection to the workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
    const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" });
    const log = createLogger(config.logLevel, "test-setup");
    let connection = config.externalNeo4j;
    if (!connection) {
        const runtime = await provisionNeo4j(config.localNeo4j.home, log);
        const instanceDir = path.join(config.localNeo4j.home, "test");
        rmSync(instanceDir, { recursive: true, force: true });
        const local = await startLocalNeo4j({ ...config.localNeo4j, runtime, instanceDir, boltPort: await findFreePort() }, log);
        (globalThis as { __skillgraphTestNeo4j?: typeof local }).__skillgraphTestNeo4j = local;
        connection = local;
    }
    const driver = createDriver(connection, log);
    try {
        await verifyConnection(driver, connection, config.database);
        await applyDatabaseSchema(driver, config.database, log);
        const { courses } = await loadDemo(driver, config.database, log);
        const embedder = await OnnxEmbedder.provision(config.embeddings.home, log);
        for (const kind of ["skills", "roles"] as const) await refreshVectors({ driver, database: config.database }, kind, embedder, log);
        await tagDemoCourses({ driver, database: config.database }, courses, embedder, log);
        await embedder.close();
    } finally {
        await driver.close();
    }
    process.env.SKILLGRAPH_TEST_NEO4J_URI = connection.uri;
    process.env.SKILLGRAPH_TEST_NEO4J_USER = connection.user;
    process.env.SKILLGRAPH_TEST_NEO4J_PASSWORD = connection.password;
    process.env.SKILLGRAPH_TEST_NEO4J_DATABASE = config.database;
}
