/**
 * Brute-force references for the solver tests: every subset of a small instance, judged by code that shares nothing
 * with the solvers (not even `schedule`), so that a pruning bug in a branch and bound cannot hide behind its greedy
 * incumbent.
 */
import type { PlanProblem } from "../../src/domain/plan-solver";
import type { TeamCandidate, TeamConstraints, TeamRequirement } from "../../src/domain/team-solver";

export interface EnumeratedPlan {
    readonly ids: string[];
    readonly minutes: number;
    readonly cost: number;
}

export interface PlanEnumeration {
    /** Wanted targets that no schedulable subset reaches, in target order, with the best level any subset reaches. */
    readonly unreachable: { skillId: string; level: number; reachable: number }[];
    /** The cheapest schedulable subset meeting every reachable target: objective first, the other measure second. */
    readonly optimum: EnumeratedPlan;
    /** The same among subsets within the budget; null when none fits. */
    readonly withinBudget: EnumeratedPlan | null;
}

const popcount = (mask: number) => {
    let n = 0;
    for (let m = mask; m; m &= m - 1) n++;
    return n;
};

/** Every subset of the courses (at most 16), scheduled or not by the recurrence below rather than the module's `schedule`. */
export function enumeratePlans(problem: PlanProblem): PlanEnumeration {
    const { courses } = problem;
    if (courses.length > 16) throw new Error(`brute force is for at most 16 courses, not ${courses.length}`);
    const skills = [
        ...new Set([
            ...problem.current.keys(),
            ...problem.targets.map((t) => t.skillId),
            ...courses.flatMap((c) => [...c.teaches, ...c.prerequisites].map((s) => s.skillId)),
        ]),
    ];
    const index = new Map(skills.map((s, i) => [s, i]));
    const start = skills.map((s) => problem.current.get(s) ?? 0);
    const teaches = courses.map((c) => c.teaches.map((t) => [index.get(t.skillId)!, t.level] as const));
    const needs = courses.map((c) => c.prerequisites.map((p) => [index.get(p.skillId)!, p.level] as const));
    // Subsets in increasing order: a subset is schedulable when some course in it can come last, that is the rest is
    // schedulable and, all taken, meets that course's prerequisites. Levels of a subset are those of all its courses.
    const [n, k] = [courses.length, skills.length];
    const levels = new Int8Array((1 << n) * k);
    const [minutes, cost] = [new Float64Array(1 << n), new Float64Array(1 << n)];
    const schedulable = new Uint8Array(1 << n);
    const reached = [...start];
    levels.set(start);
    schedulable[0] = 1;
    for (let mask = 1; mask < 1 << n; mask++) {
        const [rest, last] = [mask & (mask - 1), 31 - Math.clz32(mask & -mask)];
        levels.copyWithin(mask * k, rest * k, rest * k + k);
        for (const [s, l] of teaches[last]) levels[mask * k + s] = Math.max(levels[mask * k + s], l);
        [minutes[mask], cost[mask]] = [minutes[rest] + courses[last].minutes, cost[rest] + courses[last].cost];
        for (let i = 0; i < n && !schedulable[mask]; i++) {
            const before = mask & ~(1 << i);
            if (before !== mask && schedulable[before] && needs[i].every(([s, l]) => levels[before * k + s] >= l)) schedulable[mask] = 1;
        }
        if (schedulable[mask]) for (let s = 0; s < k; s++) reached[s] = Math.max(reached[s], levels[mask * k + s]);
    }
    const wanted = problem.targets.filter((t) => start[index.get(t.skillId)!] < t.level);
    const reachable = wanted.filter((t) => reached[index.get(t.skillId)!] >= t.level);
    const unreachable = wanted
        .filter((t) => !reachable.includes(t))
        .map((t) => ({ skillId: t.skillId, level: t.level, reachable: reached[index.get(t.skillId)!] }));

    const key = (p: EnumeratedPlan) => (problem.objective === "MINUTES" ? [p.minutes, p.cost] : [p.cost, p.minutes]);
    const cheaper = (a: EnumeratedPlan, b: EnumeratedPlan | null) => {
        if (!b) return true;
        const [ka, kb] = [key(a), key(b)];
        return ka[0] < kb[0] - 1e-9 || (Math.abs(ka[0] - kb[0]) <= 1e-9 && ka[1] < kb[1] - 1e-9);
    };
    let optimum: EnumeratedPlan | null = null;
    let withinBudget: EnumeratedPlan | null = null;
    const targets = reachable.map((t) => [index.get(t.skillId)!, t.level] as const);
    for (let mask = 0; mask < 1 << n; mask++) {
        if (!schedulable[mask] || !targets.every(([s, l]) => levels[mask * k + s] >= l)) continue;
        const plan = { ids: [], minutes: minutes[mask], cost: Math.round(cost[mask] * 100) / 100 };
        const fits = (problem.maxMinutes == null || plan.minutes <= problem.maxMinutes) && (problem.maxCost == null || plan.cost <= problem.maxCost);
        if (!cheaper(plan, optimum) && !(fits && cheaper(plan, withinBudget))) continue;
        const named = { ...plan, ids: courses.filter((_, i) => mask & (1 << i)).map((c) => c.id) };
        if (cheaper(named, optimum)) optimum = named;
        if (fits && cheaper(named, withinBudget)) withinBudget = named;
    }
    // The union of all schedulable subsets is schedulable, so some subset always meets every reachable target.
    if (!optimum) throw new Error("no schedulable subset meets the reachable targets");
    return { unreachable, optimum, withinBudget };
}

export interface EnumeratedTeam {
    readonly ids: string[];
    readonly size: number;
    readonly fit: number;
    readonly allocation: number;
}

export interface TeamEnumeration {
    /** Per requirement, how many members a team must hold at level: the count, capped by the holders in the pool. */
    readonly targets: number[];
    /** The best admissible team meeting every target: fewest members, then highest total fit, then lowest total allocation; null when none. */
    readonly optimum: EnumeratedTeam | null;
    /** Whether a team is admissible: must-include members in, excluded people out, per-unit cap kept (see below). */
    readonly admissible: (ids: readonly string[]) => boolean;
}

/** Objective order of the team solvers (with their 1e-9 tolerance on sums of fit and allocation). */
export function betterTeam(a: EnumeratedTeam, b: EnumeratedTeam | null): boolean {
    if (!b) return true;
    if (a.size !== b.size) return a.size < b.size;
    if (Math.abs(a.fit - b.fit) > 1e-9) return a.fit > b.fit;
    return a.allocation < b.allocation - 1e-9;
}

export function teamOf(pool: readonly TeamCandidate[], ids: readonly string[]): EnumeratedTeam {
    const members = pool.filter((c) => ids.includes(c.id));
    return { ids: [...ids], size: ids.length, fit: members.reduce((s, c) => s + c.fit, 0), allocation: members.reduce((s, c) => s + c.allocation, 0) };
}

/**
 * Every subset of the pool (at most 16 people). `exclude` removes people from the pool, as the candidate query does
 * before the solver runs. The per-unit cap applies to the members added: a unit may exceed it only with must-include
 * members alone. `maxSize` is not applied: the caller compares sizes with it.
 */
export function enumerateTeams(
    requirements: readonly TeamRequirement[],
    pool: readonly TeamCandidate[],
    constraints: TeamConstraints & { exclude?: readonly string[] },
): TeamEnumeration {
    if (pool.length > 16) throw new Error(`brute force is for at most 16 people, not ${pool.length}`);
    const bit = (id: string) => 1 << pool.findIndex((c) => c.id === id);
    const maskOf = (ids: readonly string[]) => ids.reduce((m, id) => m | bit(id), 0);
    const excluded = maskOf((constraints.exclude ?? []).filter((id) => pool.some((c) => c.id === id)));
    const must = maskOf((constraints.mustInclude ?? []).filter((id) => pool.some((c) => c.id === id)));
    const holders = requirements.map((r) => pool.reduce((m, c, i) => ((c.levels.get(r.skillId) ?? 0) >= r.minLevel ? m | (1 << i) : m), 0) & ~excluded);
    const targets = requirements.map((r, i) => Math.min(r.count, popcount(holders[i])));
    const units = [...new Set(pool.map((c) => c.orgUnitId).filter((u) => u !== null))].map((u) =>
        pool.reduce((m, c, i) => (c.orgUnitId === u ? m | (1 << i) : m), 0),
    );
    const cap = constraints.maxPerOrgUnit;
    const admissibleMask = (mask: number) =>
        (mask & must) === must && (mask & excluded) === 0 && (cap == null || units.every((u) => popcount(mask & u) <= cap || (mask & u & ~must) === 0));
    let optimum: EnumeratedTeam | null = null;
    for (let mask = 0; mask < 1 << pool.length; mask++) {
        if ((optimum && popcount(mask) > optimum.size) || !admissibleMask(mask) || !holders.every((h, i) => popcount(mask & h) >= targets[i])) continue;
        const team = teamOf(
            pool,
            pool.filter((_, i) => mask & (1 << i)).map((c) => c.id),
        );
        if (betterTeam(team, optimum)) optimum = team;
    }
    return { targets, optimum, admissible: (ids) => ids.every((id) => pool.some((c) => c.id === id)) && admissibleMask(maskOf(ids)) };
}
