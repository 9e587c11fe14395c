import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadDemo } from "../../seed/load-demo";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { createDriver } from "../../src/neo4j/driver";
import { type LocalNeo4j, findFreePort, startLocalNeo4j } from "../../src/neo4j/local/local-server";
import { LocalNeo4jError } from "../../src/neo4j/local/errors";
import { provisionNeo4j } from "../../src/neo4j/local/provision";

export interface OwnDatabase {
    readonly neo4j: LocalNeo4j;
    readonly driver: Driver;
    readonly port: number;
    /** Starts the same database again on the same port (after neo4j.stop()), for fault tests. */
    restart(): Promise<LocalNeo4j>;
    /** Restarts the database when it does not answer (a fault test that failed half-way left it stopped). */
    ensureRunning(): Promise<void>;
    stop(): Promise<void>;
}

// Suites with a database of their own run beside others on 2 cores: a start may take minutes there.
const OWN_START_TIMEOUT_MS = 420_000;

/**
 * A local Neo4j of the suite's own (schema applied, the demo loaded when asked), for tests that must see the whole
 * database unchanged, or stop it, without other suites in the way.
 */
export async function startOwnDatabase(name: string, options: { demo: boolean }): Promise<OwnDatabase> {
    const log = createLogger("silent");
    const scratch = mkdtempSync(path.join(os.tmpdir(), `skillgraph-${name}-`));
    const config = loadConfig({});
    const runtime = await provisionNeo4j(config.localNeo4j.home, log);
    const port = await findFreePort();
    const start = () =>
        startLocalNeo4j(
            { ...config.localNeo4j, runtime, instanceDir: path.join(scratch, "db"), boltPort: port, startTimeoutMs: OWN_START_TIMEOUT_MS },
            log,
        ).catch((error: unknown) => {
            // A test report shows the message only: carry the log lines with it.
            if (error instanceof LocalNeo4jError && error.detail) error.message += `\n${error.detail}`;
            throw error;
        });
    let neo4j = await start();
    const driver = createDriver(neo4j, log);
    await applyDatabaseSchema(driver, "neo4j", log);
    if (options.demo) await loadDemo(driver, "neo4j", log);
    return {
        get neo4j() {
            return neo4j;
        },
        driver,
        port,
        restart: async () => (neo4j = await start()),
        ensureRunning: async () => {
            const answers = await driver.verifyConnectivity().then(
                () => true,
                () => false,
            );
            if (!answers) {
                await neo4j.kill();
                neo4j = await start();
            }
        },
        stop: async () => {
            await driver.close();
            await neo4j.stop();
            rmSync(scratch, { recursive: true, force: true });
        },
    };
}
