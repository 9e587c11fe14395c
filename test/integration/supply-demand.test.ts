import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("supply");
const asOf = "2026-06-01T00:00:00Z";

/**
 * Unit U with sub-unit SUB; OTHER elsewhere. R1 requires A 3 and B 2 (essential) and C 2 (optional); R2 requires A 4.
 * Positions: U has R1 x2 + 1 opening; SUB has R2 x1 + 1 opening. People: P1 (U) A 4, B 2; P2 (SUB) A 3;
 * P3 (U) A 5 expired on 2026-03-01; P4 (OTHER) A 5.
 * In U and below: A is needed at 4 by 5 positions, only P1 qualifies (gap 4); B at 2 by 3 positions, P1 (gap 2).
 */
beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `UNWIND ['A', 'B', 'C'] AS key CREATE (:Skill {id: $p + key, name: 'Skill ' + key, taxonomy: 'INTERNAL', altLabels: [], tags: []})
         WITH count(*) AS created
         MATCH (a:Skill {id: $p + 'A'}), (b:Skill {id: $p + 'B'}), (c:Skill {id: $p + 'C'})
         CREATE (r1:Role {id: $p + 'R1', title: 'Role 1', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r2:Role {id: $p + 'R2', title: 'Role 2', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r1)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(a), (r1)-[:REQUIRES {level: 2, importance: 'ESSENTIAL'}]->(b),
                (r1)-[:REQUIRES {level: 2, importance: 'OPTIONAL'}]->(c), (r2)-[:REQUIRES {level: 4, importance: 'ESSENTIAL'}]->(a),
                (u:OrgUnit {id: $p + 'U', name: 'U'}), (sub:OrgUnit {id: $p + 'SUB', name: 'SUB'})-[:SUB_UNIT_OF]->(u),
                (other:OrgUnit {id: $p + 'OTHER', name: 'OTHER'}),
                (u)-[:HAS_POSITION {headcount: 2, openings: 1}]->(r1), (sub)-[:HAS_POSITION {headcount: 1, openings: 1}]->(r2),
                (p1:Person {id: $p + 'P1', name: 'Pia One', email: $p + '1@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (p2:Person {id: $p + 'P2', name: 'Pat Two', email: $p + '2@example.com', availability: 1.0})-[:MEMBER_OF]->(sub),
                (p3:Person {id: $p + 'P3', name: 'Pim Three', email: $p + '3@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (p4:Person {id: $p + 'P4', name: 'Per Four', email: $p + '4@example.com', availability: 1.0})-[:MEMBER_OF]->(other),
                (p1)-[:HAS_SKILL {level: 4, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(a),
                (p1)-[:HAS_SKILL {level: 2, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(b),
                (p2)-[:HAS_SKILL {level: 3, source: 'SELF', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(a),
                (p3)-[:HAS_SKILL {level: 5, source: 'ASSESSED', assessedAt: datetime('2024-01-01T00:00:00Z'), validUntil: datetime('2026-03-01T00:00:00Z')}]->(a),
                (p4)-[:HAS_SKILL {level: 5, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(a)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

interface Report {
    skillsInDemand: number;
    shortages: number;
    singlePointsOfFailure: number;
    skills: {
        skillId: string;
        level: number;
        demand: number;
        openings: number;
        supply: number;
        gap: number;
        shortage: boolean;
        singlePointOfFailure: boolean;
        explanation: string;
    }[];
}

async function report(orgUnitId: string | null, first?: number) {
    const response = await api.post({
        query: `query($orgUnitId: ID, $first: PositiveInt, $asOf: DateTime) { skillSupplyDemand(orgUnitId: $orgUnitId, first: $first, asOf: $asOf) {
            skillsInDemand shortages singlePointsOfFailure
            skills { skillId level demand openings supply gap shortage singlePointOfFailure explanation } } }`,
        variables: { orgUnitId, first, asOf },
    });
    return { data: (response.data as { skillSupplyDemand: Report } | undefined)?.skillSupplyDemand, errors: response.errors };
}

describe("skillSupplyDemand", () => {
    it("sets essential demand at the highest level asked against valid supply in the unit and below", async () => {
        const result = (await report(`${p}U`)).data!;
        expect([result.skillsInDemand, result.shortages, result.singlePointsOfFailure]).toEqual([2, 2, 2]);
        expect(result.skills.map((s) => [s.skillId.slice(p.length), s.level, s.demand, s.openings, s.supply, s.gap])).toEqual([
            ["A", 4, 5, 2, 1, 4],
            ["B", 2, 3, 1, 1, 2],
        ]);
        expect(result.skills[0].explanation).toBe("5 positions (2 open) need Skill A at level 4; only Pia One holds it at that level: short by 4.");
    });

    it("narrows to a sub-unit, and counts the whole organisation when no unit is given", async () => {
        const sub = (await report(`${p}SUB`)).data!;
        expect(sub.skills.map((s) => [s.skillId.slice(p.length), s.demand, s.supply])).toEqual([["A", 2, 0]]);
        expect(sub.skills[0].explanation).toContain("nobody holds it at that level");
        const all = (await report(null, 500)).data!;
        const a = all.skills.find((s) => s.skillId === `${p}A`)!;
        expect([a.demand, a.supply, a.singlePointOfFailure]).toEqual([5, 2, false]);
    });

    it("rejects an unknown unit", async () => {
        expect((await report(`${p}nope`)).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "orgUnitId" });
    });
});
