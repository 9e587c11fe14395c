/**
 * Issuing by invitation (README, "Partner portals"): a partner issues to an email address or its own learner id; the
 * credential waits as an offer until the person claims it with the code the partner passes on (or, for their own
 * email, by its id), or, for the email of one of the partner's learners here, is held at once. The partner's answers
 * never depend on whether the recipient exists.
 */
import { createHash, randomBytes } from "node:crypto";
import neo4j from "neo4j-driver";
import { forbidden } from "../auth/principal";
import { badInput, notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import { type HoldingRow, revocationReason, writeMarking } from "./self-service";
import { holdingId } from "./portable-credentials";

export const MAX_ISSUE_ITEMS = 1000;
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const OFFER_PREFIX = "offer-";

export interface IssueItemInput {
    readonly credentialId: string;
    readonly email?: string | null;
    readonly externalId?: string | null;
    readonly issuedAt?: string | null;
    readonly expiresAt?: string | null;
    readonly evidenceUrl?: string | null;
}

export interface IssueItemResult {
    readonly index: number;
    readonly accepted: boolean;
    readonly credentialId: string;
    readonly recipient: string;
    readonly issueId: string | null;
    readonly claimCode: string | null;
    readonly alreadyIssued: boolean;
    readonly expiresAt: string | null;
    readonly rejection: { field: string; reason: string } | null;
}

interface Offer {
    offerId: string;
    credentialId: string;
    issuerId: string;
    recipientKind: "EMAIL" | "EXTERNAL_ID";
    recipient: string;
    recipientEmail: string | null;
    claimCodeHash: string;
    issuedAt: string;
    expiresAt: string | null;
    evidenceUrl: string | null;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

export const isOfferId = (id: string) => id.startsWith(OFFER_PREFIX);

/** The claim code is the offer id and a secret; only the secret's hash is stored. */
function parseClaimCode(code: string): { offerId: string; secretHash: string } {
    const dot = code.lastIndexOf(".");
    if (!isOfferId(code) || dot < 0 || dot === code.length - 1) {
        throw badInput("This is not a claim code.", { field: "claimCode", allowed: "the claimCode the issuer received from issueCredentials" });
    }
    return { offerId: code.slice(0, dot), secretHash: sha256(code.slice(dot + 1)) };
}

/** Checks one item; the reason names the field. */
function checkItem(item: IssueItemInput, issuedAt: string): { field: string; reason: string } | { recipientKind: Offer["recipientKind"]; recipient: string } {
    const email = item.email?.trim();
    const externalId = item.externalId?.trim();
    if (!email === !externalId) return { field: "recipient", reason: "Give exactly one of email and externalId." };
    if (email && (email.length > 254 || !EMAIL.test(email))) return { field: "email", reason: `"${email.slice(0, 80)}" is not an email address.` };
    if (externalId && (externalId.length > 200 || /\p{Cc}/u.test(externalId)))
        return { field: "externalId", reason: "An external id is 1 to 200 characters, without control characters." };
    if (item.issuedAt && Number.isNaN(Date.parse(item.issuedAt))) return { field: "issuedAt", reason: "Not a date-time." };
    if (item.expiresAt && !(Date.parse(item.expiresAt) > Date.parse(issuedAt))) return { field: "expiresAt", reason: "expiresAt must lie after issuedAt." };
    return email ? { recipientKind: "EMAIL", recipient: email } : { recipientKind: "EXTERNAL_ID", recipient: externalId! };
}

/**
 * Issues each item as an offer, in one transaction; a rejected item (with its reason) is not written, and with
 * `allOrNothing` one rejection writes nothing at all. `issuerId` is the partner's organisation (admins: any
 * credential, issued by its awarding body).
 */
export async function issueCredentials(
    db: Db,
    request: { items: readonly IssueItemInput[]; organizationId: string | null; admin: boolean; allOrNothing: boolean },
    now: Date,
): Promise<{ accepted: number; rejected: number; written: boolean; items: IssueItemResult[] }> {
    if (request.items.length === 0 || request.items.length > MAX_ISSUE_ITEMS) {
        throw badInput(`Give 1 to ${MAX_ISSUE_ITEMS} items.`, { field: "items", allowed: `1 to ${MAX_ISSUE_ITEMS} items` });
    }
    const credentialIds = [...new Set(request.items.map((item) => item.credentialId))];
    const awarding = new Map(
        (await readRows<{ credentialId: string; awardingBodyId: string | null }>(db, "credentials/read-awarding-bodies", { credentialIds })).map((row) => [
            row.credentialId,
            row.awardingBodyId,
        ]),
    );
    const offers: Offer[] = [];
    const codes = new Map<string, string>();
    const seen = new Map<string, number>();
    const results: IssueItemResult[] = request.items.map((item, index) => {
        const issuedAt = item.issuedAt ? new Date(Date.parse(item.issuedAt) || 0).toISOString() : now.toISOString();
        const base = { index, credentialId: item.credentialId, recipient: (item.email ?? item.externalId ?? "").trim(), issueId: null, claimCode: null };
        const reject = (field: string, reason: string): IssueItemResult => ({
            ...base,
            accepted: false,
            alreadyIssued: false,
            expiresAt: null,
            rejection: { field, reason },
        });
        if (!awarding.has(item.credentialId)) return reject("credentialId", `No credential with id "${item.credentialId}".`);
        const issuerId = awarding.get(item.credentialId) ?? null;
        if (!request.admin && issuerId !== request.organizationId)
            return reject("credentialId", `You may issue only the credentials your organisation (${request.organizationId}) awards.`);
        if (!issuerId) return reject("credentialId", "The credential has no awarding body to issue it.");
        const checked = checkItem(item, issuedAt);
        if ("reason" in checked) return reject(checked.field, checked.reason);
        const recipientKey = checked.recipientKind === "EMAIL" ? checked.recipient.toLowerCase() : checked.recipient;
        const offerId = OFFER_PREFIX + sha256(JSON.stringify([issuerId, item.credentialId, checked.recipientKind, recipientKey, issuedAt])).slice(0, 32);
        const earlier = seen.get(offerId);
        if (earlier !== undefined) return reject("recipient", `The same credential, recipient and issue instant as item ${earlier}.`);
        seen.set(offerId, index);
        const secret = randomBytes(24).toString("base64url");
        codes.set(offerId, `${offerId}.${secret}`);
        offers.push({
            offerId,
            credentialId: item.credentialId,
            issuerId,
            recipientKind: checked.recipientKind,
            recipient: checked.recipient,
            recipientEmail: checked.recipientKind === "EMAIL" ? recipientKey : null,
            claimCodeHash: sha256(secret),
            issuedAt,
            expiresAt: item.expiresAt ? new Date(Date.parse(item.expiresAt)).toISOString() : null,
            evidenceUrl: item.evidenceUrl ?? null,
        });
        return { ...base, recipient: checked.recipient, accepted: true, issueId: offerId, alreadyIssued: false, expiresAt: null, rejection: null };
    });
    const rejected = results.filter((result) => !result.accepted).length;
    if (offers.length === 0 || (request.allOrNothing && rejected > 0)) {
        const notWritten = { field: "items", reason: "Not written: another item was rejected and allOrNothing is set." };
        return {
            accepted: 0,
            rejected,
            written: false,
            items: results.map((result) => (result.accepted ? { ...result, accepted: false, issueId: null, rejection: notWritten } : result)),
        };
    }
    const rows = await writeMarking<{ offerId: string; created: boolean; expiresAt: string | null; matchedPersonIds: string[] }>(
        db,
        "credentials/write-credential-offers",
        { offers, anyone: request.admin, now: now.toISOString() },
        (written) => written.flatMap((row) => row.matchedPersonIds),
    );
    const written = new Map(rows.map((row) => [row.offerId, row]));
    const items = results.map((result) => {
        const row = result.issueId ? written.get(result.issueId) : undefined;
        if (!row) return result;
        // Issued before: the claim code went out then (only its hash is kept).
        return { ...result, alreadyIssued: !row.created, claimCode: row.created ? codes.get(result.issueId!)! : null, expiresAt: row.expiresAt };
    });
    return { accepted: offers.length, rejected, written: true, items };
}

/** A person claims an offer: with its claim code, or by its id when it was issued to their email. */
export async function claimCredential(db: Db, personId: string, claim: { claimCode?: string | null; offerId?: string | null }, now: Date) {
    if (!claim.claimCode === !claim.offerId) throw badInput("Give exactly one of claimCode and offerId.", { field: "claimCode" });
    const { offerId, secretHash } = claim.claimCode ? parseClaimCode(claim.claimCode) : { offerId: claim.offerId!, secretHash: null };
    const [row] = await writeMarking<HoldingRow & { changed: boolean }>(
        db,
        "credentials/write-offer-claim",
        { personId, offerId, claimCodeHash: secretHash, now: now.toISOString() },
        ([claimed]) => (claimed?.changed ? [personId] : []),
    );
    // Unknown, revoked, claimed by someone else or not yours: one answer.
    if (!row) throw notFound("No offer you may claim with this code or id.", { field: claim.claimCode ? "claimCode" : "offerId" });
    return { ...row, holdingId: holdingId(row), alreadyClaimed: !row.changed };
}

/** Revokes an offer (and the holding made from it); a partner's own offers only, unknown ones answered alike. */
export async function revokeOffer(db: Db, request: { offerId: string; organizationId: string | null; anyone: boolean; reason: string }, now: Date) {
    const [row] = await writeMarking<{ credentialId: string; revokedAt: string; reason: string; alreadyRevoked: boolean; personIds: string[] }>(
        db,
        "credentials/revoke-credential-offer",
        { ...request, reason: revocationReason(request.reason), now: now.toISOString() },
        ([revoked]) => revoked?.personIds ?? [],
    );
    if (!row && request.anyone) throw notFound(`No issue "${request.offerId}".`, { field: "holdingId", id: request.offerId });
    if (!row) throw forbidden(`You may revoke only what your organisation issued; "${request.offerId}" is not one of them.`, { field: "holdingId" });
    return { holdingId: request.offerId, credentialId: row.credentialId, revokedAt: row.revokedAt, reason: row.reason, alreadyRevoked: row.alreadyRevoked };
}

export interface IssuedCredential {
    readonly issueId: string;
    readonly credentialId: string;
    readonly credentialTitle: string;
    readonly recipientKind: "EMAIL" | "EXTERNAL_ID" | "PERSON_ID";
    readonly recipient: string;
    readonly issuedAt: string;
    readonly expiresAt: string | null;
    readonly revokedAt: string | null;
    readonly revocationReason: string | null;
    readonly status: "ACTIVE" | "EXPIRED" | "REVOKED";
}

/** What an organisation issued, newest first; the recipient only as the issuer named it. */
export async function issuedCredentials(db: Db, organizationId: string, credentialId: string | null, first: number, now: Date): Promise<IssuedCredential[]> {
    const rows = await readRows<Omit<IssuedCredential, "status" | "issueId"> & { issueId: string | null; personId: string | null }>(
        db,
        "credentials/read-issued-credentials",
        {
            organizationId,
            credentialId,
            limit: neo4j.int(first),
        },
    );
    return rows.map(({ personId, ...row }) => ({
        ...row,
        issueId: row.issueId ?? holdingId({ personId: personId!, credentialId: row.credentialId, issuedAt: row.issuedAt }),
        status: row.revokedAt ? "REVOKED" : row.expiresAt && Date.parse(row.expiresAt) <= now.getTime() ? "EXPIRED" : "ACTIVE",
    }));
}

export interface CredentialOffer {
    readonly offerId: string;
    readonly credentialId: string;
    readonly credentialTitle: string;
    readonly issuerId: string;
    readonly issuerName: string;
    readonly issuedAt: string;
    readonly expiresAt: string | null;
}

/** The offers issued to the person's email that wait for them. */
export const credentialOffers = (db: Db, personId: string) => readRows<CredentialOffer>(db, "credentials/read-credential-offers", { personId });
