import { Random } from "../../seed/demo/random";
import { greedyPass, type PlanCourse, type PlanProblem, type PlanSolution, type SkillLevel, schedule, solveExact, solveGreedy, solvePlan } from "../../src/domain/plan-solver";

const course = (id: string, minutes: number, teaches: Record<string, number>, prerequisites: Record<string, number> = {}, cost = 0): PlanCourse => ({
    id,
    minutes,
    cost,
    teaches: Object.entries(teaches).map(([skillId, level]) => ({ skillId, level })),
    prerequisites: Object.entries(prerequisites).map(([skillId, level]) => ({ skillId, level })),
});
const targets = (levels: Record<string, number>): SkillLevel[] => Object.entries(levels).map(([skillId, level]) => ({ skillId, level }));
const problem = (t: Record<string, number>, courses: PlanCourse[], current: Record<string, number> = {}, extra: Partial<PlanProblem> = {}): PlanProblem => ({
    targets: targets(t),
    current: new Map(Object.entries(current)),
    courses,
    objective: "MINUTES",
    ...extra,
});

/** Every course's prerequisites are met before it, and each course raises a level that is still missing at its turn. */
function checkPlan(p: PlanProblem, solution: PlanSolution): void {
    const byId = new Map(p.courses.map((c) => [c.id, c]));
    const order = solution.order.map((id) => byId.get(id)!);
    const levels = new Map(p.current);
    order.forEach((c, i) => {
        for (const need of c.prerequisites) expect(levels.get(need.skillId) ?? 0).toBeGreaterThanOrEqual(need.level);
        const stillNeeded = [...p.targets, ...order.slice(i + 1).flatMap((later) => later.prerequisites)];
        const raisesMissing = c.teaches.some((t) => stillNeeded.some((n) => n.skillId === t.skillId && (levels.get(t.skillId) ?? 0) < n.level && t.level > (levels.get(t.skillId) ?? 0)));
        expect(raisesMissing).toBe(true);
        for (const t of c.teaches) levels.set(t.skillId, Math.max(levels.get(t.skillId) ?? 0, t.level));
    });
    const open = new Set(solution.open.map((o) => o.skillId));
    for (const t of p.targets) if (!open.has(t.skillId)) expect(levels.get(t.skillId) ?? 0).toBeGreaterThanOrEqual(t.level);
    expect(solution.minutes).toBe(order.reduce((s, c) => s + c.minutes, 0));
}

describe("learning-plan solvers on hand-worked instances", () => {
    // Targets A..F at level 1. X covers A,B,D,E in 35 min; Y covers A,B,C in 30; Z covers D,E,F in 30; W covers C,F in 28.
    // Greedy takes X (4 levels / 35 min is the best ratio), then W (2 / 28): 63 minutes. The optimum is Y + Z: 60.
    const setCover = problem({ A: 1, B: 1, C: 1, D: 1, E: 1, F: 1 }, [
        course("X", 35, { A: 1, B: 1, D: 1, E: 1 }),
        course("Y", 30, { A: 1, B: 1, C: 1 }),
        course("Z", 30, { D: 1, E: 1, F: 1 }),
        course("W", 28, { C: 1, F: 1 }),
    ]);

    it("one greedy pass takes the best ratio first and misses the optimum; local improvement repairs it", () => {
        const pass = greedyPass(setCover);
        expect([pass.order, pass.minutes, pass.solver, pass.optimal]).toEqual([["X", "W"], 63, "GREEDY", false]);
        checkPlan(setCover, pass);
        const improved = solveGreedy(setCover);
        expect([[...improved.order].sort(), improved.minutes, improved.optimal]).toEqual([["Y", "Z"], 60, false]);
    });

    it("the exact solver finds the optimum and says so", () => {
        const exact = solveExact(setCover)!;
        expect([[...exact.order].sort(), exact.minutes, exact.solver, exact.optimal]).toEqual([["Y", "Z"], 60, "EXACT", true]);
        checkPlan(setCover, exact);
    });

    // Target A 3. P teaches B 2 (15 min); Q teaches A 3 but needs B 2 (30 min); R teaches A 3 with no prerequisite (60 min).
    const prerequisites = [course("P", 15, { B: 2 }), course("Q", 30, { A: 3 }, { B: 2 }), course("R", 60, { A: 3 })];

    it("bundles a course with the course its prerequisite needs and orders them", () => {
        for (const solve of [solveGreedy, solveExact]) {
            const solution = solve(problem({ A: 3 }, prerequisites))!;
            expect([solution.order, solution.minutes]).toEqual([["P", "Q"], 45]);
        }
    });

    it("uses the learner's own evidence for prerequisites", () => {
        expect(solvePlan(problem({ A: 3 }, prerequisites, { B: 2 })).order).toEqual(["Q"]);
        expect(solvePlan(problem({ A: 3 }, prerequisites, { A: 3 })).order).toEqual([]);
    });

    it("reports targets no course reaches, and why", () => {
        const p = problem({ A: 3, C: 2, D: 4 }, [...prerequisites, course("S", 20, { D: 5 }, { E: 1 }), course("T", 20, { C: 1 })]);
        const solution = solvePlan(p);
        expect(solution.open).toEqual([
            { skillId: "C", level: 2, reachable: 1, reason: "NO_COURSE" },
            { skillId: "D", level: 4, reachable: 0, reason: "PREREQUISITES_UNREACHABLE" },
        ]);
        expect(solution.order).toEqual(["P", "Q"]);
    });

    it("minimises cost when asked, preferring fewer minutes among equal costs", () => {
        const courses = [course("cheap-long", 60, { A: 2 }, {}, 0), course("dear-short", 15, { A: 2 }, {}, 90), course("cheap-short", 45, { A: 2 }, {}, 0)];
        expect(solvePlan(problem({ A: 2 }, courses, {}, { objective: "COST" })).order).toEqual(["cheap-short"]);
        expect(solvePlan(problem({ A: 2 }, courses)).order).toEqual(["dear-short"]);
    });

    it("stays within a budget and reports what the budget left open", () => {
        const p = problem({ A: 3, B: 2 }, prerequisites, {}, { maxMinutes: 20 });
        const solution = solvePlan(p);
        expect([solution.order, solution.solver, solution.optimal]).toEqual([["P"], "GREEDY", false]);
        expect(solution.open).toEqual([{ skillId: "A", level: 3, reachable: 0, reason: "BUDGET" }]);
        expect(solvePlan({ ...p, maxMinutes: 45 })).toMatchObject({ order: ["P", "Q"], solver: "EXACT", optimal: true });
    });

    it("follows a prerequisite chain deeper than a bundle reaches", () => {
        const chain = [1, 2, 3, 4, 5, 6].map((i) => course(`L${i}`, 10, { [`s${i}`]: 1 }, i > 1 ? { [`s${i - 1}`]: 1 } : {}));
        const decoy = course("decoy", 5, { x: 1 });
        for (const solve of [solveGreedy, solvePlan]) {
            const solution = solve(problem({ s6: 1 }, [decoy, ...chain]));
            expect([solution.order, solution.minutes, solution.open]).toEqual([["L1", "L2", "L3", "L4", "L5", "L6"], 60, []]);
        }
    });

    it("never schedules a course caught in a prerequisite cycle", () => {
        const cyclic = [course("U", 10, { A: 2 }, { B: 1 }), course("V", 10, { B: 1 }, { A: 1 })];
        expect(solvePlan(problem({ A: 2 }, cyclic)).open).toEqual([{ skillId: "A", level: 2, reachable: 0, reason: "PREREQUISITES_UNREACHABLE" }]);
        expect(schedule(cyclic, new Map()).blocked.map((c) => c.id)).toEqual(["U", "V"]);
    });
});

/** Random instances shaped like the catalogue: 12 skills, 3 to 6 targets, 8 to 24 courses of 15 to 60 minutes. */
function randomProblem(random: Random): PlanProblem {
    const skills = Array.from({ length: 12 }, (_, i) => `s${i}`);
    const courses = Array.from({ length: random.int(8, 24) }, (_, i) => {
        const teaches: Record<string, number> = {};
        for (const skill of random.sample(skills, random.int(1, 3))) teaches[skill] = random.int(1, 5);
        const prerequisites: Record<string, number> = {};
        if (random.chance(0.35)) prerequisites[random.pick(skills.filter((s) => !(s in teaches)))] = random.int(1, 3);
        return course(`c${i}`, random.int(3, 12) * 5, teaches, prerequisites, random.chance(0.25) ? 0 : random.int(2, 25) * 10);
    });
    const current: Record<string, number> = {};
    for (const skill of skills) if (random.chance(0.4)) current[skill] = random.int(1, 3);
    const wanted: Record<string, number> = {};
    for (const skill of random.sample(skills, random.int(3, 6))) wanted[skill] = random.int(2, 5);
    return problem(wanted, courses, current, { objective: random.chance(0.5) ? "MINUTES" : "COST" });
}

describe("learning-plan solvers on random instances", () => {
    const random = new Random(20261122);
    const instances = Array.from({ length: 400 }, () => randomProblem(random));
    const value = (p: PlanProblem, s: PlanSolution) => (p.objective === "MINUTES" ? s.minutes : s.cost);

    it("every plan respects prerequisite order and schedules only courses that raise a missing level", () => {
        for (const p of instances) {
            checkPlan(p, solveGreedy(p));
            const exact = solveExact(p);
            if (exact) checkPlan(p, exact);
        }
    });

    it("both solvers leave the same targets open, and greedy is within 1.25 of the optimum", () => {
        const ratios: number[] = [];
        const passRatios: number[] = [];
        for (const p of instances) {
            const greedy = solveGreedy(p);
            const exact = solveExact(p)!;
            expect(exact).not.toBeNull();
            expect(greedy.open).toEqual(exact.open);
            expect(value(p, exact)).toBeLessThanOrEqual(value(p, greedy) + 1e-6);
            const optimum = value(p, exact);
            const ratio = (plan: PlanSolution) => (optimum === 0 ? (value(p, plan) === 0 ? 1 : Infinity) : value(p, plan) / optimum);
            ratios.push(ratio(greedy));
            passRatios.push(ratio(greedyPass(p)));
        }
        const describe = (values: number[]) => {
            const sorted = [...values].sort((a, b) => a - b);
            const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(3);
            return `equal ${values.filter((r) => r <= 1 + 1e-9).length}/${values.length}, p50 ${quantile(0.5)}, p90 ${quantile(0.9)}, p99 ${quantile(0.99)}, max ${sorted.at(-1)!.toFixed(3)}`;
        };
        // The distributions are printed for the closing note; the assertion is the bound.
        console.info(`heuristic/exact: ${describe(ratios)}; single greedy pass/exact: ${describe(passRatios)}`);
        expect(Math.max(...ratios)).toBeLessThanOrEqual(1.25);
    });
});
