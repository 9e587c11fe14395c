import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import type { Logger } from "../logger";
import { cypher } from "../neo4j/cypher-catalogue";

export type DatabaseState = "starting" | "up" | "down";

/** Driver codes that mean "no database to talk to", as opposed to a query or configuration fault. */
const UNREACHABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/**
 * The driver's own word for it (code N/A): a request waiting for a connection fails so when the pool of the server's
 * address was closed after the server stopped answering.
 */
const POOL_CLOSED = /^Pool is closed/;

/**
 * The driver's words when a socket to the server fails mid-write (EPIPE as the server goes down): it may come with code
 * ProtocolError rather than ServiceUnavailable (seen by CI's faults test).
 */
const CONNECTION_FAILED = /^Failed to connect to server/;

export const isUnreachable = (error: unknown): boolean =>
    error instanceof Neo4jError && (UNREACHABLE_CODES.has(error.code) || POOL_CLOSED.test(error.message) || CONNECTION_FAILED.test(error.message));

/**
 * What no wait cures: credentials refused, no such database, a server @neo4j/graphql cannot use (prepare throws its
 * own error for that). Anything else met while probing or preparing (unreachable, busy, a timeout) is retried.
 */
const isFatal = (error: unknown): boolean => (error instanceof Neo4jError ? /^Neo\.ClientError\.(Security|Database\.DatabaseNotFound)/.test(error.code) : true);

/** An error's message up to its first line break (the driver's span several lines); any other thrown value as text. */
const firstLine = (error: unknown): string => (error instanceof Error ? error.message.split("\n")[0] : String(error));

export interface DatabaseStatusOptions {
    readonly driver: Driver;
    readonly database: string;
    readonly log: Logger;
    /** Runs once, on the first successful probe, before the state becomes "up" (compatibility, constraints, demo). */
    readonly prepare?: () => Promise<void>;
    /** prepare failed for another reason than an unreachable database (wrong password, incompatible server). */
    readonly onFatal?: (error: unknown) => void;
    readonly probeIntervalMs?: number;
}

/**
 * Whether the database can serve requests. While it is not "up", the API refuses GraphQL requests at once with
 * UNAVAILABLE (no request waits on a dead connection), and a probe runs every second; the first probe that passes
 * (after `prepare`, at start-up) sets it "up" again. A request that meets an unreachable database reports it here.
 */
export class DatabaseStatus {
    private current: DatabaseState;
    private changedAt = new Date();
    private lastError: string | null = null;
    private prepared: boolean;
    private timer: NodeJS.Timeout | undefined;
    private probing = false;
    private stopped = false;

    constructor(private readonly options: DatabaseStatusOptions) {
        this.prepared = !options.prepare;
        this.current = options.prepare ? "starting" : "up";
        if (options.prepare) this.schedule(0);
    }

    get state(): DatabaseState {
        return this.current;
    }

    /** When the state last changed, as an ISO instant. */
    get since(): string {
        return this.changedAt.toISOString();
    }

    /** A request found the database unreachable: refuse the next ones until a probe passes. */
    reportUnreachable(error: unknown): void {
        if (this.current !== "up" || this.stopped) return;
        this.set("down", error);
        this.schedule(this.options.probeIntervalMs ?? 1000);
    }

    stop(): void {
        this.stopped = true;
        clearTimeout(this.timer);
    }

    private set(state: DatabaseState, error?: unknown): void {
        if (error !== undefined) this.lastError = firstLine(error);
        if (state === this.current) return;
        this.current = state;
        this.changedAt = new Date();
        const log = this.options.log;
        if (state === "up") log.info({ database: this.options.database }, "database available");
        else log.warn({ database: this.options.database, error: this.lastError }, "database unavailable: refusing requests with UNAVAILABLE until it answers");
    }

    private schedule(delayMs: number): void {
        if (this.stopped || this.probing) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.probe(), delayMs);
        this.timer.unref();
    }

    private async probe(): Promise<void> {
        this.probing = true;
        let retry = false;
        try {
            await probeOnce(this.options.driver, this.options.database, PROBE_TIMEOUT_MS);
            if (!this.prepared) {
                await this.options.prepare!();
                this.prepared = true;
            }
            this.lastError = null;
            this.set("up");
        } catch (error) {
            if (isFatal(error)) {
                this.stopped = true;
                this.options.onFatal?.(error);
            } else {
                this.set(this.current === "starting" ? "starting" : "down", error);
                retry = true;
            }
        } finally {
            this.probing = false;
        }
        if (retry) this.schedule(this.options.probeIntervalMs ?? 1000);
    }
}

/** A busy database is not a down one: the background probe waits longer than /health does. */
const PROBE_TIMEOUT_MS = 10_000;

/** One attempt, no driver retries: an auto-commit query with a timeout. */
export async function probeOnce(driver: Driver, database: string, timeoutMs = 2000): Promise<number> {
    const started = Date.now();
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
        await session.run(cypher("health/ping-database"), {}, { timeout: timeoutMs });
        return Date.now() - started;
    } finally {
        await session.close();
    }
}
