/**
 * Cross-functional team composition: the smallest team in which each requirement (skill at a minimum level) has at
 * least `count` members at or above the level; ties broken by higher total fit, then lower total allocation. This is
 * set multicover (NP-hard): dominated candidates are removed, a greedy heuristic with local improvement answers
 * always, and an exact branch and bound answers when it finishes within its budget. Pure: no database.
 */

export interface TeamRequirement {
    readonly skillId: string;
    readonly minLevel: number;
    readonly count: number;
}

export interface TeamCandidate {
    readonly id: string;
    /** Effective levels for the requirements' skills. */
    readonly levels: ReadonlyMap<string, number>;
    /** Fit used to break ties (higher is better), for example the mean share of the requirements met. */
    readonly fit: number;
    /** Current allocation, 0 to 1 (lower is better). */
    readonly allocation: number;
    readonly orgUnitId: string | null;
}

export interface TeamConstraints {
    /**
     * Not used by the solvers: the caller compares it with `lowerBound`. The exact search must not prune by it, or a
     * request it rules out would get the greedy incumbent reported as optimal (or no exact answer at all).
     */
    readonly maxSize?: number | null;
    readonly mustInclude?: readonly string[];
    readonly maxPerOrgUnit?: number | null;
}

export type TeamSolver = "EXACT" | "GREEDY";

export interface TeamSolution {
    readonly members: string[];
    /** Requirement index -> how many members still missing (0 when covered, or the shortfall nobody can fill). */
    readonly shortfall: number[];
    readonly solver: TeamSolver;
    readonly optimal: boolean;
    /** No team covering what is coverable has fewer members than this. */
    readonly lowerBound: number;
    readonly nodes: number;
    /** Candidates the solver chose from (after pruning, when composeTeamPlan pruned). */
    readonly poolSize: number;
}

const covers = (c: TeamCandidate, r: TeamRequirement) => (c.levels.get(r.skillId) ?? 0) >= r.minLevel;

/** The must-include people found in the pool, in the order asked. */
function mustMembers(pool: readonly TeamCandidate[], constraints: TeamConstraints): TeamCandidate[] {
    return (constraints.mustInclude ?? []).flatMap((id) => pool.find((c) => c.id === id) ?? []);
}

/** How many of each requirement the pool can cover at most (members at level, capped at count). */
export function coverable(requirements: readonly TeamRequirement[], pool: readonly TeamCandidate[]): number[] {
    return requirements.map((r) => Math.min(r.count, pool.filter((c) => covers(c, r)).length));
}

/**
 * A linear first cut for large pools, keeping the optimum: candidates covering exactly the same requirements (and,
 * under a per-unit cap, in the same unit) are interchangeable for coverage, and a smallest team holds at most
 * sum(count) of them over the requirements they cover (each member is needed for a slot), so only that many of each
 * class are kept, best by the solver's tie-breaks (fit, then allocation, then id): swapping a dropped member for an
 * unused kept one never makes a team worse. Each requirement keeps at least min(count, holders) holders, so what the
 * pool can cover (`coverable`) is unchanged. Candidates covering nothing go; must-include candidates stay.
 */
export function keepBestPerCoverageClass(
    requirements: readonly TeamRequirement[],
    pool: readonly TeamCandidate[],
    keep: ReadonlySet<string> = new Set(),
    maxPerOrgUnit: number | null = null,
): TeamCandidate[] {
    const classes = new Map<string, { limit: number; members: TeamCandidate[] }>();
    const kept: TeamCandidate[] = [];
    for (const c of pool) {
        if (keep.has(c.id)) {
            kept.push(c);
            continue;
        }
        const covered = requirements.map((r) => covers(c, r));
        const limit = requirements.reduce((sum, r, i) => sum + (covered[i] ? r.count : 0), 0);
        if (limit === 0) continue;
        const capped = maxPerOrgUnit != null && c.orgUnitId !== null;
        const key = `${covered.map(Number).join("")}|${capped ? c.orgUnitId : ""}`;
        let group = classes.get(key);
        if (!group) classes.set(key, (group = { limit, members: [] }));
        group.members.push(c);
    }
    for (const { limit, members } of classes.values()) {
        members.sort((a, b) => b.fit - a.fit || a.allocation - b.allocation || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        kept.push(...members.slice(0, limit));
    }
    return kept;
}

/**
 * Removes candidates that cover nothing, and candidates dominated by enough others: if at least as many other
 * candidates each cover a superset of A's requirements (with fit at least A's and allocation at most A's) as the
 * largest count A could serve, some optimal team never needs A. Must-include candidates stay. Under a per-unit cap
 * only candidates of A's own unit can stand in for A (`sameUnitOnly`).
 */
export function pruneCandidates(
    requirements: readonly TeamRequirement[],
    pool: readonly TeamCandidate[],
    keep: ReadonlySet<string> = new Set(),
    sameUnitOnly = false,
): TeamCandidate[] {
    const useful = pool.filter((c) => keep.has(c.id) || requirements.some((r) => covers(c, r)));
    const sets = new Map(useful.map((c) => [c.id, requirements.map((r) => covers(c, r))]));
    return useful.filter((a) => {
        if (keep.has(a.id)) return true;
        const mine = sets.get(a.id)!;
        const need = Math.max(...requirements.map((r, i) => (mine[i] ? r.count : 0)));
        const dominators = useful.filter((b) => {
            if (b === a || (sameUnitOnly && b.orgUnitId !== a.orgUnitId)) return false;
            const theirs = sets.get(b.id)!;
            if (!mine.every((m, i) => !m || theirs[i])) return false;
            const strictlyBetter = theirs.some((t, i) => t && !mine[i]) || b.fit > a.fit || b.allocation < a.allocation || b.id < a.id;
            return b.fit >= a.fit && b.allocation <= a.allocation && strictlyBetter;
        });
        return dominators.length < need;
    });
}

interface Objective {
    size: number;
    fit: number;
    allocation: number;
}

const better = (a: Objective, b: Objective) =>
    a.size < b.size || (a.size === b.size && (a.fit > b.fit + 1e-9 || (Math.abs(a.fit - b.fit) <= 1e-9 && a.allocation < b.allocation - 1e-9)));

function objectiveOf(team: readonly TeamCandidate[]): Objective {
    return { size: team.length, fit: team.reduce((s, c) => s + c.fit, 0), allocation: team.reduce((s, c) => s + c.allocation, 0) };
}

function remaining(requirements: readonly TeamRequirement[], targets: readonly number[], team: readonly TeamCandidate[]): number[] {
    return requirements.map((r, i) => Math.max(0, targets[i] - team.filter((c) => covers(c, r)).length));
}

function unitsOk(team: readonly TeamCandidate[], candidate: TeamCandidate, maxPerOrgUnit: number | null | undefined): boolean {
    if (maxPerOrgUnit == null || candidate.orgUnitId === null) return true;
    return team.filter((c) => c.orgUnitId === candidate.orgUnitId).length < maxPerOrgUnit;
}

/** A lower bound on the members still needed: the largest single shortfall, and the total over the best coverage. */
function membersStillNeeded(need: readonly number[], requirements: readonly TeamRequirement[], pool: readonly TeamCandidate[]): number {
    const total = need.reduce((s, n) => s + n, 0);
    if (total === 0) return 0;
    const bestCoverage = Math.max(1, ...pool.map((c) => requirements.filter((r, i) => need[i] > 0 && covers(c, r)).length));
    return Math.max(...need, Math.ceil(total / bestCoverage));
}

/**
 * How the greedy values a candidate: the still-needed requirements it covers, either each counting 1 or each
 * weighted by its shortfall over the candidates left able to fill it (scarce requirements first).
 */
type GreedyScore = "SLOTS" | "SCARCITY";

function greedyTeam(
    requirements: readonly TeamRequirement[],
    targets: readonly number[],
    pool: readonly TeamCandidate[],
    must: readonly TeamCandidate[],
    constraints: TeamConstraints,
    score: GreedyScore,
): TeamCandidate[] {
    const team = [...must];
    const inTeam = new Set(team);
    for (;;) {
        const need = remaining(requirements, targets, team);
        if (need.every((n) => n === 0)) break;
        const open = pool.filter((c) => !inTeam.has(c) && unitsOk(team, c, constraints.maxPerOrgUnit));
        const weights =
            score === "SLOTS"
                ? need.map((n) => (n > 0 ? 1 : 0))
                : requirements.map((r, i) => (need[i] > 0 ? need[i] / Math.max(1, open.filter((c) => covers(c, r)).length) : 0));
        let pick: { c: TeamCandidate; gain: number } | null = null;
        for (const c of open) {
            const gain = requirements.reduce((sum, r, i) => (weights[i] > 0 && covers(c, r) ? sum + weights[i] : sum), 0);
            if (gain === 0) continue;
            if (
                !pick ||
                gain > pick.gain + 1e-12 ||
                (Math.abs(gain - pick.gain) <= 1e-12 && (c.fit > pick.c.fit || (c.fit === pick.c.fit && c.allocation < pick.c.allocation)))
            )
                pick = { c, gain };
        }
        if (!pick) break;
        team.push(pick.c);
        inTeam.add(pick.c);
    }
    return team;
}

/**
 * Greedy twice (counting still-needed slots, and favouring scarce requirements), each followed by local improvement;
 * the better team wins (less shortfall, then fewer members, more fit, less allocation).
 */
export function solveTeamGreedy(requirements: readonly TeamRequirement[], pool: readonly TeamCandidate[], constraints: TeamConstraints = {}): TeamSolution {
    const targets = coverable(requirements, pool);
    const must = mustMembers(pool, constraints);
    const shortOf = (team: readonly TeamCandidate[]) => remaining(requirements, targets, team).reduce((s, n) => s + n, 0);
    const [bySlots, byScarcity] = (["SLOTS", "SCARCITY"] as const).map((score) =>
        improveTeam(requirements, targets, greedyTeam(requirements, targets, pool, must, constraints, score), pool, must, constraints),
    );
    const [slotsShort, scarcityShort] = [shortOf(bySlots), shortOf(byScarcity)];
    const improved =
        scarcityShort < slotsShort || (scarcityShort === slotsShort && better(objectiveOf(byScarcity), objectiveOf(bySlots))) ? byScarcity : bySlots;
    const lowerBound = Math.max(must.length, membersStillNeeded(targets, requirements, pool));
    return {
        members: improved.map((c) => c.id),
        shortfall: remaining(requirements, targets, improved).map((n, i) => n + (requirements[i].count - targets[i])),
        solver: "GREEDY",
        optimal: false,
        lowerBound,
        nodes: 0,
        poolSize: pool.length,
    };
}

/** Local improvement: drop members whose removal keeps coverage; then swap two members for one who covers both. */
function improveTeam(
    requirements: readonly TeamRequirement[],
    targets: readonly number[],
    start: TeamCandidate[],
    pool: readonly TeamCandidate[],
    must: readonly TeamCandidate[],
    constraints: TeamConstraints,
): TeamCandidate[] {
    let team = [...start];
    // Which requirements each candidate covers, once; a team's coverage is the per-requirement count of its covering members.
    const coverage = new Map(pool.map((c) => [c, requirements.map((r) => (covers(c, r) ? 1 : 0))]));
    const coverOf = (c: TeamCandidate) => coverage.get(c) ?? requirements.map((r) => (covers(c, r) ? 1 : 0));
    const countsOf = (t: readonly TeamCandidate[]) => requirements.map((_, i) => t.reduce((n, c) => n + coverOf(c)[i], 0));
    // A change is kept when it leaves no requirement shorter than the current team does (dropping can only add shortfall).
    const sameShortfall = (counts: readonly number[], current: readonly number[]) =>
        targets.every((target, i) => Math.max(0, target - counts[i]) === Math.max(0, target - current[i]));
    for (let changed = true; changed;) {
        changed = false;
        for (const c of [...team].sort((a, b) => a.fit - b.fit || b.allocation - a.allocation)) {
            if (must.includes(c)) continue;
            const without = team.filter((x) => x !== c);
            if (sameShortfall(countsOf(without), countsOf(team))) [team, changed] = [without, true];
        }
        const current = countsOf(team);
        const inTeam = new Set(team);
        for (let i = 0; i < team.length && !changed; i++) {
            for (let j = i + 1; j < team.length && !changed; j++) {
                if (must.includes(team[i]) || must.includes(team[j])) continue;
                const rest = team.filter((_, k) => k !== i && k !== j);
                const [a, b] = [coverOf(team[i]), coverOf(team[j])];
                const restCounts = current.map((n, k) => n - a[k] - b[k]);
                const swap = pool.find((c) => {
                    if (inTeam.has(c) || !unitsOk(rest, c, constraints.maxPerOrgUnit)) return false;
                    const add = coverOf(c);
                    return sameShortfall(
                        restCounts.map((n, k) => n + add[k]),
                        current,
                    );
                });
                if (swap) [team, changed] = [[...rest, swap], true];
            }
        }
    }
    return team;
}

export interface TeamExactOptions {
    readonly maxNodes?: number;
    readonly maxMillis?: number;
    /** Start from the greedy team as the first incumbent (default); false lets tests check the search on its own. */
    readonly greedyIncumbent?: boolean;
}

/**
 * Branch and bound: branch on the requirement with a shortfall and the fewest candidates able to fill it; bound by the
 * members still needed (largest shortfall, and total shortfall over the best single coverage). The greedy team is the
 * first incumbent. Null when the budget runs out before the search is complete.
 */
export function solveTeamExact(
    requirements: readonly TeamRequirement[],
    pool: readonly TeamCandidate[],
    constraints: TeamConstraints = {},
    options: TeamExactOptions = {},
): TeamSolution | null {
    const targets = coverable(requirements, pool);
    const greedy = solveTeamGreedy(requirements, pool, constraints);
    const byId = new Map(pool.map((c) => [c.id, c]));
    const must = mustMembers(pool, constraints);
    const greedyTeam = greedy.members.map((id) => byId.get(id)!);
    const greedyComplete = options.greedyIncumbent !== false && remaining(requirements, targets, greedyTeam).every((n) => n === 0);
    let best: TeamCandidate[] | null = greedyComplete ? greedyTeam : null;
    let bestObjective = best ? objectiveOf(best) : { size: Infinity, fit: 0, allocation: 0 };
    const maxNodes = options.maxNodes ?? 200_000;
    const deadline = performance.now() + (options.maxMillis ?? Infinity);
    let nodes = 0;
    let exhausted = false;
    const visited = new Set<string>();

    const search = (team: TeamCandidate[]) => {
        if (exhausted) return;
        if (++nodes > maxNodes || (nodes % 64 === 0 && performance.now() > deadline)) {
            exhausted = true;
            return;
        }
        const need = remaining(requirements, targets, team);
        if (need.every((n) => n === 0)) {
            const objective = objectiveOf(team);
            if (better(objective, bestObjective)) [best, bestObjective] = [team, objective];
            return;
        }
        const outside = pool.filter((c) => !team.includes(c) && unitsOk(team, c, constraints.maxPerOrgUnit));
        if (team.length + membersStillNeeded(need, requirements, outside) > bestObjective.size) return;
        const options = requirements.map((r, i) => ({ i, fillers: need[i] > 0 ? outside.filter((c) => covers(c, r)) : [] })).filter((o) => need[o.i] > 0);
        const narrowest = options.reduce((a, b) => (b.fillers.length < a.fillers.length ? b : a));
        for (const c of [...narrowest.fillers].sort((a, b) => b.fit - a.fit || a.allocation - b.allocation)) {
            const next = [...team, c];
            const key = next
                .map((x) => x.id)
                .sort()
                .join("\u0000");
            if (visited.has(key)) continue;
            visited.add(key);
            search(next);
        }
    };
    search([...must]);
    if (exhausted || !best) return null;
    const team: TeamCandidate[] = best;
    return {
        members: team.map((c) => c.id),
        shortfall: requirements.map((r, i) => r.count - targets[i]),
        solver: "EXACT",
        optimal: true,
        lowerBound: team.length,
        nodes,
        poolSize: pool.length,
    };
}

export const TEAM_EXACT_LIMITS = { maxCandidates: 60, maxNodes: 100_000, maxMillis: 200 };

/** Exact when the pruned pool is small enough and the search finishes in budget; greedy otherwise. */
export function composeTeamPlan(
    requirements: readonly TeamRequirement[],
    pool: readonly TeamCandidate[],
    constraints: TeamConstraints = {},
    limits = TEAM_EXACT_LIMITS,
): TeamSolution {
    const pruned = pruneCandidates(requirements, pool, new Set(constraints.mustInclude ?? []), constraints.maxPerOrgUnit != null);
    if (pruned.length <= limits.maxCandidates) {
        const exact = solveTeamExact(requirements, pruned, constraints, limits);
        if (exact) return exact;
    }
    return solveTeamGreedy(requirements, pruned, constraints);
}
