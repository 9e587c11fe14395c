import { DEFAULTS } from "../../src/config";
import { isDatabaseEmpty, loadDemo } from "../../seed/load-demo";
import { createLogger } from "../../src/logger";
import { createDriver } from "../../src/neo4j/driver";
import { findFreePort } from "../../src/neo4j/local/local-server";
import { buildSchema, createNeo4jGraphQL } from "../../src/schema/build-schema";
import { createApp } from "../../src/server/app";
import type { CredentialStacksQuery, PeopleCountQuery, SearchSkillsQuery } from "../generated/operations";
import { type TestApi, startTestApi } from "../helpers/test-api";

let api: TestApi;

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.stop();
});

/** Counts only demo and ESCO data, so that other suites writing at the same time do not disturb it. */
async function demoFootprint() {
    const [row] = await api.cypher<Record<string, number>>(
        `MATCH (n) WHERE n.id STARTS WITH 'demo:' OR n.id STARTS WITH 'http://data.europa.eu/esco/'
         WITH collect(n) AS nodes
         UNWIND nodes AS n
         OPTIONAL MATCH (n)-[r]->(m) WHERE m IN nodes
         RETURN size(nodes) AS nodes, count(r) AS relationships, sum(coalesce(r.level, 0)) AS levels`,
    );
    return { nodes: Number(row.nodes), relationships: Number(row.relationships), levels: Number(row.levels) };
}

describe("demo organisation", () => {
    it("is loaded by the test setup and loading it again changes nothing", async () => {
        expect(await isDatabaseEmpty(api.driver, api.database)).toBe(false);
        const before = await demoFootprint();
        expect(before.nodes).toBeGreaterThan(1000);
        await loadDemo(api.driver, api.database, createLogger("silent"));
        expect(await demoFootprint()).toEqual(before);
    });

    it("has a few hundred people", async () => {
        const response = await api.op<PeopleCountQuery>("PeopleCount", { where: { id: { startsWith: "demo:person:" } } });
        expect(response.data?.peopleConnection.totalCount).toBeGreaterThanOrEqual(200);
    });

    it("has an any-3-of-5 stack and a nested stack", async () => {
        const response = await api.op<CredentialStacksQuery>("CredentialStacks", {
            where: { partsConnection: { some: { node: { id: { startsWith: "demo:" } } } } },
        });
        const stacks = response.data?.credentials ?? [];
        expect(stacks.some((s) => s.requiredParts === 3 && s.partsConnection.edges.length === 5)).toBe(true);
        expect(stacks.some((s) => s.partsConnection.edges.some((e) => e.node.id !== s.id && stacks.some((inner) => inner.id === e.node.id)))).toBe(true);
    });
});

describe("searchSkills", () => {
    it("finds skills by a prefix of their name, case-insensitively", async () => {
        const response = await api.op<SearchSkillsQuery>("SearchSkills", { query: "Cloud Secur", first: 5 });
        expect(response.errors).toBeUndefined();
        expect(response.data?.searchSkills.map((s) => s.name)).toContain("cloud security and compliance");
    });

    it("finds skills by an alternative label", async () => {
        const [row] = await api.cypher<{ label: string; name: string }>(
            "MATCH (s:Skill) WHERE s.id STARTS WITH 'http://data.europa.eu/esco/' AND size(s.altLabels) > 0 AND NOT toLower(s.altLabels[0]) CONTAINS toLower(s.name) RETURN s.altLabels[0] AS label, s.name AS name ORDER BY s.id LIMIT 1",
        );
        const response = await api.op<SearchSkillsQuery>("SearchSkills", { query: row.label, first: 20 });
        expect(response.data?.searchSkills.map((s) => s.name)).toContain(row.name);
    });

    it("rejects a page size below 1 and returns nothing for a query of only punctuation", async () => {
        const bad = await api.op("SearchSkills", { query: "cloud", first: 0 });
        expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", scalar: "PositiveInt" });
        const empty = await api.op<SearchSkillsQuery>("SearchSkills", { query: " ?! ", first: 5 });
        expect(empty.data?.searchSkills).toEqual([]);
    });

    it("treats Lucene operators in the query as plain text", async () => {
        const response = await api.op<SearchSkillsQuery>("SearchSkills", { query: 'C++ AND (OR "', first: 5 });
        expect(response.errors).toBeUndefined();
    });
});

describe("health endpoint", () => {
    it("reports the database as reachable", async () => {
        const response = await fetch(api.url.replace(/graphql$/, "health"));
        expect(response.status).toBe(200);
        const body = (await response.json()) as { eventLoopDelay: Record<string, number> };
        expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
        // The event loop's delay over the last window, for operators and the load test.
        expect(Object.keys(body.eventLoopDelay).sort()).toEqual(["maxMs", "p50Ms", "p99Ms", "windowSeconds"]);
        expect(body.eventLoopDelay.p99Ms).toBeGreaterThanOrEqual(body.eventLoopDelay.p50Ms);
    });

    it("answers 503 when the database is unreachable", async () => {
        const log = createLogger("silent");
        const driver = createDriver({ uri: `bolt://127.0.0.1:${await findFreePort()}`, user: "neo4j", password: "x" }, log);
        const app = await createApp({ ...DEFAULTS, schema: await buildSchema(), driver, database: "neo4j", queryTimeoutMs: 1000, production: true, log });
        try {
            const url = await app.listen(0, "127.0.0.1");
            const response = await fetch(url.replace(/graphql$/, "health"));
            expect(response.status).toBe(503);
            // Production: the state and reachability, never the driver's message.
            expect(await response.json()).toEqual({
                status: "unavailable",
                database: { state: "down", since: expect.any(String) as unknown, reachable: false, latencyMs: null },
                eventLoopDelay: expect.any(Object) as unknown,
                embeddings: "OFF",
            });
        } finally {
            await app.stop();
            await driver.close();
        }
    });
});

describe("compatibility check", () => {
    it("passes on the test database: Neo4j 5.26 with the APOC functions @neo4j/graphql needs", async () => {
        await expect(createNeo4jGraphQL(api.driver).checkNeo4jCompat({ sessionConfig: { database: api.database } })).resolves.toBeUndefined();
    });
});
