/**
 * Credential queries: the stack below a credential, a person's progress towards one, the credentials a person is
 * nearest to, and holdings about to expire with the stacks they put at risk. Stack rules: src/domain/credential-stack.ts.
 */
import neo4j from "neo4j-driver";
import { badInput, notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import { type NodeProgress, evaluateStack, flattenStack, requiredCount, ruleText } from "../domain/credential-stack";
import { day } from "../domain/evidence";
import type { Compute } from "../compute/compute";
import {
    type CredentialPlanning,
    type CredentialPlanningInput,
    type OneCredentialInput,
    type PlanOptions,
    addEligibleCredentials,
    planForCredentials,
    planOneCredential,
    readCredentialPlanning,
} from "./learning-plan";
import { readCredentialTreeRequests, readCredentialTrees } from "./planning-reads";
import { EXACT_LIMITS, solveGreedyPass } from "../domain/plan-solver";

const DAY_MS = 86_400_000;

/** Query.credentialStack: the credential and every part below it, depth first, with the n-of-m rule of each stack. */
export async function credentialStack(db: Db, credentialId: string) {
    const nodes = (await readCredentialTrees(db, [credentialId], null)).get(credentialId);
    if (!nodes) throw notFound(`No credential with id "${credentialId}".`, { field: "credentialId", id: credentialId });
    const root = nodes.get(credentialId)!;
    return {
        credentialId,
        title: root.title,
        rule: ruleText(root),
        entries: flattenStack(credentialId, nodes).map((entry) => ({ ...entry, credentialId: entry.id })),
        prerequisites: root.prerequisites.map((id) => ({ credentialId: id, title: nodes.get(id)?.title ?? id })),
    };
}

function partView(entry: ReturnType<typeof flattenStack>[number], progress: NodeProgress | undefined) {
    return {
        credentialId: entry.id,
        title: entry.title,
        parentId: entry.parentId,
        depth: entry.depth,
        mandatory: entry.mandatory,
        rule: entry.rule,
        status: progress?.status ?? "NONE",
        complete: progress?.complete ?? false,
        ruleSatisfied: progress?.ruleSatisfied ?? null,
        share: progress?.share ?? 0,
        issuedAt: progress?.holding?.issuedAt ?? null,
        expiresAt: progress?.holding?.expiresAt ?? null,
    };
}

/** A person's progress towards one credential, from an already computed planning. */
function progressView(credentialId: string, planning: CredentialPlanning) {
    const { nodes, progress, plan, learner } = planning;
    const root = nodes.get(credentialId)!;
    const rootProgress = progress.get(credentialId)!;
    const parts = flattenStack(credentialId, nodes).map((entry) => partView(entry, progress.get(entry.id)));
    const below = parts.filter((p) => p.depth > 0);
    const rules = parts
        .filter((p) => p.rule !== null)
        .map((p) => {
            const node = nodes.get(p.credentialId)!;
            return {
                credentialId: p.credentialId,
                title: p.title,
                rule: p.rule!,
                requiredParts: requiredCount(node)!,
                completeParts: node.parts.filter((x) => progress.get(x.id)?.complete).length,
                satisfied: p.ruleSatisfied === true,
            };
        });
    const expired = below.filter((p) => p.status === "EXPIRED" && !p.complete);
    const held = below.filter((p) => p.status === "VALID");
    const status = rootProgress.complete
        ? rootProgress.status === "VALID"
            ? `holds ${root.title} until ${rootProgress.holding?.expiresAt ? day(rootProgress.holding.expiresAt) : "it is revoked (no expiry)"}`
            : `has completed the rules of ${root.title}; it can be issued`
        : `is ${Math.round(rootProgress.share * 100)}% of the way to ${root.title}`;
    const rootRule = rules.find((r) => r.credentialId === credentialId);
    const lapsed =
        rootProgress.status === "VALID" && rootRule && !rootRule.satisfied
            ? ` Its valid parts no longer meet its rule (${rootRule.completeParts} of ${rootRule.requiredParts} needed); renewing it would take more.`
            : "";
    const expiredText = expired.map((p) => `${p.title} expired on ${day(p.expiresAt)}`).join("; ");
    const rest = rootProgress.complete ? "" : ` ${plan.explanation}`;
    return {
        personId: learner.personId,
        personName: learner.personName,
        credentialId,
        title: root.title,
        asOf: learner.asOf.toISOString(),
        complete: rootProgress.complete,
        status: rootProgress.status,
        shareComplete: rootProgress.share,
        prerequisitesMet: rootProgress.prerequisitesMet,
        parts,
        held,
        expired,
        missing: below.filter((p) => p.status === "NONE" && !p.complete),
        rules,
        remainingMinutes: rootProgress.complete ? 0 : plan.totalMinutes,
        plan,
        explanation: `${learner.personName} ${status}.${lapsed}${expiredText ? ` ${expiredText}.` : ""}${rest}`,
    };
}

/** Compute step of credentialProgress; null when the credential does not exist. */
export function computeCredentialProgress(input: OneCredentialInput) {
    const planning = planOneCredential(input);
    return planning && progressView(input.credentialId, planning);
}

/** Query.credentialProgress. Unknown ids are NOT_FOUND. */
export async function credentialProgress(db: Db, compute: Compute, personId: string, credentialId: string, options: PlanOptions, asOf: Date) {
    const planning = await readCredentialPlanning(db, personId, [credentialId], asOf, options.courseFilter);
    const progress = await compute.run("credentialProgress", { credentialId, ...planning, options });
    if (!progress) throw notFound(`No credential with id "${credentialId}".`, { field: "credentialId", id: credentialId });
    return progress;
}

/** How many related credentials nearestCredentials considers (the most related first). */
const NEAREST_CANDIDATES = 60;

/**
 * Compute step of nearestCredentials: rank every candidate by its greedy plan, then solve the chosen few properly
 * (exact where it applies) and rank again.
 */
export function computeNearestCredentials({ trees, inputs, options, first }: CredentialPlanningInput & { options: PlanOptions; first: number }) {
    // Candidates (and each one's ways to complete it) are ranked by one greedy pass; the chosen few are solved properly.
    const plannings = planForCredentials(trees, inputs, options, solveGreedyPass);
    const value = (p: CredentialPlanning) => (options.objective === "MINUTES" ? p.plan.totalMinutes : p.plan.totalCost);
    const byNearness = ([, a]: [string, CredentialPlanning], [, b]: [string, CredentialPlanning]) =>
        a.plan.open.length - b.plan.open.length ||
        value(a) - value(b) ||
        b.progress.get(b.plan.targetId)!.share - a.progress.get(a.plan.targetId)!.share ||
        a.plan.targetTitle.localeCompare(b.plan.targetTitle);
    const ranked = [...plannings]
        .filter(([id, p]) => p.progress.get(id)?.status !== "VALID")
        .sort(byNearness)
        .slice(0, first);
    // The chosen few share one exact-search budget (each tries in its share of what is left, else keeps greedy with
    // local improvement), so that the answer's time does not grow with `first`.
    const deadline = performance.now() + EXACT_LIMITS.maxMillis;
    ranked.forEach(([, planning], i) => planning.solveBest({ ...EXACT_LIMITS, maxMillis: Math.max(0, (deadline - performance.now()) / (ranked.length - i)) }));
    ranked.sort(byNearness);
    addEligibleCredentials(
        inputs.learner,
        inputs.eligibility,
        ranked.map(([, p]) => p.plan),
    );
    return ranked.map(([id, planning]) => progressView(id, planning));
}

/**
 * Query.nearestCredentials: the credentials a person does not hold that are cheapest to complete (fewest skills left
 * open, then least minutes or cost), with progress. A constant number of round trips for any number of candidates.
 */
export async function nearestCredentials(db: Db, compute: Compute, personId: string, first: number, options: PlanOptions, asOf: Date) {
    const [{ personFound, ids }] = await readRows<{ personFound: boolean; ids: string[] }>(db, "credentials/read-nearest-candidates", {
        personId,
        limit: neo4j.int(NEAREST_CANDIDATES),
    });
    if (!personFound) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    const planning = await readCredentialPlanning(db, personId, ids, asOf, options.courseFilter);
    return compute.run("nearestCredentials", { ...planning, options, first });
}

interface ExpiringRow {
    personId: string;
    personName: string;
    credentialId: string;
    title: string;
    issuedAt: string | null;
    expiresAt: string;
    verified: boolean | null;
    stackIds: string[];
}

/**
 * Query.expiringCredentials: holdings that expire within the window, soonest first, each with the stacks whose
 * rules the person satisfies now and would no longer satisfy once it expires.
 */
export async function expiringCredentials(db: Db, withinDays: number, orgUnitId: string | null, first: number, asOf: Date) {
    if (withinDays > 3660) throw badInput("withinDays may be at most 3660 (ten years).", { field: "withinDays", allowed: "1 to 3660" });
    const until = new Date(asOf.getTime() + withinDays * DAY_MS);
    const [{ unitFound, holdings }] = await readRows<{ unitFound: boolean; holdings: ExpiringRow[] }>(db, "credentials/read-expiring-holdings", {
        from: asOf.toISOString(),
        until: until.toISOString(),
        orgUnitId,
        limit: neo4j.int(first),
    });
    if (!unitFound) throw notFound(`No org unit with id "${orgUnitId}".`, { field: "orgUnitId", id: orgUnitId });
    const requests = holdings.flatMap((h) => h.stackIds.map((rootId) => ({ rootId, personId: h.personId })));
    const trees = new Map((await readCredentialTreeRequests(db, requests)).map((t) => [`${t.personId}\u0000${t.rootId}`, t.nodes]));
    return holdings.map((h) => {
        const after = new Date(Date.parse(h.expiresAt) + 1);
        const stacksAtRisk = h.stackIds.flatMap((stackId) => {
            const nodes = trees.get(`${h.personId}\u0000${stackId}`);
            if (!nodes) return [];
            const now = evaluateStack(nodes, asOf).get(stackId)!;
            const later = evaluateStack(nodes, after).get(stackId)!;
            if (!now.ruleSatisfied || later.ruleSatisfied) return [];
            const stack = nodes.get(stackId)!;
            return [
                {
                    credentialId: stackId,
                    title: stack.title,
                    rule: ruleText(stack),
                    heldNow: now.status === "VALID",
                    explanation: `Without ${h.title}, ${h.personName} no longer meets ${stack.title} (${ruleText(stack)}).`,
                },
            ];
        });
        return {
            ...h,
            daysLeft: Math.ceil((Date.parse(h.expiresAt) - asOf.getTime()) / DAY_MS),
            stacksAtRisk,
        };
    });
}
