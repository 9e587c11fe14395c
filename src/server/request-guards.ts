/**
 * What runs before GraphQL on every /graphql request, in order: a request id, the service gate (database up, not
 * shutting down), the bearer token (verified once; the principal and, for planners, their expanded unit scope), then
 * the per-client rate limit. Refusals are GraphQL-shaped JSON with a code and the request id, like every other error.
 */
import { randomUUID } from "node:crypto";
import type { Context } from "@opentelemetry/api";
import { GraphQLError, type ValidationRule } from "graphql";
import type { NextFunction, Request, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { type Principal, is } from "../auth/principal";
import type { TokenVerifier } from "../auth/verify-token";
import { SkillgraphError } from "../errors";
import type { Logger } from "../logger";
import { type Db, readRows } from "../neo4j/read-rows";
import { type DatabaseStatus, isUnreachable } from "./database-status";

export interface RequestLocals {
    requestId: string;
    principal: Principal;
    /** A planner's covered units and every unit below them. */
    scope: ReadonlySet<string>;
    /** For the metrics: the GraphQL operation's name and outcome (ok or the first error code), or a refusal's code. */
    operation?: string;
    outcome?: string;
    /** query, mutation or subscription, once Apollo has resolved the operation. */
    operationType?: string;
    /** The request's trace context (src/server/request-tracing.ts). */
    traceContext?: Context;
}

export const locals = (res: Response) => res.locals as RequestLocals;

/** How a finished request ended: ok, its first error's code, or the HTTP status of a failure before GraphQL. */
export function requestOutcome(res: Response): string {
    return locals(res).outcome ?? (res.statusCode < 400 ? "ok" : `HTTP_${res.statusCode}`);
}

export function refuse(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    locals(res).outcome = code;
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: locals(res).requestId } }] });
}

export function requestId(req: Request, res: Response, next: NextFunction): void {
    const header = req.headers["x-request-id"];
    const id = typeof header === "string" && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
    locals(res).requestId = id;
    res.setHeader("x-request-id", id);
    next();
}

/**
 * Refuses at once, with 503 UNAVAILABLE and Retry-After, while the database is not up (no request waits on a dead
 * connection) and once the server is shutting down (Connection: close, so clients reconnect elsewhere).
 */
export function serviceGate(status: DatabaseStatus, shuttingDown: () => boolean) {
    return (_req: Request, res: Response, next: NextFunction): void => {
        if (shuttingDown()) {
            res.setHeader("connection", "close");
            return refuse(res, 503, "UNAVAILABLE", "The server is shutting down; retry in a moment.", { "retry-after": "1" });
        }
        if (status.state !== "up") {
            const why = status.state === "starting" ? "is not reachable yet" : "is unreachable";
            return refuse(res, 503, "UNAVAILABLE", `The database ${why}; the API reconnects by itself, retry shortly.`, { "retry-after": "1" });
        }
        next();
    };
}

export function authenticate(verify: TokenVerifier, db: Db, log: Logger, status?: DatabaseStatus) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
        let principal: Principal;
        try {
            principal = await verify(req.headers.authorization);
        } catch (error) {
            if (error instanceof SkillgraphError)
                return refuse(res, 401, "UNAUTHENTICATED", error.message, { "www-authenticate": 'Bearer realm="skillgraph"' });
            log.error({ err: error, requestId: locals(res).requestId }, "token verification failed");
            return refuse(res, 503, "UNAVAILABLE", "Tokens cannot be verified right now (the key set is unreachable); retry shortly.");
        }
        let scope: ReadonlySet<string> = new Set();
        if (is(principal, "planner")) {
            try {
                const [row] = await readRows<{ units: string[] }>(db, "auth/expand-org-unit-scope", { unitIds: principal.orgUnits });
                scope = new Set(row?.units ?? []);
            } catch (error) {
                log.warn({ err: error, requestId: locals(res).requestId }, "planner scope not read");
                if (isUnreachable(error)) status?.reportUnreachable(error);
                return refuse(res, 503, "UNAVAILABLE", "The database is unavailable; retry shortly.");
            }
        }
        Object.assign(locals(res), { principal, scope });
        next();
    };
}

/**
 * At most `perMinute` requests per client and minute (client: the token subject, else the IP address or IPv6 subnet); over it, 429
 * with RATE_LIMITED and Retry-After. In-process counters: behind several API processes, limit at the gateway too.
 */
export function limitRate(perMinute: number, onRefused: () => void = () => undefined) {
    return rateLimit({
        windowMs: 60_000,
        limit: perMinute,
        standardHeaders: "draft-7",
        legacyHeaders: false,
        keyGenerator: (req, res) => {
            const { principal } = locals(res);
            // IPv6 clients are counted per /56 subnet (ipKeyGenerator), so rotating addresses does not escape the limit.
            return principal?.subject ? `sub:${principal.subject}` : `ip:${ipKeyGenerator(req.ip ?? "")}`;
        },
        handler: (_req, res, _next, options) => {
            const seconds = Math.ceil(options.windowMs / 1000);
            onRefused();
            refuse(res, 429, "RATE_LIMITED", `Too many requests: at most ${perMinute} a minute per client. Retry in up to ${seconds} s.`, {
                "retry-after": String(seconds),
            });
        },
    });
}

/**
 * A connection's `aggregate` under an alias: @neo4j/graphql 7 answers it with null, a 500 for a non-null field (the
 * fuzz test found it). Refused before execution, naming the alias.
 */
export const unaliasedAggregates: ValidationRule = (context) => ({
    Field(node) {
        if (node.name.value === "aggregate" && node.alias && node.alias.value !== "aggregate")
            context.reportError(
                new GraphQLError(`Select aggregate without an alias (here "${node.alias.value}: aggregate"): the API cannot answer an aliased aggregate.`, {
                    nodes: [node],
                }),
            );
    },
});
