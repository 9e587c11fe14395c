import { countGeneratedPeople, generateWorkforce } from "../../tools/generate/load-workforce";
import { createLogger } from "../../src/logger";
import { type TestApi, startTestApi } from "../helpers/test-api";

let api: TestApi;
const options = { people: 300, courses: 60, credentials: 20, teams: 5, seed: 11 };

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH 'gen:' DETACH DELETE n");
    await api.stop();
});

async function footprint() {
    const [row] = await api.cypher<{ nodes: number; relationships: number }>(
        "MATCH (n) WHERE n.id STARTS WITH 'gen:' OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships",
    );
    return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

describe("the workforce generator on the demo's ESCO roles", () => {
    it("loads people with roles, units, evidence, holdings and teams", async () => {
        const report = await generateWorkforce(api.driver, api.database, options, 100, createLogger("silent"), false);
        expect(await countGeneratedPeople(api.driver, api.database)).toBe(300);
        expect(report.relationships).toBeGreaterThan(300 * 5);
        const [row] = await api.cypher<Record<string, number>>(
            `MATCH (p:Person) WHERE p.id STARTS WITH 'gen:person:'
             RETURN count { (p)-[:HAS_ROLE]->(:Role) } AS withRole, count { (p)-[:MEMBER_OF]->(:OrgUnit) } AS inUnit,
                    count { (p)-[:HAS_SKILL]->() } AS evidence, count { (p)-[:HOLDS]->() } AS holdings
             ORDER BY p.id LIMIT 1`,
        );
        expect([Number(row.withRole), Number(row.inUnit)]).toEqual([1, 1]);
        expect(Number(row.evidence)).toBeGreaterThan(0);
        const [teams] = await api.cypher<{ teams: number }>(
            "MATCH (t:Team) WHERE t.id STARTS WITH 'gen:team:' AND EXISTS { (t)<-[:ON_TEAM]-() } RETURN count(t) AS teams",
        );
        expect(Number(teams.teams)).toBe(5);
    });

    it("changes nothing when run again with the same seed", async () => {
        const before = await footprint();
        await generateWorkforce(api.driver, api.database, options, 100, createLogger("silent"), false);
        expect(await footprint()).toEqual(before);
    });
});
