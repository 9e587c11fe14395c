/**
 * The writes each audience makes besides generated mutations (README, "Who may see and change what"). Access is
 * checked by the resolvers; each write is one transaction, and unknown ids write nothing.
 */
import neo4j from "neo4j-driver";
import { forbidden } from "../auth/principal";
import { badInput, notFound } from "../errors";
import { type Db, plain, readRows, timed } from "../neo4j/read-rows";
import type { ApiQueryName } from "../generated/cypher-names";
import { cypher } from "../neo4j/cypher-catalogue";
import { type HoldingRef, holdingId } from "./portable-credentials";

export interface EvidenceWrite {
    readonly personId: string;
    readonly skillId: string;
    readonly level: number;
    readonly source: "SELF" | "MANAGER";
    readonly confidence: number;
    readonly assessedAt: Date;
    readonly validUntil: string | null;
}

export interface EvidenceRow {
    readonly personId: string;
    readonly skillId: string;
    readonly skillName: string;
    readonly level: number;
    readonly source: "SELF" | "MANAGER";
    readonly assessedAt: string;
    readonly validUntil: string | null;
}

export interface HoldingRow {
    readonly personId: string;
    readonly credentialId: string;
    readonly credentialTitle: string;
    readonly issuerId: string;
    readonly issuedAt: string;
    readonly expiresAt: string | null;
    readonly verified: boolean;
}

/**
 * Runs one write and, in the same transaction, marks the people `changed(rows)` names changed, so that every API
 * process's workforce index re-reads them (cypher/workforce/bump-people-version.cypher).
 */
export async function writeMarking<T>(db: Db, file: ApiQueryName, params: Record<string, unknown>, changed: (rows: T[]) => string[]): Promise<T[]> {
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
    try {
        return await session.executeWrite(
            async (tx) => {
                const rows = (await timed(db, file, () => tx.run(cypher(file), params))).records.map((record) => plain(record.toObject()) as T);
                const personIds = changed(rows);
                if (personIds.length) await tx.run(cypher("workforce/bump-people-version"), { personIds });
                return rows;
            },
            db.timeoutMs ? { timeout: db.timeoutMs } : undefined,
        );
    } finally {
        await session.close();
    }
}

/** Runs one write answering at most one row; with `changes`, marks that person changed unless the row says `changed: false`. */
export async function writeOne<T>(db: Db, file: ApiQueryName, params: Record<string, unknown>, changes?: string): Promise<T | null> {
    const [row] = await writeMarking<T>(db, file, params, ([first]) =>
        // A row saying `changed: false` wrote nothing: nobody is marked.
        changes !== undefined && first && (first as { changed?: unknown }).changed !== false ? [changes] : [],
    );
    return row ?? null;
}

export async function writeEvidence(db: Db, write: EvidenceWrite) {
    if (write.validUntil && Date.parse(write.validUntil) <= write.assessedAt.getTime()) {
        throw badInput("validUntil must lie after now: evidence that has already expired counts for nothing.", { field: "validUntil" });
    }
    const row = await writeOne<EvidenceRow>(
        db,
        "people/write-evidence",
        {
            ...write,
            level: neo4j.int(write.level),
            assessedAt: write.assessedAt.toISOString(),
        },
        write.personId,
    );
    if (!row) throw notFound(`No skill with id "${write.skillId}" (or no person "${write.personId}").`, { field: "skillId", id: write.skillId });
    return row;
}

export interface CompletionRow {
    readonly personId: string;
    readonly courseId: string;
    readonly courseTitle: string;
    readonly completedAt: string;
    readonly verified: boolean;
    readonly evidenceUrl: string | null;
}

/** An unverified completion the person records for themselves; a verified one already there is kept. */
export async function recordCompletion(db: Db, request: { personId: string; courseId: string; completedAt: string; evidenceUrl: string | null }, now: Date) {
    if (Date.parse(request.completedAt) > now.getTime()) {
        throw badInput("completedAt lies in the future: record a completion once it has happened.", { field: "completedAt", allowed: "an instant up to now" });
    }
    const row = await writeOne<CompletionRow>(db, "people/write-completion", request, request.personId);
    if (!row) throw notFound(`No course with id "${request.courseId}".`, { field: "courseId", id: request.courseId });
    return row;
}

/** A verified completion, recorded by the course's provider or an admin; the person's own record is replaced. */
export async function confirmCompletion(
    db: Db,
    request: { personId: string; courseId: string; completedAt: string; evidenceUrl: string | null; recordedBy: string } & LearnerScope,
    now: Date,
) {
    if (Date.parse(request.completedAt) > now.getTime()) {
        throw badInput("completedAt lies in the future: confirm a completion once it has happened.", { field: "completedAt", allowed: "an instant up to now" });
    }
    const row = await writeOne<CompletionRow>(db, "people/write-provider-completion", { ...request }, request.personId);
    if (!row) throw notALearner(request);
    return row;
}

/** Whom a partner may write for: its learners (cypher/credentials/issue-holding.cypher), or anyone for an admin. */
export interface LearnerScope {
    readonly personId: string;
    readonly organizationId: string | null;
    readonly anyone: boolean;
}

/** Unknown and not a learner answer alike, so a partner cannot probe which person ids exist. */
function notALearner(scope: LearnerScope) {
    if (scope.anyone) return notFound(`No person with id "${scope.personId}".`, { field: "personId", id: scope.personId });
    return forbidden(
        `"${scope.personId}" is not one of your organisation's learners: people who named it a learning partner (setSharing), recorded one of its courses as completed or hold one of its credentials.`,
        { field: "personId" },
    );
}

/** Everything the graph holds about the person, as one JSON document (cypher/people/read-person-export.cypher). */
export async function exportPersonData(db: Db, personId: string, now: Date) {
    const [row] = await readRows<{ person: Record<string, unknown>; relationships: Record<string, unknown>[] }>(db, "people/read-person-export", { personId });
    if (!row) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    return { format: "skillgraph-person-export/1", exportedAt: now.toISOString(), personId, person: row.person, relationships: row.relationships };
}

export interface ErasureRow {
    readonly personId: string;
    readonly erasedAt: string;
    readonly requestedBy: string;
    readonly reference: string | null;
    readonly relationshipsRemoved: number;
    readonly alreadyErased: boolean;
}

/**
 * Erases a person (cypher/people/erase-person.cypher) in one transaction; erasing again answers with the first
 * erasure's tombstone. An id that is neither a person nor erased is NOT_FOUND.
 */
export async function erasePerson(db: Db, request: { personId: string; requestedBy: string; reference: string | null }, now: Date): Promise<ErasureRow> {
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
    try {
        const row = await session.executeWrite(
            async (tx) => {
                const earlier = await tx.run(cypher("people/read-erasure"), { personId: request.personId });
                if (earlier.records[0]) return { ...(plain(earlier.records[0].toObject()) as ErasureRow), alreadyErased: true };
                const erased = await tx.run(cypher("people/erase-person"), { ...request, erasedAt: now.toISOString() });
                return erased.records[0] ? { ...(plain(erased.records[0].toObject()) as ErasureRow), alreadyErased: false } : null;
            },
            db.timeoutMs ? { timeout: db.timeoutMs } : undefined,
        );
        if (!row) throw notFound(`No person with id "${request.personId}", and none was erased.`, { field: "personId", id: request.personId });
        return row;
    } finally {
        await session.close();
    }
}

/** Removes the person's own self-assessments of the skill (nothing else); the workforce index re-reads them. */
export async function withdrawSelfAssessment(db: Db, personId: string, skillId: string): Promise<number> {
    const row = await writeOne<{ withdrawn: number }>(db, "people/clear-self-assessments", { personId, skillId }, personId);
    return row?.withdrawn ?? 0;
}

/** Changes what a person shares; the workforce index re-reads them, so rankings follow at once. */
export async function setSharing(
    db: Db,
    personId: string,
    change: { inRankings: boolean | null; contactToPlanners: boolean | null; listed: readonly string[] | null; partners: readonly string[] | null },
) {
    if (change.partners && change.partners.length > 50) {
        throw badInput("Name at most 50 learning partners.", { field: "input.learningPartners", allowed: "0 to 50 organisation ids" });
    }
    const row = await writeOne<Sharing & { unknownPartners: string[]; changed: boolean }>(db, "people/set-sharing", { personId, ...change }, personId);
    if (!row) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    if (row.unknownPartners.length) {
        throw notFound(`No organisation with id "${row.unknownPartners[0]}"; nothing was changed.`, {
            field: "input.learningPartners",
            id: row.unknownPartners[0],
        });
    }
    return {
        inRankings: row.inRankings,
        contactToPlanners: row.contactToPlanners,
        holdingsListedToIssuers: row.holdingsListedToIssuers.sort(),
        learningPartners: row.learningPartners.sort(),
    };
}

export interface Sharing {
    readonly inRankings: boolean;
    readonly contactToPlanners: boolean;
    readonly holdingsListedToIssuers: string[];
    readonly learningPartners: string[];
}

export interface CredentialHolders {
    readonly credentialId: string;
    readonly title: string;
    readonly holders: { personId: string; name: string; issuedAt: string | null; expiresAt: string | null; verified: boolean | null }[];
    readonly notListed: number;
}

/** A credential's holders: everyone for admins, otherwise those who let its issuer list them (setSharing). */
export async function credentialHolders(db: Db, credentialId: string, everyone: boolean, first: number): Promise<CredentialHolders> {
    const [row] = await readRows<CredentialHolders>(db, "credentials/read-credential-holders", { credentialId, everyone, limit: neo4j.int(first) });
    if (!row) throw notFound(`No credential with id "${credentialId}".`, { field: "credentialId", id: credentialId });
    return row;
}

export async function setAspirations(db: Db, personId: string, roleIds: readonly string[]) {
    const unique = [...new Set(roleIds)];
    if (unique.length > 10) throw badInput("Name at most 10 roles to aspire to.", { field: "roleIds", allowed: "0 to 10 role ids" });
    const row = await writeOne<{ missing: string[]; roleIds: string[] }>(db, "people/set-aspirations", { personId, roleIds: unique });
    if (!row) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    if (row.missing.length) throw notFound(`No role with id "${row.missing[0]}"; nothing was changed.`, { field: "roleIds", id: row.missing[0] });
    return row.roleIds;
}

export interface IssueRequest extends LearnerScope {
    readonly credentialId: string;
    readonly issuerId: string;
    readonly issuedAt: string;
    readonly expiresAt: string | null;
    readonly evidenceUrl: string | null;
}

export async function issueCredential(db: Db, request: IssueRequest) {
    if (request.expiresAt && Date.parse(request.expiresAt) <= Date.parse(request.issuedAt)) {
        throw badInput("expiresAt must lie after issuedAt.", { field: "expiresAt" });
    }
    const row = await writeOne<HoldingRow>(db, "credentials/issue-holding", { ...request }, request.personId);
    if (!row) throw notALearner(request);
    return { ...row, holdingId: holdingId(row) };
}

export function revocationReason(given: string): string {
    const reason = given.trim();
    if (!reason || reason.length > 500)
        throw badInput("Give the reason for the revocation in 1 to 500 characters.", { field: "reason", allowed: "1 to 500 characters" });
    return reason;
}

/**
 * Revokes a holding for its issuing organisation (or an admin, `anyone`): from now on it counts for nothing, and the
 * person is marked changed in the same transaction. A partner asking about a holding that is not its own, or does
 * not exist, gets the same answer.
 */
export async function revokeCredential(db: Db, request: { holding: HoldingRef; organizationId: string | null; anyone: boolean; reason: string }, now: Date) {
    const reason = revocationReason(request.reason);
    const id = holdingId(request.holding);
    const row = await writeOne<{ credentialId: string; revokedAt: string; reason: string; alreadyRevoked: boolean }>(
        db,
        "credentials/revoke-holding",
        { ...request.holding, organizationId: request.organizationId, anyone: request.anyone, reason, now: now.toISOString() },
        request.holding.personId,
    );
    if (!row && request.anyone) throw notFound(`No holding "${id}".`, { field: "holdingId", id });
    if (!row) throw forbidden(`You may revoke only the holdings your organisation issued; "${id}" is not one of them.`, { field: "holdingId" });
    return { holdingId: id, credentialId: row.credentialId, revokedAt: row.revokedAt, reason: row.reason, alreadyRevoked: row.alreadyRevoked };
}
