import neo4j, { type Driver, isDate, isDateTime, isInt } from "neo4j-driver";
import { notFound } from "../errors";
import { cypher } from "../neo4j/cypher-files";
import { type Evidence, type FitWeights, type Importance, effectiveLevel, explainRequirement, fitOf, requirementWeight } from "./evidence";

export interface SkillGapInput {
    readonly personId: string;
    readonly roleId: string;
    readonly includeNarrower: boolean;
    readonly asOf: Date;
}

/** Neo4j values (integers, temporals) as plain JSON values. */
function plain(value: unknown): unknown {
    if (isInt(value)) return (value as { toNumber(): number }).toNumber();
    if (isDateTime(value as object) || isDate(value as object)) return new Date(String(value)).toISOString();
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
}

interface RequirementRow {
    skillId: string;
    skillName: string;
    level: number;
    importance: Importance;
    evidence: Evidence[];
}

/** Retrieval in cypher/people/skill-gap.cypher, judgement in ./evidence.ts. Unknown ids are NOT_FOUND. */
export async function skillGap(driver: Driver, database: string, input: SkillGapInput, weights: FitWeights) {
    const { records } = await driver.executeQuery(
        cypher("people/skill-gap"),
        { personId: input.personId, roleId: input.roleId, includeNarrower: input.includeNarrower },
        { database, routing: neo4j.routing.READ },
    );
    const row = records[0];
    if (!row.get("personFound")) throw notFound(`No person with id "${input.personId}".`, { field: "personId", id: input.personId });
    if (!row.get("roleFound")) throw notFound(`No role with id "${input.roleId}".`, { field: "roleId", id: input.roleId });
    const requirements = (plain(row.get("requirements")) as RequirementRow[]).map((requirement) => {
        const result = effectiveLevel(requirement.evidence, input.asOf, input.includeNarrower);
        const deficit = Math.max(0, requirement.level - result.level);
        return {
            skillId: requirement.skillId,
            skillName: requirement.skillName,
            requiredLevel: requirement.level,
            importance: requirement.importance,
            weight: requirementWeight(requirement.importance, weights),
            effectiveLevel: result.level,
            deficit,
            met: deficit === 0,
            metViaNarrower: result.viaNarrower,
            evidence: result.counted,
            expiredEvidence: result.expired,
            explanation: explainRequirement(requirement.skillName, requirement.level, requirement.importance, result),
        };
    });
    requirements.sort((a, b) => Number(b.importance === "ESSENTIAL") - Number(a.importance === "ESSENTIAL") || b.deficit - a.deficit || a.skillName.localeCompare(b.skillName));
    const { fit, essentialCoverage } = fitOf(
        requirements.map((r) => ({ required: r.requiredLevel, effective: r.effectiveLevel, importance: r.importance })),
        weights,
    );
    return {
        personId: input.personId,
        personName: row.get("personName") as string,
        roleId: input.roleId,
        roleTitle: row.get("roleTitle") as string,
        asOf: input.asOf.toISOString(),
        includeNarrower: input.includeNarrower,
        fit,
        essentialCoverage,
        missingEssentials: requirements.filter((r) => r.importance === "ESSENTIAL" && !r.met).length,
        requirements,
    };
}
