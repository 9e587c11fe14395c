import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config";
import type { AuthSettings } from "./verify-token";

/**
 * Outside production, without SKILLGRAPH_JWT_SECRET or SKILLGRAPH_JWKS_URL, the API and `npm run token` share a random
 * secret kept in the local Neo4j folder (git-ignored), so development tokens work with no setup.
 */
export function resolveAuthSettings(config: Config): AuthSettings {
    const { auth } = config;
    if (config.production || auth.secret || auth.jwksUrl) return auth;
    const file = path.join(config.localNeo4j.home, "jwt-secret");
    if (!existsSync(file)) {
        mkdirSync(config.localNeo4j.home, { recursive: true });
        writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    }
    return { ...auth, secret: readFileSync(file, "utf8").trim() };
}
