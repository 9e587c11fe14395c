/**
 * Portable credentials (README, "Portable credentials"): a person's holdings leave the organisation as Open Badges 3.0
 * credentials secured as VC-JOSE compact JWS, signed with this deployment's issuer keys; anyone can verify them here
 * against the published keys, validity and the issuer's revocation status list. The documents and the cryptography
 * are src/badges/ (pure); this module reads the graph and names the URLs.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { badInput, notFound } from "../errors";
import { type KeyRing, loadKeyRingFromFolder, loadKeyRingFromJwks, loadOrCreateDevKeyRing } from "../badges/keys";
import { type CertifiedSkill, type OpenBadgeInput, buildIssuerProfile, buildOpenBadgeCredential } from "../badges/open-badge";
import {
    type BitstringStatusListEntry,
    MIN_STATUS_LIST_BITS,
    buildStatusListCredential,
    createStatusList,
    encodeStatusList,
    isStatusSet,
    setStatus,
} from "../badges/status-list";
import { VC_JWT_MEDIA_TYPE, type VerificationResult, signCredentialJws, verifyCredentialJws } from "../badges/vc-jose";
import { type Db, readRows, writeRows } from "../neo4j/read-rows";
import { TrustList, loadTrustList } from "../badges/trust-list";
import { CredentialTrust } from "./credential-trust";
import { type CredentialFacts, euCompliance } from "../domain/eu-compliance";

export interface IssuingSettings {
    /** The URL clients reach this API at: issuer ids, status lists and keys are published under it. */
    readonly publicUrl: string;
    /** A folder of private JWK files (SKILLGRAPH_ISSUER_KEYS_DIR). */
    readonly keysDir: string | null;
    /** A private JWK set as JSON text (SKILLGRAPH_ISSUER_JWKS). */
    readonly jwks: string | null;
    /** Where a development key is kept when neither is given (not in production). */
    readonly devKeysDir: string;
    /** Other deployments' issuers whose credentials verify and import here (SKILLGRAPH_TRUSTED_ISSUERS_FILE). */
    readonly trustedIssuersFile: string | null;
    /** How long a fetched foreign status list is reused (SKILLGRAPH_STATUS_LIST_CACHE_SECONDS). */
    readonly statusListCacheSeconds: number;
    /** How often imported holdings are rechecked against their issuers' status lists (0: never by itself). */
    readonly importRecheckMinutes: number;
}

/** This deployment as the issuer of its organisations' credentials: one key ring signs for all of them. */
export class Issuing {
    constructor(
        readonly publicUrl: string,
        readonly keys: KeyRing,
        readonly trust: CredentialTrust = CredentialTrust.none(),
    ) {}

    static async load(settings: IssuingSettings): Promise<Issuing> {
        const keys = settings.jwks
            ? await loadKeyRingFromJwks(settings.jwks, "SKILLGRAPH_ISSUER_JWKS")
            : settings.keysDir
              ? await loadKeyRingFromFolder(settings.keysDir)
              : await loadOrCreateDevKeyRing(settings.devKeysDir);
        const trustList = settings.trustedIssuersFile ? loadTrustList(settings.trustedIssuersFile) : TrustList.empty();
        return new Issuing(settings.publicUrl, keys, new CredentialTrust(trustList, settings.statusListCacheSeconds));
    }

    /** A development key kept only for this process (tests, an app built without settings). */
    static async throwaway(publicUrl = "http://localhost:4000", trust?: CredentialTrust): Promise<Issuing> {
        const dir = mkdtempSync(path.join(tmpdir(), "skillgraph-issuer-"));
        try {
            return new Issuing(publicUrl, await loadOrCreateDevKeyRing(dir), trust);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }

    issuerId = (organizationId: string) => `${this.publicUrl}/issuers/${encodeURIComponent(organizationId)}`;
    statusListUrl = (organizationId: string, list: number) => `${this.publicUrl}/credentials/status/${encodeURIComponent(organizationId)}/${list}`;

    /** The organisation an issuer id of this deployment names; null for any other issuer. */
    organizationOf(issuerId: string): string | null {
        const prefix = `${this.publicUrl}/issuers/`;
        if (!issuerId.startsWith(prefix) || issuerId.slice(prefix.length).includes("/")) return null;
        try {
            return decodeURIComponent(issuerId.slice(prefix.length));
        } catch {
            return null;
        }
    }

    /** [organisation, list number] of a status list URL of this deployment; null for any other. */
    statusListOf(url: string): [string, number] | null {
        const match = new RegExp(`^${this.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/credentials/status/([^/]+)/(0|[1-9][0-9]{0,5})$`).exec(url);
        return match ? [decodeURIComponent(match[1]), Number(match[2])] : null;
    }
}

/** A holding is named by its person, credential and issue instant (the key issueCredential merges on). */
export interface HoldingRef {
    readonly personId: string;
    readonly credentialId: string;
    readonly issuedAt: string;
}

export const holdingId = (ref: HoldingRef) => Buffer.from(JSON.stringify([ref.personId, ref.credentialId, ref.issuedAt])).toString("base64url");

export function parseHoldingId(id: string, field = "holdingId"): HoldingRef {
    try {
        const value: unknown = JSON.parse(Buffer.from(id, "base64url").toString("utf8"));
        const parts = Array.isArray(value) && value.every((part): part is string => typeof part === "string" && part !== "") ? value : [];
        if (parts.length === 3 && !Number.isNaN(Date.parse(parts[2]))) return { personId: parts[0], credentialId: parts[1], issuedAt: parts[2] };
    } catch {
        // answered below
    }
    throw badInput(`"${id}" is not a holding id.`, { field, allowed: "a holdingId from wallet or issueCredential" });
}

interface WalletRow {
    personId: string;
    credentialId: string;
    title: string;
    issuedAt: string;
    expiresAt: string | null;
    revokedAt: string | null;
    revocationReason: string | null;
    issuerId: string | null;
    issuerName: string | null;
    verified: boolean;
    importedFrom: string | null;
    importedIssuerName: string | null;
}

/** The person's holdings, newest first, each with its status now. */
export async function readWallet(db: Db, personId: string, now: Date) {
    const [row] = await readRows<{ holdings: WalletRow[] }>(db, "credentials/read-wallet", { personId });
    if (!row) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    return row.holdings.map((h) => ({
        holdingId: holdingId(h),
        credentialId: h.credentialId,
        title: h.title,
        issuedAt: h.issuedAt,
        expiresAt: h.expiresAt,
        revokedAt: h.revokedAt,
        revocationReason: h.revocationReason,
        status: h.revokedAt ? "REVOKED" : h.expiresAt && Date.parse(h.expiresAt) <= now.getTime() ? "EXPIRED" : "VALID",
        issuer: h.importedFrom
            ? { id: h.importedFrom, name: h.importedIssuerName ?? h.importedFrom }
            : h.issuerId
              ? { id: h.issuerId, name: h.issuerName ?? h.issuerId }
              : null,
        imported: h.importedFrom !== null,
        verified: h.verified,
    }));
}

interface ExportRow {
    holding: {
        issuedAt: string;
        expiresAt: string | null;
        revokedAt: string | null;
        statusListIndex: number | null;
        evidenceUrl: string | null;
        importedJws: string | null;
    };
    credential: {
        id: string;
        title: string;
        description: string | null;
        learningOutcomes: string[] | null;
        workloadHours: number | null;
        ects: number | null;
        eqfLevel: number | null;
        assessmentType: string | null;
        participationForm: string | null;
        qualityAssurance: string | null;
        identityVerification: string | null;
        language: string | null;
        url: string | null;
    };
    skills: { id: string; name: string; uri: string | null; taxonomy: string | null; level: number }[];
    issuer: { id: string; name: string; url: string | null; country: string | null } | null;
    learner: { id: string; name: string; email: string | null };
}

const FRAMEWORKS: Record<string, CertifiedSkill["framework"]> = { ESCO: "ESCO", ONET: "O*NET" };

/** The Open Badges input of one holding: ESCO and O*NET skills become alignments (skills with no public URI are left out). */
function badgeInput(issuing: Issuing, row: ExportRow, issuer: NonNullable<ExportRow["issuer"]>): OpenBadgeInput {
    const { holding, credential } = row;
    const listIndex = holding.statusListIndex!;
    return {
        id: `urn:uuid:${uuidFrom(holdingId({ personId: row.learner.id, credentialId: credential.id, issuedAt: holding.issuedAt }))}`,
        issuer: {
            id: issuing.issuerId(issuer.id),
            name: issuer.name,
            url: issuer.url ?? issuing.issuerId(issuer.id),
            ...(issuer.country ? { country: { code: issuer.country } } : {}),
        },
        learner: {
            name: row.learner.name,
            ...(row.learner.email ? { email: { address: row.learner.email, salt: randomBytes(12).toString("base64url") } } : {}),
        },
        validFrom: holding.issuedAt,
        validUntil: holding.expiresAt,
        achievement: {
            id: credential.url ?? `${issuing.issuerId(issuer.id)}/achievements/${encodeURIComponent(credential.id)}`,
            name: credential.title,
            description: credential.description ?? credential.title,
            learningOutcomes: credential.learningOutcomes ?? [],
            skills: row.skills
                .filter((s) => s.uri && s.taxonomy && FRAMEWORKS[s.taxonomy])
                .map((s) => ({ uri: s.uri!, name: s.name, framework: FRAMEWORKS[s.taxonomy!], level: s.level })),
            systemId: credential.id,
        },
        eu: {
            ...(credential.workloadHours != null ? { workloadHours: credential.workloadHours } : {}),
            ...(credential.ects != null ? { ects: credential.ects } : {}),
            ...(credential.eqfLevel != null ? { eqfLevel: credential.eqfLevel } : {}),
            ...(credential.assessmentType ? { assessmentType: credential.assessmentType } : {}),
            ...(credential.participationForm ? { participationForm: credential.participationForm } : {}),
            ...(credential.qualityAssurance ? { qualityAssurance: credential.qualityAssurance } : {}),
            ...(credential.identityVerification ? { identityVerification: credential.identityVerification } : {}),
            ...(credential.language ? { language: credential.language } : {}),
        },
        status: { listUrl: issuing.statusListUrl(issuer.id, Math.floor(listIndex / MIN_STATUS_LIST_BITS)), index: listIndex % MIN_STATUS_LIST_BITS },
    };
}

/** A stable UUID-shaped id for the holding's credential document (the same holding exports under the same id). */
function uuidFrom(text: string) {
    const hex = createHash("sha256").update(text).digest("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function readExport(db: Db, ref: HoldingRef): Promise<ExportRow> {
    const [row] = await writeRows<ExportRow>(db, "credentials/read-holding-export", { ...ref });
    if (!row) throw notFound(`No holding "${holdingId(ref)}" in this wallet.`, { field: "holdingId", id: holdingId(ref) });
    return row;
}

function signable(row: ExportRow, ref: HoldingRef): NonNullable<ExportRow["issuer"]> {
    if (!row.issuer) {
        throw badInput(`The credential "${row.credential.id}" has no awarding body and the holding no issuer: there is nobody to sign it.`, {
            field: "holdingId",
            allowed: "holdings of credentials an organisation awards",
        });
    }
    if (row.holding.importedJws)
        throw badInput(`"${holdingId(ref)}" was imported: its own issuer signed it, so it leaves only as it came (exportCredential).`, { field: "holdingId" });
    return row.issuer;
}

/** The Open Badges input of one holding this deployment signs (the holding gets its status list bit first if it had none). */
export async function exportInput(db: Db, issuing: Issuing, ref: HoldingRef): Promise<OpenBadgeInput> {
    const row = await readExport(db, ref);
    return badgeInput(issuing, row, signable(row, ref));
}

/** One holding as a signed Open Badges 3.0 credential; an imported one as it came, signed by its own issuer. */
export async function exportCredential(db: Db, issuing: Issuing, ref: HoldingRef) {
    const row = await readExport(db, ref);
    const id = holdingId(ref);
    const imported = row.holding.importedJws;
    if (imported) {
        const credential = JSON.parse(Buffer.from(imported.split(".")[1], "base64url").toString("utf8")) as Record<string, unknown>;
        return { holdingId: id, mediaType: VC_JWT_MEDIA_TYPE, jws: imported, credential };
    }
    const credential = buildOpenBadgeCredential(badgeInput(issuing, row, signable(row, ref)));
    return { holdingId: id, mediaType: VC_JWT_MEDIA_TYPE, jws: await signCredentialJws(credential, issuing.keys.signingKey), credential };
}

/** The revocation status list of one organisation, signed (null when the organisation does not exist). */
export async function statusListCredential(db: Db, issuing: Issuing, organizationId: string, list: number, now: Date) {
    const from = list * MIN_STATUS_LIST_BITS;
    const [row] = await readRows<{ organizationFound: boolean; indices: number[] }>(db, "credentials/read-revoked-indices", {
        organizationId,
        from,
        to: from + MIN_STATUS_LIST_BITS,
    });
    if (!row.organizationFound) return null;
    const bits = createStatusList();
    for (const index of row.indices) setStatus(bits, index - from, true);
    return buildStatusListCredential({
        id: issuing.statusListUrl(organizationId, list),
        issuer: issuing.issuerId(organizationId),
        validFrom: now,
        encodedList: encodeStatusList(bits),
        purpose: "revocation",
    });
}

/** The issuer profile published at an organisation's issuer id (null when it does not exist). */
export async function issuerProfile(db: Db, issuing: Issuing, organizationId: string) {
    const [row] = await readRows<{ organizationFound: boolean; name: string; url: string | null; country: string | null }>(db, "credentials/read-issuer", {
        organizationId,
    });
    if (!row.organizationFound) return null;
    const id = issuing.issuerId(organizationId);
    return buildIssuerProfile({ id, name: row.name, url: row.url ?? id, ...(row.country ? { country: { code: row.country } } : {}) });
}

/**
 * Verifies a credential. Trusted issuers: this deployment's organisations (status lists read from the database) and
 * the trust list's (keys from the list, status lists fetched from the issuer's origin).
 */
export async function verifyCredential(db: Db, issuing: Issuing, jws: string, now: Date): Promise<VerificationResult> {
    let foreignIssuer: string | null = null;
    const resolveIssuerKeys = async (issuerId: string) => {
        const organizationId = issuing.organizationOf(issuerId);
        if (organizationId !== null) return (await issuerProfile(db, issuing, organizationId)) ? issuing.keys.publicJwks() : null;
        const keys = issuing.trust.trustList.keysOf(issuerId);
        if (keys) foreignIssuer = issuerId;
        return keys;
    };
    const isRevoked = async (entry: BitstringStatusListEntry) => {
        if (foreignIssuer !== null) return issuing.trust.isRevoked(entry, foreignIssuer, now);
        const list = issuing.statusListOf(entry.statusListCredential);
        if (!list) throw new Error(`${entry.statusListCredential} is not a status list of this deployment`);
        const listCredential = await statusListCredential(db, issuing, list[0], list[1], now);
        if (!listCredential) throw new Error(`no organisation publishes ${entry.statusListCredential}`);
        return isStatusSet(listCredential, entry);
    };
    return verifyCredentialJws(jws, { resolveIssuerKeys, now, isRevoked });
}

/** A credential against the EU micro-credential elements (Annex I of 2022/C 243/02). */
export async function credentialCompliance(db: Db, credentialId: string) {
    const [row] = await readRows<{ credentialId: string; facts: CredentialFacts }>(db, "credentials/read-credential-facts", { credentialId });
    if (!row) throw notFound(`No credential with id "${credentialId}".`, { field: "credentialId", id: credentialId });
    return { credentialId, title: row.facts.title ?? credentialId, ...euCompliance(row.facts) };
}
