/**
 * Transition costs from one starting point to every role at once, for adjacentRoles, careerPaths and the materialised
 * transition edges. By ./transition-cost.ts, cost(A -> B) = 1 - credit(A, B) / W_B, where W_B is B's total requirement
 * weight and credit sums w * min(L_A, L_B) / L_B over the skills both share; so only roles sharing a skill with the
 * start need work (an inverted index from skill to requiring roles), and every other role costs 1. Pure: no database.
 */
import { type FitWeights, type Importance, requirementWeight } from "./evidence";
import {
    type MoveDiscount,
    type RequirementLevel,
    type Specificity,
    type SpecificityKind,
    type TransitionCost,
    levelsOf,
    observedDiscount,
    specificityOf,
    transitionCost,
} from "./transition-cost";

export interface RoleProfile {
    readonly id: string;
    readonly title: string;
    /** ISCO-08 code of the role's group, when known (the mobility blend's hierarchy signal). */
    readonly iscoGroup?: string | null;
    readonly requirements: readonly { skillId: string; skillName: string; level: number; importance: Importance }[];
}

export interface RankedRole {
    readonly roleId: string;
    /** After the observed-move discount. */
    readonly cost: number;
    readonly skillCost: number;
    readonly moves: number;
}

interface Posting {
    readonly role: number;
    readonly level: number;
    readonly weight: number;
}

export class TransitionIndex {
    private postings: Map<string, Posting[]>;
    private totalWeight: Float64Array;
    /** Each role's sum of squared requirement weights: the squared norm of its IDF-weighted profile. */
    private squaredWeight: Float64Array;
    private readonly byId: Map<string, number>;
    private rolesRequiring: Map<string, number>;
    readonly specificity: Specificity;

    /**
     * `previous`: an index of the same roles (same ids in the same order) from which only `changed` roles' requirements
     * differ; when no skill's requiring count moved, the index is patched from it (the same numbers as a full build,
     * in a fraction of the time), and built in full otherwise.
     */
    constructor(
        readonly roles: readonly RoleProfile[],
        readonly weights: FitWeights,
        kind: SpecificityKind,
        readonly discount: MoveDiscount,
        previous?: { readonly index: TransitionIndex; readonly changed: ReadonlySet<string> },
    ) {
        this.specificity = { kind, roleCount: roles.length };
        this.byId = new Map(roles.map((role, i) => [role.id, i]));
        const patch = previous && this.patchPlan(previous.index, previous.changed);
        if (patch) {
            this.rolesRequiring = previous.index.rolesRequiring;
            this.postings = new Map(previous.index.postings);
            this.totalWeight = Float64Array.from(previous.index.totalWeight);
            this.squaredWeight = Float64Array.from(previous.index.squaredWeight);
            const changedAt = new Set(patch.changedAt);
            for (const skillId of patch.skills) {
                const kept = (previous.index.postings.get(skillId) ?? []).filter((posting) => !changedAt.has(posting.role));
                this.postings.set(skillId, kept);
            }
            for (const i of patch.changedAt) this.totalWeight[i] = this.squaredWeight[i] = 0;
            for (const i of patch.changedAt) this.addRole(i);
            for (const skillId of patch.skills) this.postings.get(skillId)!.sort((a, b) => a.role - b.role);
            return;
        }
        this.rolesRequiring = new Map();
        this.postings = new Map();
        for (const role of roles) for (const r of role.requirements) this.rolesRequiring.set(r.skillId, (this.rolesRequiring.get(r.skillId) ?? 0) + 1);
        this.totalWeight = new Float64Array(roles.length);
        this.squaredWeight = new Float64Array(roles.length);
        roles.forEach((_, i) => this.addRole(i));
    }

    /** Adds role i's requirement weights to its total and its postings (in requirement order, as a full build does). */
    private addRole(i: number): void {
        for (const r of this.roles[i].requirements) {
            const weight = requirementWeight(r.importance, this.weights) * specificityOf(this.rolesRequiring.get(r.skillId)!, this.specificity);
            this.totalWeight[i] += weight;
            this.squaredWeight[i] += weight * weight;
            const list = this.postings.get(r.skillId) ?? [];
            list.push({ role: i, level: r.level, weight });
            this.postings.set(r.skillId, list);
        }
    }

    /** The changed roles' positions and the skills they touch, when patching from `old` gives a full build's numbers. */
    private patchPlan(old: TransitionIndex, changed: ReadonlySet<string>): { changedAt: number[]; skills: Set<string> } | null {
        if (old.roles.length !== this.roles.length || old.weights !== this.weights || old.specificity.kind !== this.specificity.kind) return null;
        if (this.roles.some((role, i) => old.roles[i].id !== role.id || (!changed.has(role.id) && old.roles[i] !== role))) return null;
        if ([...changed].some((id) => !this.byId.has(id))) return null;
        const changedAt = [...changed].map((id) => this.byId.get(id)!);
        const delta = new Map<string, number>();
        for (const i of changedAt) {
            for (const r of old.roles[i].requirements) delta.set(r.skillId, (delta.get(r.skillId) ?? 0) - 1);
            for (const r of this.roles[i].requirements) delta.set(r.skillId, (delta.get(r.skillId) ?? 0) + 1);
        }
        if ([...delta.values()].some((d) => d !== 0)) return null;
        return { changedAt, skills: new Set(delta.keys()) };
    }

    /** How many roles require the skill (its specificity's n). */
    requiringCount(skillId: string): number {
        return this.rolesRequiring.get(skillId) ?? 0;
    }

    /** The ids of the roles that require the skill. */
    rolesRequiringSkill(skillId: string): string[] {
        return (this.postings.get(skillId) ?? []).map((posting) => this.roles[posting.role].id);
    }

    roleIndex(id: string): number | undefined {
        return this.byId.get(id);
    }

    /** False for a role without requirements: there is nothing to compare, so rankings leave it out. */
    isProfiled(index: number): boolean {
        return this.totalWeight[index] > 0;
    }

    title(id: string): string {
        return this.roles[this.byId.get(id)!].title;
    }

    /** A role's requirements as starting levels. */
    levelsOfRole(id: string): Map<string, number> {
        return levelsOf(this.roles[this.byId.get(id)!].requirements);
    }

    /** The cost from the given levels to every role (index order); a role without requirements costs 0. */
    costsFrom(levels: ReadonlyMap<string, number>): Float64Array {
        const credit = new Float64Array(this.roles.length);
        for (const [skillId, level] of levels) {
            if (level <= 0) continue;
            for (const posting of this.postings.get(skillId) ?? []) credit[posting.role] += (posting.weight * Math.min(level, posting.level)) / posting.level;
        }
        return credit.map((c, i) => (this.totalWeight[i] > 0 ? Math.max(0, 1 - c / this.totalWeight[i]) : 0));
    }

    /** The cost from every role's requirement levels to one role (index order): the column of costsFrom's rows. */
    costsTo(roleId: string): Float64Array {
        const target = this.byId.get(roleId)!;
        const credit = new Float64Array(this.roles.length);
        for (const r of this.roles[target].requirements) {
            const postings = this.postings.get(r.skillId)!;
            const weight = postings.find((posting) => posting.role === target)!.weight;
            for (const posting of postings) credit[posting.role] += (weight * Math.min(posting.level, r.level)) / r.level;
        }
        const total = this.totalWeight[target];
        return credit.map((c) => (total > 0 ? Math.max(0, 1 - c / total) : 0));
    }

    /**
     * Profiled roles by ascending cost from the levels (ties by id), at most `limit`, leaving out `exclude`. Observed
     * moves (target role id -> count) lower the cost of their targets by the index's move discount. Roles in `include`
     * come too when the limit leaves them out, after the others, in the same order.
     */
    ranked(
        levels: ReadonlyMap<string, number>,
        options: { moves?: ReadonlyMap<string, number>; exclude?: ReadonlySet<string>; limit?: number; include?: ReadonlySet<string> } = {},
    ): RankedRole[] {
        const costs = this.costsFrom(levels);
        const limit = options.limit ?? Infinity;
        const before = (a: RankedRole, b: RankedRole) => a.cost - b.cost || (a.roleId < b.roleId ? -1 : 1);
        const rowAt = (i: number): RankedRole | null => {
            const role = this.roles[i];
            if (!this.isProfiled(i) || options.exclude?.has(role.id)) return null;
            const moves = options.moves?.get(role.id) ?? 0;
            return { roleId: role.id, skillCost: costs[i], moves, cost: costs[i] * (1 - observedDiscount(moves, this.discount)) };
        };
        if (limit >= this.roles.length) return this.roles.flatMap((_, i) => rowAt(i) ?? []).sort(before);
        // The best `limit` rows so far, in order, and the included rows the limit leaves out.
        const top: RankedRole[] = [];
        const extra: RankedRole[] = [];
        for (let i = 0; i < this.roles.length; i++) {
            const row = rowAt(i);
            if (!row) continue;
            const worst = top.length < limit ? null : top[top.length - 1];
            if (worst && before(row, worst) > 0) {
                if (options.include?.has(row.roleId)) extra.push(row);
                continue;
            }
            let at = top.length;
            while (at > 0 && before(row, top[at - 1]) < 0) at--;
            top.splice(at, 0, row);
            if (top.length > limit) {
                const dropped = top.pop()!;
                if (options.include?.has(dropped.roleId)) extra.push(dropped);
            }
        }
        return extra.length ? [...top, ...extra.sort(before)] : top;
    }

    /**
     * A start's IDF-weighted requirement profile: a role's own requirement weights, or, for a person's levels, each
     * skill some role requires weighted as an essential requirement of it (skills no role requires match nothing).
     */
    profileOf(start: { readonly roleId: string } | { readonly levels: ReadonlyMap<string, number> }): Map<string, number> {
        const profile = new Map<string, number>();
        if ("roleId" in start) {
            const i = this.byId.get(start.roleId)!;
            for (const r of this.roles[i].requirements) profile.set(r.skillId, this.postings.get(r.skillId)!.find((posting) => posting.role === i)!.weight);
            return profile;
        }
        for (const [skillId, level] of start.levels) {
            const n = this.rolesRequiring.get(skillId);
            if (level > 0 && n) profile.set(skillId, requirementWeight("ESSENTIAL", this.weights) * specificityOf(n, this.specificity));
        }
        return profile;
    }

    /**
     * From a start's profile to every role (index order): the cosine of the two profiles, and coverage, the share of
     * the start's profile weight on skills the role requires too.
     */
    profileSimilarity(profile: ReadonlyMap<string, number>): { cosine: Float64Array; coverage: Float64Array } {
        const dot = new Float64Array(this.roles.length);
        const covered = new Float64Array(this.roles.length);
        let squared = 0;
        let total = 0;
        for (const [skillId, weight] of profile) {
            squared += weight * weight;
            total += weight;
            for (const posting of this.postings.get(skillId) ?? []) {
                dot[posting.role] += weight * posting.weight;
                covered[posting.role] += weight;
            }
        }
        const norm = Math.sqrt(squared);
        return {
            cosine: dot.map((d, i) => (norm > 0 && this.squaredWeight[i] > 0 ? d / (norm * Math.sqrt(this.squaredWeight[i])) : 0)),
            coverage: covered.map((c) => (total > 0 ? c / total : 0)),
        };
    }

    /**
     * From a start's profile to every role (index order): the share of the profile's weight on skills the role does not
     * require but requires a neighbour of (a broader, narrower or related skill).
     */
    relatedCoverage(profile: ReadonlyMap<string, number>, neighbours: ReadonlyMap<string, readonly string[]>): Float64Array {
        const related = new Float64Array(this.roles.length);
        let total = 0;
        for (const [skillId, weight] of profile) {
            total += weight;
            const direct = new Set((this.postings.get(skillId) ?? []).map((posting) => posting.role));
            const reached = new Set<number>();
            for (const other of neighbours.get(skillId) ?? [])
                for (const posting of this.postings.get(other) ?? []) if (!direct.has(posting.role)) reached.add(posting.role);
            for (const role of reached) related[role] += weight;
        }
        return total > 0 ? related.map((r) => r / total) : related;
    }

    /** The full explanation of one transition (the skills to acquire, at which levels, weights and specificity). */
    explain(levels: ReadonlyMap<string, number>, roleId: string, observedMoves = 0): TransitionCost {
        const role = this.roles[this.byId.get(roleId)!];
        const target: RequirementLevel[] = role.requirements.map((r) => ({ ...r, rolesRequiring: this.rolesRequiring.get(r.skillId)! }));
        return transitionCost(levels, target, { weights: this.weights, specificity: this.specificity, discount: this.discount }, observedMoves);
    }
}
