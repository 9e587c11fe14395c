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
import neo4j from "neo4j-driver";
import type { Db } from "../neo4j/read-rows";
import { readRows } from "../neo4j/read-rows";
import type { CacheLookup } from "./workforce-cache";
import type { FitWeights } from "../domain/evidence";
import type { WeightedEdge } from "../domain/k-shortest-paths";
import { type MoveDiscount, type SpecificityKind, type TransitionCost, observedDiscount } from "../domain/transition-cost";
import { type RankedRole, type RoleProfile, TransitionIndex } from "../domain/transition-index";
import { MOBILITY_SIGNALS, MobilityBlend, type MobilitySignal, type SignalValues, type SignalWeights, iscoProximity } from "../domain/mobility-blend";

export interface MobilitySettings {
    readonly specificity: SpecificityKind;
    /** adjacentRoles' blend of ranking signals (src/domain/mobility-blend.ts). */
    readonly signalWeights: SignalWeights;
    /** A career step goes to one of this many cheapest roles from where one stands (or along an observed move). */
    readonly neighbours: number;
    readonly moveDiscount: MoveDiscount;
}

/** Role id -> the embedding of its title and description (cypher/mobility/read-role-vectors). */
export type RoleVectors = ReadonlyMap<string, Float32Array>;

/** Skill id -> its broader, narrower and related skills (cypher/mobility/read-skill-neighbours). */
export type SkillNeighbours = ReadonlyMap<string, readonly string[]>;

/** A start of the blended ranking: a role (its own profile), or a person's levels and current role. */
export interface BlendStart {
    readonly kind: "ROLE" | "PERSON";
    readonly roleId: string | null;
    readonly levels: ReadonlyMap<string, number>;
}

export interface BlendedRole extends RankedRole {
    readonly score: number;
}

/** Observed moves: from role id -> to role id -> people who made the move. */
export type ObservedMoves = ReadonlyMap<string, ReadonlyMap<string, number>>;

const NO_MOVES: ReadonlyMap<string, number> = new Map();
const ALL_SIGNALS: ReadonlySet<MobilitySignal> = new Set(MOBILITY_SIGNALS);

/** Beyond this many roles whose costs a profile change moves, a reload recomputes every neighbour list. */
const MAX_CARRIED_TARGETS = 64;
/** Beyond this many changed roles, a reload reads every profile instead of the changed ones. */
const MAX_REREAD_ROLES = 500;

/** One consistent view: the transition index, the observed moves, and the memoised neighbour lists. */
export class MobilitySnapshot {
    private readonly neighbourMemo = new Map<string, WeightedEdge[]>();
    private readonly feederMemo = new Map<string, ReadonlyMap<string, number>>();
    private readonly columnMemo = new Map<string, Map<string, number>>();
    private profiled?: number[];
    private matrix?: { dimension: number; data: Float32Array; present: Uint8Array };

    constructor(
        readonly index: TransitionIndex,
        readonly moves: ObservedMoves,
        readonly neighbourCount: number,
        readonly vectors: RoleVectors = new Map(),
        readonly skillNeighbours: SkillNeighbours = new Map(),
    ) {}

    /** Whether a role's steps are known already (computed here or kept from an earlier snapshot). */
    isCarried(roleId: string): boolean {
        return this.neighbourMemo.has(roleId);
    }

    movesFrom(roleId: string | null): ReadonlyMap<string, number> {
        return (roleId && this.moves.get(roleId)) || NO_MOVES;
    }

    /**
     * Keeps the neighbour lists of an earlier snapshot that the change from its index to this one leaves as they are,
     * so that the first query after a requirement change does not recompute every role's steps. Costs between roles
     * outside `targets` (the changed roles and every role requiring a skill whose requiring count changed) are
     * unchanged to the last bit, so a list of an unchanged role stays exact unless it lists a target or a target's
     * cost from it comes within 1e-9 of its last entry; those lists are recomputed. Nothing is kept when the role count
     * changed (every specificity weight moves) or there are more than `MAX_CARRIED_TARGETS` targets.
     */
    carryFrom(previous: MobilitySnapshot, changedRoles: ReadonlySet<string>): void {
        if (previous.moves !== this.moves || previous.neighbourCount !== this.neighbourCount) return;
        if (previous.index.roles.length !== this.index.roles.length) return;
        const targets = new Set(changedRoles);
        const skills = new Set<string>();
        for (const id of changedRoles)
            for (const index of [previous.index, this.index]) {
                const i = index.roleIndex(id);
                if (i !== undefined) for (const r of index.roles[i].requirements) skills.add(r.skillId);
            }
        for (const skillId of skills) {
            if (previous.index.requiringCount(skillId) === this.index.requiringCount(skillId)) continue;
            for (const index of [previous.index, this.index]) for (const id of index.rolesRequiringSkill(skillId)) targets.add(id);
            if (targets.size > MAX_CARRIED_TARGETS) return;
        }
        const columns = [...targets].flatMap((id) => {
            const i = this.index.roleIndex(id);
            return i !== undefined && this.index.isProfiled(i) ? [{ id, costs: this.index.costsTo(id) }] : [];
        });
        // Targets no longer ranked (gone, or without requirements now): they may only stay out of a list.
        const removed = [...targets].filter((id) => !columns.some((c) => c.id === id));
        const costFrom = (sourceId: string, target: { id: string; costs: Float64Array }) =>
            target.costs[this.index.roleIndex(sourceId)!] * (1 - observedDiscount(this.movesFrom(sourceId).get(target.id) ?? 0, this.index.discount));
        for (const [roleId, edges] of previous.neighbourMemo) {
            if (changedRoles.has(roleId) || this.index.roleIndex(roleId) === undefined) continue;
            const nth = edges.length >= this.neighbourCount ? edges[this.neighbourCount - 1] : null;
            // A listed target's cost is recomputed (its float may move even when its value does not); an unlisted one
            // stays out when its cost is clearly above the list's last.
            const stays = (target: string, cost: number | undefined) =>
                !edges.some((edge) => edge.to === target) && (cost === undefined || (nth !== null && cost > nth.cost + 1e-9));
            if (removed.every((id) => stays(id, undefined)) && columns.every((c) => c.id === roleId || stays(c.id, costFrom(roleId, c))))
                this.neighbourMemo.set(roleId, edges);
        }
    }

    /** Roles ranked from the levels; observed moves out of `fromRoleId` lower their targets' costs. */
    ranked(levels: ReadonlyMap<string, number>, fromRoleId: string | null, exclude: ReadonlySet<string>, limit?: number): RankedRole[] {
        return this.index.ranked(levels, { moves: this.movesFrom(fromRoleId), exclude, limit });
    }

    /**
     * The blend's signals from a start to every role (index order), those in `wanted` (by default all), and the
     * candidates: the profiled roles but `exclude`. The semantic and hierarchy signals need the start's role (a
     * person's current role).
     */
    signalsFrom(
        start: BlendStart,
        exclude: ReadonlySet<string>,
        wanted: ReadonlySet<MobilitySignal> = ALL_SIGNALS,
    ): { values: SignalValues; candidates: number[]; costs: Float64Array; skillCosts: Float64Array } {
        const index = this.index;
        const candidates = this.profiledIndices().filter((i) => !exclude.has(index.roles[i].id));
        const profile = start.kind === "ROLE" && start.roleId ? index.profileOf({ roleId: start.roleId }) : index.profileOf({ levels: start.levels });
        const values: SignalValues = {};
        if (wanted.has("requirements") || wanted.has("coverage")) {
            const { cosine, coverage } = index.profileSimilarity(profile);
            values.requirements = cosine;
            values.coverage = coverage;
        }
        const skillCosts = index.costsFrom(start.levels);
        const costs = Float64Array.from(skillCosts);
        for (const [roleId, moves] of this.movesFrom(start.roleId)) {
            const i = index.roleIndex(roleId);
            if (i !== undefined) costs[i] *= 1 - observedDiscount(moves, index.discount);
        }
        if (wanted.has("transition")) values.transition = costs.map((c) => 1 - c);
        if (wanted.has("related")) values.related = index.relatedCoverage(profile, this.skillNeighbours);
        const startAt = start.roleId === null ? undefined : index.roleIndex(start.roleId);
        if (startAt !== undefined && wanted.has("semantic")) values.semantic = this.semanticFrom(startAt);
        const startIsco = startAt === undefined ? null : index.roles[startAt].iscoGroup;
        if (startIsco && wanted.has("hierarchy")) values.hierarchy = index.roles.map((role) => iscoProximity(startIsco, role.iscoGroup));
        return { values, candidates, costs, skillCosts };
    }

    /** The profiled roles' positions, computed once. */
    private profiledIndices(): readonly number[] {
        this.profiled ??= this.index.roles.flatMap((_, i) => (this.index.isProfiled(i) ? [i] : []));
        return this.profiled;
    }

    /**
     * Cosine of the start role's embedding with every role's (index order; NaN for a role without one), undefined when
     * the start has none. The vectors are laid out once per snapshot in index order, one after the other.
     */
    private semanticFrom(startAt: number): Float64Array | undefined {
        if (!this.matrix) {
            const dimension = this.vectors.values().next().value?.length ?? 0;
            const data = new Float32Array(this.index.roles.length * dimension);
            const present = new Uint8Array(this.index.roles.length);
            this.index.roles.forEach((role, i) => {
                const vector = this.vectors.get(role.id);
                if (vector?.length !== dimension) return;
                data.set(vector, i * dimension);
                present[i] = 1;
            });
            this.matrix = { dimension, data, present };
        }
        const { dimension, data, present } = this.matrix;
        if (dimension === 0 || !present[startAt]) return undefined;
        const from = startAt * dimension;
        const cosine = new Float64Array(this.index.roles.length);
        for (let i = 0; i < cosine.length; i++) {
            if (!present[i]) {
                cosine[i] = Number.NaN;
                continue;
            }
            let sum = 0;
            for (let k = 0, at = i * dimension; k < dimension; k++) sum += data[from + k] * data[at + k];
            cosine[i] = sum;
        }
        return cosine;
    }

    /** Every profiled role but `exclude`, by blended score (ties: cheaper first, then by id), with the blend for explanations. */
    blended(start: BlendStart, exclude: ReadonlySet<string>, weights: SignalWeights): { roles: BlendedRole[]; blend: MobilityBlend } {
        const wanted = new Set(MOBILITY_SIGNALS.filter((signal) => weights[signal] > 0));
        const { values, candidates, costs, skillCosts } = this.signalsFrom(start, exclude, wanted);
        const blend = new MobilityBlend(values, weights, candidates);
        const moves = this.movesFrom(start.roleId);
        const roles = candidates.map((i) => {
            const roleId = this.index.roles[i].id;
            return { roleId, score: blend.score(i), cost: costs[i], skillCost: skillCosts[i], moves: moves.get(roleId) ?? 0 };
        });
        roles.sort((a, b) => b.score - a.score || a.cost - b.cost || (a.roleId < b.roleId ? -1 : 1));
        return { roles, blend };
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
    readonly skills: number;
    readonly moves: string;
    readonly roleVectors: number;
}

interface DigestRow {
    readonly id: string;
    readonly title: string | null;
    readonly iscoGroup: string | null;
    readonly requirements: number;
    readonly hashA: number;
    readonly hashB: number;
}

interface ProfileSet {
    readonly key: string;
    /** The 'skills' version the profiles' skill names are from. */
    readonly skills: number;
    readonly value: TransitionIndex;
    /**
     * Each role's digest as read before its profile (cypher/mobility/read-role-digests.cypher), as text; none for a
     * role re-read after a logged change, so that the next digest comparison re-reads it too.
     */
    readonly digests: ReadonlyMap<string, string>;
    /** The roles whose digest changed from `base`, the index of the profile set before (null: a full read). */
    readonly changed: ReadonlySet<string> | null;
    readonly base: TransitionIndex | null;
}

/** The per-process cache of snapshots (one per API, shared by its requests). */
export class MobilityCatalogue {
    private index: ProfileSet | null = null;
    private moves: { key: string; value: ObservedMoves } | null = null;
    private vectors: { key: number; value: RoleVectors } | null = null;
    private neighbours: { key: number; value: SkillNeighbours } | null = null;
    private snapshot: { key: string; value: MobilitySnapshot } | null = null;
    private loading: { key: string; value: Promise<MobilitySnapshot> } | null = null;

    constructor(
        readonly settings: MobilitySettings,
        readonly weights: FitWeights,
        private readonly onLookup?: (result: CacheLookup) => void,
    ) {}

    /** The current snapshot, reloading what changed since the last one. */
    async current(db: Db): Promise<MobilitySnapshot> {
        const [version] = await readRows<VersionRow>(db, "mobility/read-graph-versions", {});
        const key = `${version.profiles}|${version.skills}|${version.moves}|${version.roleVectors}`;
        this.onLookup?.(this.snapshot?.key === key ? "hit" : this.snapshot ? "refresh" : "build");
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
        const [profiles, moves, vectors, neighbours] = await Promise.all([
            this.index?.key === version.profiles && this.index.skills === version.skills
                ? { ...this.index, changed: new Set<string>(), base: this.index.value }
                : this.readProfiles(db, version, this.index),
            this.moves?.key === version.moves
                ? this.moves.value
                : readRows<{ fromRoleId: string; toRoleId: string; moves: number }>(db, "mobility/read-observed-moves", {}).then(groupMoves),
            this.vectors?.key === version.roleVectors
                ? this.vectors.value
                : readRows<{ id: string; vector: number[] }>(db, "mobility/read-role-vectors", {}).then(
                      (rows): RoleVectors => new Map(rows.map((row) => [row.id, Float32Array.from(row.vector)])),
                  ),
            this.neighbours?.key === version.skills
                ? this.neighbours.value
                : readRows<{ skillId: string; neighbourIds: string[] }>(db, "mobility/read-skill-neighbours", {}).then(
                      (rows): SkillNeighbours => new Map(rows.map((row) => [row.skillId, row.neighbourIds])),
                  ),
        ]);
        const previous = this.snapshot?.value;
        this.index = profiles;
        this.moves = { key: version.moves, value: moves };
        this.vectors = { key: version.roleVectors, value: vectors };
        this.neighbours = { key: version.skills, value: neighbours };
        const snapshot = new MobilitySnapshot(profiles.value, moves, this.settings.neighbours, vectors, neighbours);
        if (previous && profiles.changed && previous.index === profiles.base) snapshot.carryFrom(previous, profiles.changed);
        return snapshot;
    }

    /** The roles changed since the profiles known, from the change log (see `loggedChanges`), with the digests then known. */
    private async changesLogged(db: Db, version: VersionRow, known: ProfileSet): Promise<{ changed: Set<string>; digests: Map<string, string> } | null> {
        const [since, until] = [known.key, version.profiles].map(versionOf);
        if (!(until > since)) return null;
        const entries = await readRows<RoleChangeEntry>(db, "mobility/read-role-changes", { since: neo4j.int(since), until: neo4j.int(until) });
        const changed = loggedChanges(known.key, version.profiles, entries);
        if (!changed) return null;
        // A changed role's digest is unknown until the next digest read, which then re-reads it too.
        const digests = new Map(known.digests);
        for (const id of changed) digests.delete(id);
        return { changed, digests };
    }

    /** Every role's digest (read in parts at once), and the roles whose digest differs from the known one's. */
    private async changesByDigest(db: Db, known: ProfileSet | null): Promise<{ changed: Set<string>; digests: Map<string, string> }> {
        const parts = digestParts(known?.value.roles ?? []);
        const rows = (await Promise.all(parts.map((part) => readRows<DigestRow>(db, "mobility/read-role-digests", part)))).flat();
        const digests = new Map(
            rows.map((row) => [row.id, `${row.title ?? ""}\u0000${row.iscoGroup ?? ""}\u0000${row.requirements}/${row.hashA}/${row.hashB}`]),
        );
        const changed = new Set([...digests].filter(([id, digest]) => known?.digests.get(id) !== digest).map(([id]) => id));
        for (const id of known?.digests.keys() ?? []) if (!digests.has(id)) changed.add(id);
        return { changed, digests };
    }

    /**
     * The roles whose profile changed, from the change log or else from every role's digest, then their profiles;
     * every profile the first time, when skill names may have changed, or when many roles changed.
     */
    private async readProfiles(db: Db, version: VersionRow, known: ProfileSet | null): Promise<ProfileSet> {
        const key = version.profiles;
        const previous = known?.skills === version.skills ? known : null;
        const { changed, digests } = (previous && (await this.changesLogged(db, version, previous))) ?? (await this.changesByDigest(db, previous));
        const build = (roles: RoleProfile[], changed?: ReadonlySet<string>) =>
            new TransitionIndex(
                roles,
                this.weights,
                this.settings.specificity,
                this.settings.moveDiscount,
                previous && changed ? { index: previous.value, changed } : undefined,
            );
        if (!previous || changed.size > MAX_REREAD_ROLES) {
            const value = build(await readRows<RoleProfile>(db, "mobility/read-role-profiles", {}));
            return { key, skills: version.skills, value, digests, changed: null, base: null };
        }
        if (changed.size === 0) return { key, skills: version.skills, value: previous.value, digests, changed, base: previous.value };
        const reread = await readRows<RoleProfile>(db, "mobility/read-role-profiles-of", { ids: [...changed] });
        const roles = [...previous.value.roles.filter((role) => !changed.has(role.id)), ...reread].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return { key, skills: version.skills, value: build(roles, changed), digests, changed, base: previous.value };
    }
}

/** One logged 'roleProfiles' version (cypher/mobility/write-role-changes.cypher). */
export interface RoleChangeEntry {
    readonly version: number;
    readonly roleIds: readonly string[];
    readonly roles: number;
    readonly requirements: number;
}

/** The version part of a profiles key (`version/roles/requirements`, cypher/mobility/read-graph-versions.cypher). */
const versionOf = (profilesKey: string) => Number(profilesKey.split("/")[0]);

/**
 * The roles changed between two profile keys according to the change log: null unless the entries cover every
 * version in between, one each in order, and the last one's counts are the current key's (a version bumped without
 * an entry, or a write behind the API's back that moved a count, leaves the decision to the digests).
 */
export function loggedChanges(knownKey: string, currentKey: string, entries: readonly RoleChangeEntry[]): Set<string> | null {
    const [since, until] = [knownKey, currentKey].map(versionOf);
    const last = entries[entries.length - 1];
    const complete = until > since && entries.length === until - since && entries.every((entry, i) => entry.version === since + i + 1);
    if (!complete || `${until}/${last.roles}/${last.requirements}` !== currentKey) return null;
    return new Set(entries.flatMap((entry) => entry.roleIds));
}

/** The digest read runs in this many parts at once (each is one thread of the database: 120 ms in one at 3,000 roles). */
const DIGEST_READ_PARTS = 2;

/** Role id ranges of about equal size, from the roles known before (sorted by id); one unbounded part without them. */
export function digestParts(knownRoles: readonly { readonly id: string }[], parts = DIGEST_READ_PARTS): { from: string | null; to: string | null }[] {
    if (knownRoles.length < parts * 2) return [{ from: null, to: null }];
    const bounds = Array.from({ length: parts - 1 }, (_, i) => knownRoles[Math.floor(((i + 1) * knownRoles.length) / parts)].id);
    return [null, ...bounds].map((from, i) => ({ from, to: bounds[i] ?? null }));
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
