/**
 * Query.candidatesForRole and Query.benchStrength: people ranked by fit for a role, with the evidence behind it.
 * Everyone in the filter who holds a required skill is ranked (or counted) on the workforce index
 * (src/domain/workforce-index.ts, kept fresh by ./workforce-cache.ts): per required skill, its holders' best valid
 * level, so the cost follows the role's holders, not the organisation. The people shown are then judged from the
 * database with the skill-gap rules (./skill-gap.ts), the same rules the index applies, so their fits agree unless a
 * write landed in between (or one the index was not told about): then the index is rebuilt and the ranking redone
 * once, and `complete` says whether the two agreed.
 */
import { badInput, notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import { type FitWeights, requirementWeight } from "../domain/evidence";
import type { GapOptions } from "./skill-gap";
import { type HeldPerson, type RankedPerson, type WorkforceIndex, bestOf, byFitThenId, fitRank } from "../domain/workforce-index";
import { type RoleRequirements, type SkillGapReport, skillGapsForRole } from "./skill-gap";
import type { WorkforceCache } from "./workforce-cache";

export interface CandidateFilter {
    readonly orgUnitId: string | null;
    readonly minAvailability: number;
    readonly location: string | null;
    readonly excludeCurrentHolders: boolean;
}

export const encodeCursor = (fit: number, id: string) => Buffer.from(JSON.stringify([fit, id])).toString("base64url");

function decodeCursor(after: string): RankedPerson {
    try {
        const [fit, id] = JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as [unknown, unknown];
        if (typeof fit === "number" && typeof id === "string") return { fit, id };
    } catch {
        // fall through to the error below
    }
    throw badInput("`after` is not a cursor this query returned; pass an edge's cursor or leave it out.", { field: "after" });
}

/** Fits judged from the database equal the index's at 9 decimals unless a write landed in between. */
const sameFit = (a: number, b: number) => fitRank(a) === fitRank(b);

function explain(report: SkillGapReport): string {
    const essentials = report.requirements.filter((r) => r.importance === "ESSENTIAL");
    const missing = essentials.filter((r) => !r.met).map((r) => `${r.skillName} (${r.effectiveLevel} of ${r.requiredLevel})`);
    return (
        `Fit ${report.fit.toFixed(2)}: meets ${report.requirements.filter((r) => r.met).length} of ${report.requirements.length} requirements ` +
        `(${essentials.length - missing.length} of ${essentials.length} essential).` +
        (missing.length ? ` Missing essentials: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? `, and ${missing.length - 5} more` : ""}.` : "")
    );
}

interface Ranking {
    readonly role: RoleRequirements;
    readonly roleTitle: string;
    /** Everyone scored, unordered. */
    readonly ranked: RankedPerson[];
    readonly index: WorkforceIndex;
}

/**
 * Everyone in the filter who holds at least one of the role's required skills (or, with includeNarrower, one of their
 * narrower skills), by fit from the workforce index.
 */
async function rankForRole(db: Db, workforce: WorkforceCache, roleId: string, filter: CandidateFilter, options: GapOptions): Promise<Ranking> {
    const [role] = await readRows<{ roleFound: boolean; roleTitle: string | null; requirements: RoleRequirements["requirements"] }>(
        db,
        "workforce/read-role-requirements",
        { roleId },
    );
    if (!role.roleFound) throw notFound(`No role with id "${roleId}".`, { field: "roleId", id: roleId });
    const index = await workforce.current(db);
    if (filter.orgUnitId !== null && !index.hasUnit(filter.orgUnitId))
        throw notFound(`No org unit with id "${filter.orgUnitId}".`, { field: "filter.orgUnitId", id: filter.orgUnitId });
    const scope = index.scope(filter.orgUnitId === null ? null : [filter.orgUnitId]);
    const accept = (p: HeldPerson) =>
        p.ranked &&
        (p.availability ?? Number.NEGATIVE_INFINITY) >= filter.minAvailability &&
        (filter.location === null || p.location === filter.location) &&
        index.inScope(p, scope) &&
        !(filter.excludeCurrentHolders && p.roleIds.includes(roleId));
    const requirements = role.requirements.map((q) => ({
        skillId: q.skillId,
        level: q.level,
        weight: requirementWeight(q.importance, options.weights),
        narrowerIds: options.includeNarrower ? q.narrowerIds : [],
    }));
    const roleTitle = role.roleTitle ?? "";
    const ranked = index.scoreRole(requirements, options.asOf.getTime(), accept);
    return { role: { roleId, roleTitle, requirements: role.requirements }, roleTitle, ranked, index };
}

interface Judged {
    readonly id: string;
    readonly fit: number;
    readonly report: SkillGapReport;
}

/** The people's exact gap reports from the database, best first; `agrees` when every fit equals the index's. */
async function judge(db: Db, role: RoleRequirements, people: readonly RankedPerson[], options: GapOptions) {
    const reports = await skillGapsForRole(
        db,
        role,
        people.map((p) => p.id),
        options,
    );
    const judged: Judged[] = [];
    let agrees = true;
    people.forEach((p, i) => {
        const report = reports[i];
        if (report instanceof Error) agrees = false;
        else {
            judged.push({ id: p.id, fit: report.fit, report });
            agrees &&= sameFit(report.fit, p.fit);
        }
    });
    return { judged: judged.sort(byFitThenId), agrees };
}

function candidateNode(index: WorkforceIndex, { id, report }: Judged) {
    const person = index.person(id);
    const unitId = person ? [...person.unitIds].sort()[0] : undefined;
    return {
        personId: id,
        name: report.personName,
        availability: person?.availability ?? 0,
        location: person?.location ?? null,
        orgUnitName: unitId ? index.unitName(unitId) : null,
        fit: report.fit,
        essentialCoverage: report.essentialCoverage,
        missingEssentials: report.missingEssentials,
        matched: report.requirements.filter((r) => r.effectiveLevel > 0),
        missing: report.requirements.filter((r) => r.importance === "ESSENTIAL" && !r.met),
        report,
        explanation: explain(report),
    };
}

export interface CandidatesRequest {
    readonly roleId: string;
    readonly filter: CandidateFilter;
    readonly first: number;
    readonly after: string | null;
    readonly asOf: Date;
    readonly includeNarrower: boolean;
}

/** Rankings tried when the database's judgement disagrees with the index (a write landed in between). */
const ATTEMPTS = 2;

export async function candidatesForRole(db: Db, workforce: WorkforceCache, request: CandidatesRequest, weights: FitWeights) {
    const { roleId, filter, first, after, asOf, includeNarrower } = request;
    const options: GapOptions = { includeNarrower, asOf, weights };
    const cursor = after ? decodeCursor(after) : null;
    for (let attempt = 1; ; attempt++) {
        const { role, roleTitle, ranked, index } = await rankForRole(db, workforce, roleId, filter, options);
        const { best, kept: rest } = bestOf(ranked, first, (c) => !cursor || byFitThenId(cursor, c) < 0);
        const { judged, agrees } = await judge(db, role, best, options);
        if (!agrees) workforce.invalidate();
        if (!agrees && attempt < ATTEMPTS) continue;
        const edges = judged.map((entry) => ({ cursor: encodeCursor(entry.fit, entry.id), node: candidateNode(index, entry) }));
        return {
            roleId,
            roleTitle,
            edges,
            pageInfo: { hasNextPage: rest > first, endCursor: edges.at(-1)?.cursor ?? null },
            candidatesRead: ranked.length,
            complete: agrees,
            includeNarrower,
        };
    }
}

/** People listed by benchStrength at most; `count` covers everyone. */
const BENCH_LISTED = 100;

/**
 * Query.benchStrength: how many people could step into a role now (fit at least minFit), and who, best first: counted
 * on the workforce index, the people listed judged from the database.
 */
export interface BenchStrengthRequest {
    readonly roleId: string;
    readonly minFit: number;
    readonly orgUnitId: string | null;
    readonly asOf: Date;
    readonly includeNarrower: boolean;
}

export async function benchStrength(db: Db, workforce: WorkforceCache, request: BenchStrengthRequest, weights: FitWeights) {
    const { roleId, minFit, orgUnitId, asOf, includeNarrower } = request;
    const options: GapOptions = { includeNarrower, asOf, weights };
    if (!(minFit >= 0 && minFit <= 1)) throw badInput("minFit must lie between 0 and 1.", { field: "minFit", allowed: "0 to 1" });
    const filter: CandidateFilter = { orgUnitId, minAvailability: 0, location: null, excludeCurrentHolders: false };
    for (let attempt = 1; ; attempt++) {
        const { role, roleTitle, ranked, index } = await rankForRole(db, workforce, roleId, filter, options);
        const { best, kept: ready } = bestOf(ranked, BENCH_LISTED, (p) => fitRank(p.fit) >= fitRank(minFit));
        const { judged, agrees } = await judge(db, role, best, options);
        if (!agrees) workforce.invalidate();
        if (!agrees && attempt < ATTEMPTS) continue;
        return {
            roleId,
            roleTitle,
            minFit,
            count: ready,
            complete: agrees,
            includeNarrower,
            people: judged.map((entry) => candidateNode(index, entry)),
            explanation: `${ready} ${ready === 1 ? "person has" : "people have"} a fit of ${minFit} or more for ${roleTitle}.`,
        };
    }
}
