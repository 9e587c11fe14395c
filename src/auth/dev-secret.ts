import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import type { Config } from "../config";
import type { AuthSettings } from "./verify-token";

/** Outside production, without SKILLGRAPH_JWT_SECRET or SKILLGRAPH_JWKS_URL, tokens are signed with the development secret. */
export function usesDevelopmentSecret(config: Config): boolean {
    return !config.production && !config.auth.secret && !config.auth.jwksUrl;
}

/**
 * The API and `npm run token` then share a random secret kept in the local Neo4j folder (git-ignored), so development
 * tokens work with no setup.
 */
export function resolveAuthSettings(config: Config): AuthSettings {
    const { auth } = config;
    if (!usesDevelopmentSecret(config)) return auth;
    const file = path.join(config.localNeo4j.home, "jwt-secret");
    if (!existsSync(file)) {
        mkdirSync(config.localNeo4j.home, { recursive: true });
        writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    }
    return { ...auth, secret: readFileSync(file, "utf8").trim() };
}

export interface DevelopmentClaims {
    readonly sub: string;
    readonly roles: readonly string[];
    readonly org?: string;
    readonly orgUnits?: readonly string[];
}

/**
 * A development token (HS256 with the shared secret, with the configured issuer and audience) as `npm run token` mints
 * it; `expires` is a jose time span such as "8h", or an instant in epoch seconds.
 */
export async function mintDevelopmentToken(auth: AuthSettings & { secret: string }, claims: DevelopmentClaims, expires: string | number): Promise<string> {
    let jwt = new SignJWT({ ...claims }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(expires);
    if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
    if (auth.audience) jwt = jwt.setAudience(auth.audience);
    return jwt.sign(new TextEncoder().encode(auth.secret));
}
