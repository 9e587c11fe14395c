import { mintToken } from "../../tools/harness/tokens";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * growthPositions: open positions a person could grow into, ranked by fit then transition cost, with the gap, checked
 * against skillGap for every open role, and the person's choice over rankings respected.
 * Fixture: unit U (and U2 below it). Roles: One (A 3, B 3 essential; open in U twice and in U2 once), Two (A 2; open
 * in U once), Zero (A 1; Pia's own role, open in U: left out), Full (A 1; no openings: left out). B has the narrower
 * skill N. Pia holds A 3 and N 4 (assessed): without narrower credit she fits Two fully and One by half; with it, N
 * counts for B at 3 and she fits both fully.
 */
let api: TestApi;
const p = uniquePrefix("growth");
const id = (key: string) => `${p}${key}`;
const asOf = "2026-06-01T00:00:00Z";
const tokens = { pia: "", other: "", planner: "", otherPlanner: "", partner: "", admin: "" };

beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `CREATE (u:OrgUnit {id: $p + 'U', name: 'Unit U'}), (u2:OrgUnit {id: $p + 'U2', name: 'Unit U2'})-[:SUB_UNIT_OF]->(u),
                (other:OrgUnit {id: $p + 'V', name: 'Unit V'})
         CREATE (a:Skill {id: $p + 'A', name: 'Skill A', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (b:Skill {id: $p + 'B', name: 'Skill B', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (n:Skill {id: $p + 'N', name: 'Skill N', taxonomy: 'INTERNAL', altLabels: [], tags: []})-[:BROADER]->(b)
         CREATE (one:Role {id: $p + 'One', title: 'Role One', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (one)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(a), (one)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(b),
                (two:Role {id: $p + 'Two', title: 'Role Two', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (two)-[:REQUIRES {level: 2, importance: 'ESSENTIAL'}]->(a),
                (zero:Role {id: $p + 'Zero', title: 'Role Zero', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (zero)-[:REQUIRES {level: 1, importance: 'ESSENTIAL'}]->(a),
                (full:Role {id: $p + 'Full', title: 'Role Full', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (full)-[:REQUIRES {level: 1, importance: 'ESSENTIAL'}]->(a),
                (u)-[:HAS_POSITION {headcount: 3, openings: 2}]->(one), (u2)-[:HAS_POSITION {headcount: 0, openings: 1}]->(one),
                (u)-[:HAS_POSITION {headcount: 1, openings: 1}]->(two), (u)-[:HAS_POSITION {headcount: 1, openings: 1}]->(zero),
                (u)-[:HAS_POSITION {headcount: 2, openings: 0}]->(full)
         CREATE (pia:Person {id: $p + 'Pia', name: 'Pia Growing', email: $p + 'pia@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (pia)-[:HAS_ROLE]->(zero),
                (pia)-[:HAS_SKILL {level: 3, source: 'ASSESSED', assessedAt: datetime('2026-01-01T00:00:00Z')}]->(a),
                (pia)-[:HAS_SKILL {level: 4, source: 'ASSESSED', assessedAt: datetime('2026-01-01T00:00:00Z')}]->(n),
                (:Person {id: $p + 'Olu', name: 'Olu Other', email: $p + 'olu@example.com', availability: 1.0})-[:MEMBER_OF]->(u)`,
        { p },
    );
    const claims: Record<keyof typeof tokens, Parameters<typeof mintToken>[0]> = {
        pia: { sub: id("Pia"), roles: ["employee"] },
        other: { sub: id("Olu"), roles: ["employee"] },
        planner: { sub: "test:planner", roles: ["planner"], orgUnits: [id("U")] },
        otherPlanner: { sub: "test:planner-v", roles: ["planner"], orgUnits: [id("V")] },
        partner: { sub: "test:partner", roles: ["partner"], org: "test:org" },
        admin: { sub: "test:admin", roles: ["admin"] },
    };
    for (const [name, claim] of Object.entries(claims)) tokens[name as keyof typeof tokens] = await mintToken(claim);
});

afterAll(() => api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }).finally(() => api.stop()));

const as = <T>(token: string, query: string, variables: Record<string, unknown> = {}) => api.post({ query, variables }, token) as Promise<GraphQLResponse<T>>;

interface Growth {
    personId: string;
    includeNarrower: boolean;
    positionsConsidered: number;
    positions: {
        orgUnitId: string;
        roleId: string;
        openings: number;
        fit: number;
        missingEssentials: number;
        transitionCost: number;
        gap: { skillId: string; effectiveLevel: number; requiredLevel: number }[];
        explanation: string;
    }[];
}

const GROWTH = `query($person: ID, $unit: ID, $narrower: Boolean, $asOf: DateTime, $first: PositiveInt) {
    growthPositions(personId: $person, orgUnitId: $unit, includeNarrower: $narrower, asOf: $asOf, first: $first) {
        personId includeNarrower positionsConsidered
        positions { orgUnitId roleId openings fit missingEssentials transitionCost gap { skillId effectiveLevel requiredLevel } explanation }
    } }`;

async function growth(token: string, variables: Record<string, unknown>) {
    const response = await as<{ growthPositions: Growth }>(token, GROWTH, { unit: id("U"), asOf, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.growthPositions;
}

const local = (x: string) => x.slice(p.length);
const rows = (g: Growth) => g.positions.map((pos) => [local(pos.roleId), local(pos.orgUnitId), pos.openings, Number(pos.fit.toFixed(9))]);

describe("growthPositions", () => {
    it("ranks the open positions in scope by fit, then cost, leaving out the person's own role and roles with no openings", async () => {
        const g = await growth(tokens.pia, {});
        expect(g.personId).toBe(id("Pia"));
        expect(g.positionsConsidered).toBe(3);
        expect(rows(g)).toEqual([
            ["Two", "U", 1, 1],
            ["One", "U", 2, 0.5],
            ["One", "U2", 1, 0.5],
        ]);
        const one = g.positions[1];
        expect(one.gap.map((r) => [local(r.skillId), r.effectiveLevel, r.requiredLevel])).toEqual([["B", 0, 3]]);
        expect(one.missingEssentials).toBe(1);
        expect(one.transitionCost).toBeGreaterThan(0);
        expect(g.positions[0].transitionCost).toBe(0);
        expect(one.explanation).toBe(`Role One in Unit U (2 open): fit 0.50, transition cost ${one.transitionCost.toFixed(3)}; to grow into it: Skill B 0→3.`);
        expect(rows(await growth(tokens.pia, { unit: id("U2") }))).toEqual([["One", "U2", 1, 0.5]]);
        expect((await growth(tokens.pia, { first: 1 })).positions).toHaveLength(1);
    });

    it("agrees with skillGap for every open role, with and without narrower credit", async () => {
        for (const narrower of [false, true]) {
            const g = await growth(tokens.pia, { narrower });
            expect(g.includeNarrower).toBe(narrower);
            for (const pos of g.positions) {
                const response = await as<{ skillGap: { fit: number; missingEssentials: number } }>(
                    tokens.pia,
                    `query($person: ID!, $role: ID!, $narrower: Boolean, $asOf: DateTime) { skillGap(personId: $person, roleId: $role, includeNarrower: $narrower, asOf: $asOf) { fit missingEssentials } }`,
                    { person: id("Pia"), role: pos.roleId, narrower, asOf },
                );
                expect([local(pos.roleId), pos.fit, pos.missingEssentials]).toEqual([
                    local(pos.roleId),
                    response.data!.skillGap.fit,
                    response.data!.skillGap.missingEssentials,
                ]);
            }
            const fits = g.positions.map((pos) => pos.fit);
            expect(fits).toEqual([...fits].sort((x, y) => y - x));
        }
        // With narrower credit Pia meets One too: both fit fully and cost nothing, so the titles decide.
        expect(rows(await growth(tokens.pia, { narrower: true }))).toEqual([
            ["One", "U", 2, 1],
            ["One", "U2", 1, 1],
            ["Two", "U", 1, 1],
        ]);
    });

    it("answers the person, planners of their units and admins; nobody else", async () => {
        const code = async (token: string, person: string | null) =>
            (await as(token, GROWTH, { person, unit: id("U"), asOf })).errors?.[0]?.extensions?.code ?? "ok";
        expect(await code(tokens.pia, id("Pia"))).toBe("ok");
        expect(await code(tokens.other, id("Pia"))).toBe("FORBIDDEN");
        expect(await code(tokens.planner, id("Pia"))).toBe("ok");
        expect(await code(tokens.otherPlanner, id("Pia"))).toBe("FORBIDDEN");
        expect(await code(tokens.partner, id("Pia"))).toBe("FORBIDDEN");
        expect(await code(tokens.admin, id("Pia"))).toBe("ok");
        expect(await code(tokens.admin, null)).toBe("BAD_USER_INPUT");
        expect(await code("", id("Pia"))).toBe("UNAUTHENTICATED");
        expect(await code("", null)).toBe("UNAUTHENTICATED");
    });

    it("respects the person's choice: opted out of rankings, only they can list their growth positions", async () => {
        const sharing = (inRankings: boolean) =>
            as(tokens.pia, `mutation($input: SharingInput!) { setSharing(input: $input) { inRankings } }`, { input: { inRankings } });
        await sharing(false);
        try {
            const planner = await as(tokens.planner, GROWTH, { person: id("Pia"), unit: id("U"), asOf });
            expect(planner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
            expect(planner.errors?.[0]?.message).toMatch(/chosen not to be considered/);
            expect((await as(tokens.admin, GROWTH, { person: id("Pia"), unit: id("U"), asOf })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
            expect(rows(await growth(tokens.pia, {}))).toHaveLength(3);
        } finally {
            await sharing(true);
        }
        expect(rows(await growth(tokens.planner, { person: id("Pia") }))).toHaveLength(3);
    });
});
