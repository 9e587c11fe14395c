/**
 * Learning-plan optimisation: choose and order courses so that a person reaches every target skill level at the least
 * total minutes (or cost). This is weighted set multicover with prerequisites (NP-hard), so there are two solvers:
 * a greedy heuristic (deficit closed per unit of weight, each course bundled with what its prerequisites need, then a
 * pruning pass), and an exact branch and bound for small candidate sets. Pure: no database, no I/O.
 *
 * Levels only go up: taking a course that teaches skill s to level L leaves the learner at max(current, L).
 * A course can be taken once the learner's levels meet its prerequisites (from evidence or from earlier courses).
 */

export interface SkillLevel {
    readonly skillId: string;
    readonly level: number;
}

export interface PlanCourse {
    readonly id: string;
    readonly minutes: number;
    readonly cost: number;
    readonly teaches: readonly SkillLevel[];
    readonly prerequisites: readonly SkillLevel[];
}

export type PlanObjective = "MINUTES" | "COST";

export interface PlanProblem {
    /** Wanted final levels; a target already met is ignored. */
    readonly targets: readonly SkillLevel[];
    /** The learner's effective levels now (missing skills are 0). */
    readonly current: ReadonlyMap<string, number>;
    readonly courses: readonly PlanCourse[];
    readonly objective: PlanObjective;
    readonly maxMinutes?: number | null;
    readonly maxCost?: number | null;
}

export type OpenReason = "NO_COURSE" | "PREREQUISITES_UNREACHABLE" | "BUDGET";

export interface OpenTarget extends SkillLevel {
    readonly reachable: number;
    readonly reason: OpenReason;
}

export type SolverName = "EXACT" | "GREEDY";

export interface PlanSolution {
    /** Course ids in a valid order: each course's prerequisites are met by the levels before it. */
    readonly order: string[];
    readonly minutes: number;
    readonly cost: number;
    readonly open: OpenTarget[];
    readonly solver: SolverName;
    /** True only when the exact solver finished: no cheaper plan reaches the same targets. */
    readonly optimal: boolean;
    /** Search nodes the exact solver visited (0 for greedy). */
    readonly nodes: number;
}

type Levels = Map<string, number>;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

const levelOf = (levels: ReadonlyMap<string, number>, skillId: string) => levels.get(skillId) ?? 0;
const meets = (levels: ReadonlyMap<string, number>, needs: readonly SkillLevel[]) => needs.every((n) => levelOf(levels, n.skillId) >= n.level);

function raise(levels: Levels, course: PlanCourse): void {
    for (const t of course.teaches) if (t.level > levelOf(levels, t.skillId)) levels.set(t.skillId, t.level);
}

/** Primary objective plus a tiny tie-breaker on the other one, so equal-cost plans prefer fewer minutes and vice versa. */
export function courseWeight(course: PlanCourse, objective: PlanObjective): number {
    return objective === "MINUTES" ? course.minutes + course.cost * 1e-7 : course.cost + course.minutes * 1e-7;
}

/** Schedules a set of courses: repeatedly takes the first course (in preference order) whose prerequisites are met. */
export function schedule(courses: readonly PlanCourse[], current: ReadonlyMap<string, number>): { order: PlanCourse[]; blocked: PlanCourse[]; levels: Levels } {
    const levels: Levels = new Map(current);
    const order: PlanCourse[] = [];
    // Levels only rise, so a course that is ready stays ready: re-check a course only when a skill it needs rises.
    const waiting = new Map<string, number[]>();
    const ready = courses.map((course, i) => {
        for (const need of course.prerequisites) pushTo(waiting, need.skillId, i);
        return meets(levels, course.prerequisites);
    });
    const taken = new Array<boolean>(courses.length).fill(false);
    let first = 0; // every course before it is taken or not ready
    for (;;) {
        while (first < courses.length && (taken[first] || !ready[first])) first++;
        if (first === courses.length) break;
        const next = first;
        taken[next] = true;
        const course = courses[next];
        order.push(course);
        for (const t of course.teaches) {
            if (t.level <= levelOf(levels, t.skillId)) continue;
            levels.set(t.skillId, t.level);
            for (const i of waiting.get(t.skillId) ?? [])
                if (!ready[i] && meets(levels, courses[i].prerequisites)) [ready[i], first] = [true, Math.min(first, i)];
        }
    }
    return { order, blocked: courses.filter((_, i) => !taken[i]), levels };
}

/** Sum over targets of the levels still missing. */
function missingLevels(levels: ReadonlyMap<string, number>, targets: readonly SkillLevel[]): number {
    return targets.reduce((sum, t) => sum + Math.max(0, t.level - levelOf(levels, t.skillId)), 0);
}

/** Targets worth planning for, split from those no combination of the courses can reach (with the reason). */
export function reachability(problem: PlanProblem): { targets: SkillLevel[]; open: OpenTarget[]; usable: PlanCourse[] } {
    const { order, levels } = schedule(problem.courses, problem.current);
    const wanted = problem.targets.filter((t) => levelOf(problem.current, t.skillId) < t.level);
    const open = wanted
        .filter((t) => levelOf(levels, t.skillId) < t.level)
        .map((t) => ({
            ...t,
            reachable: levelOf(levels, t.skillId),
            reason: problem.courses.some((c) => c.teaches.some((x) => x.skillId === t.skillId && x.level >= t.level))
                ? ("PREREQUISITES_UNREACHABLE" as const)
                : ("NO_COURSE" as const),
        }));
    return { targets: wanted.filter((t) => levelOf(levels, t.skillId) >= t.level), open, usable: order };
}

/** Each target skill's wanted levels (a skill may be wanted more than once, as missingLevels counts it). */
type TargetLevels = ReadonlyMap<string, readonly number[]>;

function targetLevelsOf(targets: readonly SkillLevel[]): TargetLevels {
    const bySkill = new Map<string, number[]>();
    for (const t of targets) pushTo(bySkill, t.skillId, t.level);
    return bySkill;
}

/** Target levels a bundle closes from `levels`: missingLevels before minus after, without copying the levels. */
function gainOf(bundle: readonly PlanCourse[], levels: ReadonlyMap<string, number>, targets: TargetLevels): number {
    const reached = new Map<string, number>();
    for (const c of bundle) for (const x of c.teaches) if (targets.has(x.skillId) && x.level > (reached.get(x.skillId) ?? 0)) reached.set(x.skillId, x.level);
    let gain = 0;
    for (const [skillId, after] of reached) {
        const now = levelOf(levels, skillId);
        if (after > now) for (const level of targets.get(skillId)!) if (level > now) gain += Math.min(after, level) - now;
    }
    return gain;
}

/** The courses of a pool that teach each skill (at any level), in pool order: where a prerequisite's providers are looked up. */
type Providers = ReadonlyMap<string, readonly PlanCourse[]>;

function providersOf(pool: readonly PlanCourse[]): Providers {
    const providers = new Map<string, PlanCourse[]>();
    for (const course of pool) for (const t of course.teaches) pushTo(providers, t.skillId, course);
    return providers;
}

/**
 * What a bundle was computed from: the skills whose levels it read, and the skills whose providers it considered (it
 * read the pool membership of every course teaching them).
 */
interface BundleTrace {
    readonly skills: Set<string>;
    readonly providersOf: Set<string>;
}

const newTrace = (): BundleTrace => ({ skills: new Set(), providersOf: new Set() });
/** Whether a bundle's search considered the course (the course teaches a skill whose providers it looked at). */
const considered = (trace: BundleTrace, course: PlanCourse) => course.teaches.some((t) => trace.providersOf.has(t.skillId));

/**
 * One greedy pass's bundle search: the pass's levels and pool, and every bundle computed from those levels, by course
 * and depth, with its trace. An entry stays valid until a level it read rises or a course it considered is chosen
 * (greedyPass then deletes it); entries whose search skipped a course for being an ancestor (a cycle) are not kept, since another
 * ancestor chain could give another answer.
 */
interface BundleSearch {
    readonly levels: ReadonlyMap<string, number>;
    readonly providers: Providers;
    readonly inPool: (c: PlanCourse) => boolean;
    readonly weight: (c: PlanCourse) => number;
    /** Per depth, per course. */
    readonly memo: Map<PlanCourse, { bundle: PlanCourse[] | null; trace: BundleTrace }>[];
    ancestorSkips: number;
}

function mergeTrace(into: BundleTrace, from: BundleTrace): void {
    for (const skill of from.skills) into.skills.add(skill);
    for (const skill of from.providersOf) into.providersOf.add(skill);
}

/**
 * The course plus, before it, the cheapest courses that meet its unmet prerequisites (recursively, to a small depth),
 * chosen among the pool's courses, looked up through the providers (the pool's order, so ties go as before).
 * `trace` collects what the answer depends on. Bundles from the search's own levels are memoised per course and depth
 * (a course's providers are asked for again and again); a memoised bundle is used only when none of the courses its
 * search considered is an ancestor here, so it is the answer this search would compute.
 */
function bundleFor(
    course: PlanCourse,
    levels: ReadonlyMap<string, number>,
    search: BundleSearch,
    trace: BundleTrace,
    depth = 0,
    ancestors: readonly PlanCourse[] = [],
): PlanCourse[] | null {
    const memo = levels === search.levels ? (search.memo[depth] ??= new Map()) : null;
    const hit = memo?.get(course);
    if (hit && !ancestors.some((a) => considered(hit.trace, a))) {
        mergeTrace(trace, hit.trace);
        return hit.bundle;
    }
    const own: BundleTrace = memo ? newTrace() : trace;
    const skipsBefore = search.ancestorSkips;
    const bundle = searchBundle(course, levels, search, own, depth, ancestors);
    if (memo) {
        if (search.ancestorSkips === skipsBefore) memo.set(course, { bundle, trace: own });
        mergeTrace(trace, own);
    }
    return bundle;
}

function searchBundle(
    course: PlanCourse,
    levels: ReadonlyMap<string, number>,
    search: BundleSearch,
    trace: BundleTrace,
    depth: number,
    ancestors: readonly PlanCourse[],
): PlanCourse[] | null {
    for (const need of course.prerequisites) trace.skills.add(need.skillId);
    if (meets(levels, course.prerequisites)) return [course];
    if (depth >= 3) return null;
    // The levels the bundle's courses so far reach: a copy made at the first raise.
    let simulated: Levels | null = null;
    const bundle: PlanCourse[] = [];
    const below = [...ancestors, course];
    for (const need of course.prerequisites) {
        if (levelOf(simulated ?? levels, need.skillId) >= need.level) continue;
        let best: PlanCourse[] | null = null;
        let bestWeight = Infinity;
        trace.providersOf.add(need.skillId);
        for (const candidate of search.providers.get(need.skillId) ?? []) {
            if (!search.inPool(candidate) || !candidate.teaches.some((t) => t.skillId === need.skillId && t.level >= need.level)) continue;
            if (below.includes(candidate)) {
                search.ancestorSkips++;
                continue;
            }
            // Until a course is in the bundle, providers are searched from the caller's levels (memoised when those
            // are the pass's own).
            const sub = bundleFor(candidate, simulated ?? levels, search, trace, depth + 1, below);
            const subWeight = sub ? sub.reduce((s, c) => s + search.weight(c), 0) : Infinity;
            if (sub && subWeight < bestWeight) [best, bestWeight] = [sub, subWeight];
        }
        if (!best) return null;
        simulated ??= new Map(levels);
        for (const c of best) {
            if (bundle.includes(c)) continue;
            bundle.push(c);
            raise(simulated, c);
        }
    }
    return [...bundle, course];
}

/**
 * Drops courses (heaviest first) whose removal leaves a schedulable plan that is missing no more target levels than
 * before (so partial progress under a budget is kept); repeats until nothing more can go, since removing one course
 * can make another redundant (it only served the first's prerequisites).
 */
function prune(chosen: PlanCourse[], problem: PlanProblem, targets: readonly SkillLevel[], weight: (c: PlanCourse) => number): PlanCourse[] {
    let kept = [...chosen];
    const baseline = missingLevels(schedule(kept, problem.current).levels, targets);
    for (let changed = true; changed;) {
        changed = false;
        for (const course of [...kept].sort((a, b) => weight(b) - weight(a))) {
            const without = kept.filter((c) => c !== course);
            // The levels `without` could reach at best bound what scheduling it reaches: skip the schedule when even
            // they miss more than the baseline.
            if (missingLevels(ceilingOf(without, problem.current), targets) > baseline) continue;
            const { blocked, levels } = schedule(without, problem.current);
            if (blocked.length === 0 && missingLevels(levels, targets) <= baseline) [kept, changed] = [without, true];
        }
    }
    return kept;
}

/** The levels a set of courses reaches if every one of them can be taken. */
function ceilingOf(courses: readonly PlanCourse[], current: ReadonlyMap<string, number>): Levels {
    const levels: Levels = new Map(current);
    for (const course of courses) raise(levels, course);
    return levels;
}

function totals(order: readonly PlanCourse[]) {
    return { minutes: order.reduce((s, c) => s + c.minutes, 0), cost: Math.round(order.reduce((s, c) => s + c.cost, 0) * 100) / 100 };
}

const hasBudget = (problem: PlanProblem) => problem.maxMinutes != null || problem.maxCost != null;

function withinBudget(order: readonly PlanCourse[], problem: PlanProblem): boolean {
    const { minutes, cost } = totals(order);
    return (problem.maxMinutes == null || minutes <= problem.maxMinutes) && (problem.maxCost == null || cost <= problem.maxCost + 1e-9);
}

/**
 * Greedy: repeatedly take the bundle (a course and what its prerequisites need) that closes the most missing target
 * levels per unit of weight, within the budget if one is given; then prune courses that turned out redundant.
 */
export function solveGreedy(problem: PlanProblem): PlanSolution {
    const relevant = relevantCourses(problem);
    const reach = reachability(relevant);
    return improve(relevant, reach, greedyPass(relevant, relevant, reach));
}

/**
 * One greedy pass with pruning, without local improvement: about a tenth of solveGreedy's time at a few percent more
 * (1.024 against 1.007 of the optimum on the bench's 200-course pools), for ranking many candidate plans.
 */
export function solveGreedyPass(problem: PlanProblem): PlanSolution {
    const relevant = relevantCourses(problem);
    return greedyPass(relevant, relevant, reachability(relevant));
}

/**
 * The courses that can matter: those that raise a wanted target above the learner's level, and, transitively, those
 * that teach a level one of their unmet prerequisites asks for. No plan needs another course (dropping it keeps a plan
 * schedulable and makes it cheaper), and a catalogue of thousands shrinks to the few dozen the solvers search.
 */
export function relevantCourses(problem: PlanProblem): PlanProblem {
    const now = (skillId: string) => levelOf(problem.current, skillId);
    const wanted = new Map<string, number>();
    for (const t of problem.targets) if (now(t.skillId) < t.level) wanted.set(t.skillId, Math.max(t.level, wanted.get(t.skillId) ?? 0));
    const teaching = new Map<string, PlanCourse[]>();
    for (const c of problem.courses) for (const t of c.teaches) pushTo(teaching, t.skillId, c);
    const relevant = new Set<PlanCourse>();
    const queue = problem.courses.filter((c) => c.teaches.some((t) => wanted.has(t.skillId) && t.level > now(t.skillId)));
    while (queue.length) {
        const course = queue.pop()!;
        if (relevant.has(course)) continue;
        relevant.add(course);
        for (const need of course.prerequisites) {
            if (now(need.skillId) >= need.level) continue;
            for (const provider of teaching.get(need.skillId) ?? [])
                if (provider.teaches.some((t) => t.skillId === need.skillId && t.level >= need.level)) queue.push(provider);
        }
    }
    return relevant.size === problem.courses.length ? problem : { ...problem, courses: problem.courses.filter((c) => relevant.has(c)) };
}

/** Lower is better: levels of reachable targets still missing first (partial progress counts), then the objective. */
function planValue(problem: PlanProblem, reachableTargets: readonly SkillLevel[], solution: PlanSolution): number {
    const byId = new Map(problem.courses.map((c) => [c.id, c]));
    const { levels } = schedule(
        solution.order.map((id) => byId.get(id)!),
        problem.current,
    );
    return (
        missingLevels(levels, reachableTargets) * 1e12 +
        (problem.objective === "MINUTES" ? solution.minutes + solution.cost * 1e-7 : solution.cost + solution.minutes * 1e-7)
    );
}

/**
 * Local improvement: for each course in the plan, rerun the greedy pass without it; keep any cheaper plan that leaves
 * no more target levels missing, and repeat until no single exclusion helps (bounded rounds).
 */
function improve(problem: PlanProblem, reach: ReturnType<typeof reachability>, start: PlanSolution, rounds = 4): PlanSolution {
    let best = start;
    const { targets } = reach;
    const unbudgeted = !hasBudget(problem);
    let bestValue = planValue(problem, targets, best);
    for (let round = 0; round < rounds; round++) {
        let improved = false;
        for (const id of best.order) {
            const without = { ...problem, courses: problem.courses.filter((c) => c.id !== id) };
            const withoutReach = reachability(without);
            // Without a budget the plan reaches every reachable target; a pass that cannot do worse.
            if (unbudgeted && withoutReach.targets.length < targets.length) continue;
            const attempt = greedyPass(without, problem, reach, withoutReach);
            const value = planValue(problem, targets, attempt);
            if (value < bestValue - 1e-9) [best, bestValue, improved] = [attempt, value, true];
        }
        if (!improved) break;
    }
    return best;
}

/** One greedy pass over `problem`'s courses; targets and their reasons come from the original (full) problem. */
export function greedyPass(
    problem: PlanProblem,
    original: PlanProblem = problem,
    originalReach = reachability(original),
    { usable } = problem === original ? originalReach : reachability(problem),
): PlanSolution {
    const weight = (c: PlanCourse) => courseWeight(c, problem.objective);
    const { targets, open } = originalReach;
    const levels: Levels = new Map(problem.current);
    const chosen: PlanCourse[] = [];
    const providers = providersOf(usable);
    const isChosen = new Set<PlanCourse>();
    const budgeted = hasBudget(problem);
    const targetLevels = targetLevelsOf(targets);
    const search: BundleSearch = { levels, providers, inPool: (c) => !isChosen.has(c), weight, memo: [], ancestorSkips: 0 };
    const bundleOf = (course: PlanCourse) => bundleFor(course, levels, search, newTrace());
    for (;;) {
        const missing = missingLevels(levels, targets);
        if (missing === 0) break;
        let best: { bundle: PlanCourse[]; ratio: number; weight: number } | null = null;
        for (const course of usable) {
            if (isChosen.has(course)) continue;
            const bundle = bundleOf(course);
            if (!bundle || (budgeted && !withinBudget([...chosen, ...bundle], problem))) continue;
            const gain = gainOf(bundle, levels, targetLevels);
            if (gain <= 0) continue;
            const bundleWeight = bundle.reduce((s, c) => s + weight(c), 0);
            const ratio = gain / Math.max(bundleWeight, 1e-9);
            if (!best || ratio > best.ratio + 1e-12 || (Math.abs(ratio - best.ratio) <= 1e-12 && bundleWeight < best.weight))
                best = { bundle, ratio, weight: bundleWeight };
        }
        if (!best) break;
        const raised = new Set<string>();
        for (const c of best.bundle) {
            chosen.push(c);
            isChosen.add(c);
            for (const t of c.teaches) if (t.level > levelOf(levels, t.skillId)) raised.add(t.skillId);
            raise(levels, c);
        }
        for (const memo of search.memo)
            for (const [course, { trace }] of memo)
                if ([...raised].some((s) => trace.skills.has(s)) || best.bundle.some((c) => considered(trace, c))) memo.delete(course);
    }
    if (!budgeted && missingLevels(levels, targets) > 0) {
        // A prerequisite chain deeper than bundles reach: take every usable course (they reach every reachable
        // target, by construction) and let pruning drop what is not needed.
        for (const c of usable) if (!chosen.includes(c)) chosen.push(c);
    }
    const final = schedule(prune(chosen, problem, targets, weight), problem.current);
    const kept = final.order;
    const budgetOpen = targets
        .filter((t) => levelOf(final.levels, t.skillId) < t.level)
        .map((t) => ({ ...t, reachable: levelOf(final.levels, t.skillId), reason: "BUDGET" as const }));
    return { order: kept.map((c) => c.id), ...totals(kept), open: [...open, ...budgetOpen], solver: "GREEDY", optimal: false, nodes: 0 };
}

export interface ExactOptions {
    /** Stop after this many search nodes; the answer is then not proven optimal (null). */
    readonly maxNodes?: number;
    /** Stop after this many milliseconds, likewise (checked every 64 nodes). */
    readonly maxMillis?: number;
    /** Start from the greedy plan as the first upper bound (default); false lets tests check the search on its own. */
    readonly greedyIncumbent?: boolean;
}

/**
 * Branch and bound over course sets. A set is complete when scheduling it blocks no course and meets every target.
 * Otherwise some unmet need must be met by a course outside the set: a target that no blocked course could raise,
 * or else a prerequisite of a blocked course; the search branches on the courses that meet it. The greedy plan is
 * the first upper bound. Returns null when the node budget runs out or the optimal full cover exceeds the budget.
 */
export function solveExact(problem: PlanProblem, options: ExactOptions = {}): PlanSolution | null {
    const maxNodes = options.maxNodes ?? 200_000;
    const deadline = performance.now() + (options.maxMillis ?? Infinity);
    const weight = (c: PlanCourse) => courseWeight(c, problem.objective);
    const { targets, open, usable } = reachability(problem);
    // Search the unbudgeted problem; the budget only decides at the end whether the optimum is admissible.
    const greedy = options.greedyIncumbent === false ? null : solveGreedy({ ...problem, maxMinutes: null, maxCost: null });
    const byId = new Map(usable.map((c) => [c.id, c]));
    let best = greedy ? greedy.order.map((id) => byId.get(id)!) : usable;
    let bestWeight = greedy ? best.reduce((s, c) => s + weight(c), 0) : Infinity;
    const teachesAtLeast = (c: PlanCourse, need: SkillLevel) => c.teaches.some((t) => t.skillId === need.skillId && t.level >= need.level);
    const visited = new Set<string>();
    let nodes = 0;
    let exhausted = false;

    const search = (chosen: PlanCourse[], chosenWeight: number) => {
        if (exhausted) return;
        if (++nodes > maxNodes || (nodes % 64 === 0 && performance.now() > deadline)) {
            exhausted = true;
            return;
        }
        const { blocked, levels } = schedule(chosen, problem.current);
        const unmetTargets = targets.filter((t) => levelOf(levels, t.skillId) < t.level);
        if (blocked.length === 0 && unmetTargets.length === 0) {
            if (chosenWeight < bestWeight - 1e-12) [best, bestWeight] = [chosen, chosenWeight];
            return;
        }
        const outside = usable.filter((c) => !chosen.includes(c));
        const forced = unmetTargets.filter((t) => !blocked.some((b) => teachesAtLeast(b, t)));
        const minNew = (need: SkillLevel) => Math.min(...outside.filter((c) => teachesAtLeast(c, need)).map(weight));
        const bound = chosenWeight + Math.max(0, ...forced.map(minNew));
        if (bound >= bestWeight - 1e-12) return;
        let candidates: PlanCourse[];
        if (forced.length > 0) {
            // The target with the fewest ways to meet it gives the narrowest branching.
            const options = forced.map((t) => outside.filter((c) => teachesAtLeast(c, t)));
            candidates = options.reduce((a, b) => (b.length < a.length ? b : a));
        } else {
            const needs = blocked.flatMap((b) => b.prerequisites.filter((p) => levelOf(levels, p.skillId) < p.level));
            candidates = outside.filter((c) => needs.some((n) => teachesAtLeast(c, n)));
        }
        for (const course of [...candidates].sort((a, b) => weight(a) - weight(b))) {
            const next = [...chosen, course];
            const key = next
                .map((c) => c.id)
                .sort()
                .join("\u0000");
            if (visited.has(key)) continue;
            visited.add(key);
            search(next, chosenWeight + weight(course));
        }
    };
    search([], 0);
    if (exhausted) return null;
    const order = schedule(best, problem.current).order;
    if (!withinBudget(order, problem)) return null;
    return { order: order.map((c) => c.id), ...totals(order), open, solver: "EXACT", optimal: true, nodes };
}

/** When the exact solver is tried: small candidate sets, and a bounded search (nodes and wall-clock time). */
export const EXACT_LIMITS = { maxCourses: 40, maxNodes: 50_000, maxMillis: 50 };

/** The exact answer when the candidate set is small enough and the search finishes; the greedy answer otherwise. */
export function solvePlan(problem: PlanProblem, limits = EXACT_LIMITS): PlanSolution {
    problem = relevantCourses(problem);
    if (problem.courses.length <= limits.maxCourses) {
        const exact = solveExact(problem, { maxNodes: limits.maxNodes, maxMillis: limits.maxMillis });
        if (exact) return exact;
    }
    return solveGreedy(problem);
}
