/**
 * Evidence semantics, shared by every query that judges people (README, "Evidence and fit").
 *
 * - Each piece of evidence counts at its level, capped by the evidence policy for its source (EvidencePolicy: by default
 *   a self-assessment counts at most 3, a peer's word at most 4; assessed, manager, credential and course evidence at
 *   their level). Unverified evidence (a holding or completion the person recorded themselves) counts at most like a
 *   self-assessment.
 * - A person's effective level for a skill is the highest counted level among their still-valid evidence: skill evidence
 *   whose validUntil has not passed, held credentials that have not expired and certify the skill at a level, and
 *   completed courses that teach the skill (source INFERRED, at the taught level, valid COMPLETION_EVIDENCE.validityMonths
 *   after completion). Inferred evidence is never above what the course teaches and is named apart in explanations.
 * - With includeNarrower, evidence for a skill one level narrower counts for the broader skill at level L-1 (min 1).
 * - Fit for a role: sum of weight * min(effective / required, 1) over the requirements, divided by the sum of weights.
 */

export type Importance = "ESSENTIAL" | "OPTIONAL";

export const EVIDENCE_SOURCES = ["SELF", "MANAGER", "PEER", "ASSESSED", "CREDENTIAL", "INFERRED"] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** How far each source's word counts: the highest level it counts at; a source not named counts at its level. */
export interface EvidencePolicy {
    readonly maxLevel: Readonly<Partial<Record<EvidenceSource, number>>>;
    /** How long a completed course counts as evidence of what it teaches (SKILLGRAPH_COMPLETION_VALIDITY_MONTHS). */
    readonly completionValidityMonths: number;
}

/**
 * What a completed course is evidence of: each skill it teaches, at the level it teaches, from the completion date for
 * `validityMonths` (the default; the policy's completionValidityMonths counts), with `confidence` (a completion shows attendance, not an assessment). Passed to the evidence reads
 * as $completion.
 */
export const COMPLETION_EVIDENCE = Object.freeze({ validityMonths: 36, confidence: 0.6 });

/** Unverified sources are capped: a self-assessment at 3, a peer's word at 4 (README, "Evidence and fit"). */
export const DEFAULT_EVIDENCE_POLICY: EvidencePolicy = Object.freeze({
    maxLevel: Object.freeze({ SELF: 3, PEER: 4 }),
    completionValidityMonths: COMPLETION_EVIDENCE.validityMonths,
});

/** The level a piece of evidence counts at under the policy; unverified evidence is capped as a self-assessment. */
export function countedLevel(source: string, level: number, policy: EvidencePolicy, verified: boolean | null = null): number {
    const cap = policy.maxLevel[(verified === false ? "SELF" : source) as EvidenceSource];
    return cap === undefined ? level : Math.min(level, cap);
}

export interface Evidence {
    readonly source: string;
    readonly level: number;
    readonly assessedAt: string | null;
    readonly validUntil: string | null;
    readonly credentialId?: string | null;
    readonly credentialTitle?: string | null;
    readonly verified?: boolean | null;
    /** How sure the source is, 0 to 1, where it says. */
    readonly confidence?: number | null;
    /** The completed course an INFERRED level comes from. */
    readonly courseId?: string | null;
    readonly courseTitle?: string | null;
    /** The skill the evidence is about (a narrower one when viaNarrower). */
    readonly skillId: string;
    readonly skillName: string;
    readonly viaNarrower: boolean;
}

export interface CountedEvidence extends Evidence {
    /** The level this evidence counts for on the required skill: capped by the policy, then L-1 when it comes from a narrower skill. */
    readonly countsAs: number;
    /** True when the policy counted it below its level. */
    readonly capped: boolean;
    readonly expired: boolean;
}

export interface EffectiveLevel {
    readonly level: number;
    /** Valid evidence, strongest first: the first one produced the level. */
    readonly counted: CountedEvidence[];
    /** Evidence that would count but has expired. */
    readonly expired: CountedEvidence[];
    /** True when only narrower-skill evidence reaches the level given. */
    readonly viaNarrower: boolean;
}

export interface FitWeights {
    readonly essential: number;
    readonly optional: number;
}

/** Evidence is valid while its end date, if any, lies after `now`. */
export const isExpired = (validUntil: string | null, now: Date) => validUntil !== null && Date.parse(validUntil) <= now.getTime();

/** Strongest first: the higher counted level, then direct before narrower, the surer source, the newer. */
const strongestFirst = (a: CountedEvidence, b: CountedEvidence) =>
    b.countsAs - a.countsAs ||
    Number(a.viaNarrower) - Number(b.viaNarrower) ||
    (b.confidence ?? 1) - (a.confidence ?? 1) ||
    (b.assessedAt ?? "").localeCompare(a.assessedAt ?? "");

export function effectiveLevel(evidence: readonly Evidence[], now: Date, includeNarrower: boolean, policy: EvidencePolicy): EffectiveLevel {
    const usable = evidence
        .filter((item) => includeNarrower || !item.viaNarrower)
        .map((item): CountedEvidence => {
            const counted = countedLevel(item.source, item.level, policy, item.verified);
            return {
                ...item,
                countsAs: item.viaNarrower ? Math.max(1, counted - 1) : counted,
                capped: counted < item.level,
                expired: isExpired(item.validUntil, now),
            };
        })
        .sort(strongestFirst);
    const counted = usable.filter((item) => !item.expired);
    const level = counted[0]?.countsAs ?? 0;
    const directBest = Math.max(0, ...counted.filter((item) => !item.viaNarrower).map((item) => item.countsAs));
    return { level, counted, expired: usable.filter((item) => item.expired), viaNarrower: level > directBest };
}

/**
 * A person's evidence for one skill, picked from everything they hold: evidence for the skill itself, and evidence for
 * its narrower skills (`narrowerIds`, one level down) marked viaNarrower, for effectiveLevel to credit at L-1.
 */
export function evidenceFor(held: readonly Omit<Evidence, "viaNarrower">[], skillId: string, narrowerIds: readonly string[]): Evidence[] {
    const picked: Evidence[] = [];
    for (const item of held) {
        if (item.skillId === skillId) picked.push({ ...item, viaNarrower: false });
        else if (narrowerIds.includes(item.skillId)) picked.push({ ...item, viaNarrower: true });
    }
    return picked;
}

/**
 * Levels per skill with narrower credit: a skill held at level L counts for each of its broader skills (`broaderIds`,
 * one level up) at max(1, L-1) where that is more than the broader skill's own level. The same rule as effectiveLevel
 * with includeNarrower, applied to levels already judged (the best of L-1 over evidence is the best level less one).
 */
export function creditNarrower(levels: ReadonlyMap<string, number>, broaderIds: (skillId: string) => readonly string[]): Map<string, number> {
    const credited = new Map(levels);
    for (const [skillId, level] of levels) {
        if (level <= 0) continue;
        for (const broader of broaderIds(skillId)) {
            const counted = Math.max(1, level - 1);
            if (counted > (credited.get(broader) ?? 0)) credited.set(broader, counted);
        }
    }
    return credited;
}

export const requirementWeight = (importance: Importance, weights: FitWeights) => (importance === "ESSENTIAL" ? weights.essential : weights.optional);

/** Fit and essential coverage from (required, effective, importance) triples; a role with no requirements fits fully. */
export function fitOf(
    rows: readonly { required: number; effective: number; importance: Importance }[],
    weights: FitWeights,
): { fit: number; essentialCoverage: number } {
    const totalWeight = rows.reduce((sum, row) => sum + requirementWeight(row.importance, weights), 0);
    const score = rows.reduce((sum, row) => sum + requirementWeight(row.importance, weights) * Math.min(row.effective / row.required, 1), 0);
    const essentials = rows.filter((row) => row.importance === "ESSENTIAL");
    return {
        fit: totalWeight > 0 ? score / totalWeight : 1,
        essentialCoverage: essentials.length ? essentials.filter((row) => row.effective >= row.required).length / essentials.length : 1,
    };
}

/** The date part of an ISO-8601 instant, for sentences. */
export const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "an unknown date");

/** Where a piece of evidence comes from, in words: a credential, a completed course (inferred) or the source. */
function origin(item: Evidence): string {
    if (item.credentialTitle) return `credential "${item.credentialTitle}"`;
    if (item.courseTitle) return `completed course "${item.courseTitle}" (inferred)`;
    return `${item.source.toLowerCase()} evidence`;
}

/** One sentence a person can read: what is required, what counted, what expired. */
export function explainRequirement(skillName: string, required: number, importance: Importance, result: EffectiveLevel): string {
    const best = result.counted[0];
    const parts = [`${skillName}: ${importance.toLowerCase()}, level ${required} required`];
    if (!best) parts.push("no valid evidence");
    else {
        const narrower = best.viaNarrower ? ` for the narrower skill "${best.skillName}" (${best.level}, counted as ${best.countsAs})` : "";
        const unverified = best.verified === false ? "unverified, " : "";
        const capped = best.capped && !best.viaNarrower ? ` (${best.level}, ${unverified}counted as ${best.countsAs} by the evidence policy)` : "";
        parts.push(`level ${result.level} from ${origin(best)}${capped}${narrower} of ${day(best.assessedAt)}`);
        // An inferred level never hides what the person or others claimed: their best own claim is named beside it.
        const claim = best.courseId ? result.counted.find((item) => !item.courseId && !item.credentialId) : undefined;
        if (claim) parts.push(`own claim ${claim.countsAs} (${claim.source.toLowerCase()})`);
    }
    const deficit = required - result.level;
    parts.push(deficit > 0 ? `${deficit} level${deficit > 1 ? "s" : ""} short` : "met");
    const expired = result.expired.map(
        (item) =>
            `${item.skillName} ${item.level} (${item.credentialTitle ?? item.courseTitle ?? item.source.toLowerCase()}) expired on ${day(item.validUntil)}`,
    );
    return `${parts.join("; ")}.${expired.length ? ` ${expired.join("; ")}.` : ""}`;
}
