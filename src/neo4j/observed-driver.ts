/**
 * The driver as the API uses it: every managed transaction (session.executeRead / executeWrite, which both the
 * hand-written queries and @neo4j/graphql's generated ones run in) reports the retries the driver otherwise makes
 * silently after transient errors, and runs in a span of its own unless a named query's span already covers it.
 */
import { context, createContextKey } from "@opentelemetry/api";
import type { Driver, Session } from "neo4j-driver";
import { inSpan } from "../tracing";

export type TransactionMode = "read" | "write";

/** Set by a named query's span (read-rows.ts `timed`), so that its transaction does not open a second one. */
export const NAMED_QUERY = createContextKey("skillgraph.named-query");

const MANAGED = { executeRead: "read", executeWrite: "write" } as const;

type Work = (tx: unknown) => unknown;

function observedSession(session: Session, onRetry: (mode: TransactionMode) => void): Session {
    return new Proxy(session, {
        get(target, property) {
            const value: unknown = Reflect.get(target, property, target);
            if (typeof value !== "function") return value;
            const mode = MANAGED[property as keyof typeof MANAGED];
            if (!mode) return (value as (...args: unknown[]) => unknown).bind(target);
            return (work: Work, config?: unknown) => {
                let attempts = 0;
                const counted = (tx: unknown) => {
                    if (attempts++ > 0) onRetry(mode);
                    return work(tx);
                };
                const run = () => (value as (work: Work, config?: unknown) => Promise<unknown>).call(target, counted, config);
                if (context.active().getValue(NAMED_QUERY)) return run();
                return inSpan(`neo4j ${mode} transaction`, { "db.system.name": "neo4j", "db.operation.name": String(property) }, async (span) => {
                    try {
                        return await run();
                    } finally {
                        span.setAttribute("skillgraph.transaction.retries", Math.max(0, attempts - 1));
                    }
                });
            };
        },
    });
}

/** Wraps the driver so that its sessions report retries to `onRetry` (the metrics) and are traced. */
export function observedDriver(driver: Driver, onRetry: (mode: TransactionMode) => void): Driver {
    return new Proxy(driver, {
        get(target, property) {
            if (property === "session") return (config?: Parameters<Driver["session"]>[0]) => observedSession(target.session(config), onRetry);
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
    });
}
