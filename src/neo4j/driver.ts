import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import type { Logger } from "../logger";

export interface Neo4jConnection {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
}

/** A connection problem explained in one line with what to do. */
export class Neo4jConnectError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "Neo4jConnectError";
    }
}

/** `retryWindowMs`: how long transient failures are retried; short, so that a request fails fast when the database is gone. */
export function createDriver(connection: Neo4jConnection, log: Logger, retryWindowMs = 3000): Driver {
    return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
        userAgent: "skillgraph",
        maxConnectionPoolSize: 100,
        maxTransactionRetryTime: retryWindowMs,
        connectionTimeout: 5_000,
        connectionAcquisitionTimeout: 20_000,
        logging: { level: "warn", logger: (level, message) => log[level === "warn" ? "warn" : "error"]({ component: "neo4j-driver" }, message) },
    });
}

/** Checks that the server answers and accepts the credentials; throws Neo4jConnectError otherwise. */
export async function verifyConnection(driver: Driver, connection: Neo4jConnection, database: string): Promise<void> {
    try {
        // One attempt, no retries: a wrong URI should fail in seconds, not after the driver's retry window.
        await driver.getServerInfo({ database });
    } catch (error) {
        throw explainConnectionFailure(error, connection, database);
    }
}

/** A driver error met while connecting, as one line that says what to check. */
export function explainConnectionFailure(error: unknown, connection: Neo4jConnection, database: string): Neo4jConnectError {
    const code = error instanceof Neo4jError ? error.code : "";
    if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
        return new Neo4jConnectError(`Neo4j at ${connection.uri} refused user "${connection.user}" and its password: check NEO4J_USER and NEO4J_PASSWORD.`);
    }
    if (code === "Neo.ClientError.Database.DatabaseNotFound") {
        return new Neo4jConnectError(`Neo4j at ${connection.uri} has no database "${database}": create it, or set NEO4J_DATABASE to an existing one.`);
    }
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return new Neo4jConnectError(`No Neo4j answers at ${connection.uri} (${reason}): check NEO4J_URI and that the server is running and reachable.`);
}
