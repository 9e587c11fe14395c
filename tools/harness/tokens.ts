import { type DevelopmentClaims, mintDevelopmentToken } from "../../src/auth/dev-secret";
import type { AuthSettings } from "../../src/auth/verify-token";

/** The secret every test API verifies tokens with. */
export const TEST_AUTH: AuthSettings = { secret: "skillgraph-test-secret-0123456789abcdef", jwksUrl: null, issuer: null, audience: null };

export type TokenClaims = DevelopmentClaims;

/** A signed bearer token for tests; `expires` is a jose time span such as "1h" or a past instant in seconds. */
export const mintToken = (claims: TokenClaims, expires: string | number = "1h", secret = TEST_AUTH.secret!): Promise<string> =>
    mintDevelopmentToken({ ...TEST_AUTH, secret }, claims, expires);

export const adminToken = () => mintToken({ sub: "test:admin", roles: ["admin"] });
