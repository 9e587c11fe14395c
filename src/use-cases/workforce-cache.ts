/**
 * The workforce index (src/domain/workforce-index.ts) of this API process, kept as fresh as the database.
 *
 * Every planner query first syncs it, with one cheap read (cypher/workforce/read-index-versions.cypher): the
 * 'workforce' version, which the mutation guard bumps when a generated mutation touches people, org units,
 * credentials, skills or teams (the index is rebuilt); the 'people' version, which the API's own writes about a person
 * (evidence, issued credentials) bump in their transaction while marking the person (only those people are re-read);
 * and count-store counts. When the index's own counts then differ from the database's, something wrote without
 * saying so (an import, a script): the index is rebuilt. Requests arriving during a sync wait for the next one, so an
 * answer reflects every write committed before the request came. Since the version check is a read, every replica
 * sees every write, whichever replica made it.
 */
import neo4j from "neo4j-driver";
import { type Db, evidencePolicyOf, readRows } from "../neo4j/read-rows";
import { countedLevel } from "../domain/evidence";
import { completionParam } from "../neo4j/evidence-params";
import { type IndexedPerson, type IndexedUnit, WorkforceIndex } from "../domain/workforce-index";

interface VersionRow {
    readonly workforce: number;
    readonly people: number;
    readonly structure: string;
    readonly persons: number;
    readonly evidence: number;
    readonly holdings: number;
    readonly completions: number;
    readonly memberships: number;
    readonly roleLinks: number;
    readonly teamLinks: number;
}

/** People read per query while building. */
const BUILD_PAGE = 5000;

const countsAgree = (index: WorkforceIndex, v: VersionRow) =>
    index.totals.persons === v.persons &&
    index.totals.evidence === v.evidence &&
    index.totals.holdings === v.holdings &&
    index.totals.completions === v.completions &&
    index.totals.memberships === v.memberships &&
    index.totals.roleLinks === v.roleLinks &&
    index.totals.teamLinks === v.teamLinks;

interface Held {
    readonly index: WorkforceIndex;
    readonly workforce: number;
    readonly structure: string;
    people: number;
}

export interface BuildProgress {
    (event: { people: number; seconds: number; done: boolean }): void;
}

/** How a lookup of a process-wide index was answered: from memory, by re-reading what changed, or by reading it all. */
export type CacheLookup = "hit" | "refresh" | "build";

export class WorkforceCache {
    private held: Held | null = null;
    private running: Promise<WorkforceIndex> | null = null;
    private queued: Promise<WorkforceIndex> | null = null;
    /** Full builds and incremental syncs since start, for logs and tests. */
    readonly stats = { builds: 0, peopleReread: 0 };

    constructor(
        private readonly onBuild?: BuildProgress,
        private readonly onLookup?: (result: CacheLookup) => void,
    ) {}

    /**
     * Forgets the index, so that the next sync rebuilds it: for when the database's judgement of people disagrees with
     * it, which only a write that neither bumped a version nor changed a count (a level edited in place by a script) causes.
     */
    invalidate(): void {
        this.held = null;
    }

    /** The index, reflecting every write committed before this call. */
    current(db: Db): Promise<WorkforceIndex> {
        if (!this.running) return this.start(db);
        this.queued ??= this.running
            .catch(() => undefined)
            .then(() => {
                this.queued = null;
                return this.start(db);
            });
        return this.queued;
    }

    private start(db: Db): Promise<WorkforceIndex> {
        const run = this.sync(db).finally(() => {
            if (this.running === run) this.running = null;
        });
        this.running = run;
        return run;
    }

    private async sync(db: Db): Promise<WorkforceIndex> {
        for (let attempt = 0; attempt < 2; attempt++) {
            const [version] = await readRows<VersionRow>(db, "workforce/read-index-versions", {});
            const held = this.held;
            if (!held || held.workforce !== version.workforce || held.structure !== version.structure) break;
            const changed = held.people !== version.people;
            if (changed) {
                const [{ ids }] = await readRows<{ ids: string[] }>(db, "workforce/read-changed-people", { since: neo4j.int(held.people) });
                await this.reread(db, held.index, ids);
                held.people = version.people;
            }
            if (countsAgree(held.index, version)) {
                this.onLookup?.(changed || attempt > 0 ? "refresh" : "hit");
                return held.index;
            }
            // A write may have committed between the two reads: look once more before rebuilding.
        }
        this.onLookup?.("build");
        return this.build(db);
    }

    private async reread(db: Db, index: WorkforceIndex, ids: readonly string[]): Promise<void> {
        if (!ids.length) return;
        const rows = await readPeople(db, { ids, after: "", limit: ids.length });
        const found = new Set(rows.map((row) => row.id));
        for (const row of rows) index.upsert(row);
        for (const id of ids) if (!found.has(id)) index.remove(id);
        this.stats.peopleReread += ids.length;
    }

    private async build(db: Db): Promise<WorkforceIndex> {
        const started = Date.now();
        const [version] = await readRows<VersionRow>(db, "workforce/read-index-versions", {});
        const index = new WorkforceIndex(await readRows<IndexedUnit>(db, "workforce/read-index-units", {}));
        for (let after = ""; ;) {
            const page = await readPeople(db, { ids: null, after, limit: BUILD_PAGE });
            for (const row of page) index.upsert(row);
            this.onBuild?.({ people: index.size, seconds: (Date.now() - started) / 1000, done: false });
            if (page.length < BUILD_PAGE) break;
            after = page[page.length - 1].id;
        }
        this.held = { index, workforce: version.workforce, structure: version.structure, people: version.people };
        this.stats.builds++;
        this.onBuild?.({ people: index.size, seconds: (Date.now() - started) / 1000, done: true });
        return index;
    }
}

/** People as the index holds them: each entry at the level the evidence policy counts it at. */
async function readPeople(db: Db, params: { ids: readonly string[] | null; after: string; limit: number }): Promise<IndexedPerson[]> {
    const policy = evidencePolicyOf(db);
    const rows = await readRows<IndexedPerson & { sources: string[] }>(db, "workforce/read-index-people", {
        ...params,
        limit: neo4j.int(params.limit),
        completion: completionParam(evidencePolicyOf(db)),
    });
    return rows.map(({ sources, ...person }) => ({ ...person, levels: person.levels.map((level, i) => countedLevel(sources[i], level, policy)) }));
}
