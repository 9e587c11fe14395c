import type { Driver, Session } from "neo4j-driver";

export interface QueryCounter {
    readonly driver: Driver;
    /** Queries sent since the last reset: executeQuery calls, session runs and managed-transaction work. */
    count(): number;
    reset(): void;
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
                const value = Reflect.get(target, prop, target);
                if (typeof value !== "function") return value;
                const bound = value.bind(target);
                return ["run", "executeRead", "executeWrite", "beginTransaction"].includes(String(prop)) ? counted(bound) : bound;
            },
        });
    const wrapped = new Proxy(driver, {
        get(target, prop) {
            const value = Reflect.get(target, prop, target);
            if (typeof value !== "function") return value;
            const bound = value.bind(target);
            if (prop === "executeQuery") return counted(bound);
            if (prop === "session") return (...args: Parameters<Driver["session"]>) => wrapSession(bound(...args));
            return bound;
        },
    });
    return { driver: wrapped, count: () => count, reset: () => (count = 0) };
}
