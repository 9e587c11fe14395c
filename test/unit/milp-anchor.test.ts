import { Random } from "../../seed/demo/random";
import type { TeamCandidate, TeamRequirement } from "../../src/domain/team-solver";
import { checkPlan, solvePlanMilp, solveTeamMilp } from "../../tools/bench/milp";
import { planInstance } from "../../tools/bench/solver-comparison";
import { betterTeam, enumeratePlans, enumerateTeams, teamOf } from "./brute-force";

/**
 * The benchmark's exact anchors (tools/bench/milp.ts, HiGHS) against brute force: on small instances the mixed-integer
 * models must find the enumerated optimum, or the solver comparison they anchor would measure nothing.
 */
const smallPlan = (random: Random) =>
    planInstance(random, {
        skills: 8,
        courses: [6, 13],
        targets: [2, 5],
        targetLevels: [2, 5],
        prerequisiteChance: 0.4,
        knownChance: 0.4,
        objective: () => (random.chance(0.5) ? "MINUTES" : "COST"),
    });

function smallTeam(random: Random) {
    const skills = Array.from({ length: random.int(2, 5) }, (_, i) => `s${i}`);
    const requirements: TeamRequirement[] = skills.map((skillId) => ({ skillId, minLevel: random.int(2, 4), count: random.int(1, 2) }));
    const pool: TeamCandidate[] = Array.from({ length: random.int(5, 13) }, (_, i) => ({
        id: `p${i}`,
        levels: new Map(random.sample(skills, random.int(0, 3)).map((s) => [s, random.int(1, 5)])),
        fit: random.int(0, 8) / 8,
        allocation: random.int(0, 4) / 4,
        orgUnitId: random.chance(0.2) ? null : random.pick(["u0", "u1", "u2"]),
    }));
    const mustInclude = random.chance(0.3) ? [random.pick(pool).id] : [];
    const maxPerOrgUnit = random.chance(0.4) ? random.int(1, 2) : null;
    return { requirements, pool, constraints: { mustInclude, maxPerOrgUnit } };
}

describe("the MILP anchors against brute force", () => {
    it("find the cheapest schedulable plan of 150 small instances", async () => {
        const random = new Random(20261202);
        const mismatches: string[] = [];
        for (let i = 0; i < 150; i++) {
            const problem = smallPlan(random);
            const { optimum } = enumeratePlans(problem);
            const answer = await solvePlanMilp(problem);
            const got = answer.ids && checkPlan(problem, answer.ids);
            const value = (t: { minutes: number; cost: number }) => (problem.objective === "MINUTES" ? t.minutes : t.cost);
            if (!got || !got.valid || Math.abs(value(got) - value(optimum)) > 1e-6)
                mismatches.push(`instance ${i}: ${JSON.stringify({ got, optimum, answer })}`);
        }
        expect(mismatches.slice(0, 3)).toEqual([]);
    });

    it("find the smallest team (then fit, then allocation) of 150 small instances, or none when none is admissible", async () => {
        const random = new Random(20261203);
        const mismatches: string[] = [];
        let none = 0;
        for (let i = 0; i < 150; i++) {
            const { requirements, pool, constraints } = smallTeam(random);
            const { optimum, admissible } = enumerateTeams(requirements, pool, constraints);
            const answer = await solveTeamMilp(requirements, pool, constraints);
            if (!optimum) {
                none++;
                if (answer.ids) mismatches.push(`instance ${i}: MILP found ${String(answer.ids)} but no admissible team exists`);
                continue;
            }
            const got = answer.ids && teamOf(pool, answer.ids);
            if (!got || !admissible(got.ids) || betterTeam(optimum, got) || betterTeam(got, optimum))
                mismatches.push(`instance ${i}: ${JSON.stringify({ got, optimum })}`);
        }
        expect(mismatches.slice(0, 3)).toEqual([]);
        expect(none).toBeGreaterThan(0);
    });
});
