import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("team");
const asOf = "2026-06-01T00:00:00Z";

/**
 * Hand-worked fixture. Skills S1..S6 and G. In unit U: X holds S1-S4 at 3 (fit-breaking tie aside, greedy's first
 * pick), W holds S5 at 4, V holds S6 at 4, Y holds S1, S2, S5 at 3, Z holds S3, S4, S6 at 3 (Z's S6 through a
 * credential). The smallest team for S1..S6 at level 3 is Y + Z; greedy would take X, W, V. Q holds S1 at 5, but the
 * evidence expired on 2026-03-01; R holds G at 2 only. Out of unit U, O holds S5 at 5.
 */
beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `UNWIND ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'G'] AS key
         CREATE (:Skill {id: $p + key, name: 'Skill ' + key, taxonomy: 'INTERNAL', altLabels: [], tags: []})`,
        { p },
    );
    await api.cypher(
        `CREATE (u:OrgUnit {id: $p + 'U', name: 'Unit U'}), (sub:OrgUnit {id: $p + 'SUB', name: 'Sub unit'})-[:SUB_UNIT_OF]->(u),
                (other:OrgUnit {id: $p + 'OTHER', name: 'Other unit'}),
                (cred:Credential {id: $p + 'C6', title: 'S6 certificate'})
         WITH u, sub, other, cred
         UNWIND $people AS person
         CREATE (x:Person {id: $p + person.id, name: 'Person ' + person.id, email: $p + person.id + '@example.com', availability: person.availability})
         WITH x, person, u, sub, other, cred
         CALL (x, person, u, sub, other) {
           WITH x, CASE person.unit WHEN 'SUB' THEN sub WHEN 'OTHER' THEN other ELSE u END AS unit
           CREATE (x)-[:MEMBER_OF]->(unit)
         }
         CALL (x, person) {
           UNWIND person.skills AS skill
           MATCH (s:Skill {id: $p + skill.key})
           CREATE (x)-[:HAS_SKILL {level: skill.level, source: 'ASSESSED', assessedAt: datetime('2025-06-01T00:00:00Z'),
                                   validUntil: CASE WHEN skill.expired THEN datetime('2026-03-01T00:00:00Z') END}]->(s)
         }`,
        {
            p,
            people: [
                { id: "X", availability: 0.5, unit: "U", skills: ["S1", "S2", "S3", "S4"].map((key) => ({ key, level: 3 })) },
                { id: "W", availability: 0.5, unit: "U", skills: [{ key: "S5", level: 4 }] },
                { id: "V", availability: 0.5, unit: "SUB", skills: [{ key: "S6", level: 4 }] },
                { id: "Y", availability: 0.5, unit: "U", skills: ["S1", "S2", "S5"].map((key) => ({ key, level: 3 })) },
                { id: "Z", availability: 0.5, unit: "SUB", skills: ["S3", "S4"].map((key) => ({ key, level: 3 })) },
                { id: "Q", availability: 1.0, unit: "U", skills: [{ key: "S1", level: 5, expired: true }] },
                { id: "R", availability: 1.0, unit: "U", skills: [{ key: "G", level: 2 }] },
                { id: "O", availability: 1.0, unit: "OTHER", skills: [{ key: "S5", level: 5 }] },
            ].map((person) => ({ ...person, skills: person.skills.map((s) => ({ ...s, level: BigInt(s.level) })) })),
        },
    );
    await api.cypher(
        `MATCH (z:Person {id: $p + 'Z'}), (c:Credential {id: $p + 'C6'}), (s:Skill {id: $p + 'S6'})
         CREATE (c)-[:CERTIFIES {level: 3}]->(s), (z)-[:HOLDS {issuedAt: datetime('2026-01-01T00:00:00Z'), expiresAt: datetime('2028-01-01T00:00:00Z'), verified: true}]->(c)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

/** The fields of ComposedTeam the tests ask for. */
interface ComposedTeam {
    size: number;
    solver: "EXACT" | "GREEDY";
    optimal: boolean;
    lowerBound: number;
    candidatesConsidered: number;
    explanation: string;
    members: {
        personId: string;
        fit: number;
        covers: { skillId: string; level: number; evidence: { source: string; level: number; credentialTitle: string | null }[] }[];
    }[];
    coverage: { skillId: string; coveredBy: string[]; met: boolean; available: number }[];
    uncovered: { skillId: string; available: number; bestLevel: number; explanation: string }[];
}

const short = (id: string) => id.slice(p.length);
const compose = (requirements: { skill: string; minLevel: number; count?: number }[], constraints: Record<string, unknown> = {}) =>
    api.post({
        query: `query Team($requirements: [TeamRequirementInput!]!, $constraints: TeamConstraintsInput, $asOf: DateTime) {
            composeTeam(requirements: $requirements, constraints: $constraints, asOf: $asOf) {
                size solver optimal lowerBound candidatesConsidered explanation
                members { personId fit covers { skillId level evidence { source level credentialTitle } } }
                coverage { skillId coveredBy met available }
                uncovered { skillId available bestLevel explanation }
            }
        }`,
        variables: { requirements: requirements.map((r) => ({ skillId: p + r.skill, minLevel: r.minLevel, count: r.count })), constraints, asOf },
    }) as Promise<{ data?: { composeTeam: ComposedTeam } | null; errors?: { message: string; extensions: Record<string, unknown> }[] }>;

const sixSkills = ["S1", "S2", "S3", "S4", "S5", "S6"].map((skill) => ({ skill, minLevel: 3 }));
const unitU = { orgUnitIds: [`${p}U`] };

describe("composeTeam", () => {
    it("finds the smallest team where greedy would not, proves it, and says what each member covers and why", async () => {
        const response = await compose(sixSkills, unitU);
        expect(response.errors).toBeUndefined();
        const team = response.data!.composeTeam;
        expect([team.members.map((m) => short(m.personId)).sort(), team.size, team.solver, team.optimal, team.lowerBound]).toEqual([
            ["Y", "Z"],
            2,
            "EXACT",
            true,
            2,
        ]);
        const z = team.members.find((m) => short(m.personId) === "Z")!;
        expect(z.covers.map((c) => short(c.skillId))).toEqual(["S3", "S4", "S6"]);
        expect(z.covers[2].evidence).toEqual([{ source: "CREDENTIAL", level: 3, credentialTitle: "S6 certificate" }]);
        expect(team.coverage.every((c) => c.met)).toBe(true);
        expect(team.uncovered).toEqual([]);
    });

    it("reports a requirement nobody can cover with the best valid level, and ignores expired evidence", async () => {
        const team = (
            await compose(
                [
                    { skill: "S1", minLevel: 5 },
                    { skill: "G", minLevel: 4 },
                    { skill: "S6", minLevel: 4 },
                ],
                unitU,
            )
        ).data!.composeTeam;
        // Q's S1 5 expired: the best valid S1 is 3 (X, Y). G: R holds 2. S6 at 4: V.
        expect(team.members.map((m) => short(m.personId))).toEqual(["V"]);
        expect(team.uncovered.map((u) => [short(u.skillId), u.available, u.bestLevel])).toEqual([
            ["S1", 0, 3],
            ["G", 0, 2],
        ]);
        expect(team.uncovered[1].explanation).toBe("Nobody in scope holds Skill G at level 4 or above; the best valid level is 2.");
    });

    it("needs two people for a count of two, and keeps to the org units asked", async () => {
        const inUnit = (await compose([{ skill: "S5", minLevel: 3, count: 2 }], unitU)).data!.composeTeam;
        expect(inUnit.members.map((m) => short(m.personId)).sort()).toEqual(["W", "Y"]);
        const everywhere = (await compose([{ skill: "S5", minLevel: 5 }], {})).data!.composeTeam;
        expect(everywhere.members.map((m) => short(m.personId))).toEqual(["O"]);
    });

    it("honours mustInclude, exclude and a per-unit cap", async () => {
        const team = (await compose(sixSkills, { ...unitU, mustInclude: [`${p}X`], exclude: [`${p}Y`] })).data!.composeTeam;
        expect(team.members.map((m) => short(m.personId)).sort()).toEqual(["W", "X", "Z"]);
        // One per unit: Y (unit U) and Z (sub unit) still cover everything.
        const capped = (await compose(sixSkills, { ...unitU, maxPerOrgUnit: 1 })).data!.composeTeam;
        expect(capped.members.map((m) => short(m.personId)).sort()).toEqual(["Y", "Z"]);
        // Two S5 holders are needed, but W and Y share unit U: the cap leaves one, and the answer says why.
        const short5 = (await compose([{ skill: "S5", minLevel: 3, count: 2 }], { ...unitU, maxPerOrgUnit: 1 })).data!.composeTeam;
        expect(short5.size).toBe(1);
        expect(short5.uncovered[0].explanation).toBe(
            "Enough people hold Skill S5 at level 3, but the constraints (maxPerOrgUnit, mustInclude) leave the team with 1 of 2.",
        );
    });

    it("rejects infeasible constraints with BAD_USER_INPUT naming the conflict, and unknown ids with NOT_FOUND", async () => {
        const tooSmall = await compose(sixSkills, { ...unitU, maxSize: 1 });
        expect(tooSmall.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "constraints.maxSize", allowed: "2 or more" });
        const both = await compose(sixSkills, { mustInclude: [`${p}X`], exclude: [`${p}X`] });
        expect(both.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "constraints.mustInclude" });
        const unknownSkill = await compose([{ skill: "nope", minLevel: 3 }]);
        expect(unknownSkill.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "requirements[0].skillId" });
        const unknownPerson = await compose(sixSkills, { mustInclude: [`${p}nobody`] });
        expect(unknownPerson.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "constraints.mustInclude" });
        const badLevel = await compose([{ skill: "S1", minLevel: 6 }]);
        expect(badLevel.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
        const twice = await compose([
            { skill: "S1", minLevel: 3 },
            { skill: "S1", minLevel: 4 },
        ]);
        expect(twice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "requirements[1].skillId" });
    });
});
