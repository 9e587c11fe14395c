/**
 * Transition cost between roles (README, "Mobility"): what a holder of role A (or a person) still lacks for role B.
 *
 * cost(A -> B) = sum over B's requirements of w * max(0, L_B - L_A) / L_B, divided by the sum of w, so it lies in
 * [0, 1] and equals 1 - fit of "a person at A's requirement levels" for B. L_A is A's level for the same skill (0 when
 * A does not require it), or, from a person, their effective level. The weight w of a requirement is its importance
 * weight (essential 1.0, optional 0.3 by default) times the skill's specificity: with IDF, ln((N + 1) / n) where N is
 * the number of roles and n the number requiring the skill, so a skill nearly every role asks for says little about
 * whether two roles are close. Asymmetric by construction. Observed internal moves may lower a cost (see
 * observedDiscount). Pure: no database.
 */
import { type FitWeights, type Importance, requirementWeight } from "./evidence";

export type SpecificityKind = "IDF" | "NONE";

export interface Specificity {
    readonly kind: SpecificityKind;
    /** Roles in the graph (N). */
    readonly roleCount: number;
}

export interface RequirementLevel {
    readonly skillId: string;
    readonly skillName: string;
    readonly level: number;
    readonly importance: Importance;
    /** How many roles require this skill (n). */
    readonly rolesRequiring: number;
}

export interface TransitionGap {
    readonly skillId: string;
    readonly skillName: string;
    readonly importance: Importance;
    readonly requiredLevel: number;
    readonly fromLevel: number;
    readonly deficit: number;
    readonly specificity: number;
    readonly weight: number;
    /** This requirement's share of the cost. */
    readonly contribution: number;
}

export interface TransitionCost {
    readonly cost: number;
    /** Cost before an observed-move discount. */
    readonly skillCost: number;
    readonly observedMoves: number;
    readonly totalWeight: number;
    /** Requirements with a deficit, largest contribution first. */
    readonly gaps: TransitionGap[];
}

export function specificityOf(rolesRequiring: number, spec: Specificity): number {
    if (spec.kind === "NONE") return 1;
    return Math.log((spec.roleCount + 1) / Math.max(1, rolesRequiring));
}

export interface MoveDiscount {
    /** The largest share of the cost observed moves may remove. */
    readonly maxShare: number;
    /** Moves at which the full discount applies. */
    readonly saturation: number;
}

/** What a transition cost is computed with: fit weights, skill specificity and the observed-move discount. */
export interface CostSettings {
    readonly weights: FitWeights;
    readonly specificity: Specificity;
    readonly discount: MoveDiscount;
}

/** The share of a cost that `moves` observed internal moves remove: linear up to the saturation point. */
export const observedDiscount = (moves: number, discount: MoveDiscount) => discount.maxShare * Math.min(1, Math.max(0, moves) / discount.saturation);

/** The cost of moving from levels `from` (a role's requirement levels, or a person's effective levels) to a role. */
export function transitionCost(
    from: ReadonlyMap<string, number>,
    target: readonly RequirementLevel[],
    { weights, specificity: spec, discount }: CostSettings,
    observedMoves = 0,
): TransitionCost {
    const rows = target.map((r) => {
        const specificity = specificityOf(r.rolesRequiring, spec);
        const weight = requirementWeight(r.importance, weights) * specificity;
        const fromLevel = from.get(r.skillId) ?? 0;
        const deficit = Math.max(0, r.level - fromLevel);
        return {
            skillId: r.skillId,
            skillName: r.skillName,
            importance: r.importance,
            requiredLevel: r.level,
            fromLevel,
            deficit,
            specificity,
            weight,
            share: deficit / r.level,
        };
    });
    const totalWeight = rows.reduce((sum, r) => sum + r.weight, 0);
    const gaps = rows
        .filter((r) => r.deficit > 0)
        .map(({ share, ...r }) => ({ ...r, contribution: totalWeight > 0 ? (r.weight * share) / totalWeight : 0 }))
        .sort((a, b) => b.contribution - a.contribution || a.skillName.localeCompare(b.skillName));
    const skillCost = gaps.reduce((sum, g) => sum + g.contribution, 0);
    return { cost: skillCost * (1 - observedDiscount(observedMoves, discount)), skillCost, observedMoves, totalWeight, gaps };
}

/** A role's requirements as the "from" levels of a transition. */
export const levelsOf = (requirements: readonly { skillId: string; level: number }[]) => new Map(requirements.map((r) => [r.skillId, r.level]));
