import type { Driver } from "neo4j-driver";
import type { Logger } from "../logger";
import { cypher } from "./cypher-catalogue";
import { statements } from "./cypher-files";

/** Creates constraints and indexes (idempotent), then waits until the indexes are online. */
export async function applyDatabaseSchema(driver: Driver, database: string, log: Logger): Promise<void> {
    const all = [...statements(cypher("schema/create-constraints")), ...statements(cypher("schema/create-indexes"))];
    for (const statement of all) await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery(cypher("schema/await-indexes"), {}, { database });
    log.debug({ statements: all.length }, "constraints and indexes applied");
}
