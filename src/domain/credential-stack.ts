/**
 * Credential stacks (README, "Credential stacks"): a credential with parts is complete when every mandatory part is
 * complete and at least `requiredParts` parts are (all of them when null). A part is complete when the person holds
 * it validly, or when it is itself a stack whose rule its own parts satisfy (earned, not yet issued). Prerequisite
 * credentials must be complete before a credential can be earned. Pure: no database, cycle-safe.
 */
import { isExpired } from "./evidence";
import type { SkillLevel } from "./plan-solver";

export interface CredentialHoldingRow {
    readonly issuedAt: string | null;
    readonly expiresAt: string | null;
    readonly verified: boolean | null;
}

export interface CredentialNode {
    readonly id: string;
    readonly title: string;
    readonly requiredParts: number | null;
    readonly validityMonths: number | null;
    readonly certifies: readonly (SkillLevel & { skillName: string })[];
    readonly parts: readonly { id: string; mandatory: boolean }[];
    readonly prerequisites: readonly string[];
    readonly holdings: readonly CredentialHoldingRow[];
}

export type HoldingStatus = "VALID" | "EXPIRED" | "NONE";

export interface StackEntry {
    readonly id: string;
    readonly title: string;
    readonly parentId: string | null;
    readonly depth: number;
    /** Null for the root. */
    readonly mandatory: boolean | null;
    /** How many parts must be complete (n of m); null for a credential without parts. */
    readonly requiredParts: number | null;
    readonly partCount: number;
    readonly rule: string | null;
}

export interface NodeProgress {
    readonly id: string;
    readonly title: string;
    readonly status: HoldingStatus;
    /** The valid holding with the latest expiry, else the latest expired one. */
    readonly holding: CredentialHoldingRow | null;
    readonly complete: boolean;
    /** For stacks: mandatory parts complete and at least n parts complete. Null for credentials without parts. */
    readonly ruleSatisfied: boolean | null;
    /**
     * 1 when held; for a stack, the mean share of the parts its rule needs (mandatory ones, then the best others);
     * for a credential without parts, the share of its certified skill levels the person has (see skillReadiness).
     */
    readonly share: number;
    readonly prerequisitesMet: boolean;
}

export interface Alternative {
    /** Skill levels still to reach (the highest level wanted per skill). */
    readonly needs: SkillLevel[];
    /** Credentials still to earn, parts and prerequisites before the stacks that need them. */
    readonly earn: string[];
}

export const requiredCount = (node: CredentialNode) => (node.parts.length === 0 ? null : Math.min(node.parts.length, node.requiredParts ?? node.parts.length));

export function ruleText(node: CredentialNode): string | null {
    const required = requiredCount(node);
    if (required === null) return null;
    const mandatory = node.parts.filter((p) => p.mandatory).length;
    const base = required === node.parts.length ? `all ${node.parts.length} parts` : `any ${required} of ${node.parts.length} parts`;
    return mandatory ? `${base}, including ${mandatory} mandatory` : base;
}

export function holdingStatus(node: CredentialNode, asOf: Date): { status: HoldingStatus; holding: CredentialHoldingRow | null } {
    const byExpiry = [...node.holdings].sort((a, b) => (b.expiresAt ?? "9999").localeCompare(a.expiresAt ?? "9999"));
    const valid = byExpiry.find((h) => !isExpired(h.expiresAt, asOf));
    if (valid) return { status: "VALID", holding: valid };
    return byExpiry.length ? { status: "EXPIRED", holding: byExpiry[0] } : { status: "NONE", holding: null };
}

/** The stack below a credential as a flat, depth-first list (mandatory parts first); a part-of cycle is cut. */
export function flattenStack(rootId: string, nodes: ReadonlyMap<string, CredentialNode>): StackEntry[] {
    const out: StackEntry[] = [];
    const visit = (id: string, parentId: string | null, depth: number, mandatory: boolean | null, path: Set<string>) => {
        const node = nodes.get(id);
        if (!node || path.has(id)) return;
        out.push({ id, title: node.title, parentId, depth, mandatory, requiredParts: requiredCount(node), partCount: node.parts.length, rule: ruleText(node) });
        const parts = [...node.parts].sort(
            (a, b) => Number(b.mandatory) - Number(a.mandatory) || (nodes.get(a.id)?.title ?? a.id).localeCompare(nodes.get(b.id)?.title ?? b.id),
        );
        for (const part of parts) visit(part.id, id, depth + 1, part.mandatory, new Set([...path, id]));
    };
    visit(rootId, null, 0, null, new Set());
    return out;
}

/** Share of a credential's certified skill levels a person already has (levels above the requirement do not count). */
export function skillReadiness(node: CredentialNode, levels: ReadonlyMap<string, number>): number {
    const required = node.certifies.reduce((sum, c) => sum + c.level, 0);
    return required === 0 ? 0 : node.certifies.reduce((sum, c) => sum + Math.min(levels.get(c.skillId) ?? 0, c.level), 0) / required;
}

/**
 * Progress of every credential in the map, judged at `asOf`. With the person's levels, a credential without parts
 * that is not held shows how much of what it certifies the person already has; without them its share is 0.
 */
export function evaluateStack(nodes: ReadonlyMap<string, CredentialNode>, asOf: Date, levels?: ReadonlyMap<string, number>): Map<string, NodeProgress> {
    const memo = new Map<string, NodeProgress>();
    const evaluate = (id: string, path: Set<string>): NodeProgress | null => {
        const cached = memo.get(id);
        if (cached) return cached;
        const node = nodes.get(id);
        if (!node || path.has(id)) return null;
        const inner = new Set([...path, id]);
        const { status, holding } = holdingStatus(node, asOf);
        const prerequisitesMet = node.prerequisites.every((pre) => evaluate(pre, inner)?.complete ?? false);
        const required = requiredCount(node);
        let ruleSatisfied: boolean | null = null;
        let share = status === "VALID" ? 1 : levels && node.parts.length === 0 ? skillReadiness(node, levels) : 0;
        if (required !== null) {
            const parts = node.parts.map((part) => ({ part, progress: evaluate(part.id, inner) }));
            const completeCount = parts.filter((p) => p.progress?.complete).length;
            ruleSatisfied = parts.every((p) => !p.part.mandatory || p.progress?.complete) && completeCount >= required;
            if (status !== "VALID") {
                const mandatory = parts.filter((p) => p.part.mandatory).map((p) => p.progress?.share ?? 0);
                const optional = parts
                    .filter((p) => !p.part.mandatory)
                    .map((p) => p.progress?.share ?? 0)
                    .sort((a, b) => b - a);
                const slots = Math.max(required, mandatory.length);
                share = [...mandatory, ...optional.slice(0, slots - mandatory.length)].reduce((s, x) => s + x, 0) / slots;
            }
        }
        const progress: NodeProgress = {
            id,
            title: node.title,
            status,
            holding,
            complete: status === "VALID" || ruleSatisfied === true,
            ruleSatisfied,
            share,
            prerequisitesMet,
        };
        memo.set(id, progress);
        return progress;
    };
    for (const id of nodes.keys()) evaluate(id, new Set());
    return memo;
}

function mergeNeeds(...lists: readonly SkillLevel[][]): SkillLevel[] {
    const best = new Map<string, number>();
    for (const need of lists.flat()) best.set(need.skillId, Math.max(best.get(need.skillId) ?? 0, need.level));
    return [...best].map(([skillId, level]) => ({ skillId, level }));
}

function combinations<T>(items: readonly T[], k: number): T[][] {
    if (k === 0) return [[]];
    if (items.length < k) return [];
    const [first, ...rest] = items;
    return [...combinations(rest, k - 1).map((c) => [first, ...c]), ...combinations(rest, k)];
}

const weightOf = (alternative: Alternative) => alternative.needs.reduce((s, n) => s + n.level, 0);

/** Every way (up to `cap`, fewest skill levels first) of completing the list of alternatives' union. */
function product(groups: Alternative[][], cap: number): Alternative[] {
    let out: Alternative[] = [{ needs: [], earn: [] }];
    for (const group of groups) {
        out = out.flatMap((a) => group.map((b) => ({ needs: mergeNeeds(a.needs, b.needs), earn: [...new Set([...a.earn, ...b.earn])] })));
        out = out.sort((a, b) => weightOf(a) - weightOf(b)).slice(0, cap);
    }
    return out;
}

/**
 * The ways to complete a credential: for a stack, each choice of missing parts that satisfies its rule; for every
 * credential, its own certified skills and its missing prerequisites. Empty when no choice can satisfy the rule.
 */
export function completionAlternatives(
    rootId: string,
    nodes: ReadonlyMap<string, CredentialNode>,
    progress: ReadonlyMap<string, NodeProgress>,
    cap = 64,
): Alternative[] {
    const visit = (id: string, path: Set<string>): Alternative[] => {
        const node = nodes.get(id);
        if (!node || path.has(id)) return [];
        if (progress.get(id)?.complete) return [{ needs: [], earn: [] }];
        const inner = new Set([...path, id]);
        const prerequisites = node.prerequisites.filter((pre) => !progress.get(pre)?.complete).map((pre) => visit(pre, inner));
        let partChoices: Alternative[] = [{ needs: [], earn: [] }];
        const required = requiredCount(node);
        if (required !== null) {
            const incomplete = node.parts.filter((p) => !progress.get(p.id)?.complete);
            const completeCount = node.parts.length - incomplete.length;
            const mandatory = incomplete.filter((p) => p.mandatory);
            const optional = incomplete.filter((p) => !p.mandatory);
            const more = Math.max(0, required - completeCount - mandatory.length);
            partChoices = combinations(optional, more).flatMap((chosen) =>
                product(
                    [...mandatory, ...chosen].map((p) => visit(p.id, inner)),
                    cap,
                ),
            );
        }
        const own: Alternative = { needs: node.certifies.map(({ skillId, level }) => ({ skillId, level })), earn: [] };
        return product([...prerequisites, partChoices, [own]], cap).map((a) => ({ ...a, earn: [...a.earn, id] }));
    };
    return visit(rootId, new Set());
}
