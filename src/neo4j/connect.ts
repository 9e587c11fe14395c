import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { createDriver, type Neo4jConnection, verifyConnection } from "./driver";
import { type LocalNeo4j, isListening, passwordFile, startLocalNeo4j } from "./local/local-server";
import { provisionNeo4j } from "./local/provision";

export interface Database {
    readonly driver: Driver;
    readonly connection: Neo4jConnection;
    readonly name: string;
    /** Present when this process started the database; it is stopped by close(). */
    readonly local: LocalNeo4j | undefined;
    close(): Promise<void>;
}

/** Provisions (once) and starts the local Neo4j for the given instance folder under the cache home. */
export async function startLocal(config: Config, instance: string, log: Logger, boltPort = config.localNeo4j.boltPort): Promise<LocalNeo4j> {
    const settings = config.localNeo4j;
    const runtime = await provisionNeo4j(settings.home, log);
    return startLocalNeo4j({ ...settings, runtime, boltPort, instanceDir: path.join(settings.home, instance) }, log);
}

/** The local dev database when another process (say `npm start`) already runs it: share it rather than fail on its port. */
async function runningLocal(config: Config): Promise<Neo4jConnection | undefined> {
    const file = passwordFile(path.join(config.localNeo4j.home, "dev"));
    if (!existsSync(file) || !(await isListening(config.localNeo4j.boltPort))) return undefined;
    return { uri: `bolt://127.0.0.1:${config.localNeo4j.boltPort}`, user: "neo4j", password: readFileSync(file, "utf8").trim() };
}

export interface ConnectOptions {
    /** Fail unless the server answers now (batch tools). The API instead serves UNAVAILABLE until it does. */
    readonly verify?: boolean;
    /** The driver's retry window for transient errors; batch tools wait longer than a request may. */
    readonly retryWindowMs?: number;
}

const BATCH_RETRY_WINDOW_MS = 30_000;

/**
 * NEO4J_URI set: use that server (any scheme: bolt, neo4j routing, +s for Aura) and never start one.
 * Otherwise: use the local Neo4j if another process runs it, else provision and start it and stop it on close().
 */
export async function connectDatabase(config: Config, log: Logger, options: ConnectOptions = {}): Promise<Database> {
    const shared = config.externalNeo4j ? undefined : await runningLocal(config);
    if (shared) log.info({ uri: shared.uri }, "using the local Neo4j another process started");
    const local = config.externalNeo4j || shared ? undefined : await startLocal(config, "dev", log);
    const connection: Neo4jConnection = config.externalNeo4j ?? shared ?? local!;
    const driver = createDriver(connection, log, options.retryWindowMs ?? BATCH_RETRY_WINDOW_MS);
    const close = async () => {
        await driver.close();
        await local?.stop();
    };
    if (options.verify ?? true) {
        try {
            await verifyConnection(driver, connection, config.database);
        } catch (error) {
            await close();
            throw error;
        }
        log.info({ uri: connection.uri, database: config.database, local: Boolean(local) }, "connected to Neo4j");
    }
    return { driver, connection, name: config.database, local, close };
}
