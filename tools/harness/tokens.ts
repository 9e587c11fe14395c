import { SignJWT } from "jose";
import type { AuthSettings } from "../../src/auth/verify-token";

/** The secret every test API verifies tokens with. */
export const TEST_AUTH: AuthSettings = { secret: "skillgraph-test-secret-0123456789abcdef", jwksUrl: null, issuer: null, audience: null };

export interface TokenClaims {
    readonly sub: string;
    readonly roles: string[];
    readonly org?: string;
    readonly orgUnits?: string[];
}

/** A signed bearer token for tests; `expires` is a jose time span such as "1h" or a past instant in seconds. */
export async function mintToken(claims: TokenClaims, expires: string | number = "1h", secret = TEST_AUTH.secret!): Promise<string> {
    return new SignJWT({ ...claims }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(expires).sign(new TextEncoder().encode(secret));
}

export const adminToken = () => mintToken({ sub: "test:admin", roles: ["admin"] });
