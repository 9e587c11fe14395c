/**
 * Credentials from elsewhere (README, "Portable credentials"): a holder imports an Open Badges 3.0 credential another
 * deployment issued; it is verified against the trust list, its learner must be the holder (by email), its alignments
 * are mapped to this graph's skills by URI, and the holding then counts as credential evidence like any other. Imported
 * holdings are rechecked against their issuers' status lists, so a revocation there stops them counting here.
 */
import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import { identityMatchesEmail } from "../badges/open-badge";
import type { BitstringStatusListEntry } from "../badges/status-list";
import { forbidden } from "../auth/principal";
import { badInput, notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import { type Issuing, holdingId, verifyCredential } from "./portable-credentials";
import { revokeCredential, writeOne } from "./self-service";

type Json = Record<string, unknown>;
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === "object" && v !== null) : []);
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);
const number = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

const EQF = /^https?:\/\/data\.europa\.eu\/snb\/eqf\/([1-8])$/;
const ASSESSMENT_TYPES = new Set(["EXAM", "PROJECT", "PORTFOLIO", "PRACTICAL", "ORAL", "PEER_REVIEW", "SELF_ASSESSMENT"]);
const DELIVERY_FORMATS = new Set(["ONLINE", "ONSITE", "BLENDED"]);

export interface UnmappedAlignment {
    readonly targetUrl: string | null;
    readonly targetName: string | null;
    readonly reason: string;
}

interface SkillClaim {
    readonly uri: string;
    readonly name: string | null;
    /** The level attained, when a result names it on the 1 to 5 scale. */
    readonly level: number | null;
    readonly levelProblem?: string;
}

/** The skills a credential claims: achievement alignments (EQF levels aside), each with the level its result names. */
export function skillClaims(credential: Json): { claims: SkillClaim[]; eqfLevel: number | undefined } {
    const subject = (credential.credentialSubject ?? {}) as Json;
    const achievement = (subject.achievement ?? {}) as Json;
    const levelOf = new Map<string, string>();
    for (const description of objects(achievement.resultDescription))
        for (const level of objects(description.rubricCriterionLevel))
            if (text(level.id) && text(level.level)) levelOf.set(level.id as string, level.level as string);
    const achieved = new Map<string, string>();
    for (const result of objects(subject.result))
        for (const alignment of objects(result.alignment)) {
            const level = text(result.achievedLevel) && levelOf.get(result.achievedLevel as string);
            if (text(alignment.targetUrl) && level) achieved.set(alignment.targetUrl as string, level);
        }
    let eqfLevel: number | undefined;
    const claims = new Map<string, SkillClaim>();
    for (const alignment of [...objects(achievement.alignment), ...objects(subject.result).flatMap((r) => objects(r.alignment))]) {
        const uri = text(alignment.targetUrl);
        if (!uri) continue;
        const eqf = EQF.exec(uri);
        if (eqf) {
            eqfLevel = Number(eqf[1]);
            continue;
        }
        if (claims.has(uri)) continue;
        const raw = achieved.get(uri);
        const level = raw !== undefined && /^[1-5]$/.test(raw) ? Number(raw) : null;
        const levelProblem =
            raw === undefined
                ? "no level: the credential names the skill but no result with the level attained"
                : level === null
                  ? `the level "${raw}" is not on the 1 to 5 proficiency scale`
                  : undefined;
        claims.set(uri, { uri, name: text(alignment.targetName) ?? null, level, ...(levelProblem ? { levelProblem } : {}) });
    }
    return { claims: [...claims.values()], eqfLevel };
}

/** The learning outcomes an Open Badges criteria narrative lists as "- " lines (as Skillgraph writes them), else the narrative. */
function outcomesOf(narrative: string | undefined): string[] {
    if (!narrative) return [];
    const listed = narrative
        .split("\n")
        .filter((line) => line.startsWith("- "))
        .map((line) => line.slice(2).trim());
    return listed.length ? listed : [narrative];
}

/** Throws unless the credential's learner is the person: one of its email identities must be theirs. */
function checkLearner(credential: Json, email: string | null): void {
    const identities = objects(((credential.credentialSubject ?? {}) as Json).identifier).filter((i) => i.identityType === "emailAddress");
    if (identities.length === 0)
        throw badInput("The credential names no learner email, so it cannot be matched to you; ask its issuer for one issued to your email.", {
            field: "credential",
        });
    if (!email) throw badInput("Your profile has no email to match the credential's learner with; ask an admin to add it.", { field: "credential" });
    const mine = identities.some((i) =>
        identityMatchesEmail(
            {
                hashed: i.hashed === true,
                identityHash: typeof i.identityHash === "string" ? i.identityHash : "",
                identityType: "emailAddress",
                salt: text(i.salt),
            },
            email,
        ),
    );
    if (!mine) throw forbidden("This credential was issued to someone else: its learner's email is not yours.", { field: "credential" });
}

export async function importCredential(db: Db, issuing: Issuing, personId: string, jws: string, now: Date) {
    const verification = await verifyCredential(db, issuing, jws, now);
    if (!verification.valid) {
        const failed = verification.checks.filter((c) => !c.ok);
        throw badInput(`The credential does not verify: ${failed.map((c) => `${c.check}: ${c.reason ?? "failed"}`).join("; ")}.`, {
            field: "credential",
            checks: failed,
        });
    }
    const credential = verification.credential!;
    const issuerId = verification.issuerId!;
    if (issuing.organizationOf(issuerId) !== null)
        throw badInput("This deployment issued the credential: it is already in its holder's wallet here.", { field: "credential" });
    const { claims, eqfLevel } = skillClaims(credential);
    const [context] = await readRows<{ personFound: boolean; email: string | null; skills: { uri: string; skillId: string; name: string }[] }>(
        db,
        "credentials/read-import-context",
        { personId, uris: claims.map((c) => c.uri) },
    );
    if (!context.personFound) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    checkLearner(credential, context.email);

    const skillByUri = new Map(context.skills.map((s) => [s.uri, s]));
    const unmapped: UnmappedAlignment[] = [];
    const skills: { skillId: string; name: string; uri: string; level: number }[] = [];
    for (const claim of claims) {
        const skill = skillByUri.get(claim.uri);
        if (!skill) unmapped.push({ targetUrl: claim.uri, targetName: claim.name, reason: "no skill in this graph has this URI" });
        else if (claim.level === null) unmapped.push({ targetUrl: claim.uri, targetName: claim.name, reason: claim.levelProblem! });
        else skills.push({ skillId: skill.skillId, name: skill.name, uri: claim.uri, level: claim.level });
    }

    const subject = credential.credentialSubject as Json;
    const achievement = (subject.achievement ?? {}) as Json;
    const issuer = (typeof credential.issuer === "object" ? credential.issuer : {}) as Json;
    const eu = (achievement.euMicroCredential ?? {}) as Json;
    const achievementId = text(achievement.id) ?? issuerId;
    const title = text(achievement.name) ?? text(credential.name) ?? "Imported credential";
    const status = credential.credentialStatus as BitstringStatusListEntry | undefined;
    const credentialProperties = {
        title,
        description: text(achievement.description) ?? null,
        learningOutcomes: outcomesOf(text((achievement.criteria as Json | undefined)?.narrative)),
        importedFrom: issuerId,
        issuerName: text(issuer.name) ?? issuerId,
        achievementId,
        url: /^https?:\/\//.test(achievementId) ? achievementId : null,
        eqfLevel: eqfLevel ?? null,
        ects: number(achievement.creditsAvailable) ?? null,
        workloadHours: number(eu.workloadHours) ?? null,
        language: text(achievement.inLanguage) ?? null,
        assessmentType: ASSESSMENT_TYPES.has(String(eu.assessmentType)) ? eu.assessmentType : null,
        participationForm: DELIVERY_FORMATS.has(String(eu.participationForm)) ? eu.participationForm : null,
        qualityAssurance: text(eu.qualityAssurance) ?? null,
        identityVerification: text(eu.identityVerification) ?? null,
    };
    const row = await writeOne<{ credentialId: string; issuedAt: string; changed: boolean }>(
        db,
        "credentials/write-imported-holding",
        {
            personId,
            documentId: text(credential.id) ?? createHash("sha256").update(jws).digest("hex"),
            credential: {
                id: `imported-${createHash("sha256").update(`${issuerId} ${achievementId}`).digest("hex").slice(0, 24)}`,
                properties: credentialProperties,
            },
            skills: skills.map(({ skillId, level }) => ({ skillId, level })),
            holding: {
                issuedAt: credential.validFrom,
                expiresAt: credential.validUntil ?? null,
                properties: {
                    importedFrom: issuerId,
                    importedIssuerName: credentialProperties.issuerName,
                    importedJws: jws.trim(),
                    importedStatusList: status?.statusListCredential ?? null,
                    importedStatusIndex: status ? Number(status.statusListIndex) : null,
                },
            },
        },
        personId,
    );
    if (!row) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    return {
        holdingId: holdingId({ personId, credentialId: row.credentialId, issuedAt: row.issuedAt }),
        alreadyImported: !row.changed,
        credentialId: row.credentialId,
        title,
        issuer: { id: issuerId, name: credentialProperties.issuerName },
        skills,
        unmappedAlignments: unmapped,
    };
}

/**
 * Reads again the status list of every imported holding still counted, and revokes here what its issuer revoked there
 * (from now on it counts nowhere). A list that cannot be read leaves its holdings as they are, counted as unavailable.
 */
export async function recheckImportedCredentials(db: Db, issuing: Issuing, now: Date, limit = 10_000) {
    const rows = await readRows<{ personId: string; credentialId: string; issuedAt: string; jws: string }>(db, "credentials/read-imported-holdings", {
        limit: neo4j.int(limit),
    });
    let revoked = 0;
    let unavailable = 0;
    for (const row of rows) {
        const result = await verifyCredential(db, issuing, row.jws, now);
        const status = result.checks.find((c) => c.check === "status");
        if (status && !status.ok && (status.reason === "revoked" || status.reason === "suspended")) {
            await revokeCredential(
                db,
                { holding: row, organizationId: null, anyone: true, reason: `${status.reason} by its issuer ${result.issuerId ?? ""}`.trim() },
                now,
            );
            revoked += 1;
        } else if (status && !status.ok) unavailable += 1;
    }
    return { checked: rows.length, revoked, unavailable };
}
