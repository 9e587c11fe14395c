/**
 * Who is asking (README, "Who may see and change what"). A request without a token is anonymous; a verified bearer
 * token's claims give the audiences:
 *   sub       the person id (employees; for other audiences, the client id used in logs and rate limits)
 *   roles     any of employee, planner, partner, admin
 *   org       the partner's organisation id (partners only)
 *   orgUnits  the org units a planner covers (each with every unit below it)
 */
import { SkillgraphError } from "../errors";

export const AUDIENCES = ["employee", "planner", "partner", "admin"] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Principal {
    readonly authenticated: boolean;
    readonly subject: string | null;
    readonly audiences: ReadonlySet<Audience>;
    /** The partner's organisation. */
    readonly organizationId: string | null;
    /** The org units a planner covers, as claimed (units below them are covered too). */
    readonly orgUnits: readonly string[];
}

export const ANONYMOUS: Principal = Object.freeze({ authenticated: false, subject: null, audiences: new Set<Audience>(), organizationId: null, orgUnits: [] });

export const unauthenticated = (message: string) => new SkillgraphError("UNAUTHENTICATED", message);
export const forbidden = (message: string, detail: Record<string, unknown> = {}) => new SkillgraphError("FORBIDDEN", message, detail);

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string" && item.length > 0);

/** The principal a verified token's claims describe; a token whose claims make no sense is refused, not narrowed. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
    const fix = "Ask for a new token (npm run token in development).";
    const { sub, roles, org, orgUnits } = claims;
    if (typeof sub !== "string" || sub.length === 0) throw unauthenticated(`The token has no subject (sub). ${fix}`);
    if (!isStringList(roles) || roles.length === 0) throw unauthenticated(`The token has no roles claim (a list of ${AUDIENCES.join(", ")}). ${fix}`);
    const unknown = roles.find((role) => !(AUDIENCES as readonly string[]).includes(role));
    if (unknown) throw unauthenticated(`The token names an unknown role "${unknown}" (allowed: ${AUDIENCES.join(", ")}). ${fix}`);
    if (roles.includes("partner") && (typeof org !== "string" || org.length === 0))
        throw unauthenticated(`A partner token needs the org claim (its organisation id). ${fix}`);
    if (roles.includes("planner") && (!isStringList(orgUnits) || orgUnits.length === 0))
        throw unauthenticated(`A planner token needs the orgUnits claim (the units covered). ${fix}`);
    return {
        authenticated: true,
        subject: sub,
        audiences: new Set(roles as Audience[]),
        organizationId: typeof org === "string" ? org : null,
        orgUnits: isStringList(orgUnits) ? orgUnits : [],
    };
}

export const is = (principal: Principal, audience: Audience) => principal.audiences.has(audience);
