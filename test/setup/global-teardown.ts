import type { LocalNeo4j } from "../../src/neo4j/local/local-server";

export default async function globalTeardown(): Promise<void> {
    await (globalThis as { __skillgraphTestNeo4j?: LocalNeo4j }).__skillgraphTestNeo4j?.stop();
}
