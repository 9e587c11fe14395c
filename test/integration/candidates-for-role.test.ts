import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("cand");
const asOf = "2026-06-01T00:00:00Z";

/**
 * Role R requires A 3 and B 2 (essential) and C 3 (optional): total weight 2.3.
 * P1: A 3, B 2, C 3 -> 1.000. P2: A 3, B 2 -> 2/2.3 = 0.870. P3: A 5 expired on 2026-03-01, B 2 -> 1/2.3 = 0.435
 * (the expired level counts in neither its fit nor its bound, which is the fit rounded to 9 decimals). P5: holds R
 * now, A 3 -> 0.435. P7 (other unit, availability 0.1): A 1 -> (1/3)/2.3 = 0.145. P4: C 3 -> 0.3/2.3 = 0.130. P6 holds
 * only an unrelated skill.
 */
beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(`UNWIND ['A', 'B', 'C', 'X'] AS key CREATE (:Skill {id: $p + key, name: 'Skill ' + key, taxonomy: 'INTERNAL', altLabels: [], tags: []})`, {
        p,
    });
    await api.cypher(
        `MATCH (a:Skill {id: $p + 'A'}), (b:Skill {id: $p + 'B'}), (c:Skill {id: $p + 'C'})
         CREATE (r:Role {id: $p + 'R', title: 'Role R', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(a), (r)-[:REQUIRES {level: 2, importance: 'ESSENTIAL'}]->(b),
                (r)-[:REQUIRES {level: 3, importance: 'OPTIONAL'}]->(c),
                (:OrgUnit {id: $p + 'U', name: 'Unit U'}), (:OrgUnit {id: $p + 'OTHER', name: 'Other'})`,
        { p },
    );
    await api.cypher(
        `UNWIND $people AS person
         MATCH (unit:OrgUnit {id: $p + person.unit})
         CREATE (x:Person {id: $p + person.id, name: 'Person ' + person.id, email: $p + person.id + '@example.com', availability: person.availability, location: 'Lisbon'})-[:MEMBER_OF]->(unit)
         WITH x, person
         CALL (x, person) {
           UNWIND person.skills AS skill
           MATCH (s:Skill {id: $p + skill.key})
           CREATE (x)-[:HAS_SKILL {level: skill.level, source: 'MANAGER', assessedAt: datetime('2025-06-01T00:00:00Z'),
                                   validUntil: CASE WHEN skill.expired THEN datetime('2026-03-01T00:00:00Z') END}]->(s)
         }`,
        {
            p,
            people: [
                {
                    id: "P1",
                    unit: "U",
                    availability: 1.0,
                    skills: [
                        { key: "A", level: 3 },
                        { key: "B", level: 2 },
                        { key: "C", level: 3 },
                    ],
                },
                {
                    id: "P2",
                    unit: "U",
                    availability: 1.0,
                    skills: [
                        { key: "A", level: 3 },
                        { key: "B", level: 2 },
                    ],
                },
                {
                    id: "P3",
                    unit: "U",
                    availability: 1.0,
                    skills: [
                        { key: "A", level: 5, expired: true },
                        { key: "B", level: 2 },
                    ],
                },
                { id: "P4", unit: "U", availability: 1.0, skills: [{ key: "C", level: 3 }] },
                { id: "P5", unit: "U", availability: 1.0, skills: [{ key: "A", level: 3 }] },
                { id: "P6", unit: "U", availability: 1.0, skills: [{ key: "X", level: 5 }] },
                { id: "P7", unit: "OTHER", availability: 0.1, skills: [{ key: "A", level: 1 }] },
            ].map((person) => ({ ...person, skills: person.skills.map((s) => ({ ...s, level: BigInt(s.level) })) })),
        },
    );
    await api.cypher("MATCH (x:Person {id: $p + 'P5'}), (r:Role {id: $p + 'R'}) CREATE (x)-[:HAS_ROLE {since: date('2024-01-01')}]->(r)", { p });
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

interface Page {
    edges: { cursor: string; node: { personId: string; fit: number; missing: { skillId: string }[]; matched: { skillId: string }[]; explanation: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    complete: boolean;
}

async function page(variables: Record<string, unknown>): Promise<{ data?: Page; errors?: { extensions: Record<string, unknown> }[] }> {
    const response = await api.post({
        query: `query($roleId: ID!, $filter: CandidateFilter, $first: PositiveInt, $after: String, $asOf: DateTime) {
            candidatesForRole(roleId: $roleId, filter: $filter, first: $first, after: $after, asOf: $asOf) {
                edges { cursor node { personId fit missing { skillId } matched { skillId } explanation } }
                pageInfo { hasNextPage endCursor } complete
            }
        }`,
        variables: { roleId: `${p}R`, asOf, ...variables },
    });
    return { data: (response.data as { candidatesForRole: Page } | undefined)?.candidatesForRole, errors: response.errors };
}

const ranking = (result: Page) => result.edges.map((e) => [e.node.personId.slice(p.length), e.node.fit.toFixed(3)]);

describe("candidatesForRole", () => {
    it("ranks people holding a required skill by fit, with expired evidence discounted, page by page", async () => {
        const one = (await page({ first: 2 })).data!;
        expect(ranking(one)).toEqual([
            ["P1", "1.000"],
            ["P2", "0.870"],
        ]);
        expect(one.pageInfo.hasNextPage).toBe(true);
        const two = (await page({ first: 2, after: one.pageInfo.endCursor })).data!;
        expect(ranking(two)).toEqual([
            ["P3", "0.435"],
            ["P5", "0.435"],
        ]);
        const three = (await page({ first: 2, after: two.pageInfo.endCursor })).data!;
        expect(ranking(three)).toEqual([
            ["P7", "0.145"],
            ["P4", "0.130"],
        ]);
        expect([three.pageInfo.hasNextPage, three.complete]).toEqual([false, true]);
        const p3 = two.edges[0].node;
        expect(p3.missing.map((m) => m.skillId.slice(p.length))).toEqual(["A"]);
        expect(p3.explanation).toBe("Fit 0.43: meets 1 of 3 requirements (1 of 2 essential). Missing essentials: Skill A (0 of 3).");
    });

    it("filters by unit, availability, location and current holders", async () => {
        const filtered = (await page({ first: 10, filter: { orgUnitId: `${p}U`, minAvailability: 0.5, location: "Lisbon", excludeCurrentHolders: true } }))
            .data!;
        expect(ranking(filtered).map(([id]) => id)).toEqual(["P1", "P2", "P3", "P4"]);
        const elsewhere = (await page({ first: 10, filter: { location: "Berlin" } })).data!;
        expect(elsewhere.edges).toEqual([]);
    });

    it("rejects unknown ids and foreign cursors", async () => {
        expect((await page({ roleId: `${p}nope` })).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "roleId" });
        expect((await page({ filter: { orgUnitId: `${p}nope` } })).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "filter.orgUnitId" });
        expect((await page({ after: "not-a-cursor" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
        expect((await page({ first: 500 })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });

    it("counts the bench for a role at a minimum fit, and who is on it", async () => {
        const bench = async (minFit?: number) =>
            api.post({
                query: `query($roleId: ID!, $minFit: Float, $asOf: DateTime) { benchStrength(roleId: $roleId, minFit: $minFit, asOf: $asOf) { count complete explanation people { personId fit } } }`,
                variables: { roleId: `${p}R`, minFit, asOf },
            });
        const strong = (await bench()).data as { benchStrength: { count: number; complete: boolean; explanation: string; people: { personId: string }[] } };
        expect([strong.benchStrength.count, strong.benchStrength.complete, strong.benchStrength.people.map((x) => x.personId.slice(p.length))]).toEqual([
            2,
            true,
            ["P1", "P2"],
        ]);
        expect(strong.benchStrength.explanation).toBe("2 people have a fit of 0.8 or more for Role R.");
        const wider = (await bench(0.4)).data as { benchStrength: { count: number } };
        expect(wider.benchStrength.count).toBe(4);
        expect((await bench(1.5)).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "minFit" });
    });
});
