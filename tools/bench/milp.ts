/**
 * Exact anchors for the solver comparison: composeTeam's and learningPlan's problems as mixed-integer programs, solved
 * by HiGHS (the `highs` package: the University of Edinburgh's solver compiled to WebAssembly), so that the API's
 * heuristics and branch and bound are measured against a proven optimum on pools too large to enumerate.
 * test/unit/milp-anchor.test.ts checks both models against brute force on small instances.
 */
import type { PlanProblem } from "../../src/domain/plan-solver";
import { courseWeight, reachability, schedule } from "../../src/domain/plan-solver";
import type { TeamCandidate, TeamConstraints, TeamRequirement } from "../../src/domain/team-solver";
import { coverable } from "../../src/domain/team-solver";

import highsLoader, { type Highs } from "highs";

let loaded: Promise<Highs> | null = null;
/** The WebAssembly solver, loaded once. */
export function highs(): Promise<Highs> {
    loaded ??= highsLoader();
    return loaded;
}

export interface MilpAnswer {
    /** Chosen ids, or null when HiGHS proved no solution or stopped at its time limit without one. */
    readonly ids: string[] | null;
    readonly status: string;
    readonly millis: number;
}

const term = (coefficient: number, name: string) => `${coefficient >= 0 ? "+" : "-"} ${Math.abs(coefficient)} ${name}`;

async function solve(lp: string, names: readonly string[], ids: readonly string[], timeLimitSeconds: number): Promise<MilpAnswer> {
    const solver = await highs();
    const started = performance.now();
    const result = solver.solve(lp, { time_limit: timeLimitSeconds, mip_rel_gap: 0, output_flag: false });
    const columns = result.Columns as Record<string, { Primal?: number }>;
    const millis = performance.now() - started;
    if (result.Status !== "Optimal") return { ids: null, status: result.Status, millis };
    return { ids: ids.filter((_, i) => (columns[names[i]]?.Primal ?? 0) > 0.5), status: result.Status, millis };
}

/**
 * composeTeam: fewest members, then highest total fit, then lowest total allocation (folded into one objective with
 * weights 1, 1e-3 and 1e-6: a pool of at most 200 keeps the orders apart), each requirement held by as many members
 * as the pool can give (coverable), must-include members in, and under a per-unit cap at most cap - (must-include
 * members of the unit) others per unit, the rule of src/domain/team-solver.ts.
 */
export function solveTeamMilp(
    requirements: readonly TeamRequirement[],
    pool: readonly TeamCandidate[],
    constraints: TeamConstraints,
    timeLimitSeconds = 60,
): Promise<MilpAnswer> {
    const x = pool.map((_, i) => `x${i}`);
    const targets = coverable(requirements, pool);
    const must = new Set(constraints.mustInclude ?? []);
    const rows: string[] = [];
    requirements.forEach((r, j) => {
        const holders = pool.flatMap((c, i) => ((c.levels.get(r.skillId) ?? 0) >= r.minLevel ? [x[i]] : []));
        if (targets[j] > 0) rows.push(` cover${j}: ${holders.join(" + ")} >= ${targets[j]}`);
    });
    if (constraints.maxPerOrgUnit != null) {
        const units = new Map<string, { must: number; others: string[] }>();
        pool.forEach((c, i) => {
            if (c.orgUnitId === null) return;
            const unit = units.get(c.orgUnitId) ?? { must: 0, others: [] };
            if (must.has(c.id)) unit.must++;
            else unit.others.push(x[i]);
            units.set(c.orgUnitId, unit);
        });
        [...units.values()].forEach((unit, u) => {
            if (unit.others.length) rows.push(` unit${u}: ${unit.others.join(" + ")} <= ${Math.max(0, constraints.maxPerOrgUnit! - unit.must)}`);
        });
    }
    const objective = pool.map((c, i) => term(1 - 1e-3 * c.fit + 1e-6 * c.allocation, x[i])).join(" ");
    const bounds = pool.flatMap((c, i) => (must.has(c.id) ? [` ${x[i]} = 1`] : []));
    const lp = `Minimize\n obj: ${objective}\nSubject To\n${rows.join("\n") || " none: x0 >= 0"}\nBounds\n${bounds.join("\n")}\nBinary\n ${x.join(" ")}\nEnd\n`;
    return solve(
        lp,
        x,
        pool.map((c) => c.id),
        timeLimitSeconds,
    );
}

/**
 * learningPlan without a budget: the cheapest set of courses (courseWeight, the solvers' objective) that reaches every
 * reachable target and can be ordered so that each course's unmet prerequisites come from courses before it:
 * positions p (0 to n) and, per prerequisite not met now, a chosen provider y placed at least one position earlier.
 */
export function solvePlanMilp(problem: PlanProblem, timeLimitSeconds = 60): Promise<MilpAnswer> {
    const { targets, usable } = reachability(problem);
    const level = (skillId: string) => problem.current.get(skillId) ?? 0;
    const n = usable.length;
    const x = usable.map((_, i) => `x${i}`);
    const rows: string[] = [];
    const binaries = [...x];
    const bounds: string[] = usable.map((_, i) => ` 0 <= p${i} <= ${n}`);
    targets.forEach((t, j) => {
        const providers = usable.flatMap((c, i) => (c.teaches.some((s) => s.skillId === t.skillId && s.level >= t.level) ? [x[i]] : []));
        rows.push(` target${j}: ${providers.join(" + ")} >= 1`);
    });
    usable.forEach((course, i) => {
        course.prerequisites.forEach((need, k) => {
            if (level(need.skillId) >= need.level) return;
            const providers = usable.flatMap((c, h) => (h !== i && c.teaches.some((s) => s.skillId === need.skillId && s.level >= need.level) ? [h] : []));
            if (!providers.length) {
                bounds.push(` ${x[i]} = 0`);
                return;
            }
            const y = providers.map((h) => `y${h}_${i}_${k}`);
            binaries.push(...y);
            rows.push(` need${i}_${k}: ${y.join(" + ")} - ${x[i]} >= 0`);
            providers.forEach((h, m) => {
                rows.push(` use${h}_${i}_${k}: ${y[m]} - ${x[h]} <= 0`);
                rows.push(` before${h}_${i}_${k}: p${h} - p${i} + ${n + 1} ${y[m]} <= ${n}`);
            });
        });
    });
    const objective = usable.map((c, i) => term(courseWeight(c, problem.objective), x[i])).join(" ");
    const lp = `Minimize\n obj: ${objective || "0 x0"}\nSubject To\n${rows.join("\n") || " none: x0 >= 0"}\nBounds\n${bounds.join("\n")}\nBinary\n ${binaries.join(" ")}\nEnd\n`;
    return solve(
        lp,
        x,
        usable.map((c) => c.id),
        timeLimitSeconds,
    );
}

/** A chosen set's minutes and cost once scheduled, and whether it schedules whole and meets the reachable targets. */
export function checkPlan(problem: PlanProblem, ids: readonly string[]) {
    const chosen = problem.courses.filter((c) => ids.includes(c.id));
    const { blocked, levels } = schedule(chosen, problem.current);
    const { targets } = reachability(problem);
    return {
        valid: blocked.length === 0 && targets.every((t) => (levels.get(t.skillId) ?? 0) >= t.level),
        minutes: chosen.reduce((s, c) => s + c.minutes, 0),
        cost: chosen.reduce((s, c) => s + c.cost, 0),
    };
}
