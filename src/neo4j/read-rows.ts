import { DEFAULT_EVIDENCE_POLICY, type EvidencePolicy } from "../domain/evidence";
import { context } from "@opentelemetry/api";
import { type Driver, type ManagedTransaction, isDate, isDateTime, isInt } from "neo4j-driver";
import type { ApiQueryName } from "../generated/cypher-names";
import { inSpan } from "../tracing";
import { cypher } from "./cypher-catalogue";
import { NAMED_QUERY } from "./observed-driver";

/** What a service needs to read: the driver, the database and the per-request transaction timeout. */
export interface Db {
    readonly driver: Driver;
    readonly database: string;
    readonly timeoutMs?: number;
    /** How far each evidence source counts (src/domain/evidence.ts); the default policy when absent. */
    readonly evidencePolicy?: EvidencePolicy;
    /** Told each named query's latency (the API's metrics), when given. */
    readonly observeQuery?: (name: string, seconds: number) => void;
}

/**
 * Runs a named query's work in a span named by its Cypher file (never its text) and tells db.observeQuery how long it
 * took, whether it succeeded or not.
 */
export function timed<T>(db: Db, name: string, work: () => Promise<T>): Promise<T> {
    const attributes = { "db.system.name": "neo4j", "db.namespace": db.database, "db.query.summary": name };
    return context.with(context.active().setValue(NAMED_QUERY, name), () =>
        inSpan(`cypher ${name}`, attributes, async () => {
            const started = process.hrtime.bigint();
            try {
                return await work();
            } finally {
                db.observeQuery?.(name, Number(process.hrtime.bigint() - started) / 1e9);
            }
        }),
    );
}

export const evidencePolicyOf = (db: Db): EvidencePolicy => db.evidencePolicy ?? DEFAULT_EVIDENCE_POLICY;

/** Neo4j values (integers, temporals) as plain JSON values: numbers and ISO-8601 strings. */
export function plain(value: unknown): unknown {
    if (isInt(value)) return (value as { toNumber(): number }).toNumber();
    if (isDateTime(value as object) || isDate(value as object)) return new Date(String(value)).toISOString();
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
}

/** Runs one named query from cypher/ on a reader and returns its rows as plain objects. */
export const readRows = <T>(db: Db, name: ApiQueryName, params: Record<string, unknown>): Promise<T[]> => runRows<T>(db, name, params, "READ");

/** Runs one named writing query from cypher/ in its own write transaction (retried on transient errors) and returns its rows. */
export const writeRows = <T>(db: Db, name: ApiQueryName, params: Record<string, unknown>): Promise<T[]> => runRows<T>(db, name, params, "WRITE");

async function runRows<T>(db: Db, name: ApiQueryName, params: Record<string, unknown>, mode: "READ" | "WRITE"): Promise<T[]> {
    // What driver.executeQuery does (its bookmark manager included), through a session so that retries are counted.
    const session = db.driver.session({ database: db.database, defaultAccessMode: mode, bookmarkManager: db.driver.executeQueryBookmarkManager });
    try {
        const config = db.timeoutMs ? { timeout: db.timeoutMs } : undefined;
        const work = (tx: ManagedTransaction) => tx.run(cypher(name), params);
        const { records } = await timed(db, name, () => (mode === "READ" ? session.executeRead(work, config) : session.executeWrite(work, config)));
        return records.map((record) => plain(record.toObject()) as T);
    } finally {
        await session.close();
    }
}
