/**
 * Bearer token verification: HS256 with a shared secret (development), or keys from a JWKS URL (production). The
 * verified claims become a Principal; a missing header is anonymous, a bad token is UNAUTHENTICATED (never anonymous).
 */
import { type JWTPayload, type JWTVerifyGetKey, createRemoteJWKSet, jwtVerify } from "jose";
import { ANONYMOUS, type Principal, principalFromClaims, unauthenticated } from "./principal";

export interface AuthSettings {
    /** Shared HS256 secret (at least 32 characters). */
    readonly secret: string | null;
    /** JWKS URL (RS256/ES256 keys) for production identity providers. */
    readonly jwksUrl: string | null;
    readonly issuer: string | null;
    readonly audience: string | null;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
    const key: Uint8Array | JWTVerifyGetKey | null = settings.jwksUrl
        ? createRemoteJWKSet(new URL(settings.jwksUrl))
        : settings.secret
          ? new TextEncoder().encode(settings.secret)
          : null;
    const options = {
        issuer: settings.issuer ?? undefined,
        audience: settings.audience ?? undefined,
        algorithms: settings.jwksUrl ? ["RS256", "ES256", "PS256", "EdDSA"] : ["HS256"],
    };
    return async (authorization) => {
        if (!authorization) return ANONYMOUS;
        const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
        if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
        if (!key) throw unauthenticated("This server accepts no tokens: neither SKILLGRAPH_JWT_SECRET nor SKILLGRAPH_JWKS_URL is set.");
        let payload: JWTPayload;
        try {
            // jose takes a key or a key resolver; the two overloads are called apart for the type checker.
            payload = (typeof key === "function" ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options)).payload;
        } catch (error) {
            const reason =
                (error as { code?: string }).code === "ERR_JWT_EXPIRED" ? "it has expired" : "it is not valid here (signature, issuer, audience or format)";
            throw unauthenticated(`The bearer token was refused: ${reason}. Ask for a new token (npm run token in development).`);
        }
        return principalFromClaims(payload);
    };
}
