import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/project-root";
import { type TestApi, startTestApi } from "../helpers/test-api";

let api: TestApi;
const asOf = "2026-11-01T00:00:00Z";

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.stop();
});

async function query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await api.post({ query, variables });
    expect(response.errors).toBeUndefined();
    return response.data as T;
}

interface Step {
    courseId: string;
    totalMinutes: number;
    raises: { skillId: string; fromLevel: number; toLevel: number }[];
    prerequisites: { skillId: string; level: number; metByCourseId: string | null }[];
}

/** The documented examples, run against the demo organisation: they must keep giving sensible answers. */
describe("person-centric queries on the demo organisation", () => {
    it("plans an aspiring software architect's essential gaps in prerequisite order, with running totals", async () => {
        const { learningPlan } = await query<{ learningPlan: { steps: Step[]; totalMinutes: number; solver: string; targets: unknown[]; open: unknown[] } }>(
            `query { learningPlan(personId: "demo:person:0004", target: { roleId: "http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e" },
                     options: { essentialOnly: true }, asOf: "${asOf}") {
                solver totalMinutes targets { skillId } open { skillId }
                steps { courseId totalMinutes raises { skillId fromLevel toLevel } prerequisites { skillId level metByCourseId } } } }`,
        );
        expect(learningPlan.steps.length).toBeGreaterThan(0);
        expect(learningPlan.steps.at(-1)!.totalMinutes).toBe(learningPlan.totalMinutes);
        expect(learningPlan.steps.filter((step) => step.raises.length === 0)).toEqual([]);
        // Every prerequisite the plan itself meets is met by an earlier step, and this plan has some.
        const metInPlan = learningPlan.steps.flatMap((step, i) =>
            step.prerequisites
                .filter((need) => need.metByCourseId !== null)
                .map((need) => ({ step: i, by: learningPlan.steps.findIndex((s) => s.courseId === need.metByCourseId) })),
        );
        expect(metInPlan.length).toBeGreaterThan(0);
        expect(metInPlan.filter(({ step, by }) => !(by >= 0 && by < step))).toEqual([]);
        expect(learningPlan.targets.length).toBeGreaterThanOrEqual(learningPlan.open.length);
    });

    it("shows the nested Data Analytics Specialist stack", async () => {
        const { credentialStack } = await query<{ credentialStack: { rule: string; entries: { title: string; depth: number; rule: string | null }[] } }>(
            `{ credentialStack(credentialId: "demo:credential:data-analytics-specialist") { rule entries { title depth rule } } }`,
        );
        expect(credentialStack.rule).toBe("any 2 of 3 parts, including 1 mandatory");
        expect(credentialStack.entries.map((e) => [e.title, e.depth])).toEqual([
            ["Data Analytics Specialist", 0],
            ["Data Foundations", 1],
            ["Data Quality", 2],
            ["Data Querying", 2],
            ["Applied Statistics", 1],
            ["Data Mining", 1],
        ]);
    });

    it("ranks nearest credentials by open skills then minutes, never one the person holds", async () => {
        const { nearestCredentials } = await query<{ nearestCredentials: { status: string; remainingMinutes: number; plan: { open: unknown[] } }[] }>(
            `{ nearestCredentials(personId: "demo:person:0004", first: 5, asOf: "${asOf}") { status remainingMinutes plan { open { skillId } } } }`,
        );
        expect(nearestCredentials).toHaveLength(5);
        expect(nearestCredentials.every((c) => c.status !== "VALID")).toBe(true);
        const keys = nearestCredentials.map((c) => c.plan.open.length * 1e6 + c.remainingMinutes);
        expect(keys).toEqual([...keys].sort((a, b) => a - b));
    });

    it("finds holdings expiring within 90 days, soonest first, and a stack one of them puts at risk", async () => {
        const { expiringCredentials } = await query<{ expiringCredentials: { expiresAt: string; daysLeft: number; stacksAtRisk: { title: string }[] }[] }>(
            `{ expiringCredentials(withinDays: 90, asOf: "${asOf}") { expiresAt daysLeft stacksAtRisk { title } } }`,
        );
        expect(expiringCredentials.length).toBeGreaterThan(0);
        const days = expiringCredentials.map((h) => h.daysLeft);
        expect(days).toEqual([...days].sort((a, b) => a - b));
        expect(days.every((d) => d > 0 && d <= 90)).toBe(true);
        expect(expiringCredentials.some((h) => h.stacksAtRisk.length > 0)).toBe(true);
    });

    it("staffs each demo team's needs with the smallest team found, and explains the hard-to-staff one", async () => {
        const teams = await api.cypher<{ id: string; requirements: { skillId: string; minLevel: unknown; count: unknown }[] }>(
            "MATCH (t:Team)-[n:NEEDS]->(s:Skill) WHERE t.id STARTS WITH 'demo:' WITH t, collect({skillId: s.id, minLevel: n.level, count: n.count}) AS requirements ORDER BY t.id RETURN t.id AS id, requirements",
        );
        expect(teams).toHaveLength(4);
        expect(teams.map((team) => team.id)).toContain("demo:team:zero-trust");
        const uncovered = new Map<string, number>();
        for (const team of teams) {
            const requirements = team.requirements.map((r) => ({ skillId: r.skillId, minLevel: Number(r.minLevel), count: Number(r.count) }));
            const { composeTeam } = await query<{
                composeTeam: {
                    size: number;
                    lowerBound: number;
                    members: { covers: { skillId: string }[] }[];
                    coverage: { skillId: string; met: boolean; available: number; count: number; coveredBy: string[] }[];
                    uncovered: { explanation: string }[];
                };
            }>(
                `query($requirements: [TeamRequirementInput!]!) { composeTeam(requirements: $requirements, asOf: "${asOf}") {
                    size lowerBound members { covers { skillId } } coverage { skillId met available count coveredBy } uncovered { explanation } } }`,
                { requirements },
            );
            expect(composeTeam.size).toBeGreaterThanOrEqual(composeTeam.lowerBound);
            expect(composeTeam.coverage).toHaveLength(requirements.length);
            expect(composeTeam.coverage.filter((row) => row.coveredBy.length < Math.min(row.available, row.count))).toEqual([]);
            expect(composeTeam.members.length).toBeGreaterThan(0);
            expect(composeTeam.members.filter((m) => m.covers.length === 0)).toEqual([]);
            uncovered.set(team.id, composeTeam.uncovered.length);
        }
        // The hard-to-staff team asks for levels nobody quite has.
        expect(uncovered.get("demo:team:zero-trust")).toBeGreaterThan(0);
    });

    it("runs the examples of docs/examples.md on the demo organisation without errors", async () => {
        const document = readFileSync(path.join(projectRoot, "docs", "examples.md"), "utf8");
        const examples = [...document.matchAll(/```graphql\n(query (?:MyLearning|Renewals|Staff|Mobility|Planning|MicroCourses)[\s\S]*?)```/g)].map(
            (m) => m[1],
        );
        expect(examples).toHaveLength(6);
        for (const example of examples) {
            const response = await api.post({ query: example });
            expect(response.errors).toBeUndefined();
        }
        const planning = (await api.post({ query: examples[0] })).data as {
            orgUnits: { positionsConnection: { edges: { properties: { openings: number } }[] } }[];
        };
        const openings = planning.orgUnits.flatMap((unit) => unit.positionsConnection.edges.map((edge) => edge.properties.openings));
        expect(openings.length).toBeGreaterThan(0);
        expect(openings.filter((n) => !(n > 0))).toEqual([]);
        const micro = (await api.post({ query: examples[1] })).data as {
            courses: { durationMinutes: number; cost: number; teachesConnection: { edges: { properties: { level: number } }[] } }[];
        };
        expect(micro.courses.length).toBeGreaterThan(0);
        expect(
            micro.courses.filter((c) => !(c.durationMinutes <= 30 && c.cost < 50 && c.teachesConnection.edges.some((e) => e.properties.level >= 3))),
        ).toEqual([]);
        expect(micro.courses.map((c) => c.durationMinutes)).toEqual(micro.courses.map((c) => c.durationMinutes).sort((a, b) => a - b));
        const staff = (await api.post({ query: examples[4] })).data as { composeTeam: { size: number; coverage: { met: boolean }[] } };
        expect(staff.composeTeam.size).toBeGreaterThan(0);
        const mobility = (await api.post({ query: examples[5] })).data as {
            careerPaths: { reachable: boolean; paths: { cost: number; steps: { cost: number }[] }[] };
            adjacentRoles: { roles: { cost: number }[] };
            candidatesForRole: { edges: { node: { fit: number; matched: unknown[] } }[] };
        };
        expect(mobility.careerPaths.reachable).toBe(true);
        expect(mobility.careerPaths.paths.length).toBeGreaterThan(0);
        for (const route of mobility.careerPaths.paths)
            expect(route.cost).toBeCloseTo(
                route.steps.reduce((sum, step) => sum + step.cost, 0),
                9,
            );
        expect(mobility.adjacentRoles.roles).toHaveLength(5);
        expect(mobility.candidatesForRole.edges).toHaveLength(5);
        expect(mobility.candidatesForRole.edges.every((edge) => edge.node.matched.length > 0)).toBe(true);
    });
});
