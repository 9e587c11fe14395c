import { DEFAULTS } from "../../src/config";
import { MOBILITY_SIGNALS } from "../../src/domain/mobility-blend";
import { refreshVectors } from "../../src/embeddings/node-vectors";
import { createLogger } from "../../src/logger";
import { type TestApi, startTestApi, testEmbedder, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
let costOnly: TestApi;
const p = uniquePrefix("blend");

/**
 * S {a,b,c,d} (ISCO 2511, "data analyst"). X {a..h} (2511, "senior data analyst"): requires all of S's skills but
 * S lacks half of X's (its most specific half: cost above 0.5). Y {a,b} (9321, "warehouse packer"): S meets all of
 * it, cost 0. By cost Y comes first; by the blend X (coverage, same ISCO unit group, similar description) does.
 */
const ROLES = [
    { key: "S", title: "data analyst", isco: "2511", description: "Analyses business data with statistics and SQL.", skills: ["a", "b", "c", "d"] },
    {
        key: "X",
        title: "senior data analyst",
        isco: "2511",
        description: "Leads the analysis of business data with statistics and SQL.",
        skills: ["a", "b", "c", "d", "e", "f", "g", "h"],
    },
    { key: "Y", title: "warehouse packer", isco: "9321", description: "Packs goods for shipping in a warehouse.", skills: ["a", "b"] },
];

beforeAll(async () => {
    api = await startTestApi();
    costOnly = await startTestApi({
        mobility: { ...DEFAULTS.mobility, signalWeights: { requirements: 0, coverage: 0, related: 0, transition: 1, semantic: 0, hierarchy: 0 } },
    });
    await api.cypher(`UNWIND $keys AS key CREATE (:Skill {id: $p + key, name: 'blend skill ' + key, taxonomy: 'INTERNAL', altLabels: [], tags: []})`, {
        p,
        keys: ["a", "b", "c", "d", "e", "f", "g", "h"],
    });
    await api.cypher(
        `UNWIND $roles AS role
         CREATE (r:Role {id: $p + role.key, title: role.title, description: role.description, iscoGroup: role.isco, taxonomy: 'INTERNAL', altTitles: [], tags: []})
         WITH r, role
         UNWIND role.skills AS key
         MATCH (s:Skill {id: $p + key})
         CREATE (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s)`,
        { p, roles: ROLES },
    );
    await bumpRoleProfiles();
    await refreshVectors({ driver: api.driver, database: api.database }, "roles", await testEmbedder(), createLogger("silent"));
});

/**
 * Writes made in Cypher must bump the role-profile version (README, "Mobility"): the APIs loaded their snapshot at start,
 * and the same suite in the other integration project adds and removes roles of the same shape, so the counts the
 * cache key also holds may come back to where they were.
 */
const bumpRoleProfiles = () => api.cypher("MERGE (v:GraphVersion {key: 'roleProfiles'}) SET v.version = coalesce(v.version, 0) + 1");

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await bumpRoleProfiles();
    await Promise.all([api.stop(), costOnly.stop()]);
});

interface Ranked {
    rankedBy: string;
    signalsUsed: { signal: string; weight: number }[];
    roles: {
        roleId: string;
        cost: number;
        score: number | null;
        rankedBecause: string | null;
        explanation: string;
        signals: { signal: string; value: number; weight: number; contribution: number }[];
    }[];
}

async function adjacent(on: TestApi, rankBy?: string) {
    const response = await on.post({
        query: `query($r: ID!, $rankBy: MobilityRanking) {
            adjacentRoles(roleId: $r, first: 400, rankBy: $rankBy) {
                rankedBy signalsUsed { signal weight }
                roles { roleId cost score rankedBecause explanation signals { signal value weight contribution } }
            }
        }`,
        variables: { r: `${p}S`, ...(rankBy ? { rankBy } : {}) },
    });
    expect(response.errors).toBeUndefined();
    const ranked = (response.data as { adjacentRoles: Ranked }).adjacentRoles;
    return { ...ranked, ours: ranked.roles.filter((role) => role.roleId.startsWith(p)) };
}

describe("adjacentRoles ranked by the blend", () => {
    it("puts the role people would move to before the cheapest, and still reports its cost", async () => {
        const blend = await adjacent(api);
        expect(blend.rankedBy).toBe("BLEND");
        expect(blend.ours.map((role) => role.roleId.slice(p.length))).toEqual(["X", "Y"]);
        expect(blend.ours[0].cost).toBeGreaterThan(0.5); // X's missing skills are its most specific ones
        expect(blend.ours[1].cost).toBe(0);
        const byCost = await adjacent(api, "COST");
        expect(byCost.ours.map((role) => role.roleId.slice(p.length))).toEqual(["Y", "X"]);
        expect(byCost.ours.every((role) => role.score === null && role.signals.length === 0 && role.rankedBecause === null)).toBe(true);
    });

    it("orders by the score, which is the sum of the signals' contributions, and explains each role by them", async () => {
        const { roles, signalsUsed } = await adjacent(api);
        const weights = DEFAULTS.mobility.signalWeights;
        // Every weighted signal but related, which is 0 for every role: the test's skills have no neighbours.
        expect(signalsUsed).toEqual(
            MOBILITY_SIGNALS.filter((signal) => weights[signal] > 0 && signal !== "related").map((signal) => ({
                signal: signal.toUpperCase(),
                weight: weights[signal],
            })),
        );
        for (const [i, role] of roles.entries()) {
            expect(role.score).toBeCloseTo(
                role.signals.reduce((sum, s) => sum + s.contribution, 0),
                9,
            );
            if (i > 0) expect(role.score!).toBeLessThanOrEqual(roles[i - 1].score!);
        }
        const x = roles.find((role) => role.roleId === `${p}X`)!;
        const value = (signal: string) => x.signals.find((s) => s.signal === signal)!.value;
        expect([value("COVERAGE"), value("HIERARCHY")]).toEqual([1, 1]);
        expect(value("TRANSITION")).toBeCloseTo(1 - x.cost, 12);
        expect(value("SEMANTIC")).toBeGreaterThan(0.6);
        expect(x.rankedBecause).toMatch(/^shares 4 of its 8 requirements; /);
        expect(x.rankedBecause).toContain("same ISCO unit group");
        expect(x.rankedBecause).toContain("requires 100% of the start's skills");
        expect(x.rankedBecause).toMatch(/descriptions (very )?similar \(0\.\d\d\)/);
        expect(x.explanation).toMatch(/^data analyst → senior data analyst: cost 0\.\d{3}\. To acquire: .*\. Ranked by: shares 4 of its 8 requirements; /);
    });

    it("ranks the same when only ids and scores are asked for, and each role's cost is the one its explanation states", async () => {
        const full = await adjacent(api);
        const response = await api.post({
            query: `query($r: ID!) { adjacentRoles(roleId: $r, first: 400) { rolesConsidered roles { roleId score } } }`,
            variables: { r: `${p}S` },
        });
        expect(response.errors).toBeUndefined();
        const { roles } = (response.data as { adjacentRoles: { roles: { roleId: string; score: number }[] } }).adjacentRoles;
        expect(roles).toEqual(full.roles.map((role) => ({ roleId: role.roleId, score: role.score })));
        for (const role of full.roles)
            expect(role.explanation).toMatch(new RegExp(`: cost ${role.cost === 0 ? "0;" : role.cost.toFixed(3).replace(".", "\\.")}`));
    });

    it("follows the configured weights: transition alone orders as the cost does", async () => {
        const { ours, signalsUsed } = await adjacent(costOnly);
        expect(signalsUsed).toEqual([{ signal: "TRANSITION", weight: 1 }]);
        expect(ours.map((role) => role.roleId.slice(p.length))).toEqual(["Y", "X"]);
        expect(ours[0].rankedBecause).toBe("shares 2 of its 2 requirements; transition cost 0.000");
    });

    it("leaves out the signals a start without a role cannot have", async () => {
        await api.cypher(
            `MATCH (a:Skill {id: $p + 'a'}), (b:Skill {id: $p + 'b'})
             CREATE (x:Person {id: $p + 'P', name: 'Blend Person', email: $p + 'p@example.com', availability: 1.0})
             CREATE (x)-[:HAS_SKILL {level: 3, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(a),
                    (x)-[:HAS_SKILL {level: 3, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(b)`,
            { p },
        );
        const response = await api.post({
            query: `query($p: ID!) { adjacentRoles(personId: $p, first: 3, asOf: "2026-06-01T00:00:00Z") { signalsUsed { signal } roles { roleId signals { signal } } } }`,
            variables: { p: `${p}P` },
        });
        expect(response.errors).toBeUndefined();
        const ranked = (response.data as { adjacentRoles: { signalsUsed: { signal: string }[]; roles: { roleId: string; signals: { signal: string }[] }[] } })
            .adjacentRoles;
        expect(ranked.signalsUsed.map((s) => s.signal)).toEqual(["COVERAGE", "TRANSITION"]);
        expect(ranked.roles[0].signals.map((s) => s.signal)).toEqual(["COVERAGE", "TRANSITION"]);
    });
});
