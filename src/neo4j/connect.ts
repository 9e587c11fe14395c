import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { createDriver, type Neo4jConnection, verifyConnection } from "./driver";
import { type LocalNeo4j, startLocalNeo4j } from "./local/local-server";
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

/**
 * NEO4J_URI set: use that server (any scheme: bolt, neo4j routing, +s for Aura) and never start one.
 * Otherwise: provision and start the local Neo4j, and stop it again on close().
 */
export async function connectDatabase(config: Config, log: Logger): Promise<Database> {
    const local = config.externalNeo4j ? undefined : await startLocal(config, "dev", log);
    const connection: Neo4jConnection = config.externalNeo4j ?? local!;
    const driver = createDriver(connection, log);
    const close = async () => {
        await driver.close();
        await local?.stop();
    };
    try {
        await verifyConnection(driver, connection, config.database);
    } catch (error) {
        await close();
        throw error;
    }
    log.info({ uri: connection.uri, database: config.database, local: Boolean(local) }, "connected to Neo4j");
    return { driver, connection, name: config.database, local, close };
}
