import { randomUUID } from "node:crypto";
import { type Principal, forbidden, is } from "../auth/principal";
import neo4j from "neo4j-driver";
import { conflict, notFound } from "../errors";
import { cypher } from "../neo4j/cypher-catalogue";
import { type Db, readRows } from "../neo4j/read-rows";
import { bumpGraphVersions } from "../neo4j/graph-versions";
import type { SkillTagger } from "./skill-tagging";

export type SuggestionTarget = "COURSE" | "ROLE";

export interface SuggestionRow {
    readonly id: string;
    readonly targetKind: SuggestionTarget;
    readonly targetId: string;
    readonly providerId: string | null;
    readonly skillId: string;
    readonly score: number;
    readonly methods: string[];
    readonly modelId: string | null;
    readonly spanStart: number | null;
    readonly spanEnd: number | null;
    readonly spanText: string | null;
    readonly status: "PROPOSED" | "ACCEPTED" | "REJECTED";
    readonly proposedAt: string;
    readonly decidedAt: string | null;
    readonly decidedBy: string | null;
    readonly level: number | null;
    readonly importance: string | null;
}

interface TargetRow {
    readonly targetId: string;
    readonly found: boolean;
    readonly title: string;
    readonly description: string | null;
    readonly providerId: string | null;
    readonly linkedSkillIds: string[];
    readonly rejectedSkillIds: string[];
}

/** A suggestion as the API answers it: the span as one object. */
export function suggestionAnswer(row: SuggestionRow) {
    const span = row.spanStart !== null && row.spanEnd !== null ? { start: row.spanStart, end: row.spanEnd, text: row.spanText ?? "" } : null;
    return { ...row, span };
}

const field = (kind: SuggestionTarget) => (kind === "COURSE" ? "courseId" : "roleId");

/** Admins decide every suggestion; partners those of the courses their organisation provides; nobody else any. */
export function checkMayDecide(principal: Principal, kind: SuggestionTarget, providerId: string | null, what: string, detail: Record<string, unknown>): void {
    if (is(principal, "admin")) return;
    if (kind === "COURSE" && is(principal, "partner") && providerId !== null && providerId === principal.organizationId) return;
    throw forbidden(
        kind === "COURSE" ? `Only admins, and partners for the courses their organisation provides, may ${what}.` : `Only admins may ${what} for roles.`,
        detail,
    );
}

export async function readSuggestions(
    db: Db,
    params: { kind: SuggestionTarget | null; targetId: string | null; suggestionId: string | null; status: string | null },
) {
    return readRows<SuggestionRow>(db, "skills/read-suggestions", params);
}

export interface ProposedSuggestion {
    readonly id: string;
    readonly targetId: string;
    readonly skillId: string;
    readonly score: number;
}

/**
 * Tags courses or roles (each one's title and description, or the given text) and stores what each does not already
 * teach or require, and what was not rejected for it before, as PROPOSED suggestions replacing its open ones: one
 * read, one tagging pass and one write transaction for all of them. Targets the principal may not decide for are
 * refused before anything is written; unknown ids are NOT_FOUND.
 */
export async function proposeSkillsFor(
    db: Db,
    tagger: SkillTagger,
    principal: Principal,
    request: { kind: SuggestionTarget; targetIds: readonly string[]; text: string | null; first: number; now: Date },
): Promise<ProposedSuggestion[]> {
    const { kind, first } = request;
    const targets = await readRows<TargetRow>(db, "skills/read-suggestion-targets", { kind, targetIds: request.targetIds });
    for (const target of targets) {
        if (!target.found)
            throw notFound(`No ${kind === "COURSE" ? "course" : "role"} with id "${target.targetId}".`, { field: field(kind), id: target.targetId });
        checkMayDecide(principal, kind, target.providerId, "ask for skill suggestions", { field: field(kind) });
    }
    const texts = targets.map((target) => request.text ?? [target.title, target.description ?? ""].filter((part) => part.trim()).join(". "));
    const skips = targets.map((target) => new Set([...target.linkedSkillIds, ...target.rejectedSkillIds]));
    const evidence = await tagger.gatherMany(db, texts, { taxonomy: null });
    const modelId = evidence[0]?.semantic ? tagger.modelId : null;
    const written = targets.map((target, i) => ({
        targetId: target.targetId,
        rows: tagger
            .rank(evidence[i], first + skips[i].size)
            .tags.filter((tag) => !skips[i].has(tag.skillId))
            .slice(0, first)
            .map((tag) => ({
                id: `suggestion:${randomUUID()}`,
                skillId: tag.skillId,
                score: tag.score,
                methods: tag.methods,
                modelId,
                spanStart: tag.span?.start ?? null,
                spanEnd: tag.span?.end ?? null,
                spanText: tag.span?.text ?? null,
            })),
    }));
    await db.driver.executeQuery(cypher("skills/write-suggestions"), { kind, targets: written, now: request.now.toISOString() }, { database: db.database });
    return written.flatMap(({ targetId, rows }) => rows.map((row) => ({ id: row.id, targetId, skillId: row.skillId, score: row.score })));
}

/** proposeSkillsFor one course or role, answering with its open suggestions as stored. */
export async function proposeSkills(
    db: Db,
    tagger: SkillTagger,
    principal: Principal,
    request: { kind: SuggestionTarget; targetId: string; text: string | null; first: number; now: Date },
): Promise<SuggestionRow[]> {
    await proposeSkillsFor(db, tagger, principal, { ...request, targetIds: [request.targetId] });
    return readSuggestions(db, { kind: request.kind, targetId: request.targetId, suggestionId: null, status: "PROPOSED" });
}

/** Accepts (writing the TEACHES or REQUIRES edge) or rejects an open suggestion, in one transaction. */
export async function decideSuggestion(
    db: Db,
    principal: Principal,
    decision: { suggestionId: string; accept: boolean; level: number | null; importance: string | null; now: Date },
): Promise<SuggestionRow> {
    const [suggestion] = await readSuggestions(db, { kind: null, targetId: null, suggestionId: decision.suggestionId, status: null });
    if (!suggestion) throw notFound(`No skill suggestion with id "${decision.suggestionId}".`, { field: "id", id: decision.suggestionId });
    checkMayDecide(principal, suggestion.targetKind, suggestion.providerId, decision.accept ? "accept skill suggestions" : "reject skill suggestions", {
        field: "id",
    });
    if (suggestion.status !== "PROPOSED") {
        throw conflict(`The suggestion "${decision.suggestionId}" was ${suggestion.status.toLowerCase()} already; ask for new suggestions instead.`, {
            field: "id",
        });
    }
    const session = db.driver.session({ database: db.database });
    try {
        await session.executeWrite(async (tx) => {
            const result = await tx.run(cypher("skills/set-suggestion-decision"), {
                suggestionId: decision.suggestionId,
                accept: decision.accept,
                level: decision.level === null ? null : neo4j.int(decision.level),
                importance: decision.importance,
                decidedBy: principal.subject ?? "unknown",
                now: decision.now.toISOString(),
            });
            if (result.records.length === 0) throw conflict(`The suggestion "${decision.suggestionId}" was decided meanwhile.`, { field: "id" });
            if (decision.accept && suggestion.targetKind === "ROLE") await bumpGraphVersions(tx, ["roleProfiles"]);
            const completers = result.records[0].get("completers") as string[];
            if (completers.length) await tx.run(cypher("workforce/bump-people-version"), { personIds: completers });
        });
    } finally {
        await session.close();
    }
    const [decided] = await readSuggestions(db, { kind: null, targetId: null, suggestionId: decision.suggestionId, status: null });
    return decided;
}
