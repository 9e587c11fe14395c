/**
 * Open Badges 3.0 OpenBadgeCredential documents (OB 3.0 §8.1 AchievementCredential, on the W3C VC Data Model 2.0),
 * carrying the EU micro-credential elements (Council Recommendation 2022/C 243/02, Annex I). Pure: plain JSON out,
 * unsecured (secure it with signCredentialJws).
 *
 * Where each Annex I element goes:
 * - learner identification: credentialSubject.id and/or credentialSubject.identifier (OB IdentityObject; an email is
 *   salted and hashed, §B.1.13 IdentityHash)
 * - title: name and achievement.name; awarding body and issuer country or region: issuer (Profile, address)
 * - date of issue: validFrom and awardedDate; learning outcomes: achievement.criteria.narrative, and an alignment per
 *   certified skill (ESCO / O*NET URI)
 * - notional workload in ECTS: achievement.creditsAvailable and credentialSubject.creditsEarned; in hours: extension
 * - EQF level: an achievement alignment to the EQF vocabulary (http://data.europa.eu/snb/eqf/<level>)
 * - grade: a Result with its ResultDescription; language: achievement.inLanguage
 * - type of assessment, form of participation, quality assurance, identity verification, prerequisites,
 *   stackability, further information: the extension object achievement.euMicroCredential (below)
 * The extension uses no extra JSON-LD context: its terms fall under the VC 2.0 context's @vocab
 * (https://www.w3.org/ns/credentials/issuer-dependent#), VC Data Model 2.0 §5.2, which is enough for JSON processing.
 */
import { createHash } from "node:crypto";
import { badInput } from "../errors";
import { type BitstringStatusListEntry, type StatusPurpose, statusListEntry } from "./status-list";

export const OB3_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"] as const;

/** An OpenBadgeCredential as plain JSON. */
export type OpenBadgeCredential = Record<string, unknown> & {
    readonly "@context": readonly string[];
    readonly id: string;
    readonly type: readonly string[];
    readonly credentialSubject: Record<string, unknown> & { readonly achievement: Record<string, unknown> & { readonly id: string } };
};

export interface IssuerProfileInput {
    /** A stable URL where the profile is published. */
    readonly id: string;
    readonly name: string;
    /** The awarding body's home page. */
    readonly url: string;
    readonly email?: string;
    readonly description?: string;
    /** EU "country(ies)/region(s) of the issuer": country name, ISO 3166-1 alpha-2 code, region. */
    readonly country?: { readonly name?: string; readonly code?: string; readonly region?: string };
}

export interface CertifiedSkill {
    /** The ESCO or O*NET URI, used as the alignment's targetUrl. */
    readonly uri: string;
    readonly name: string;
    readonly framework: "ESCO" | "O*NET";
    /** The framework's code (O*NET element id); for ESCO the URI's last segment when absent. */
    readonly code?: string;
    readonly description?: string;
    /** The level certified, on the level scale. */
    readonly level: number;
}

export interface LearnerInput {
    /** A URI the learner controls (DID, profile URL). */
    readonly id?: string;
    /** Hashed with the salt as sha256(lower-cased email + salt); the salt is published beside it (OB §B.1.13). */
    readonly email?: { readonly address: string; readonly salt: string };
    /** An id the issuer knows the learner by (e.g. a partner's learner number), in plain text. */
    readonly externalId?: { readonly value: string; readonly identityType?: string };
    readonly name?: string;
}

export interface LevelScale {
    readonly name: string;
    readonly levels: readonly { readonly level: number; readonly name: string }[];
}

/** Skillgraph's proficiency scale (README, "Proficiency levels"). */
export const PROFICIENCY_SCALE: LevelScale = {
    name: "Skillgraph proficiency level",
    levels: [
        { level: 1, name: "novice" },
        { level: 2, name: "advanced beginner" },
        { level: 3, name: "competent" },
        { level: 4, name: "proficient" },
        { level: 5, name: "expert" },
    ],
};

/** The EU micro-credential elements Skillgraph holds beyond title, issuer, dates and outcomes (Annex I). */
export interface EuElementsInput {
    readonly workloadHours?: number;
    readonly ects?: number;
    /** 1 to 8. */
    readonly eqfLevel?: number;
    readonly assessmentType?: string;
    readonly participationForm?: string;
    readonly qualityAssurance?: string;
    /** "Supervision and identity verification during assessment" (optional element). */
    readonly identityVerification?: string;
    /** OB resultType of the grade scale: LetterGrade, Percent, ... (default LetterGrade). */
    readonly grade?: { readonly value: string; readonly resultType?: string; readonly allowedValues?: readonly string[] };
    /** BCP 47 language tag, e.g. "en" or "de-AT". */
    readonly language?: string;
    readonly prerequisites?: readonly string[];
    readonly stackability?: string;
    readonly furtherInformation?: string;
}

export interface OpenBadgeInput {
    /** The credential's id: a URL or urn:uuid. */
    readonly id: string;
    readonly issuer: IssuerProfileInput;
    readonly learner: LearnerInput;
    readonly validFrom: Date | string;
    readonly validUntil?: Date | string | null;
    readonly achievement: {
        /** URL or urn:uuid of the credential definition (the same for every holder). */
        readonly id: string;
        readonly name: string;
        readonly description: string;
        /** OB achievementType (default MicroCredential). */
        readonly achievementType?: string;
        readonly learningOutcomes: readonly string[];
        /** A page describing the criteria. */
        readonly criteriaUrl?: string;
        readonly skills: readonly CertifiedSkill[];
        readonly fieldOfStudy?: string;
        readonly tags?: readonly string[];
        /** Skillgraph's own id of the credential, as an otherIdentifier of type systemId. */
        readonly systemId?: string;
    };
    readonly levelScale?: LevelScale;
    readonly eu?: EuElementsInput;
    /** The holding's bit in the issuer's status list (BitstringStatusListEntry). */
    readonly status?: { readonly listUrl: string; readonly index: number; readonly purpose?: StatusPurpose };
}

const isUri = (s: string) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) || /^https?:\/\/[^\s/]+\S*$/.test(s);
const LANGUAGE_TAG = /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

function requireUri(value: string, field: string): void {
    if (!isUri(value)) throw badInput(`${field} "${value}" must be an http(s) URL or a urn:uuid.`, { field, allowed: "an http(s) URL or urn:uuid:<uuid>" });
}

function isoDate(value: Date | string, field: string): string {
    const date = typeof value === "string" ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) throw badInput(`${field} "${String(value)}" is not a date.`, { field, allowed: "an ISO 8601 date-time" });
    return date.toISOString();
}

/** Drops undefined members, so absent optional elements leave no key behind. */
const compact = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const nonEmpty = <T>(list: readonly T[]): T[] | undefined => (list.length ? [...list] : undefined);

/** OB §B.1.13 IdentityHash: "sha256$" + hex SHA-256 of the identity followed by the salt. */
export const hashIdentity = (identity: string, salt: string) =>
    `sha256$${createHash("sha256")
        .update(identity + salt, "utf8")
        .digest("hex")}`;

/** Whether an IdentityObject names this email (lower-cased, as buildOpenBadgeCredential hashes it). */
export function identityMatchesEmail(identity: { hashed: boolean; identityHash: string; identityType: string; salt?: string }, email: string): boolean {
    if (identity.identityType !== "emailAddress") return false;
    const normal = email.trim().toLowerCase();
    return identity.hashed ? identity.identityHash.toLowerCase() === hashIdentity(normal, identity.salt ?? "") : identity.identityHash.toLowerCase() === normal;
}

function learnerIdentifiers(learner: LearnerInput) {
    const ids: Record<string, unknown>[] = [];
    if (learner.email) {
        const address = learner.email.address.trim().toLowerCase();
        if (!address.includes("@")) throw badInput(`learner.email "${learner.email.address}" is not an email address.`, { field: "learner.email.address" });
        ids.push({
            type: "IdentityObject",
            hashed: true,
            identityHash: hashIdentity(address, learner.email.salt),
            identityType: "emailAddress",
            salt: learner.email.salt,
        });
    }
    if (learner.externalId)
        ids.push({
            type: "IdentityObject",
            hashed: false,
            identityHash: learner.externalId.value,
            identityType: learner.externalId.identityType ?? "sourcedId",
        });
    if (learner.name) ids.push({ type: "IdentityObject", hashed: false, identityHash: learner.name, identityType: "name" });
    if (learner.id) requireUri(learner.id, "learner.id");
    if (!learner.id && ids.length === 0)
        throw badInput("The learner has no identification: give an id, an email (hashed with a salt), an external id or a name.", { field: "learner" });
    return ids;
}

function skillAlignment(skill: CertifiedSkill) {
    requireUri(skill.uri, "achievement.skills.uri");
    return compact({
        type: ["Alignment"],
        targetName: skill.name,
        targetUrl: skill.uri,
        targetDescription: skill.description,
        targetFramework: skill.framework,
        targetType: skill.framework === "ESCO" ? "ext:ESCOSkill" : "ext:ONetElement",
        targetCode: skill.code ?? (skill.framework === "ESCO" ? skill.uri.split("/").pop() : undefined),
    });
}

function eqfAlignment(level: number) {
    if (!Number.isInteger(level) || level < 1 || level > 8)
        throw badInput(`eu.eqfLevel ${level} is not an EQF level.`, { field: "eu.eqfLevel", allowed: "an integer from 1 to 8" });
    return {
        type: ["Alignment"],
        targetName: `EQF level ${level}`,
        targetUrl: `http://data.europa.eu/snb/eqf/${level}`,
        targetFramework: "European Qualifications Framework",
        targetType: "ext:EQFLevel",
        targetCode: String(level),
    };
}

/** The extension object for the Annex I elements OB 3.0 has no property for; undefined when there are none. */
function euExtension(eu: EuElementsInput) {
    const extension = compact({
        type: "EuMicroCredentialElements",
        recommendation: "Council Recommendation 2022/C 243/02, Annex I",
        workloadHours: eu.workloadHours,
        creditSystem: eu.ects === undefined ? undefined : "ECTS",
        assessmentType: eu.assessmentType,
        participationForm: eu.participationForm,
        qualityAssurance: eu.qualityAssurance,
        identityVerification: eu.identityVerification,
        prerequisites: eu.prerequisites && nonEmpty(eu.prerequisites),
        stackability: eu.stackability,
        furtherInformation: eu.furtherInformation,
    });
    return Object.keys(extension).length > 2 ? extension : undefined;
}

/** OB §B.1.1 Achievement with its result descriptions, and the subject's results (OB §B.1.16 Result). */
function achievementAndResults(input: OpenBadgeInput) {
    const { achievement: a, eu = {} } = input;
    const scale = input.levelScale ?? PROFICIENCY_SCALE;
    requireUri(a.id, "achievement.id");
    if (eu.ects !== undefined && !(eu.ects >= 0)) throw badInput(`eu.ects ${eu.ects} must be 0 or more.`, { field: "eu.ects" });
    if (eu.language !== undefined && !LANGUAGE_TAG.test(eu.language))
        throw badInput(`eu.language "${eu.language}" is not a language tag such as "en" or "de-AT".`, {
            field: "eu.language",
            allowed: "a BCP 47 tag: language, optional script, optional region",
        });

    const levelId = (level: number) => `${a.id}#level-${level}`;
    const proficiency = {
        id: `${a.id}#proficiency`,
        type: ["ResultDescription"],
        name: scale.name,
        resultType: "RubricCriterionLevel",
        rubricCriterionLevel: scale.levels.map((l) => ({ id: levelId(l.level), type: ["RubricCriterionLevel"], name: l.name, level: String(l.level) })),
    };
    const results: Record<string, unknown>[] = a.skills.map((skill) => {
        if (!scale.levels.some((l) => l.level === skill.level))
            throw badInput(`The level ${skill.level} of ${skill.name} is not on the scale "${scale.name}".`, {
                field: "achievement.skills.level",
                allowed: scale.levels.map((l) => l.level).join(", "),
            });
        return { type: ["Result"], resultDescription: proficiency.id, achievedLevel: levelId(skill.level), alignment: [skillAlignment(skill)] };
    });
    const descriptions: Record<string, unknown>[] = a.skills.length ? [proficiency] : [];
    if (eu.grade) {
        const grade = compact({
            id: `${a.id}#grade`,
            type: ["ResultDescription"],
            name: "Grade",
            resultType: eu.grade.resultType ?? "LetterGrade",
            allowedValue: eu.grade.allowedValues && nonEmpty(eu.grade.allowedValues),
        });
        descriptions.push(grade);
        results.push({ type: ["Result"], resultDescription: grade.id, value: eu.grade.value });
    }

    const alignment = [...a.skills.map(skillAlignment), ...(eu.eqfLevel === undefined ? [] : [eqfAlignment(eu.eqfLevel)])];
    const achievement = compact({
        id: a.id,
        type: ["Achievement"],
        achievementType: a.achievementType ?? "MicroCredential",
        name: a.name,
        description: a.description,
        criteria: compact({
            id: a.criteriaUrl,
            narrative: a.learningOutcomes.length ? `Learning outcomes:\n\n${a.learningOutcomes.map((o) => `- ${o}`).join("\n")}` : undefined,
        }),
        alignment: nonEmpty(alignment),
        resultDescription: nonEmpty(descriptions),
        creditsAvailable: eu.ects,
        fieldOfStudy: a.fieldOfStudy,
        inLanguage: eu.language,
        tag: a.tags && nonEmpty(a.tags),
        otherIdentifier: a.systemId === undefined ? undefined : [{ type: "IdentifierEntry", identifier: a.systemId, identifierType: "systemId" }],
        euMicroCredential: euExtension(eu),
    });
    return { achievement, results };
}

/** OB §B.1.14 Profile of the awarding body, with its country or region as an Address. */
export function buildIssuerProfile(issuer: IssuerProfileInput): Record<string, unknown> {
    requireUri(issuer.id, "issuer.id");
    const c = issuer.country;
    return compact({
        id: issuer.id,
        type: ["Profile"],
        name: issuer.name,
        url: issuer.url,
        email: issuer.email,
        description: issuer.description,
        address: c && compact({ type: ["Address"], addressCountry: c.name, addressCountryCode: c.code, addressRegion: c.region }),
    });
}

/** OB 3.0 §8.1 / VC Data Model 2.0 §4: an OpenBadgeCredential for one holding, unsecured. */
export function buildOpenBadgeCredential(input: OpenBadgeInput): OpenBadgeCredential {
    requireUri(input.id, "id");
    const validFrom = isoDate(input.validFrom, "validFrom");
    const validUntil = input.validUntil == null ? undefined : isoDate(input.validUntil, "validUntil");
    if (validUntil !== undefined && validUntil <= validFrom)
        throw badInput(`validUntil ${validUntil} is not after validFrom ${validFrom}.`, { field: "validUntil", allowed: "a date after validFrom" });
    const { achievement, results } = achievementAndResults(input);
    if (input.status) requireUri(input.status.listUrl, "status.listUrl");
    const credentialStatus: BitstringStatusListEntry | undefined =
        input.status && statusListEntry(input.status.listUrl, input.status.index, input.status.purpose);
    return compact({
        "@context": [...OB3_CONTEXT],
        id: input.id,
        type: ["VerifiableCredential", "OpenBadgeCredential"],
        name: input.achievement.name,
        description: input.achievement.description,
        issuer: buildIssuerProfile(input.issuer),
        validFrom,
        validUntil,
        awardedDate: validFrom,
        credentialSubject: compact({
            id: input.learner.id,
            type: ["AchievementSubject"],
            identifier: nonEmpty(learnerIdentifiers(input.learner)),
            achievement,
            creditsEarned: input.eu?.ects,
            result: nonEmpty(results),
        }),
        credentialStatus,
    });
}

/**
 * A stack and its parts as one document (CLR 2.0 style). OB 3.0 has no "is part of" relation (Achievement.related
 * means another edition of the same achievement), and the CLR 2.0 schema is not among the official files we validate
 * against, so the stack is an OpenBadgeCredential (it validates against the OB 3.0 schema) whose credentialSubject
 * adds the two ClrSubject properties of CLR 2.0 §B.1: `verifiableCredential` (the part credentials, each one an
 * OpenBadgeCredential) and `association` (CLR 2.0 Association, associationType "isPartOf", from each part's
 * achievement to the stack's). The whole bundle is secured by one signature.
 */
export function buildStackBundle(stack: OpenBadgeInput, parts: readonly OpenBadgeCredential[]): OpenBadgeCredential {
    if (parts.length === 0) throw badInput("A stack bundle needs at least one part credential.", { field: "parts" });
    const credential = buildOpenBadgeCredential(stack);
    const association = parts.map((part, i) => {
        const sourceId = part.credentialSubject?.achievement?.id;
        if (typeof sourceId !== "string" || !part.type?.includes("OpenBadgeCredential"))
            throw badInput(`Part ${i} is not an OpenBadgeCredential with an achievement id: build it with buildOpenBadgeCredential.`, { field: `parts.${i}` });
        return { type: "Association", associationType: "isPartOf", sourceId, targetId: credential.credentialSubject.achievement.id };
    });
    return { ...credential, credentialSubject: { ...credential.credentialSubject, verifiableCredential: [...parts], association } };
}
