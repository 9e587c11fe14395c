/**
 * W3C "Securing Verifiable Credentials using JOSE and COSE" (VC-JOSE-COSE) §3.1.1: a credential secured as a compact
 * JWS whose payload is the credential JSON itself (media type application/vc+jwt), and the verification a relying
 * party runs on it. Keys, trust and status are the caller's: injected, never fetched.
 */
import { CompactSign, type JWK, compactVerify, errors as joseErrors, importJWK } from "jose";
import type { IssuerKey, JwkSet, SigningAlgorithm } from "./keys";
import { validateAchievementCredential } from "./schema-validation";
import type { BitstringStatusListEntry } from "./status-list";

export const VC_JWT_MEDIA_TYPE = "application/vc+jwt";
const ALGORITHMS: readonly SigningAlgorithm[] = ["EdDSA", "ES256"];

export type CheckName = "format" | "issuer" | "signature" | "validity" | "status" | "schema";

export interface VerificationCheck {
    readonly check: CheckName;
    readonly ok: boolean;
    /** Why it failed (or, for a passed check, a note such as "no credentialStatus"). */
    readonly reason?: string;
}

export interface VerificationResult {
    /** True only when every check passed. */
    readonly valid: boolean;
    /** The credential, once its signature is verified (never an unverified payload). */
    readonly credential?: Record<string, unknown>;
    /** The issuer the payload names (claimed until the signature check passed). */
    readonly issuerId?: string;
    /** In order: format, issuer, signature, then validity, status and schema; stops after the first of the first four that fails. */
    readonly checks: VerificationCheck[];
}

export interface VerifyOptions {
    /** The trust list: the issuer's public JWK set, or null/undefined when the issuer is not trusted. */
    readonly resolveIssuerKeys: (issuerId: string) => Promise<JwkSet | null | undefined>;
    readonly now: Date;
    /**
     * Whether the entry's bit is set in its (trusted) status list, e.g. isStatusSet(list, entry) on a list read from
     * the caller's database. Without it a credential that has a credentialStatus cannot be valid.
     */
    readonly isRevoked?: (entry: BitstringStatusListEntry) => Promise<boolean>;
}

const utf8 = new TextEncoder();

/** §3.1.1: protected header {alg, kid, typ: "vc+jwt", cty: "vc"}, payload the credential as JSON. */
export function signCredentialJws(credential: object, key: IssuerKey): Promise<string> {
    return new CompactSign(utf8.encode(JSON.stringify(credential)))
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "vc+jwt", cty: "vc" })
        .sign(key.privateKey);
}

/** base64url segment → bytes, refusing padding, stray characters and non-canonical trailing bits (so no two strings decode alike). */
function decodeSegment(segment: string): Buffer | undefined {
    if (!/^[A-Za-z0-9_-]*$/.test(segment) || segment.length % 4 === 1) return undefined;
    const bytes = Buffer.from(segment, "base64url");
    return bytes.toString("base64url") === segment ? bytes : undefined;
}

function parseObject(bytes: Buffer): Record<string, unknown> | undefined {
    try {
        const value: unknown = JSON.parse(bytes.toString("utf8"));
        return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
        return undefined;
    }
}

/** The format check: three canonical base64url segments, a vc+jwt header with a supported alg, a credential with an issuer. */
function parseJws(jws: string): { header: Record<string, unknown>; payload: Record<string, unknown>; issuerId: string } | string {
    const segments = jws.split(".");
    if (segments.length !== 3) return `malformed: a compact JWS has 3 dot-separated parts, this has ${segments.length}`;
    const [header, payload, signature] = segments.map(decodeSegment);
    if (!header || !payload || !signature) return "malformed: a part is not canonical base64url";
    const h = parseObject(header);
    if (!h) return "malformed: the protected header is not a JSON object";
    if (h.typ !== "vc+jwt") return `malformed: the header's typ is ${JSON.stringify(h.typ)}, not "vc+jwt"`;
    if (!ALGORITHMS.includes(h.alg as SigningAlgorithm)) return `malformed: alg ${JSON.stringify(h.alg)} is not one of ${ALGORITHMS.join(", ")}`;
    const p = parseObject(payload);
    if (!p) return "malformed: the payload is not a JSON object";
    const issuer = p.issuer;
    const issuerId = typeof issuer === "string" ? issuer : (issuer as { id?: unknown } | undefined)?.id;
    if (typeof issuerId !== "string" || !issuerId) return "malformed: the credential names no issuer";
    return { header: h, payload: p, issuerId };
}

async function checkSignature(jws: string, alg: SigningAlgorithm, kid: unknown, jwks: JwkSet): Promise<string | undefined> {
    const candidates = jwks.keys.filter((k: JWK) => (kid === undefined || k.kid === kid) && (k.alg === undefined || k.alg === alg));
    if (candidates.length === 0) return `bad signature: the issuer has no ${alg} key${kid === undefined ? "" : ` with kid ${JSON.stringify(kid)}`}`;
    for (const jwk of candidates) {
        try {
            await compactVerify(jws, await importJWK(jwk, alg), { algorithms: [alg] });
            return undefined;
        } catch (error) {
            if (!(error instanceof joseErrors.JWSSignatureVerificationFailed)) return `bad signature: ${(error as Error).message}`;
        }
    }
    return "bad signature";
}

/** Milliseconds of a date-time string, NaN for anything else. */
const timeOf = (value: unknown) => (typeof value === "string" ? Date.parse(value) : NaN);

function checkValidity(payload: Record<string, unknown>, now: Date): VerificationCheck {
    const { validFrom, validUntil } = payload;
    const from = timeOf(validFrom);
    if (Number.isNaN(from)) return { check: "validity", ok: false, reason: "validFrom is missing or not a date" };
    if (now.getTime() < from) return { check: "validity", ok: false, reason: `not yet valid: valid from ${validFrom as string}` };
    if (validUntil !== undefined) {
        const until = timeOf(validUntil);
        if (Number.isNaN(until)) return { check: "validity", ok: false, reason: "validUntil is not a date" };
        if (now.getTime() >= until) return { check: "validity", ok: false, reason: `expired: valid until ${validUntil as string}` };
    }
    return { check: "validity", ok: true };
}

async function checkStatus(payload: Record<string, unknown>, isRevoked: VerifyOptions["isRevoked"]): Promise<VerificationCheck> {
    const entry = payload.credentialStatus as BitstringStatusListEntry | undefined;
    if (entry === undefined) return { check: "status", ok: true, reason: "no credentialStatus" };
    if (entry?.type !== "BitstringStatusListEntry")
        return { check: "status", ok: false, reason: `unsupported credentialStatus type ${JSON.stringify(entry?.type)}` };
    if (!isRevoked) return { check: "status", ok: false, reason: "status not checked: no status list available" };
    try {
        if (await isRevoked(entry)) return { check: "status", ok: false, reason: entry.statusPurpose === "suspension" ? "suspended" : "revoked" };
        return { check: "status", ok: true };
    } catch (error) {
        return { check: "status", ok: false, reason: `status list unavailable: ${(error as Error).message}` };
    }
}

/** The payload of a vc+jwt whose signature checks against the JWK set (a fetched status list), or why it does not. */
export async function verifySignedPayload(jws: string, jwks: JwkSet): Promise<{ payload: Record<string, unknown>; issuerId: string } | { reason: string }> {
    const parsed = parseJws(jws.trim());
    if (typeof parsed === "string") return { reason: parsed };
    const problem = await checkSignature(jws.trim(), parsed.header.alg as SigningAlgorithm, parsed.header.kid, jwks);
    return problem ? { reason: problem } : { payload: parsed.payload, issuerId: parsed.issuerId };
}

/** Verifies a VC-JOSE compact JWS: format, trusted issuer, signature, validity period, status list and OB 3.0 schema. Never throws. */
export async function verifyCredentialJws(jws: string, options: VerifyOptions): Promise<VerificationResult> {
    const checks: VerificationCheck[] = [];
    const fail = (check: CheckName, reason: string, issuerId?: string): VerificationResult => ({
        valid: false,
        issuerId,
        checks: [...checks, { check, ok: false, reason }],
    });
    const parsed = typeof jws === "string" ? parseJws(jws.trim()) : "malformed: not a string";
    if (typeof parsed === "string") return fail("format", parsed);
    checks.push({ check: "format", ok: true });
    const { header, payload, issuerId } = parsed;

    const jwks = await options.resolveIssuerKeys(issuerId).catch(() => undefined);
    if (!jwks || !Array.isArray(jwks.keys) || jwks.keys.length === 0) return fail("issuer", `unknown issuer: ${issuerId} is not trusted`, issuerId);
    checks.push({ check: "issuer", ok: true });

    const signatureProblem = await checkSignature(jws.trim(), header.alg as SigningAlgorithm, header.kid, jwks);
    if (signatureProblem) return fail("signature", signatureProblem, issuerId);
    checks.push({ check: "signature", ok: true });

    checks.push(checkValidity(payload, options.now), await checkStatus(payload, options.isRevoked));
    const schemaErrors = validateAchievementCredential(payload);
    checks.push(
        schemaErrors.length === 0
            ? { check: "schema", ok: true }
            : { check: "schema", ok: false, reason: `schema errors: ${schemaErrors.map((e) => `${e.path || "/"} ${e.message}`).join("; ")}` },
    );
    return { valid: checks.every((c) => c.ok), credential: payload, issuerId, checks };
}
