/**
 * Validation against the official Open Badges 3.0 JSON Schemas (OB 3.0 §B.1, JSON Schema 2019-09), read from the
 * unmodified copies in standards/openbadges-3.0/ (see its NOTICE.md). Compiled once, on first use; no network.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2019, { type ErrorObject, type ValidateFunction } from "ajv/dist/2019";
import addFormats from "ajv-formats";
import { projectRoot } from "../project-root";

/** The official schema copies, read from the project root like cypher/ (so ts-jest and dist/ read the same files). */
export const openBadgesStandardsDir = path.join(projectRoot, "src", "badges", "standards", "openbadges-3.0");

export interface SchemaError {
    /** JSON Pointer of the offending value, "" for the document itself. */
    readonly path: string;
    readonly message: string;
}

let validators: { credential: ValidateFunction; profile: ValidateFunction } | undefined;

function compiled() {
    if (!validators) {
        // strict: false: the official @context tuple (`items` array with `additionalItems`, no `maxItems`) trips Ajv's strictTuples.
        const ajv = new Ajv2019({ allErrors: true, strict: false });
        addFormats(ajv);
        const load = (file: string) => JSON.parse(readFileSync(path.join(openBadgesStandardsDir, file), "utf8")) as object;
        validators = { credential: ajv.compile(load("achievementcredential.schema.json")), profile: ajv.compile(load("profile.schema.json")) };
    }
    return validators;
}

const toErrors = (errors: ErrorObject[] | null | undefined, prefix = ""): SchemaError[] =>
    (errors ?? []).map((e) => ({
        path: prefix + e.instancePath,
        message: e.keyword === "required" ? `must have property "${String(e.params.missingProperty)}"` : (e.message ?? e.keyword),
    }));

/**
 * Validates an AchievementCredential / OpenBadgeCredential against achievementcredential.schema.json, and each
 * credential a stack bundle carries in credentialSubject.verifiableCredential (see buildStackBundle). Empty when valid.
 */
export function validateAchievementCredential(doc: unknown): SchemaError[] {
    const { credential } = compiled();
    const errors = credential(doc) ? [] : toErrors(credential.errors);
    const subject = (doc as { credentialSubject?: { verifiableCredential?: unknown } } | null)?.credentialSubject;
    const parts = Array.isArray(subject?.verifiableCredential) ? (subject.verifiableCredential as unknown[]) : [];
    parts.forEach((part, i) => {
        if (!credential(part)) errors.push(...toErrors(credential.errors, `/credentialSubject/verifiableCredential/${i}`));
    });
    return errors;
}

/** Validates a standalone issuer Profile (as published at the issuer's URL) against profile.schema.json. */
export function validateProfile(doc: unknown): SchemaError[] {
    const { profile } = compiled();
    return profile(doc) ? [] : toErrors(profile.errors);
}
