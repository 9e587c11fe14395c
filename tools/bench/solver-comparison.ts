/**
 * The API's solvers against an exact MILP anchor (./milp.ts, HiGHS) on pools of 200: composeTeam (greedy alone, and
 * composeTeamPlan: pruning, then branch and bound within its limits, else greedy) and learningPlan (greedy alone, and
 * solvePlan: branch and bound within its limits, else greedy). Per solver: how often it answered with a complete team
 * or plan, the quality ratio to the optimum (mean and worst), how often it proved optimality, and its time.
 */
import { Random } from "../../seed/demo/random";
import { type PlanCourse, type PlanProblem, solveGreedy, solveGreedyPass, solvePlan } from "../../src/domain/plan-solver";
import { type TeamCandidate, type TeamRequirement, composeTeamPlan, solveTeamGreedy } from "../../src/domain/team-solver";
import { checkPlan, solvePlanMilp, solveTeamMilp } from "./milp";
import { percentiles } from "./stats";

export interface SolverRow {
    readonly problem: string;
    readonly solver: string;
    readonly instances: number;
    /** Complete answers (every coverable requirement or reachable target met). */
    readonly answered: number;
    /** Answers the solver itself proved optimal. */
    readonly provedOptimal: number;
    readonly meanRatio: number;
    readonly worstRatio: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
}

const POOL = 200;

function teamInstance(random: Random) {
    const skills = Array.from({ length: random.int(6, 10) }, (_, i) => `s${i}`);
    const requirements: TeamRequirement[] = skills.map((skillId) => ({ skillId, minLevel: random.int(2, 4), count: random.int(1, 3) }));
    const pool: TeamCandidate[] = Array.from({ length: POOL }, (_, i) => ({
        id: `p${String(i).padStart(3, "0")}`,
        levels: new Map(random.sample(skills, random.int(1, 4)).map((s) => [s, random.int(1, 5)])),
        fit: random.int(0, 20) / 20,
        allocation: random.int(0, 4) / 4,
        orgUnitId: random.pick(["u0", "u1", "u2", "u3", "u4"]),
    }));
    return { requirements, pool, constraints: { maxPerOrgUnit: random.chance(0.3) ? random.int(2, 4) : null } };
}

export interface PlanShape {
    readonly skills: number;
    readonly courses: readonly [number, number];
    readonly targets: readonly [number, number];
    readonly targetLevels: readonly [number, number];
    readonly prerequisiteChance: number;
    readonly knownChance: number;
    readonly objective: () => PlanProblem["objective"];
}

/** A random catalogue-like plan problem: micro-courses of 15 to 60 minutes teaching 1 to 3 skills, some with a prerequisite. */
export function planInstance(random: Random, shape: PlanShape): PlanProblem {
    const skills = Array.from({ length: shape.skills }, (_, i) => `s${i}`);
    const courses: PlanCourse[] = Array.from({ length: random.int(...shape.courses) }, (_, i) => {
        const taught = random.sample(skills, random.int(1, 3));
        const prerequisites = random.chance(shape.prerequisiteChance)
            ? [{ skillId: random.pick(skills.filter((s) => !taught.includes(s))), level: random.int(1, 3) }]
            : [];
        return {
            id: `c${String(i).padStart(3, "0")}`,
            minutes: random.int(3, 12) * 5,
            cost: random.chance(0.25) ? 0 : random.int(2, 25) * 10,
            teaches: taught.map((skillId) => ({ skillId, level: random.int(1, 5) })),
            prerequisites,
        };
    });
    const current = new Map(skills.filter(() => random.chance(shape.knownChance)).map((s) => [s, random.int(1, 2)]));
    const targets = random.sample(skills, random.int(...shape.targets)).map((skillId) => ({ skillId, level: random.int(...shape.targetLevels) }));
    return { targets, current, courses, objective: shape.objective() };
}

const LARGE_PLAN: PlanShape = {
    skills: 40,
    courses: [POOL, POOL],
    targets: [6, 12],
    targetLevels: [3, 5],
    prerequisiteChance: 0.3,
    knownChance: 0.3,
    objective: () => "MINUTES",
};

function summarise(problem: string, solver: string, instances: number, runs: { complete: boolean; optimal: boolean; ratio: number; ms: number }[]): SolverRow {
    const complete = runs.filter((r) => r.complete);
    const ratios = complete.map((r) => r.ratio);
    const times = percentiles(runs.map((r) => r.ms));
    return {
        problem,
        solver,
        instances,
        answered: complete.length,
        provedOptimal: runs.filter((r) => r.optimal).length,
        meanRatio: ratios.reduce((s, r) => s + r, 0) / Math.max(1, ratios.length),
        worstRatio: Math.max(1, ...ratios),
        p50Ms: times.p50,
        p95Ms: times.p95,
    };
}

const timed = <T>(work: () => T) => {
    const started = performance.now();
    const value = work();
    return { value, ms: performance.now() - started };
};

export async function compareSolvers(instances: number, onProgress?: (done: number) => void): Promise<SolverRow[]> {
    const random = new Random(20261202);
    const team = { greedy: [] as Run[], composed: [] as Run[], milp: [] as Run[] };
    type Run = { complete: boolean; optimal: boolean; ratio: number; ms: number };
    for (let i = 0; i < instances; i++) {
        const { requirements, pool, constraints } = teamInstance(random);
        const milp = await solveTeamMilp(requirements, pool, constraints);
        const best = milp.ids?.length ?? NaN;
        team.milp.push({ complete: milp.ids !== null, optimal: milp.ids !== null, ratio: 1, ms: milp.millis });
        const greedy = timed(() => solveTeamGreedy(requirements, pool, constraints));
        const composed = timed(() => composeTeamPlan(requirements, pool, constraints));
        for (const [runs, { value, ms }] of [
            [team.greedy, greedy],
            [team.composed, composed],
        ] as const) {
            const complete = value.shortfall.every(
                (s, j) => s === 0 || s === requirements[j].count - Math.min(requirements[j].count, countHolders(pool, requirements[j])),
            );
            runs.push({ complete: complete && milp.ids !== null, optimal: value.optimal, ratio: value.members.length / best, ms });
        }
        onProgress?.(i + 1);
    }
    const plan = { pass: [] as Run[], greedy: [] as Run[], solvePlan: [] as Run[], milp: [] as Run[] };
    for (let i = 0; i < instances; i++) {
        const problem = planInstance(random, LARGE_PLAN);
        const milp = await solvePlanMilp(problem);
        const best = milp.ids ? checkPlan(problem, milp.ids).minutes : NaN;
        plan.milp.push({ complete: milp.ids !== null, optimal: milp.ids !== null, ratio: 1, ms: milp.millis });
        for (const [runs, { value, ms }] of [
            [plan.pass, timed(() => solveGreedyPass(problem))],
            [plan.greedy, timed(() => solveGreedy(problem))],
            [plan.solvePlan, timed(() => solvePlan(problem))],
        ] as const) {
            const { valid, minutes } = checkPlan(problem, value.order);
            runs.push({ complete: valid && milp.ids !== null, optimal: value.optimal, ratio: best > 0 ? minutes / best : minutes === 0 ? 1 : Infinity, ms });
        }
        onProgress?.(instances + i + 1);
    }
    return [
        summarise("composeTeam, 200 candidates, 6-10 requirements", "greedy with improvement", instances, team.greedy),
        summarise(
            "composeTeam, 200 candidates, 6-10 requirements",
            "composeTeamPlan (the API: pruning, branch and bound within limits, else greedy)",
            instances,
            team.composed,
        ),
        summarise("composeTeam, 200 candidates, 6-10 requirements", "MILP (HiGHS, exact)", instances, team.milp),
        summarise("learningPlan, 200 courses, 6-12 targets", "one greedy pass with pruning", instances, plan.pass),
        summarise("learningPlan, 200 courses, 6-12 targets", "greedy with pruning and local improvement", instances, plan.greedy),
        summarise("learningPlan, 200 courses, 6-12 targets", "solvePlan (the API: branch and bound within limits, else greedy)", instances, plan.solvePlan),
        summarise("learningPlan, 200 courses, 6-12 targets", "MILP (HiGHS, exact)", instances, plan.milp),
    ];
}

const countHolders = (pool: readonly TeamCandidate[], r: TeamRequirement) => pool.filter((c) => (c.levels.get(r.skillId) ?? 0) >= r.minLevel).length;

export function solverTable(rows: readonly SolverRow[]): string {
    return [
        "| problem | solver | instances | complete answers | proved optimal | mean / worst ratio to the optimum | p50 / p95 ms |",
        "|---|---|---:|---:|---:|---|---|",
        ...rows.map(
            (r) =>
                `| ${r.problem} | ${r.solver} | ${r.instances} | ${r.answered} | ${r.provedOptimal} | ${r.meanRatio.toFixed(3)} / ${r.worstRatio.toFixed(3)} | ${r.p50Ms.toFixed(1)} / ${r.p95Ms.toFixed(1)} |`,
        ),
    ].join("\n");
}
