/**
 * The access log (README, "Who may see and change what"): every read of a person's profile, gap or ranking by someone
 * other than themselves is recorded — who, with which audience, when, through which operation; never what was read.
 * Reads only queue a record (no round trip on the read path); the queue is written in one transaction every
 * `flushMs` or at `batchSize` records (cypher/people/write-access-records.cypher), the same (person, actor, operation)
 * once per batch. Records older than the retention are removed at most once an hour. A process stopping writes what
 * is queued; reading a log first writes this process's queue, so a person sees every read this process answered.
 */
import neo4j from "neo4j-driver";
import type { Logger } from "pino";
import type { Principal } from "../auth/principal";
import { type Db, readRows, writeRows } from "../neo4j/read-rows";

export interface AccessRecord {
    readonly personId: string;
    readonly actor: string;
    readonly audience: string;
    readonly operation: string;
    readonly at: string;
}

export interface AccessLogSettings {
    readonly retentionDays: number;
    readonly flushMs: number;
    readonly batchSize: number;
}

const HOUR = 3_600_000;
/** Records kept in memory at most while the database refuses them; older ones are dropped and logged. */
const MAX_QUEUED = 100_000;

/** The audience a principal reads as, for the record (as the Audience enum): the broadest one they hold. */
const audienceOf = (principal: Principal) =>
    ((["admin", "planner", "partner", "employee"] as const).find((a) => principal.audiences.has(a)) ?? "employee").toUpperCase();

export class AccessLog {
    private queue = new Map<string, AccessRecord>();
    private timer: NodeJS.Timeout | null = null;
    private flushing: Promise<void> = Promise.resolve();
    private lastRetention = 0;

    constructor(
        private readonly db: Db,
        private readonly settings: AccessLogSettings,
        private readonly log: Logger,
    ) {}

    /** Queues one record per person read by `principal` through `operation`, leaving out the person themselves. */
    saw(principal: Principal, operation: string, personIds: Iterable<string>, now: Date = new Date()): void {
        const actor = principal.subject ?? "anonymous";
        const audience = audienceOf(principal);
        for (const personId of personIds) {
            if (personId === principal.subject) continue;
            const key = `${personId}\u0000${actor}\u0000${operation}`;
            if (!this.queue.has(key)) this.queue.set(key, { personId, actor, audience, operation, at: now.toISOString() });
        }
        if (this.queue.size >= this.settings.batchSize) void this.flush();
        else if (this.queue.size > 0 && this.timer === null) {
            this.timer = setTimeout(() => void this.flush(), this.settings.flushMs);
            this.timer.unref();
        }
    }

    /** Writes what is queued (and, once an hour, removes expired records); resolves when written. */
    flush(): Promise<void> {
        this.flushing = this.flushing.then(() => this.write());
        return this.flushing;
    }

    private async write(): Promise<void> {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        const records = [...this.queue.values()];
        this.queue = new Map();
        try {
            if (records.length) await writeRows(this.db, "people/write-access-records", { records });
            if (Date.now() - this.lastRetention > HOUR) {
                this.lastRetention = Date.now();
                await this.removeExpired(new Date());
            }
        } catch (error) {
            // Kept for the next flush rather than lost; beyond the cap the oldest go, and the operator hears of it.
            for (const record of records.slice(-MAX_QUEUED + this.queue.size)) {
                const key = `${record.personId}\u0000${record.actor}\u0000${record.operation}`;
                if (!this.queue.has(key)) this.queue.set(key, record);
            }
            this.log.warn({ err: error, records: records.length, queued: this.queue.size }, "access log not written; will retry");
        }
    }

    /** Removes records older than the retention, 10,000 at a time; answers how many went. */
    async removeExpired(now: Date): Promise<number> {
        const cutoff = new Date(now.getTime() - this.settings.retentionDays * 86_400_000).toISOString();
        let removed = 0;
        for (;;) {
            const [row] = await writeRows<{ removed: number }>(this.db, "people/clear-expired-access-records", { cutoff, limit: neo4j.int(10_000) });
            removed += row.removed;
            if (row.removed < 10_000) return removed;
        }
    }

    /** A person's records, newest first, after writing this process's queue. */
    async read(personId: string, limit: number): Promise<AccessRecord[]> {
        await this.flush();
        return readRows<AccessRecord>(this.db, "people/read-access-records", { personId, limit: neo4j.int(limit) });
    }
}
