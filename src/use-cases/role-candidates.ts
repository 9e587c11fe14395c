/**
 * Query.candidatesForRole: people ranked by fit for a role, with the evidence behind it, as a cursor connection.
 * Retrieval goes from the role's required skills outward (cypher/mobility/read-role-candidates.cypher) and ranks people by
 * an upper bound of their fit; the exact fit comes from the skill-gap rules (./skill-gap.ts). A page is final only
 * when no person left unread could outrank it (their bound is below the page's last fit); otherwise more are read.
 */
import { badInput, notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import neo4j from "neo4j-driver";
import type { FitWeights } from "../domain/evidence";
import { type SkillGapReport, skillGaps } from "./skill-gap";

export interface CandidateFilter {
    readonly orgUnitId: string | null;
    readonly minAvailability: number;
    readonly location: string | null;
    readonly excludeCurrentHolders: boolean;
}

interface CandidateRow {
    id: string;
    name: string;
    availability: number;
    location: string | null;
    orgUnitName: string | null;
    bound: number;
}

/** Candidates read at most per request; a role held in part by more people is ranked within these. */
const MAX_READ = 20_000;
const EPSILON = 1e-12;

export const encodeCursor = (fit: number, id: string) => Buffer.from(JSON.stringify([fit, id])).toString("base64url");

function decodeCursor(after: string): { fit: number; id: string } {
    try {
        const [fit, id] = JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as [unknown, unknown];
        if (typeof fit === "number" && typeof id === "string") return { fit, id };
    } catch {
        // fall through to the error below
    }
    throw badInput("`after` is not a cursor this query returned; pass an edge's cursor or leave it out.", { field: "after" });
}

/**
 * Fits compare at 9 decimals, as the bounds do: the same fit summed in another order (requirements sorted by deficit)
 * can differ in the last bit, which would order those people by that bit instead of by id, and lose one across pages.
 */
const fitRank = (fit: number) => Math.round(fit * 1e9);
const byFit = (a: { fit: number; id: string }, b: { fit: number; id: string }) => fitRank(b.fit) - fitRank(a.fit) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function explain(report: SkillGapReport): string {
    const essentials = report.requirements.filter((r) => r.importance === "ESSENTIAL");
    const missing = essentials.filter((r) => !r.met).map((r) => `${r.skillName} (${r.effectiveLevel} of ${r.requiredLevel})`);
    return (
        `Fit ${report.fit.toFixed(2)}: meets ${report.requirements.filter((r) => r.met).length} of ${report.requirements.length} requirements ` +
        `(${essentials.length - missing.length} of ${essentials.length} essential).` +
        (missing.length ? ` Missing essentials: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? `, and ${missing.length - 5} more` : ""}.` : "")
    );
}

interface ReadResult {
    roleTitle: string;
    ranked: { candidate: CandidateRow; report: SkillGapReport; id: string; fit: number }[];
    lowestBoundRead: number;
    /** The id of the last person read: unread people with the lowest bound read come after it. */
    lastIdRead: string;
    more: boolean;
}

/** Bounds are rounded to 9 decimals in Cypher; fits within this of a bound tie with it. */
const TIE = 1e-9;

/**
 * Whether no unread person can come before `last` in (fit desc, id asc) order. Unread people have a bound at most the
 * lowest read, and at that bound an id after the last read; their fit is at most their bound.
 */
function nobodyUnreadBefore(last: { fit: number; id: string }, read: ReadResult): boolean {
    return last.fit > read.lowestBoundRead + TIE || (last.fit >= read.lowestBoundRead - TIE && last.id < read.lastIdRead);
}

/** Reads the `limit` best-bounded candidates (bound at least `minBound`) and judges their exact fit, best first. */
async function readAndJudge(
    db: Db,
    roleId: string,
    filter: CandidateFilter,
    limit: number,
    asOf: Date,
    weights: FitWeights,
    minBound = 0,
): Promise<ReadResult> {
    const [row] = await readRows<{ roleFound: boolean; roleTitle: string | null; unitFound: boolean; candidates: CandidateRow[]; more: boolean }>(
        db,
        "mobility/read-role-candidates",
        {
            roleId,
            orgUnitId: filter.orgUnitId,
            minAvailability: filter.minAvailability,
            location: filter.location,
            excludeCurrentHolders: filter.excludeCurrentHolders,
            essentialWeight: weights.essential,
            optionalWeight: weights.optional,
            asOf: asOf.toISOString(),
            minBound,
            limit: neo4j.int(limit),
        },
    );
    if (!row.roleFound) throw notFound(`No role with id "${roleId}".`, { field: "roleId", id: roleId });
    if (!row.unitFound) throw notFound(`No org unit with id "${filter.orgUnitId}".`, { field: "filter.orgUnitId", id: filter.orgUnitId });
    const reports = await skillGaps(
        db,
        row.candidates.map((c) => ({ personId: c.id, roleId })),
        { includeNarrower: false, asOf, weights },
    );
    const ranked = row.candidates
        .map((candidate, i) => ({ candidate, report: reports[i] as SkillGapReport, id: candidate.id, fit: (reports[i] as SkillGapReport).fit }))
        .sort(byFit);
    return {
        roleTitle: row.roleTitle ?? "",
        ranked,
        lowestBoundRead: row.candidates.at(-1)?.bound ?? 0,
        lastIdRead: row.candidates.at(-1)?.id ?? "",
        more: row.more,
    };
}

function candidateNode({ candidate, report }: { candidate: CandidateRow; report: SkillGapReport }) {
    return {
        personId: candidate.id,
        name: candidate.name,
        availability: candidate.availability,
        location: candidate.location,
        orgUnitName: candidate.orgUnitName,
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
    /** People read first, then four times as many each time; default 2 × first + 10. Tests pass a tiny one to read more. */
    readonly firstRead?: number;
}

export async function candidatesForRole(db: Db, { roleId, filter, first, after, asOf, firstRead }: CandidatesRequest, weights: FitWeights) {
    const cursor = after ? decodeCursor(after) : null;
    const afterCursor = (c: { fit: number; id: string }) => !cursor || byFit(cursor, c) < 0;
    for (let limit = Math.max(1, firstRead ?? 2 * first + 10); ; limit *= 4) {
        const read = await readAndJudge(db, roleId, filter, Math.min(limit, MAX_READ), asOf, weights);
        const ranked = read.ranked.filter(afterCursor);
        const page = ranked.slice(0, first);
        const proven = !read.more || (page.length === first && nobodyUnreadBefore(page[page.length - 1], read));
        if (!proven && limit < MAX_READ) continue;
        const edges = page.map((entry) => ({ cursor: encodeCursor(entry.fit, entry.id), node: candidateNode(entry) }));
        return {
            roleId,
            roleTitle: read.roleTitle,
            edges,
            pageInfo: { hasNextPage: ranked.length > first || read.more, endCursor: edges.at(-1)?.cursor ?? null },
            candidatesRead: read.ranked.length,
            complete: proven,
        };
    }
}

/** People listed by benchStrength at most; `count` covers everyone. */
const BENCH_LISTED = 100;

/**
 * Query.benchStrength: how many people could step into a role now (fit at least minFit), and who, best first.
 * Reads, in one pass, every person whose fit bound reaches minFit (the others cannot qualify), up to MAX_READ.
 */
export interface BenchStrengthRequest {
    readonly roleId: string;
    readonly minFit: number;
    readonly orgUnitId: string | null;
    readonly asOf: Date;
}

export async function benchStrength(db: Db, { roleId, minFit, orgUnitId, asOf }: BenchStrengthRequest, weights: FitWeights) {
    if (!(minFit >= 0 && minFit <= 1)) throw badInput("minFit must lie between 0 and 1.", { field: "minFit", allowed: "0 to 1" });
    const filter: CandidateFilter = { orgUnitId, minAvailability: 0, location: null, excludeCurrentHolders: false };
    const read = await readAndJudge(db, roleId, filter, MAX_READ, asOf, weights, minFit - TIE);
    const ready = read.ranked.filter((entry) => entry.fit >= minFit - EPSILON);
    const proven = !read.more;
    return {
        roleId,
        roleTitle: read.roleTitle,
        minFit,
        count: ready.length,
        complete: proven,
        people: ready.slice(0, BENCH_LISTED).map(candidateNode),
        explanation: `${ready.length} ${ready.length === 1 ? "person has" : "people have"} a fit of ${minFit} or more for ${read.roleTitle}${proven ? "" : ` among the ${read.ranked.length} best-bounded people read`}.`,
    };
}
