import type { Driver, Session } from "neo4j-driver";

export interface QueryCounter {
    readonly driver: Driver;
    /** Queries sent since the last reset: executeQuery calls, session runs and managed-transaction work. */
    count(): number;
    reset(): void;
}

/** Any other property of the wrapped object; methods are bound to it (the driver's classes keep private state). */
function member(target: object, prop: string | symbol): unknown {
    const value: unknown = Reflect.get(target, prop, target);
    return typeof value === "function" ? value.bind(target) : value;
}

/**
 * Wraps a real driver so a test can count round trips to the database. Every query still goes to Neo4j; the wrapper
 * only counts executeQuery calls and, on sessions, auto-commit runs and transaction work (executeRead/executeWrite,
 * beginTransaction).
 */
export function countQueries(driver: Driver): QueryCounter {
    let count = 0;
    const counted = <F extends (...args: never[]) => unknown>(fn: F): F =>
        ((...args: Parameters<F>) => {
            count += 1;
            return fn(...args);
        }) as F;
    const wrapSession = (session: Session): Session =>
        new Proxy(session, {
            get(target, prop) {
                if (prop === "run" || prop === "executeRead" || prop === "executeWrite" || prop === "beginTransaction")
                    return counted(target[prop].bind(target));
                return member(target, prop);
            },
        });
    const wrapped = new Proxy(driver, {
        get(target, prop) {
            // The access log's batched write (src/use-cases/access-log.ts) runs off the request path: not the request's trip.
            if (prop === "executeQuery")
                return (...args: Parameters<Driver["executeQuery"]>) =>
                    typeof args[0] === "string" && args[0].includes(":AccessRecord")
                        ? target.executeQuery(...args)
                        : counted(target.executeQuery.bind(target))(...args);
            if (prop === "session") return (...args: Parameters<Driver["session"]>) => wrapSession(target.session(...args));
            return member(target, prop);
        },
    });
    return { driver: wrapped, count: () => count, reset: () => (count = 0) };
}
