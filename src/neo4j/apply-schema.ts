import type { Driver } from "neo4j-driver";
import type { Logger } from "../logger";
import { cypher, statements } from "./cypher-files";

/** Creates constraints and indexes (idempotent), then waits until the indexes are online. */
export async function applyDatabaseSchema(driver: Driver, database: string, log: Logger): Promise<void> {
    const all = [...statements(cypher("schema/constraints")), ...statements(cypher("schema/indexes"))];
    for (const statement of all) await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
    log.debug({ statements: all.length }, "constraints and indexes applied");
}
