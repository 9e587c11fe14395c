/**
 * Who holds which skill at which level, in memory: per skill a list of (person, level, valid until) entries, one per
 * level-giving piece of evidence (skill evidence, a held credential certifying the skill, or a completed course teaching
 * it), plus what the planner
 * queries filter people by (units, roles, availability, location, team allocation). Planner queries rank and count
 * from it instead of visiting every holder of every skill in the database; the answers they show are then judged
 * from the database (src/use-cases/workforce-cache.ts keeps it fresh). Levels follow src/domain/evidence.ts: a
 * person's level for a skill at `asOf` is the highest level among their entries still valid then, each entry at the
 * level the evidence policy counts it at (src/use-cases/workforce-cache.ts applies it as it reads), and entries for
 * narrower skills at one level less when the caller names them.
 * Pure: no database.
 */

/** What planner queries filter people by, and edge counts compared with the count store to notice unannounced writes. */
interface PersonFacts {
    readonly id: string;
    readonly availability: number;
    readonly location: string | null;
    readonly unitIds: readonly string[];
    readonly roleIds: readonly string[];
    readonly allocation: number;
    /** False when the person opted out of rankings (setSharing): never ranked or named, still counted in supply. */
    readonly ranked: boolean;
    readonly evidenceEdges: number;
    readonly holdings: number;
    readonly completions: number;
    readonly teamLinks: number;
}

/** A person as read: one entry per level-giving piece of evidence, as three parallel lists (validUntil in epoch ms, -1: never). */
export interface IndexedPerson extends PersonFacts {
    readonly skillIds: readonly string[];
    readonly levels: readonly number[];
    readonly validUntil: readonly number[];
}

/** What the index keeps of a person: the entries live in the per-skill postings; `skills` names those postings, to remove them. */
export interface HeldPerson extends PersonFacts {
    readonly skills: Int32Array;
}

export interface IndexedUnit {
    readonly id: string;
    readonly name: string;
    readonly parentIds: readonly string[];
    /** Positions per role in the unit itself: filled headcount and openings. */
    readonly positions: readonly UnitPosition[];
}

export interface UnitPosition {
    readonly roleId: string;
    readonly headcount: number;
    readonly openings: number;
}

export interface IndexTotals {
    persons: number;
    evidence: number;
    holdings: number;
    completions: number;
    memberships: number;
    roleLinks: number;
    teamLinks: number;
}

/** How deep below a unit its scope reaches, as the Cypher scopes do (SUB_UNIT_OF*0..10). */
const SCOPE_DEPTH = 10;
const NEVER = Number.POSITIVE_INFINITY;

/** A growable list of entries for one skill; removed entries are marked with person -1 and compacted later. */
class Posting {
    person = new Int32Array(4);
    level = new Uint8Array(4);
    until = new Float64Array(4);
    size = 0;
    dead = 0;
    /** The supply summary of these entries, while they and the instant's validity stay the same (see supply()). */
    summary: SupplySummary | null = null;

    push(person: number, level: number, until: number): void {
        this.summary = null;
        if (this.size === this.person.length) {
            const grow = <T extends Int32Array | Uint8Array | Float64Array>(old: T, make: (n: number) => T) => {
                const next = make(old.length * 2);
                next.set(old);
                return next;
            };
            this.person = grow(this.person, (n) => new Int32Array(n));
            this.level = grow(this.level, (n) => new Uint8Array(n));
            this.until = grow(this.until, (n) => new Float64Array(n));
        }
        this.person[this.size] = person;
        this.level[this.size] = level;
        this.until[this.size] = until;
        this.size++;
    }

    remove(person: number): void {
        this.summary = null;
        for (let i = 0; i < this.size; i++) {
            if (this.person[i] === person) {
                this.person[i] = -1;
                this.dead++;
            }
        }
        if (this.dead > 16 && this.dead * 4 > this.size) this.compact();
    }

    private compact(): void {
        let kept = 0;
        for (let i = 0; i < this.size; i++) {
            if (this.person[i] < 0) continue;
            this.person[kept] = this.person[i];
            this.level[kept] = this.level[i];
            this.until[kept] = this.until[i];
            kept++;
        }
        this.size = kept;
        this.dead = 0;
    }
}

/**
 * Holders of one skill by unit and best level, valid for instants from `from` until `until` (the next expiry among
 * the entries: in between, the same entries are valid). People in exactly one unit are counted per unit, with the
 * slots of the two smallest ids per level for naming; the few in several units or none are listed with their level.
 * Flat typed arrays (about 80 bytes per unit with holders), since every skill in demand keeps one.
 */
interface SupplySummary {
    readonly from: number;
    readonly until: number;
    /** The numbers of the units with holders. */
    readonly units: Int32Array;
    /** Per unit, six counts: holders whose best level is 0..5. */
    readonly counts: Int32Array;
    /** Per unit and level, the slots of the two holders with the smallest ids (-1: fewer). */
    readonly first: Int32Array;
    readonly others: { slot: number; level: number }[];
}

/** Keeps `ids` the two smallest ids seen, in order (called once per holder: no sorting). */
function keepTwoSmallest(ids: string[], id: string): void {
    if (ids.length === 2 && id >= ids[1]) return;
    if (ids.length === 0 || id > ids[ids.length - 1]) ids.push(id);
    else if (id < ids[0]) ids.unshift(id);
    else if (id !== ids[0]) ids.splice(1, 0, id);
    if (ids.length > 2) ids.pop();
}

export interface RoleRequirement {
    readonly skillId: string;
    readonly level: number;
    readonly weight: number;
    /** Narrower skills whose holders get credit for this one (forEachHolder); none: no narrower credit. */
    readonly narrowerIds?: readonly string[];
}

export interface RankedPerson {
    readonly id: string;
    readonly fit: number;
}

/** Fits compare at 9 decimals, so that the same fit summed in another order ties exactly and is ordered by id. */
export const fitRank = (fit: number) => Math.round(fit * 1e9);
export const byFitThenId = (a: RankedPerson, b: RankedPerson) => fitRank(b.fit) - fitRank(a.fit) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class WorkforceIndex {
    private readonly units = new Map<string, IndexedUnit>();
    private readonly unitNumber = new Map<string, number>();
    private readonly scopeMasks = new WeakMap<ReadonlySet<string>, Uint8Array>();
    private readonly children = new Map<string, string[]>();
    private readonly people: (HeldPerson | null)[] = [];
    private readonly slotOf = new Map<string, number>();
    private readonly freeSlots: number[] = [];
    private readonly postingOf = new Map<string, number>();
    private readonly postings: Posting[] = [];
    /** One string per distinct location, unit and role id, shared by everyone who has it. */
    private readonly strings = new Map<string, string>();
    readonly totals: IndexTotals = { persons: 0, evidence: 0, holdings: 0, completions: 0, memberships: 0, roleLinks: 0, teamLinks: 0 };
    /** Scratch per person slot, reused by each (synchronous) query: best level for the skill being read. */
    private best = new Uint8Array(0);
    /** Scratch per person slot for scoreRole: the weighted sum so far, and whether the person is scored yet. */
    private score = new Float64Array(0);
    private isScored = new Uint8Array(0);
    /** Upserts and removals so far: supply summaries with narrower credit are kept while it stays the same. */
    private changes = 0;
    private narrowerSummaries: { changes: number; byKey: Map<string, SupplySummary> } = { changes: 0, byKey: new Map() };

    constructor(units: readonly IndexedUnit[]) {
        for (const unit of units) {
            this.units.set(unit.id, unit);
            this.unitNumber.set(unit.id, this.unitNumber.size);
            for (const parent of unit.parentIds) this.children.set(parent, [...(this.children.get(parent) ?? []), unit.id]);
        }
    }

    get size(): number {
        return this.totals.persons;
    }

    hasUnit(unitId: string): boolean {
        return this.units.has(unitId);
    }

    unitName(unitId: string): string | null {
        return this.units.get(unitId)?.name ?? null;
    }

    person(id: string): HeldPerson | null {
        const slot = this.slotOf.get(id);
        return slot === undefined ? null : this.people[slot];
    }

    /** Positions summed per role over the units in scope (null: every unit). */
    positionsIn(scope: ReadonlySet<string> | null): Map<string, { headcount: number; openings: number }> {
        const byRole = new Map<string, { headcount: number; openings: number }>();
        for (const unitId of scope ?? this.units.keys()) {
            for (const { roleId, headcount, openings } of this.units.get(unitId)?.positions ?? []) {
                const total = byRole.get(roleId);
                if (total) [total.headcount, total.openings] = [total.headcount + headcount, total.openings + openings];
                else byRole.set(roleId, { headcount, openings });
            }
        }
        return byRole;
    }

    /** Positions with openings, per unit and role, in the units in scope (null: every unit). */
    openPositions(scope: ReadonlySet<string> | null): { unitId: string; roleId: string; openings: number }[] {
        const open: { unitId: string; roleId: string; openings: number }[] = [];
        for (const unitId of scope ?? this.units.keys())
            for (const { roleId, openings } of this.units.get(unitId)?.positions ?? []) if (openings > 0) open.push({ unitId, roleId, openings });
        return open;
    }

    /** The units given and every unit below them (null: no restriction). */
    scope(unitIds: readonly string[] | null): ReadonlySet<string> | null {
        if (unitIds === null) return null;
        const inScope = new Set<string>();
        let level = unitIds.filter((id) => this.units.has(id));
        for (let depth = 0; depth <= SCOPE_DEPTH && level.length; depth++) {
            const next: string[] = [];
            for (const id of level) {
                if (inScope.has(id)) continue;
                inScope.add(id);
                next.push(...(this.children.get(id) ?? []));
            }
            level = next;
        }
        return inScope;
    }

    inScope(person: HeldPerson, scope: ReadonlySet<string> | null): boolean {
        return scope === null || person.unitIds.some((id) => scope.has(id));
    }

    /** Adds a person, or replaces what the index held about them. */
    upsert(person: IndexedPerson): void {
        this.remove(person.id);
        this.changes++;
        let slot = this.freeSlots.pop();
        if (slot === undefined) {
            slot = this.people.length;
            this.people.push(null);
        }
        const skills = new Set<number>();
        for (let i = 0; i < person.skillIds.length; i++) {
            let number = this.postingOf.get(person.skillIds[i]);
            if (number === undefined) {
                number = this.postings.push(new Posting()) - 1;
                this.postingOf.set(person.skillIds[i], number);
            }
            this.postings[number].push(slot, person.levels[i], person.validUntil[i] < 0 ? NEVER : person.validUntil[i]);
            skills.add(number);
        }
        const shared = (text: string) => this.strings.get(text) ?? (this.strings.set(text, text), text);
        const held: HeldPerson = {
            id: person.id,
            availability: person.availability,
            location: person.location === null ? null : shared(person.location),
            unitIds: person.unitIds.map(shared),
            roleIds: person.roleIds.map(shared),
            allocation: person.allocation,
            ranked: person.ranked,
            skills: Int32Array.from(skills),
            evidenceEdges: person.evidenceEdges,
            holdings: person.holdings,
            completions: person.completions,
            teamLinks: person.teamLinks,
        };
        this.people[slot] = held;
        this.slotOf.set(person.id, slot);
        this.count(held, 1);
    }

    remove(id: string): void {
        const slot = this.slotOf.get(id);
        if (slot === undefined) return;
        this.changes++;
        const person = this.people[slot]!;
        for (const number of person.skills) this.postings[number].remove(slot);
        this.count(person, -1);
        this.people[slot] = null;
        this.slotOf.delete(id);
        this.freeSlots.push(slot);
    }

    private count(person: HeldPerson, sign: 1 | -1): void {
        this.totals.persons += sign;
        this.totals.evidence += sign * person.evidenceEdges;
        this.totals.holdings += sign * person.holdings;
        this.totals.completions += sign * person.completions;
        this.totals.memberships += sign * person.unitIds.length;
        this.totals.roleLinks += sign * person.roleIds.length;
        this.totals.teamLinks += sign * person.teamLinks;
    }

    /**
     * Calls `visit` once per person (accepted by `accept`) whose best level for the skill, among entries still valid at
     * `asOf` (all entries when asOf is null), is at least 1, with that level. With `narrowerIds` (the skill's narrower
     * skills, one level down), an entry for one of them at level L counts for the skill at max(1, L-1), as in
     * src/domain/evidence.ts.
     */
    forEachHolder(
        skillId: string,
        asOf: number | null,
        accept: (person: HeldPerson, slot: number) => boolean,
        visit: (slot: number, level: number) => void,
        narrowerIds: readonly string[] = [],
    ): void {
        if (this.best.length < this.people.length) this.best = new Uint8Array(Math.max(this.people.length, 2 * this.best.length));
        const best = this.best;
        const touched: number[] = [];
        const now = asOf ?? Number.NEGATIVE_INFINITY;
        const read = (id: string, credit: number) => {
            const number = this.postingOf.get(id);
            if (number === undefined) return;
            const { person, level, until, size } = this.postings[number];
            for (let i = 0; i < size; i++) {
                const slot = person[i];
                if (slot < 0 || until[i] <= now) continue;
                const counted = credit ? Math.max(1, level[i] - credit) : level[i];
                if (best[slot] === 0) touched.push(slot);
                if (counted > best[slot]) best[slot] = counted;
            }
        };
        read(skillId, 0);
        for (const id of narrowerIds) if (id !== skillId) read(id, 1);
        for (const slot of touched) {
            const held = best[slot];
            best[slot] = 0;
            if (accept(this.people[slot]!, slot)) visit(slot, held);
        }
    }

    /**
     * How many people in scope hold the skill at `level` or above at `asOf` (their best valid level), and the two
     * smallest ids among them of people who may be named (`ranked`), from a per-skill summary by unit that is rebuilt only when the skill's entries change
     * or `asOf` leaves the span in which the same entries are valid. With `narrowerIds`, as forEachHolder (the summary
     * with narrower credit is kept until any person changes).
     */
    supply(
        skillId: string,
        level: number,
        asOf: number,
        scope: ReadonlySet<string> | null,
        narrowerIds: readonly string[] = [],
    ): { count: number; firstIds: string[] } {
        const summary = this.summaryOf(skillId, asOf, narrowerIds);
        if (summary === null) return { count: 0, firstIds: [] };
        let count = 0;
        const firstIds: string[] = [];
        const mask = scope === null ? null : this.maskOf(scope);
        const { units, counts, first } = summary;
        for (let i = 0; i < units.length; i++) {
            if (mask !== null && !mask[units[i]]) continue;
            for (let l = level; l <= 5; l++) {
                count += counts[i * 6 + l];
                for (let k = 0; k < 2; k++) {
                    const slot = first[i * 12 + l * 2 + k];
                    if (slot >= 0) keepTwoSmallest(firstIds, this.people[slot]!.id);
                }
            }
        }
        for (const { slot, level: held } of summary.others) {
            const person = this.people[slot]!;
            if (held < level || !this.inScope(person, scope)) continue;
            count++;
            if (person.ranked) keepTwoSmallest(firstIds, person.id);
        }
        return { count, firstIds };
    }

    /** A scope as a mask over unit numbers, computed once per scope object. */
    private maskOf(scope: ReadonlySet<string>): Uint8Array {
        let mask = this.scopeMasks.get(scope);
        if (!mask) {
            mask = new Uint8Array(this.unitNumber.size);
            for (const unitId of scope) {
                const number = this.unitNumber.get(unitId);
                if (number !== undefined) mask[number] = 1;
            }
            this.scopeMasks.set(scope, mask);
        }
        return mask;
    }

    /** The supply summary of a skill at `asOf`, kept while it stays right; null when nobody has evidence for it. */
    private summaryOf(skillId: string, asOf: number, narrowerIds: readonly string[]): SupplySummary | null {
        const narrower = narrowerIds.filter((id) => id !== skillId && this.postingOf.has(id));
        const number = this.postingOf.get(skillId);
        if (narrower.length === 0) {
            if (number === undefined) return null;
            const posting = this.postings[number];
            let summary = posting.summary;
            if (!summary || asOf < summary.from || asOf >= summary.until) summary = posting.summary = this.summarise(skillId, [posting], asOf, []);
            return summary;
        }
        const key = `${skillId}\u0000${narrower.join("\u0000")}`;
        if (this.narrowerSummaries.changes !== this.changes) this.narrowerSummaries = { changes: this.changes, byKey: new Map() };
        let summary = this.narrowerSummaries.byKey.get(key);
        if (!summary || asOf < summary.from || asOf >= summary.until) {
            const postings = [number, ...narrower.map((id) => this.postingOf.get(id))].flatMap((n) => (n === undefined ? [] : [this.postings[n]]));
            summary = this.summarise(skillId, postings, asOf, narrower);
            this.narrowerSummaries.byKey.set(key, summary);
        }
        return summary;
    }

    private summarise(skillId: string, postings: readonly Posting[], asOf: number, narrowerIds: readonly string[]): SupplySummary {
        let until = Number.POSITIVE_INFINITY;
        for (const posting of postings)
            for (let i = 0; i < posting.size; i++) if (posting.person[i] >= 0 && posting.until[i] > asOf && posting.until[i] < until) until = posting.until[i];
        const at = new Map<number, number>();
        const units: number[] = [];
        const counts: number[] = [];
        const first: number[] = [];
        const others: { slot: number; level: number }[] = [];
        this.forEachHolder(
            skillId,
            asOf,
            () => true,
            (slot, level) => {
                const person = this.people[slot]!;
                const capped = Math.min(level, 5);
                const unitNumber = person.unitIds.length === 1 ? this.unitNumber.get(person.unitIds[0]) : undefined;
                if (unitNumber === undefined) {
                    others.push({ slot, level: capped });
                    return;
                }
                let i = at.get(unitNumber);
                if (i === undefined) {
                    at.set(unitNumber, (i = units.length));
                    units.push(unitNumber);
                    for (let k = 0; k < 6; k++) counts.push(0);
                    for (let k = 0; k < 12; k++) first.push(-1);
                }
                counts[i * 6 + capped]++;
                if (person.ranked) this.keepTwoSmallestSlots(first, i * 12 + capped * 2, slot);
            },
            narrowerIds,
        );
        return { from: asOf, until, units: Int32Array.from(units), counts: Int32Array.from(counts), first: Int32Array.from(first), others };
    }

    /** Keeps at `at` and `at + 1` the slots of the two smallest ids seen, in order (-1: none yet). */
    private keepTwoSmallestSlots(first: number[], at: number, slot: number): void {
        const id = this.people[slot]!.id;
        const idAt = (k: number) => this.people[first[at + k]]!.id;
        if (first[at] < 0) first[at] = slot;
        else if (id < idAt(0)) [first[at + 1], first[at]] = [first[at], slot];
        else if (first[at + 1] < 0 || id < idAt(1)) first[at + 1] = slot;
    }

    idAt(slot: number): string {
        return this.people[slot]!.id;
    }

    personAt(slot: number): HeldPerson {
        return this.people[slot]!;
    }

    /**
     * Everyone accepted who holds at least one requirement at `asOf`, with their fit by the rules of
     * src/domain/evidence.ts (weight * min(level / required, 1), summed, over the total weight), unordered.
     */
    scoreRole(requirements: readonly RoleRequirement[], asOf: number, accept: (person: HeldPerson) => boolean): RankedPerson[] {
        const totalWeight = requirements.reduce((sum, r) => sum + r.weight, 0);
        if (this.score.length < this.people.length) {
            this.score = new Float64Array(Math.max(this.people.length, 2 * this.score.length));
            this.isScored = new Uint8Array(this.score.length);
        }
        const { score, isScored } = this;
        const scored: number[] = [];
        // Whether each person passes the filter, judged once per query (0: not yet, 1: yes, 2: no).
        const verdict = new Uint8Array(this.people.length);
        const accepted = (person: HeldPerson, slot: number) => {
            if (verdict[slot] === 0) verdict[slot] = accept(person) ? 1 : 2;
            return verdict[slot] === 1;
        };
        for (const r of requirements) {
            this.forEachHolder(
                r.skillId,
                asOf,
                accepted,
                (slot, level) => {
                    if (!isScored[slot]) {
                        isScored[slot] = 1;
                        scored.push(slot);
                    }
                    score[slot] += r.weight * Math.min(level / r.level, 1);
                },
                r.narrowerIds,
            );
        }
        return scored.map((slot) => {
            const sum = score[slot];
            score[slot] = 0;
            isScored[slot] = 0;
            return { id: this.people[slot]!.id, fit: totalWeight > 0 ? sum / totalWeight : 1 };
        });
    }
}

/**
 * The best `k` of the people `keep` accepts, best first (fit at 9 decimals, then id), and how many it accepts in all:
 * one pass that keeps a short sorted list, instead of sorting everyone to show a page.
 */
export function bestOf(people: readonly RankedPerson[], k: number, keep: (p: RankedPerson) => boolean): { best: RankedPerson[]; kept: number } {
    const best: RankedPerson[] = [];
    let kept = 0;
    for (const p of people) {
        if (!keep(p)) continue;
        kept++;
        if (best.length === k && byFitThenId(p, best[k - 1]) >= 0) continue;
        let at = best.length;
        while (at > 0 && byFitThenId(p, best[at - 1]) < 0) at--;
        best.splice(at, 0, p);
        if (best.length > k) best.pop();
    }
    return { best, kept };
}
