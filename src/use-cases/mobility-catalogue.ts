/**
 * The role-to-role transition graph behind adjacentRoles and careerPaths, held in memory per API process.
 *
 * Transition edges are not materialised in Neo4j: every cost is a pure function of all role profiles (a requirement
 * change moves the specificity weights of every role that shares the skill), so stored edges would go stale in bulk.
 * Instead each process loads the role profiles once per version (cypher/mobility/role-profiles; about 1.5 s and
 * 190,000 requirements on ESCO + O*NET) and observed moves once per tenure version, and keys the cache on
 * cypher/mobility/read-graph-versions: the versions the mutation guard, importers and seeds bump in the writing
 * transaction, plus count-store counts that catch out-of-band writes adding or removing roles, requirements or
 * tenures. Every mobility query checks the key (one cheap read); a changed key reloads, and concurrent requests share
 * one load. Each role's neighbours (the roles a career step may go to) and feeders (the roles a final step into it
 * may come from) are computed on first use and memoised with the snapshot.
 */
import type { Db } from "../neo4j/read-rows";
import { readRows } from "../neo4j/read-rows";
import type { FitWeights } from "../domain/evidence";
import type { WeightedEdge } from "../domain/k-shortest-paths";
import { type MoveDiscount, type SpecificityKind, type TransitionCost, observedDiscount } from "../domain/transition-cost";
import { type RankedRole, type RoleProfile, TransitionIndex } from "../domain/transition-index";

export interface MobilitySettings {
    readonly specificity: SpecificityKind;
    /** A career step goes to one of this many cheapest roles from where one stands (or along an observed move). */
    readonly neighbours: number;
    readonly moveDiscount: MoveDiscount;
}

/** Observed moves: from role id -> to role id -> people who made the move. */
export type ObservedMoves = ReadonlyMap<string, ReadonlyMap<string, number>>;

const NO_MOVES: ReadonlyMap<string, number> = new Map();

/** One consistent view: the transition index, the observed moves, and the memoised neighbour lists. */
export class MobilitySnapshot {
    private readonly neighbourMemo = new Map<string, WeightedEdge[]>();
    private readonly feederMemo = new Map<string, ReadonlyMap<string, number>>();
    private readonly columnMemo = new Map<string, Map<string, number>>();

    constructor(
        readonly index: TransitionIndex,
        readonly moves: ObservedMoves,
        readonly neighbourCount: number,
    ) {}

    movesFrom(roleId: string | null): ReadonlyMap<string, number> {
        return (roleId && this.moves.get(roleId)) || NO_MOVES;
    }

    /** Roles ranked from the levels; observed moves out of `fromRoleId` lower their targets' costs. */
    ranked(levels: ReadonlyMap<string, number>, fromRoleId: string | null, exclude: ReadonlySet<string>, limit?: number): RankedRole[] {
        return this.index.ranked(levels, { moves: this.movesFrom(fromRoleId), exclude, limit });
    }

    /** The steps out of a starting point: its cheapest roles, plus every role an observed move went to from it. */
    stepsFrom(levels: ReadonlyMap<string, number>, fromRoleId: string | null, exclude: ReadonlySet<string>): WeightedEdge[] {
        const moves = this.movesFrom(fromRoleId);
        const ranked = this.index.ranked(levels, { moves, exclude, limit: this.neighbourCount, include: new Set(moves.keys()) });
        return ranked.map((role) => ({ to: role.roleId, cost: role.cost }));
    }

    /** A role's steps, computed once per snapshot. */
    neighbours(roleId: string): WeightedEdge[] {
        let edges = this.neighbourMemo.get(roleId);
        if (!edges) {
            edges = this.stepsFrom(this.index.levelsOfRole(roleId), roleId, new Set([roleId]));
            this.neighbourMemo.set(roleId, edges);
        }
        return edges;
    }

    /** The cost from every profiled role (its requirement levels, observed moves counted) to the target, computed once. */
    costsTo(targetId: string): ReadonlyMap<string, number> {
        let costs = this.columnMemo.get(targetId);
        if (!costs) {
            const column = this.index.costsTo(targetId);
            costs = new Map();
            this.index.roles.forEach((role, i) => {
                if (role.id === targetId || !this.index.isProfiled(i)) return;
                const moves = this.movesFrom(role.id).get(targetId) ?? 0;
                costs!.set(role.id, column[i] * (1 - observedDiscount(moves, this.index.discount)));
            });
            this.columnMemo.set(targetId, costs);
        }
        return costs;
    }

    /**
     * The roles a final step into the target may come from, with their costs: its cheapest sources (observed moves
     * count), so that a target is reached from the roles closest to it even when it is not among their own cheapest.
     */
    feeders(targetId: string): ReadonlyMap<string, number> {
        let feeders = this.feederMemo.get(targetId);
        if (!feeders) {
            const moved = (roleId: string) => this.movesFrom(roleId).has(targetId);
            const rows = [...this.costsTo(targetId)].sort(([a, ca], [b, cb]) => ca - cb || (a < b ? -1 : 1));
            feeders = new Map(rows.filter(([roleId], i) => i < this.neighbourCount || moved(roleId)));
            this.feederMemo.set(targetId, feeders);
        }
        return feeders;
    }

    /** One transition explained, with the observed moves from `fromRoleId` to the target. */
    explain(levels: ReadonlyMap<string, number>, fromRoleId: string | null, toRoleId: string): TransitionCost {
        return this.index.explain(levels, toRoleId, this.movesFrom(fromRoleId).get(toRoleId) ?? 0);
    }
}

interface VersionRow {
    readonly profiles: string;
    readonly moves: string;
}

/** The per-process cache of snapshots (one per API, shared by its requests). */
export class MobilityCatalogue {
    private index: { key: string; value: TransitionIndex } | null = null;
    private moves: { key: string; value: ObservedMoves } | null = null;
    private snapshot: { key: string; value: MobilitySnapshot } | null = null;
    private loading: { key: string; value: Promise<MobilitySnapshot> } | null = null;

    constructor(
        readonly settings: MobilitySettings,
        readonly weights: FitWeights,
    ) {}

    /** The current snapshot, reloading what changed since the last one. */
    async current(db: Db): Promise<MobilitySnapshot> {
        const [version] = await readRows<VersionRow>(db, "mobility/read-graph-versions", {});
        const key = `${version.profiles}|${version.moves}`;
        if (this.snapshot?.key === key) return this.snapshot.value;
        if (this.loading?.key !== key) {
            const value = this.load(db, version).then(
                (snapshot) => {
                    this.snapshot = { key, value: snapshot };
                    return snapshot;
                },
                (error: unknown) => {
                    this.loading = null;
                    throw error;
                },
            );
            this.loading = { key, value };
        }
        return this.loading.value;
    }

    private async load(db: Db, version: VersionRow): Promise<MobilitySnapshot> {
        const [index, moves] = await Promise.all([
            this.index?.key === version.profiles
                ? this.index.value
                : readRows<RoleProfile>(db, "mobility/read-role-profiles", {}).then(
                      (roles) => new TransitionIndex(roles, this.weights, this.settings.specificity, this.settings.moveDiscount),
                  ),
            this.moves?.key === version.moves
                ? this.moves.value
                : readRows<{ fromRoleId: string; toRoleId: string; moves: number }>(db, "mobility/read-observed-moves", {}).then(groupMoves),
        ]);
        this.index = { key: version.profiles, value: index };
        this.moves = { key: version.moves, value: moves };
        return new MobilitySnapshot(index, moves, this.settings.neighbours);
    }
}

function groupMoves(rows: readonly { fromRoleId: string; toRoleId: string; moves: number }[]): ObservedMoves {
    const moves = new Map<string, Map<string, number>>();
    for (const row of rows) {
        const targets = moves.get(row.fromRoleId) ?? new Map<string, number>();
        targets.set(row.toRoleId, row.moves);
        moves.set(row.fromRoleId, targets);
    }
    return moves;
}
