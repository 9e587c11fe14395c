import { existsSync } from "node:fs";
import path from "node:path";
import { Random } from "../../seed/demo/random";
import { type Compute, createCompute, inlineCompute } from "../../src/compute/compute";
import { projectRoot } from "../../src/project-root";
import type { CatalogueCourse } from "../../src/use-cases/planning-reads";
import { DEFAULT_PLAN_OPTIONS } from "../../src/use-cases/learning-plan";

/**
 * The compute threads run the compiled tasks (dist/, built by npm test), so this suite loads the compiled pool and
 * checks that answers computed on a thread equal those computed inline, Maps and Dates included.
 */
const compiled = path.join(projectRoot, "dist", "src", "compute", "compute.js");
let threads: Compute;

beforeAll(async () => {
    if (!existsSync(compiled)) throw new Error("dist/src/compute/compute.js is missing: run npm test (it builds first), or npm run build");
    const { createCompute: createCompiled } = (await import(compiled)) as { createCompute: typeof createCompute };
    threads = createCompiled(1);
});

afterAll(async () => {
    await threads?.close();
});

const random = new Random(20261201);
const course = (id: string, skill: string, level: number, minutes: number, prerequisite?: [string, number]): CatalogueCourse => ({
    id,
    title: `course ${id}`,
    minutes,
    cost: minutes * 2,
    currency: "EUR",
    completedBefore: false,
    teaches: [{ skillId: skill, skillName: `skill ${skill}`, level }],
    prerequisites: prerequisite ? [{ skillId: prerequisite[0], skillName: `skill ${prerequisite[0]}`, level: prerequisite[1] }] : [],
});

describe("compute threads", () => {
    it("run on a pool of worker threads when the compiled entry exists, inline under the TypeScript sources", () => {
        expect(threads.mode).toBe("threads");
        expect(createCompute(1).mode).toBe("inline");
    });

    it("give the same learning plan as inline compute, eligible credentials and step levels included", async () => {
        const skills = ["A", "B", "C", "D"];
        const courses = skills.flatMap((s, i) => [course(`${s}1`, s, 2, 15 + i * 5), course(`${s}2`, s, 4, 30 + i * 5, [s, 2])]);
        const input = {
            role: { id: "role", title: "a role" },
            targets: skills.map((s) => ({ skillId: s, skillName: `skill ${s}`, requiredLevel: 4, currentLevel: 0, importance: "ESSENTIAL" as const })),
            inputs: {
                learner: { personId: "p", personName: "P", asOf: new Date("2026-06-01T00:00:00Z"), levels: new Map([["A", 1]]), skillNames: new Map() },
                courses,
                eligibility: new Map([
                    [
                        "cred",
                        {
                            id: "cred",
                            title: "a credential",
                            requiredParts: null,
                            validityMonths: null,
                            certifies: [{ skillId: "B", skillName: "skill B", level: 4 }],
                            parts: [],
                            prerequisites: [],
                            holdings: [],
                        },
                    ],
                ]),
            },
            options: DEFAULT_PLAN_OPTIONS,
        };
        const onThread = await threads.run("rolePlan", input);
        expect(onThread).toEqual(await inlineCompute.run("rolePlan", input));
        expect(onThread.steps).toHaveLength(8);
        // The levels after the last step are a Map that crossed the thread boundary: every target reached.
        expect([...onThread.steps[7].levelsAfter.entries()].sort()).toEqual(skills.map((s) => [s, 4]));
        expect(onThread.eligibleCredentials.map((c) => c.credentialId)).toEqual(["cred"]);
    });

    it("give the same team as inline compute on random pools", async () => {
        for (let round = 0; round < 20; round++) {
            const skills = ["s1", "s2", "s3", "s4", "s5"];
            const pool = Array.from({ length: 30 }, (_, i) => ({
                id: `p${i}`,
                levels: new Map(skills.filter(() => random.next() < 0.4).map((s) => [s, 1 + Math.floor(random.next() * 5)])),
                fit: random.next(),
                allocation: random.next(),
                orgUnitId: `u${i % 4}`,
            }));
            const input = { requirements: skills.map((skillId) => ({ skillId, minLevel: 3, count: 1 })), pool, constraints: { maxPerOrgUnit: 2 } };
            expect(await threads.run("teamPlan", input)).toEqual(await inlineCompute.run("teamPlan", input));
        }
    });
});
