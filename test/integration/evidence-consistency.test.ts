import { DEFAULTS } from "../../src/config";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("consistency");
const asOf = "2026-06-01T00:00:00Z";

/**
 * One person against one role through every query that judges them (issue 17's consistency test). Role R requires
 * A 4 and B 4 (essential) and C 5 (optional); unit U has one R filled and one open. Pat claims A 5 (self), B 4
 * (manager) and C 5 (peer): under the default evidence policy A counts 3 and C 4, so fit = (3/4 + 1 + 0.3 * 4/5) / 2.3
 * = 0.8652. Quinn was assessed at A 4 and B 4 and recorded a completion of course L (teaching C at 5) that nobody
 * verified, which counts like a self-assessment, 3: fit = (1 + 1 + 0.3 * 3/5) / 2.3 = 0.9478. Counting claims at face
 * value would give Pat fit 1 and the first place; every query must instead agree on these levels.
 */
beforeAll(async () => {
    expect(DEFAULTS.evidencePolicy).toEqual({ maxLevel: { SELF: 3, PEER: 4 }, completionValidityMonths: 36 });
    api = await startTestApi();
    await api.cypher(
        `CREATE (a:Skill {id: $p + 'A', name: 'Skill A', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (b:Skill {id: $p + 'B', name: 'Skill B', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (c:Skill {id: $p + 'C', name: 'Skill C', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (r:Role {id: $p + 'R', title: 'Role R', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r)-[:REQUIRES {level: 4, importance: 'ESSENTIAL'}]->(a),
                (r)-[:REQUIRES {level: 4, importance: 'ESSENTIAL'}]->(b),
                (r)-[:REQUIRES {level: 5, importance: 'OPTIONAL'}]->(c),
                (u:OrgUnit {id: $p + 'U', name: 'Unit U'}),
                (u)-[:HAS_POSITION {headcount: 1, openings: 1}]->(r),
                (k:Course {id: $p + 'K', title: 'Course K', durationMinutes: 30, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'}),
                (k)-[:TEACHES {level: 4}]->(a),
                (l:Course {id: $p + 'L', title: 'Course L', durationMinutes: 45, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'}),
                (l)-[:TEACHES {level: 5}]->(c),
                (pat:Person {id: $p + 'P', name: 'Pat Claimant', email: $p + 'p@example.com', availability: 1.0}),
                (quinn:Person {id: $p + 'Q', name: 'Quinn Assessed', email: $p + 'q@example.com', availability: 1.0}),
                (pat)-[:MEMBER_OF]->(u), (quinn)-[:MEMBER_OF]->(u),
                (pat)-[:HAS_SKILL {level: 5, source: 'SELF', confidence: 0.6, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(a),
                (pat)-[:HAS_SKILL {level: 4, source: 'MANAGER', confidence: 0.8, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(b),
                (pat)-[:HAS_SKILL {level: 5, source: 'PEER', confidence: 0.7, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(c),
                (quinn)-[:HAS_SKILL {level: 4, source: 'ASSESSED', confidence: 0.95, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(a),
                (quinn)-[:HAS_SKILL {level: 4, source: 'ASSESSED', confidence: 0.95, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(b),
                (quinn)-[:COMPLETED {completedAt: datetime('2026-03-01T00:00:00Z'), verified: false}]->(l),
                (n:Skill {id: $p + 'N', name: 'Skill N', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (n)-[:BROADER]->(b),
                (u2:OrgUnit {id: $p + 'U2', name: 'Unit U2'}),
                (u2)-[:HAS_POSITION {headcount: 0, openings: 1}]->(r),
                (nia:Person {id: $p + 'N1', name: 'Nia Narrower', email: $p + 'n@example.com', availability: 1.0}),
                (nia)-[:MEMBER_OF]->(u2),
                (nia)-[:HAS_SKILL {level: 4, source: 'ASSESSED', confidence: 0.95, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(a),
                (nia)-[:HAS_SKILL {level: 2, source: 'MANAGER', confidence: 0.8, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(b),
                (nia)-[:HAS_SKILL {level: 5, source: 'ASSESSED', confidence: 0.95, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(n)`,
        { p },
    );
    await api.cypher("MERGE (v:GraphVersion {key: 'roleProfiles'}) SET v.version = coalesce(v.version, 0) + 1");
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.cypher("MERGE (v:GraphVersion {key: 'roleProfiles'}) SET v.version = coalesce(v.version, 0) + 1");
    await api.stop();
});

const PAT_FIT = (3 / 4 + 1 + 0.3 * (4 / 5)) / 2.3;
const QUINN_FIT = (1 + 1 + 0.3 * (3 / 5)) / 2.3;
const PAT_LEVELS = { A: 3, B: 4, C: 4 };

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await api.post({ query: text, variables: { role: `${p}R`, unit: `${p}U`, asOf, ...variables } });
    expect(response.errors).toBeUndefined();
    return response.data as T;
}

const levelsOf = (rows: readonly { skillId: string; effectiveLevel: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.skillId.slice(p.length), r.effectiveLevel]));

describe("one person, one role, every query that judges them", () => {
    it("skillGap counts each claim as the policy says and explains it", async () => {
        const { skillGap } = await query<{
            skillGap: {
                fit: number;
                requirements: {
                    skillId: string;
                    effectiveLevel: number;
                    explanation: string;
                    evidence: { source: string; level: number; countsAs: number; capped: boolean }[];
                }[];
            };
        }>(
            `query($person: ID!, $role: ID!, $asOf: DateTime) { skillGap(personId: $person, roleId: $role, asOf: $asOf) {
                fit requirements { skillId effectiveLevel explanation evidence { source level countsAs capped } } } }`,
            { person: `${p}P` },
        );
        expect(skillGap.fit).toBeCloseTo(PAT_FIT, 9);
        expect(levelsOf(skillGap.requirements)).toEqual(PAT_LEVELS);
        const a = skillGap.requirements.find((r) => r.skillId === `${p}A`)!;
        expect(a.evidence).toEqual([{ source: "SELF", level: 5, countsAs: 3, capped: true }]);
        expect(a.explanation).toBe(
            "Skill A: essential, level 4 required; level 3 from self evidence (5, counted as 3 by the evidence policy) of 2026-01-10; 1 level short.",
        );
    });

    it("Person.fitFor agrees with skillGap", async () => {
        const { people } = await query<{ people: { id: string; fitFor: { fit: number; requirements: { skillId: string; effectiveLevel: number }[] } }[] }>(
            `query($ids: [ID!]!, $role: ID!, $asOf: DateTime) { people(where: {id: {in: $ids}}, sort: [{id: ASC}]) {
                id fitFor(roleId: $role, asOf: $asOf) { fit requirements { skillId effectiveLevel } } } }`,
            { ids: [`${p}P`, `${p}Q`] },
        );
        expect(people.map((person) => person.fitFor.fit.toFixed(9))).toEqual([PAT_FIT.toFixed(9), QUINN_FIT.toFixed(9)]);
        expect(levelsOf(people[0].fitFor.requirements)).toEqual(PAT_LEVELS);
        expect(levelsOf(people[1].fitFor.requirements)).toEqual({ A: 4, B: 4, C: 3 });
    });

    it("candidatesForRole and benchStrength rank by the same fits", async () => {
        const { candidatesForRole } = await query<{
            candidatesForRole: {
                edges: { node: { personId: string; fit: number; report: { requirements: { skillId: string; effectiveLevel: number }[] } } }[];
            };
        }>(
            `query($role: ID!, $unit: ID, $asOf: DateTime) { candidatesForRole(roleId: $role, filter: {orgUnitId: $unit}, asOf: $asOf) {
                edges { node { personId fit report { requirements { skillId effectiveLevel } } } } } }`,
        );
        const ranked = candidatesForRole.edges.map((e) => e.node);
        expect(ranked.map((c) => c.personId)).toEqual([`${p}Q`, `${p}P`]);
        expect(ranked.map((c) => c.fit.toFixed(9))).toEqual([QUINN_FIT.toFixed(9), PAT_FIT.toFixed(9)]);
        expect(levelsOf(ranked[1].report.requirements)).toEqual(PAT_LEVELS);

        const bench = (minFit: number) =>
            query<{ benchStrength: { count: number; people: { personId: string }[] } }>(
                `query($role: ID!, $unit: ID, $minFit: Float, $asOf: DateTime) { benchStrength(roleId: $role, orgUnitId: $unit, minFit: $minFit, asOf: $asOf) { count people { personId } } }`,
                { minFit },
            );
        // Between the two fits only Quinn is ready; below both, both are.
        expect((await bench(0.866)).benchStrength).toEqual({ count: 1, people: [{ personId: `${p}Q` }] });
        expect((await bench(0.86)).benchStrength.count).toBe(2);
    });

    it("composeTeam and skillSupplyDemand count Pat's self-assessed A 5 as 3", async () => {
        const team = (minLevel: number) =>
            query<{ composeTeam: { members: { personId: string }[] } }>(
                `query($a: ID!, $unit: ID!, $min: Proficiency!, $asOf: DateTime) { composeTeam(requirements: [{skillId: $a, minLevel: $min}], constraints: {orgUnitIds: [$unit]}, asOf: $asOf) { members { personId } } }`,
                { a: `${p}A`, min: minLevel },
            );
        expect((await team(4)).composeTeam.members).toEqual([{ personId: `${p}Q` }]);
        // At level 3 either covers it alone: the solver picks one, whoever it is.
        expect((await team(3)).composeTeam.members).toHaveLength(1);

        const { skillSupplyDemand } = await query<{ skillSupplyDemand: { skills: { skillId: string; level: number; supply: number }[] } }>(
            `query($unit: ID, $asOf: DateTime) { skillSupplyDemand(orgUnitId: $unit, asOf: $asOf) { skills { skillId level supply } } }`,
        );
        const supply = Object.fromEntries(skillSupplyDemand.skills.map((s) => [s.skillId.slice(p.length), [s.level, s.supply]]));
        expect(supply).toEqual({ A: [4, 1], B: [4, 2] });
    });

    it("learningPlan plans from the same levels", async () => {
        const { learningPlan } = await query<{
            learningPlan: { targets: { skillId: string; currentLevel: number; requiredLevel: number }[]; steps: { courseId: string }[] };
        }>(
            `query($person: ID!, $role: ID!, $asOf: DateTime) { learningPlan(personId: $person, target: {roleId: $role}, asOf: $asOf) {
                targets { skillId currentLevel requiredLevel } steps { courseId } } }`,
            { person: `${p}P` },
        );
        const targets = Object.fromEntries(learningPlan.targets.map((t) => [t.skillId.slice(p.length), [t.currentLevel, t.requiredLevel]]));
        expect(targets).toEqual({ A: [3, 4], C: [4, 5] });
        expect(learningPlan.steps.map((s) => s.courseId).sort()).toEqual([`${p}K`, `${p}L`]);
    });

    it("a career step from the person costs the same gaps", async () => {
        const { careerPaths } = await query<{
            careerPaths: { paths: { steps: { roleId: string; missing: { skillId: string; fromLevel: number; requiredLevel: number }[] }[] }[] };
        }>(
            `query($person: ID!, $role: ID!, $asOf: DateTime) { careerPaths(from: {personId: $person}, toRoleId: $role, k: 1, maxSteps: 1, asOf: $asOf) {
                paths { steps { roleId missing { skillId fromLevel requiredLevel } } } } }`,
            { person: `${p}P` },
        );
        const [step] = careerPaths.paths[0].steps;
        expect(step.roleId).toBe(`${p}R`);
        const missing = Object.fromEntries(step.missing.map((m) => [m.skillId.slice(p.length), [m.fromLevel, m.requiredLevel]]));
        expect(missing).toEqual({ A: [3, 4], C: [4, 5] });
    });

    it("adjacentRoles from the person and growthPositions judge the same gaps and fit", async () => {
        const { adjacentRoles, growthPositions } = await query<{
            adjacentRoles: { roles: { roleId: string; missing: { skillId: string; fromLevel: number; requiredLevel: number }[] }[] };
            growthPositions: { positions: { roleId: string; fit: number; gap: { skillId: string; effectiveLevel: number; requiredLevel: number }[] }[] };
        }>(
            `query($person: ID!, $unit: ID, $asOf: DateTime) {
                adjacentRoles(personId: $person, first: 50, rankBy: COST, asOf: $asOf) { roles { roleId missing { skillId fromLevel requiredLevel } } }
                growthPositions(personId: $person, orgUnitId: $unit, asOf: $asOf) { positions { roleId fit gap { skillId effectiveLevel requiredLevel } } } }`,
            { person: `${p}P` },
        );
        const step = adjacentRoles.roles.find((role) => role.roleId === `${p}R`)!;
        expect(Object.fromEntries(step.missing.map((m) => [m.skillId.slice(p.length), [m.fromLevel, m.requiredLevel]]))).toEqual({ A: [3, 4], C: [4, 5] });
        expect(growthPositions.positions).toHaveLength(1);
        const [position] = growthPositions.positions;
        expect(position.roleId).toBe(`${p}R`);
        expect(position.fit).toBeCloseTo(PAT_FIT, 9);
        expect(Object.fromEntries(position.gap.map((g) => [g.skillId.slice(p.length), [g.effectiveLevel, g.requiredLevel]]))).toEqual({ A: [3, 4], C: [4, 5] });
    });
});

/**
 * Narrower credit, asked for (includeNarrower) in every query that judges people: Nia in unit U2 holds A 4 (assessed),
 * B 2 (manager) and N 5 (assessed), N one level narrower than B. Without it, fit = (1 + 2/4) / 2.3 = 0.6522; with it
 * N counts for B at 4: fit = 2 / 2.3 = 0.8696, and B is met.
 */
describe("narrower credit, the same in every query that judges people", () => {
    const NIA_FIT = { without: 1.5 / 2.3, with: 2 / 2.3 };
    const vars = (includeNarrower: boolean) => ({ person: `${p}N1`, unit: `${p}U2`, narrower: includeNarrower });

    it.each([false, true])("skillGap, fitFor, candidatesForRole and benchStrength agree (includeNarrower %s)", async (narrower) => {
        const fit = narrower ? NIA_FIT.with : NIA_FIT.without;
        const data = await query<{
            skillGap: { fit: number; requirements: { skillId: string; effectiveLevel: number; metViaNarrower: boolean }[] };
            people: { fitFor: { fit: number } }[];
            candidatesForRole: {
                includeNarrower: boolean;
                edges: { node: { personId: string; fit: number; report: { requirements: { skillId: string; effectiveLevel: number }[] } } }[];
            };
            benchStrength: { count: number };
        }>(
            `query($person: ID!, $role: ID!, $unit: ID, $asOf: DateTime, $narrower: Boolean) {
                skillGap(personId: $person, roleId: $role, asOf: $asOf, includeNarrower: $narrower) { fit requirements { skillId effectiveLevel metViaNarrower } }
                people(where: {id: {eq: $person}}) { fitFor(roleId: $role, asOf: $asOf, includeNarrower: $narrower) { fit } }
                candidatesForRole(roleId: $role, filter: {orgUnitId: $unit}, asOf: $asOf, includeNarrower: $narrower) {
                    includeNarrower edges { node { personId fit report { requirements { skillId effectiveLevel } } } } }
                benchStrength(roleId: $role, orgUnitId: $unit, minFit: 0.8, asOf: $asOf, includeNarrower: $narrower) { count }
            }`,
            vars(narrower),
        );
        const levels = { A: 4, B: narrower ? 4 : 2, C: 0 };
        expect(data.skillGap.fit).toBeCloseTo(fit, 9);
        expect(levelsOf(data.skillGap.requirements)).toEqual(levels);
        expect(data.skillGap.requirements.find((r) => r.skillId === `${p}B`)!.metViaNarrower).toBe(narrower);
        expect(data.people[0].fitFor.fit).toBeCloseTo(fit, 9);
        expect(data.candidatesForRole.includeNarrower).toBe(narrower);
        const [nia] = data.candidatesForRole.edges.map((e) => e.node);
        expect([nia.personId, nia.fit.toFixed(9)]).toEqual([`${p}N1`, fit.toFixed(9)]);
        expect(levelsOf(nia.report.requirements)).toEqual(levels);
        expect(data.benchStrength.count).toBe(narrower ? 1 : 0);
    });

    it.each([false, true])("composeTeam and skillSupplyDemand count N for B (includeNarrower %s)", async (narrower) => {
        const data = await query<{
            composeTeam: {
                members: { personId: string; covers: { skillId: string; skillName: string; level: number; evidence: { skillName: string }[] }[] }[];
            };
            skillSupplyDemand: { skills: { skillId: string; level: number; supply: number }[] };
        }>(
            `query($b: ID!, $unit: ID!, $asOf: DateTime, $narrower: Boolean) {
                composeTeam(requirements: [{skillId: $b, minLevel: 4}], constraints: {orgUnitIds: [$unit]}, asOf: $asOf, includeNarrower: $narrower) {
                    members { personId covers { skillId skillName level evidence { skillName } } } }
                skillSupplyDemand(orgUnitId: $unit, asOf: $asOf, includeNarrower: $narrower) { skills { skillId level supply } }
            }`,
            { ...vars(narrower), b: `${p}B` },
        );
        if (narrower) {
            expect(data.composeTeam.members).toEqual([
                {
                    personId: `${p}N1`,
                    covers: [{ skillId: `${p}B`, skillName: "Skill B", level: 4, evidence: [{ skillName: "Skill N" }, { skillName: "Skill B" }] }],
                },
            ]);
        } else expect(data.composeTeam.members).toEqual([]);
        const supply = Object.fromEntries(data.skillSupplyDemand.skills.map((s) => [s.skillId.slice(p.length), [s.level, s.supply]]));
        expect(supply).toEqual({ A: [4, 1], B: [4, narrower ? 1 : 0] });
    });

    it.each([false, true])("learningPlan and a career step plan from the same levels (includeNarrower %s)", async (narrower) => {
        const data = await query<{
            learningPlan: { targets: { skillId: string; currentLevel: number; requiredLevel: number }[] };
            careerPaths: { paths: { steps: { missing: { skillId: string; fromLevel: number; requiredLevel: number }[] }[] }[] };
        }>(
            `query($person: ID!, $role: ID!, $asOf: DateTime, $narrower: Boolean!) {
                learningPlan(personId: $person, target: {roleId: $role}, options: {includeNarrower: $narrower}, asOf: $asOf) { targets { skillId currentLevel requiredLevel } }
                careerPaths(from: {personId: $person}, toRoleId: $role, k: 1, maxSteps: 1, asOf: $asOf, includeNarrower: $narrower) {
                    paths { steps { missing { skillId fromLevel requiredLevel } } } }
            }`,
            vars(narrower),
        );
        const expected = narrower ? { C: [0, 5] } : { B: [2, 4], C: [0, 5] };
        const targets = Object.fromEntries(data.learningPlan.targets.map((t) => [t.skillId.slice(p.length), [t.currentLevel, t.requiredLevel]]));
        expect(targets).toEqual(expected);
        const missing = Object.fromEntries(data.careerPaths.paths[0].steps[0].missing.map((m) => [m.skillId.slice(p.length), [m.fromLevel, m.requiredLevel]]));
        expect(missing).toEqual(expected);
    });
});
