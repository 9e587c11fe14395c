/**
 * Transition costs from one starting point to every role at once, for adjacentRoles, careerPaths and the materialised
 * transition edges. By ./transition-cost.ts, cost(A -> B) = 1 - credit(A, B) / W_B, where W_B is B's total requirement
 * weight and credit sums w * min(L_A, L_B) / L_B over the skills both share; so only roles sharing a skill with the
 * start need work (an inverted index from skill to requiring roles), and every other role costs 1. Pure: no database.
 */
import { type FitWeights, type Importance, requirementWeight } from "./evidence";
import { type RequirementLevel, type Specificity, type SpecificityKind, type TransitionCost, levelsOf, specificityOf, transitionCost } from "./transition-cost";

export interface RoleProfile {
    readonly id: string;
    readonly title: string;
    readonly requirements: readonly { skillId: string; skillName: string; level: number; importance: Importance }[];
}

interface Posting {
    readonly role: number;
    readonly level: number;
    readonly weight: number;
}

export class TransitionIndex {
    private readonly postings = new Map<string, Posting[]>();
    private readonly totalWeight: Float64Array;
    private readonly byId: Map<string, number>;
    private readonly rolesRequiring = new Map<string, number>();
    readonly specificity: Specificity;

    constructor(
        readonly roles: readonly RoleProfile[],
        private readonly weights: FitWeights,
        kind: SpecificityKind = "IDF",
    ) {
        this.specificity = { kind, roleCount: roles.length };
        this.byId = new Map(roles.map((role, i) => [role.id, i]));
        const rolesRequiring = this.rolesRequiring;
        for (const role of roles) for (const r of role.requirements) rolesRequiring.set(r.skillId, (rolesRequiring.get(r.skillId) ?? 0) + 1);
        this.totalWeight = new Float64Array(roles.length);
        roles.forEach((role, i) => {
            for (const r of role.requirements) {
                const weight = requirementWeight(r.importance, weights) * specificityOf(rolesRequiring.get(r.skillId)!, this.specificity);
                this.totalWeight[i] += weight;
                const list = this.postings.get(r.skillId) ?? [];
                list.push({ role: i, level: r.level, weight });
                this.postings.set(r.skillId, list);
            }
        });
    }

    roleIndex(id: string): number | undefined {
        return this.byId.get(id);
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

    /** The k cheapest roles from the levels (ties by id), leaving out the given role ids. */
    cheapestFrom(levels: ReadonlyMap<string, number>, k: number, exclude: ReadonlySet<string> = new Set()): { roleId: string; cost: number }[] {
        const costs = this.costsFrom(levels);
        return [...costs.keys()]
            .filter((i) => !exclude.has(this.roles[i].id))
            .sort((a, b) => costs[a] - costs[b] || (this.roles[a].id < this.roles[b].id ? -1 : 1))
            .slice(0, k)
            .map((i) => ({ roleId: this.roles[i].id, cost: costs[i] }));
    }

    /** The full explanation of one transition (the skills to acquire, at which levels, weights and specificity). */
    explain(levels: ReadonlyMap<string, number>, roleId: string, observedMoves = 0): TransitionCost {
        const role = this.roles[this.byId.get(roleId)!];
        const target: RequirementLevel[] = role.requirements.map((r) => ({ ...r, rolesRequiring: this.rolesRequiring.get(r.skillId)! }));
        return transitionCost(levels, target, this.weights, this.specificity, observedMoves);
    }
}
