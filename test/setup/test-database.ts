/** Connection settings the global setup hands to test workers through the environment. */
export interface TestDatabase {
    readonly boltUri: string;
    readonly user: string;
    readonly password: string;
    readonly database: string;
}

export function testDatabase(): TestDatabase {
    const boltUri = process.env.SKILLGRAPH_TEST_NEO4J_URI;
    if (!boltUri) throw new Error("SKILLGRAPH_TEST_NEO4J_URI is not set: run the tests through jest (npm test), whose global setup starts Neo4j");
    return {
        boltUri,
        user: process.env.SKILLGRAPH_TEST_NEO4J_USER ?? "neo4j",
        password: process.env.SKILLGRAPH_TEST_NEO4J_PASSWORD ?? "",
        database: process.env.SKILLGRAPH_TEST_NEO4J_DATABASE ?? "neo4j",
    };
}

/** The URI this test project uses: the global one, or its neo4j:// routing form (set by use-routing.ts). */
export function testUri(): string {
    const { boltUri } = testDatabase();
    return process.env.SKILLGRAPH_TEST_SCHEME === "neo4j" ? boltUri.replace(/^bolt(\+s|\+ssc)?:/, "neo4j$1:") : boltUri;
}
