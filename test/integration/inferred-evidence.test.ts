import { DEFAULTS } from "../../src/config";
import { COMPLETION_EVIDENCE } from "../../src/domain/evidence";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("inferred");
const asOf = "2026-06-01T00:00:00Z";

/**
 * Hand-worked fixture. Role R requires A 3 (essential), B 2 (essential), D 2 (optional). Course K teaches A at 4 and
 * B at 2; course OLD teaches D at 2. Pat claims A 3 (self), completed K on 2025-06-01 and OLD on 2022-01-01, which is
 * more than COMPLETION_EVIDENCE.validityMonths (36) before asOf. Quinn has no evidence at all.
 */
beforeAll(async () => {
    expect(COMPLETION_EVIDENCE).toEqual({ validityMonths: 36, confidence: 0.6 });
    api = await startTestApi();
    await api.cypher(
        `CREATE (a:Skill {id: $p + 'A', name: 'Skill A', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (b:Skill {id: $p + 'B', name: 'Skill B', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (d:Skill {id: $p + 'D', name: 'Skill D', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (e:Skill {id: $p + 'E', name: 'Skill E', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (r:Role {id: $p + 'R', title: 'Role R', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r2:Role {id: $p + 'R2', title: 'Role R2', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(a),
                (r)-[:REQUIRES {level: 2, importance: 'ESSENTIAL'}]->(b),
                (r)-[:REQUIRES {level: 2, importance: 'OPTIONAL'}]->(d),
                (r2)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(e),
                (k:Course {id: $p + 'K', title: 'Course K', durationMinutes: 30, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'}),
                (old:Course {id: $p + 'OLD', title: 'Course Old', durationMinutes: 30, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'}),
                (k)-[:TEACHES {level: 4}]->(a), (k)-[:TEACHES {level: 2}]->(b), (old)-[:TEACHES {level: 2}]->(d),
                (pat:Person {id: $p + 'P', name: 'Pat Learner', email: $p + 'p@example.com', availability: 1.0}),
                (quinn:Person {id: $p + 'Q', name: 'Quinn Newcomer', email: $p + 'q@example.com', availability: 1.0}),
                (pat)-[:HAS_SKILL {level: 3, source: 'SELF', confidence: 0.5, assessedAt: datetime('2026-01-10T00:00:00Z')}]->(a),
                (pat)-[:COMPLETED {completedAt: datetime('2025-06-01T00:00:00Z')}]->(k),
                (pat)-[:COMPLETED {completedAt: datetime('2022-01-01T00:00:00Z')}]->(old),
                (k)-[:HAS_SUGGESTION]->(:SkillSuggestion {id: $p + 'G', targetKind: 'COURSE', status: 'PROPOSED', score: 0.9,
                                                          methods: ['EXACT'], proposedAt: datetime('2026-05-01T00:00:00Z')})-[:SUGGESTS]->(e)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

const EVIDENCE = "source level countsAs assessedAt validUntil expired confidence courseId courseTitle credentialTitle";

interface Row {
    skillId: string;
    effectiveLevel: number;
    explanation: string;
    evidence: Record<string, unknown>[];
    expiredEvidence: Record<string, unknown>[];
}

async function gapOf(personId: string) {
    const response = await api.post({
        query: `query($person: ID!, $role: ID!, $asOf: DateTime) { skillGap(personId: $person, roleId: $role, asOf: $asOf) {
            fit requirements { skillId effectiveLevel explanation evidence { ${EVIDENCE} } expiredEvidence { ${EVIDENCE} } } } }`,
        variables: { person: personId, role: `${p}R`, asOf },
    });
    expect(response.errors).toBeUndefined();
    const report = (response.data as { skillGap: { fit: number; requirements: Row[] } }).skillGap;
    return { fit: report.fit, rows: Object.fromEntries(report.requirements.map((r) => [r.skillId.slice(p.length), r])) };
}

async function candidates(roleId: string) {
    const response = await api.post({
        query: `query($role: ID!, $asOf: DateTime) { candidatesForRole(roleId: $role, asOf: $asOf, first: 10) {
            edges { node { personId fit matched { explanation } } } } }`,
        variables: { role: roleId, asOf },
    });
    expect(response.errors).toBeUndefined();
    return (
        response.data as { candidatesForRole: { edges: { node: { personId: string; fit: number; matched: { explanation: string }[] } }[] } }
    ).candidatesForRole.edges.map((e) => e.node);
}

describe("evidence inferred from completed courses", () => {
    it("counts a completed course at the level it teaches, as INFERRED with the course, a confidence and a validity", async () => {
        const { fit, rows } = await gapOf(`${p}P`);
        expect(rows.A.effectiveLevel).toBe(4);
        expect(rows.A.evidence).toEqual([
            {
                source: "INFERRED",
                level: 4,
                countsAs: 4,
                assessedAt: "2025-06-01T00:00:00.000Z",
                validUntil: "2028-06-01T00:00:00.000Z",
                expired: false,
                confidence: 0.6,
                courseId: `${p}K`,
                courseTitle: "Course K",
                credentialTitle: null,
            },
            {
                source: "SELF",
                level: 3,
                countsAs: 3,
                assessedAt: "2026-01-10T00:00:00.000Z",
                validUntil: null,
                expired: false,
                confidence: 0.5,
                courseId: null,
                courseTitle: null,
                credentialTitle: null,
            },
        ]);
        // The explanation names the course and keeps the person's own claim apart.
        expect(rows.A.explanation).toBe(
            'Skill A: essential, level 3 required; level 4 from completed course "Course K" (inferred) of 2025-06-01; own claim 3 (self); met.',
        );
        expect(rows.B).toMatchObject({ effectiveLevel: 2 });
        expect(rows.B.explanation).toContain('from completed course "Course K" (inferred)');
        // Course Old was completed 2022-01-01: its inference lapsed on 2025-01-01.
        expect(rows.D.effectiveLevel).toBe(0);
        expect(rows.D.expiredEvidence).toEqual([
            expect.objectContaining({ source: "INFERRED", courseTitle: "Course Old", validUntil: "2025-01-01T00:00:00.000Z" }),
        ]);
        expect(rows.D.explanation).toContain("Skill D 2 (Course Old) expired on 2025-01-01");
        // fit = (1 + 1 + 0.3 * 0) / 2.3.
        expect(fit.toFixed(3)).toBe("0.870");
    });

    it("counts a completion only while it stays valid", async () => {
        const levelsAt = async (at: string) => {
            const response = await api.post({
                query: `query($person: ID!, $role: ID!, $at: DateTime) { skillGap(personId: $person, roleId: $role, asOf: $at) { requirements { skillId effectiveLevel } } }`,
                variables: { person: `${p}P`, role: `${p}R`, at },
            });
            const rows = (response.data as { skillGap: { requirements: { skillId: string; effectiveLevel: number }[] } }).skillGap.requirements;
            return Object.fromEntries(rows.map((r) => [r.skillId.slice(p.length), r.effectiveLevel]));
        };
        // Old's D 2 counts until 2025-01-01 (36 months after completion); K's A 4 until 2028-06-01, then the self-assessment's 3.
        expect(await levelsAt("2024-12-31T23:59:59Z")).toMatchObject({ D: 2 });
        expect(await levelsAt("2025-01-01T00:00:00Z")).toMatchObject({ D: 0 });
        expect(await levelsAt("2028-06-01T00:00:00Z")).toEqual({ A: 3, B: 0, D: 0 });
    });

    it("ranks people by the same levels in the planner queries (workforce index) as in skillGap", async () => {
        const ranked = await candidates(`${p}R`);
        expect(ranked.map((c) => c.personId)).toEqual([`${p}P`]);
        expect(ranked[0].fit.toFixed(3)).toBe("0.870");
        expect(ranked[0].matched.map((m) => m.explanation).join(" ")).toContain('completed course "Course K" (inferred)');

        const team = await api.post({
            query: `query($a: ID!, $asOf: DateTime) { composeTeam(requirements: [{skillId: $a, minLevel: 4}], asOf: $asOf) {
                members { personId covers { level evidence { source level courseTitle confidence } } } } }`,
            variables: { a: `${p}A`, asOf },
        });
        expect(team.errors).toBeUndefined();
        expect((team.data as { composeTeam: unknown }).composeTeam).toEqual({
            members: [
                {
                    personId: `${p}P`,
                    covers: [
                        {
                            level: 4,
                            evidence: [
                                { source: "INFERRED", level: 4, courseTitle: "Course K", confidence: 0.6 },
                                { source: "SELF", level: 3, courseTitle: null, confidence: 0.5 },
                            ],
                        },
                    ],
                },
            ],
        });
    });

    it("counts a completion for the configured months (SKILLGRAPH_COMPLETION_VALIDITY_MONTHS)", async () => {
        // Pat completed K 12 months before asOf: valid under the default 36 months, expired under 6.
        const levels = (rows: Row[]) =>
            rows.map((row) => [row.skillId.slice(p.length), row.effectiveLevel]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        expect(levels(Object.values((await gapOf(`${p}P`)).rows))).toEqual([
            ["A", 4],
            ["B", 2],
            ["D", 0],
        ]);
        const shorter = await startTestApi({ evidencePolicy: { ...DEFAULTS.evidencePolicy, completionValidityMonths: 6 } });
        try {
            const response = await shorter.post({
                query: `query($person: ID!, $role: ID!, $asOf: DateTime) { skillGap(personId: $person, roleId: $role, asOf: $asOf) { requirements { skillId effectiveLevel } } }`,
                variables: { person: `${p}P`, role: `${p}R`, asOf },
            });
            expect(levels((response.data as { skillGap: { requirements: Row[] } }).skillGap.requirements)).toEqual([
                ["A", 3],
                ["B", 0],
                ["D", 0],
            ]);
        } finally {
            await shorter.stop();
        }
    });

    it("plans with a completion: a confirmed course leaves the learner's plan, its skills count", async () => {
        const plan = async () => {
            const response = await api.post({
                query: `query($q: ID!, $r: ID!) { learningPlan(personId: $q, target: { roleId: $r }, options: { essentialOnly: true }) { steps { courseId } open { skillId } } }`,
                variables: { q: `${p}Q`, r: `${p}R` },
            });
            expect(response.errors).toBeUndefined();
            return (response.data as { learningPlan: { steps: { courseId: string }[]; open: unknown[] } }).learningPlan;
        };
        expect(await plan()).toEqual({ steps: [{ courseId: `${p}K` }], open: [] });
        const confirmed = await api.post({
            query: `mutation($q: ID!, $k: ID!) { confirmCompletion(personId: $q, courseId: $k, completedAt: "2026-03-01T00:00:00Z") { verified } }`,
            variables: { q: `${p}Q`, k: `${p}K` },
        });
        expect(confirmed.data).toEqual({ confirmCompletion: { verified: true } });
        expect(await plan()).toEqual({ steps: [], open: [] });
        await api.cypher("MATCH (:Person {id: $q})-[c:COMPLETED]->(:Course {id: $k}) DELETE c", { q: `${p}Q`, k: `${p}K` });
    });

    it("follows new completions and newly accepted course skills without a restart", async () => {
        const recorded = await api.post({
            query: `mutation($q: ID!, $k: ID!) { updatePeople(where: {id: {eq: $q}}, update: {completedCourses: [{connect: [{where: {node: {id: {eq: $k}}}, edge: {completedAt: "2026-03-01T00:00:00Z"}}]}]}) { people { id } } }`,
            variables: { q: `${p}Q`, k: `${p}K` },
        });
        expect(recorded.errors).toBeUndefined();
        expect((await candidates(`${p}R`)).map((c) => c.personId).sort()).toEqual([`${p}P`, `${p}Q`]);

        // Accepting "K teaches E at 3" makes both completers candidates for R2, which requires E 3.
        expect(await candidates(`${p}R2`)).toEqual([]);
        const accepted = await api.post({ query: `mutation($g: ID!) { acceptSkillSuggestion(id: $g, level: 3) { status } }`, variables: { g: `${p}G` } });
        expect(accepted.errors).toBeUndefined();
        const ranked = await candidates(`${p}R2`);
        expect(ranked.map((c) => [c.personId, c.fit])).toEqual([
            [`${p}P`, 1],
            [`${p}Q`, 1],
        ]);

        // A course edited through the generated API ("K teaches D at 2" too): R's optional D is now met by both.
        const edited = await api.post({
            query: `mutation($k: ID!, $d: ID!) { updateCourses(where: {id: {eq: $k}}, update: {teaches: [{connect: [{where: {node: {id: {eq: $d}}}, edge: {level: 2}}]}]}) { courses { id } } }`,
            variables: { k: `${p}K`, d: `${p}D` },
        });
        expect(edited.errors).toBeUndefined();
        expect((await candidates(`${p}R`)).map((c) => [c.personId, c.fit])).toEqual([
            [`${p}P`, 1],
            [`${p}Q`, 1],
        ]);
    });
});
