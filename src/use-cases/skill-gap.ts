import { notFound } from "../errors";
import { type Db, evidencePolicyOf, readRows } from "../neo4j/read-rows";
import { completionParam } from "../neo4j/evidence-params";
import {
    type Evidence,
    type EvidencePolicy,
    type FitWeights,
    type Importance,
    effectiveLevel,
    evidenceFor,
    explainRequirement,
    fitOf,
    requirementWeight,
} from "../domain/evidence";

export interface GapPair {
    readonly personId: string;
    readonly roleId: string;
}

export interface GapOptions {
    readonly includeNarrower: boolean;
    readonly asOf: Date;
    readonly weights: FitWeights;
}

interface RequirementRow {
    skillId: string;
    skillName: string;
    level: number;
    importance: Importance;
    evidence: Evidence[];
}

interface GapRow {
    personId: string;
    roleId: string;
    personFound: boolean;
    personName: string | null;
    roleFound: boolean;
    roleTitle: string | null;
    requirements: RequirementRow[];
}

export type SkillGapReport = ReturnType<typeof judge>;

/** Judges one retrieved (person, role) row with the evidence rules of src/domain/evidence.ts. */
function judge(row: GapRow, options: GapOptions, policy: EvidencePolicy) {
    const requirements = row.requirements.map((requirement) => {
        const result = effectiveLevel(requirement.evidence, options.asOf, options.includeNarrower, policy);
        const deficit = Math.max(0, requirement.level - result.level);
        return {
            skillId: requirement.skillId,
            skillName: requirement.skillName,
            requiredLevel: requirement.level,
            importance: requirement.importance,
            weight: requirementWeight(requirement.importance, options.weights),
            effectiveLevel: result.level,
            deficit,
            met: deficit === 0,
            metViaNarrower: result.viaNarrower,
            evidence: result.counted,
            expiredEvidence: result.expired,
            explanation: explainRequirement(requirement.skillName, requirement.level, requirement.importance, result),
        };
    });
    requirements.sort(
        (a, b) =>
            Number(b.importance === "ESSENTIAL") - Number(a.importance === "ESSENTIAL") || b.deficit - a.deficit || a.skillName.localeCompare(b.skillName),
    );
    const { fit, essentialCoverage } = fitOf(
        requirements.map((r) => ({ required: r.requiredLevel, effective: r.effectiveLevel, importance: r.importance })),
        options.weights,
    );
    return {
        personId: row.personId,
        personName: row.personName ?? "",
        roleId: row.roleId,
        roleTitle: row.roleTitle ?? "",
        asOf: options.asOf.toISOString(),
        includeNarrower: options.includeNarrower,
        fit,
        essentialCoverage,
        missingEssentials: requirements.filter((r) => r.importance === "ESSENTIAL" && !r.met).length,
        requirements,
    };
}

/** Pairs judged per query, so that a long list (benchStrength's) stays within a transaction's memory. */
const PAIRS_PER_QUERY = 1000;

/**
 * Gap reports for many (person, role) pairs, one round trip per 1,000 pairs (cypher/people/read-skill-gaps.cypher), in
 * input order. A pair whose person or role does not exist yields a NOT_FOUND error in its place.
 */
export async function skillGaps(db: Db, pairs: readonly GapPair[], options: GapOptions): Promise<(SkillGapReport | Error)[]> {
    const rows: GapRow[] = [];
    for (let start = 0; start < pairs.length; start += PAIRS_PER_QUERY) {
        rows.push(
            ...(await readRows<GapRow>(db, "people/read-skill-gaps", {
                pairs: pairs.slice(start, start + PAIRS_PER_QUERY),
                includeNarrower: options.includeNarrower,
                completion: completionParam(evidencePolicyOf(db)),
            })),
        );
    }
    return rows.map((row) => {
        if (!row.personFound) return notFound(`No person with id "${row.personId}".`, { field: "personId", id: row.personId });
        if (!row.roleFound) return notFound(`No role with id "${row.roleId}".`, { field: "roleId", id: row.roleId });
        return judge(row, options, evidencePolicyOf(db));
    });
}

export interface RoleRequirements {
    readonly roleId: string;
    readonly roleTitle: string;
    readonly requirements: readonly { skillId: string; skillName: string; level: number; importance: Importance; narrowerIds?: readonly string[] }[];
}

/**
 * Gap reports of many people for one role whose requirements are already read (with their narrower skills when
 * `options.includeNarrower`): each person's evidence is read once (cypher/people/read-people-held-evidence.cypher)
 * and matched to the requirements here, rather than looked up per requirement. A person not found yields a NOT_FOUND
 * error in their place.
 */
export async function skillGapsForRole(db: Db, role: RoleRequirements, personIds: readonly string[], options: GapOptions) {
    const rows = await readRows<{ personId: string; personFound: boolean; personName: string | null; held: Omit<Evidence, "viaNarrower">[] }>(
        db,
        "people/read-people-held-evidence",
        { personIds, completion: completionParam(evidencePolicyOf(db)) },
    );
    return rows.map((row) => {
        if (!row.personFound) return notFound(`No person with id "${row.personId}".`, { field: "personId", id: row.personId });
        const requirements = role.requirements.map((q) => ({
            ...q,
            evidence: evidenceFor(row.held, q.skillId, options.includeNarrower ? (q.narrowerIds ?? []) : []),
        }));
        const gap: GapRow = { ...row, roleId: role.roleId, roleFound: true, roleTitle: role.roleTitle, requirements };
        return judge(gap, options, evidencePolicyOf(db));
    });
}

/** One person's gap for one role. Unknown ids are NOT_FOUND. */
export async function skillGap(db: Db, pair: GapPair, options: GapOptions): Promise<SkillGapReport> {
    const [report] = await skillGaps(db, [pair], options);
    if (report instanceof Error) throw report;
    return report;
}
