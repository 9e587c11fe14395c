import { Random } from "../../seed/demo/random";
import { type IndexedPerson, type RankedPerson, WorkforceIndex, bestOf, byFitThenId } from "../../src/domain/workforce-index";
import { demandBySkill } from "../../src/use-cases/supply-demand";
import { type Evidence, effectiveLevel } from "../../src/domain/evidence";

/**
 * The workforce index against a brute-force reading of the same people: best valid level per skill, fit for a role,
 * scopes; and an index kept by upserts and removals equal to one built afresh.
 */
const SKILLS = ["a", "b", "c", "d", "e"];
const UNITS = [
    { id: "root", name: "Root", parentIds: [], positions: [{ roleId: "lead", headcount: 1, openings: 0 }] },
    { id: "x", name: "X", parentIds: ["root"], positions: [{ roleId: "dev", headcount: 3, openings: 1 }] },
    {
        id: "x1",
        name: "X1",
        parentIds: ["x"],
        positions: [
            { roleId: "dev", headcount: 2, openings: 2 },
            { roleId: "lead", headcount: 1, openings: 0 },
        ],
    },
    { id: "y", name: "Y", parentIds: ["root"], positions: [] },
];
const NOW = Date.parse("2026-06-01T00:00:00Z");

function randomPerson(random: Random, id: string): IndexedPerson {
    const entries = Array.from({ length: random.int(0, 6) }, () => ({
        skillId: random.pick(SKILLS),
        level: random.int(1, 5),
        // Never, long expired, expiring exactly now, or still valid.
        until: random.pick([-1, NOW - 86_400_000, NOW, NOW + 86_400_000]),
    }));
    return {
        id,
        availability: random.int(0, 4) / 4,
        location: random.pick(["Oslo", "Lyon", null]),
        unitIds: random.chance(0.1) ? [] : [random.pick(UNITS).id],
        roleIds: random.chance(0.3) ? ["r"] : [],
        allocation: 0,
        ranked: random.chance(0.85),
        skillIds: entries.map((e) => e.skillId),
        levels: entries.map((e) => e.level),
        validUntil: entries.map((e) => e.until),
        evidenceEdges: entries.length,
        holdings: 0,
        completions: 0,
        teamLinks: 0,
    };
}

const best = (p: IndexedPerson, skillId: string) =>
    Math.max(0, ...p.skillIds.flatMap((s, i) => (s === skillId && (p.validUntil[i] < 0 || p.validUntil[i] > NOW) ? [p.levels[i]] : [])));

const REQUIREMENTS = [
    { skillId: "a", level: 3, weight: 1 },
    { skillId: "b", level: 5, weight: 1 },
    { skillId: "c", level: 2, weight: 0.3 },
];

function bruteRanking(people: readonly IndexedPerson[], accept: (p: IndexedPerson) => boolean) {
    const total = REQUIREMENTS.reduce((s, r) => s + r.weight, 0);
    return people
        .filter((p) => accept(p) && REQUIREMENTS.some((r) => best(p, r.skillId) > 0))
        .map((p) => ({ id: p.id, fit: REQUIREMENTS.reduce((s, r) => s + r.weight * Math.min(best(p, r.skillId) / r.level, 1), 0) / total }))
        .sort(byFitThenId);
}

/** Narrower skills (one level down) of each broader one, for narrower credit. */
const NARROWER: Record<string, string[]> = { a: ["d", "e"], b: ["c"] };

/** The domain's effective level (src/domain/evidence.ts) of a person's entries, with narrower credit: the oracle. */
function effectiveWithNarrower(p: IndexedPerson, skillId: string, at: number): number {
    const evidence: Evidence[] = p.skillIds.flatMap((s, i) => {
        const viaNarrower = (NARROWER[skillId] ?? []).includes(s);
        if (s !== skillId && !viaNarrower) return [];
        const validUntil = p.validUntil[i] < 0 ? null : new Date(p.validUntil[i]).toISOString();
        return [{ source: "ASSESSED", level: p.levels[i], assessedAt: null, validUntil, skillId: s, skillName: s, viaNarrower }];
    });
    return effectiveLevel(evidence, new Date(at), true, { maxLevel: {}, completionValidityMonths: 36 }).level;
}

/** What supply answers for these holders: everyone counted, the two smallest ids of those who may be named. */
function supplyOf(holders: readonly IndexedPerson[]) {
    const named = holders.filter((p) => p.ranked).map((p) => p.id);
    return { count: holders.length, firstIds: named.sort().slice(0, 2) };
}

/** Replaces 30 random people by new random ones, in the index and in the list returned. */
function changeThirty(random: Random, people: IndexedPerson[], index: WorkforceIndex): IndexedPerson[] {
    for (let round = 0; round < 30; round++) {
        const changed = randomPerson(random, people[random.int(0, people.length - 1)].id);
        index.upsert(changed);
        people = people.map((p) => (p.id === changed.id ? changed : p));
    }
    return people;
}

describe("workforce index", () => {
    it("with narrower credit, ranks and counts supply like the domain's effective level of each person, after changes too", () => {
        const random = new Random(13);
        let people = Array.from({ length: 300 }, (_, i) => randomPerson(random, `p${String(i).padStart(3, "0")}`));
        const index = new WorkforceIndex(UNITS);
        people.forEach((p) => index.upsert(p));
        const requirements = REQUIREMENTS.map((r) => ({ ...r, narrowerIds: NARROWER[r.skillId] ?? [] }));
        const check = () => {
            const total = requirements.reduce((sum, r) => sum + r.weight, 0);
            const brute = people
                .filter((p) => requirements.some((r) => effectiveWithNarrower(p, r.skillId, NOW) > 0))
                .map((p) => ({
                    id: p.id,
                    fit: requirements.reduce((sum, r) => sum + r.weight * Math.min(effectiveWithNarrower(p, r.skillId, NOW) / r.level, 1), 0) / total,
                }))
                .sort(byFitThenId);
            expect(index.scoreRole(requirements, NOW, () => true).sort(byFitThenId)).toEqual(brute);
            for (const at of [NOW - 2 * 86_400_000, NOW, NOW + 2 * 86_400_000])
                for (const skillId of ["a", "b"])
                    for (const level of [1, 2, 4]) {
                        const holders = people.filter((p) => effectiveWithNarrower(p, skillId, at) >= level);
                        expect({ skillId, level, at, ...index.supply(skillId, level, at, null, NARROWER[skillId]) }).toEqual({
                            skillId,
                            level,
                            at,
                            ...supplyOf(holders),
                        });
                    }
        };
        check();
        // Narrower credit counts people the direct reading does not: the test would pass vacuously otherwise.
        expect(index.supply("a", 1, NOW, null, NARROWER.a).count).toBeGreaterThan(index.supply("a", 1, NOW, null).count);
        people = changeThirty(random, people, index);
        check();
    });

    it("ranks a role like a brute-force reading of 300 people, within a scope and a filter", () => {
        const random = new Random(7);
        const people = Array.from({ length: 300 }, (_, i) => randomPerson(random, `p${String(i).padStart(3, "0")}`));
        const index = new WorkforceIndex(UNITS);
        people.forEach((p) => index.upsert(p));
        const scope = index.scope(["x"]);
        expect([...scope!].sort()).toEqual(["x", "x1"]);
        const inX = (p: { unitIds: readonly string[] }) => p.unitIds.some((u) => u === "x" || u === "x1");
        const filter = (p: { availability: number; roleIds: readonly string[] }) => p.availability >= 0.5 && !p.roleIds.includes("r");
        expect(index.scoreRole(REQUIREMENTS, NOW, () => true).sort(byFitThenId)).toEqual(bruteRanking(people, () => true));
        expect(index.scoreRole(REQUIREMENTS, NOW, (p) => index.inScope(p, scope) && filter(p)).sort(byFitThenId)).toEqual(
            bruteRanking(people, (p) => inX(p) && filter(p)),
        );
        expect(index.scoreRole(REQUIREMENTS, NOW, () => true).sort(byFitThenId).length).toBeGreaterThan(150);
    });

    it("kept by upserts and removals equals an index built afresh, counts included", () => {
        const random = new Random(11);
        let people = Array.from({ length: 200 }, (_, i) => randomPerson(random, `p${i}`));
        const kept = new WorkforceIndex(UNITS);
        people.forEach((p) => kept.upsert(p));
        for (let round = 0; round < 500; round++) {
            const i = random.int(0, people.length - 1);
            if (random.chance(0.2)) {
                kept.remove(people[i].id);
                people = people.filter((_, j) => j !== i);
            } else {
                const changed = randomPerson(random, random.chance(0.2) ? `new${round}` : people[i].id);
                kept.upsert(changed);
                people = [...people.filter((p) => p.id !== changed.id), changed];
            }
        }
        const fresh = new WorkforceIndex(UNITS);
        people.forEach((p) => fresh.upsert(p));
        expect(kept.totals).toEqual(fresh.totals);
        expect(kept.scoreRole(REQUIREMENTS, NOW, () => true).sort(byFitThenId)).toEqual(fresh.scoreRole(REQUIREMENTS, NOW, () => true).sort(byFitThenId));
        for (const skillId of SKILLS) {
            const holders = (index: WorkforceIndex) => {
                const seen: string[] = [];
                index.forEachHolder(
                    skillId,
                    NOW,
                    () => true,
                    (slot, level) => seen.push(`${index.idAt(slot)}:${level}`),
                );
                return seen.sort();
            };
            expect(holders(kept)).toEqual(holders(fresh));
            expect(holders(fresh)).toEqual(
                people
                    .filter((p) => best(p, skillId) > 0)
                    .map((p) => `${p.id}:${best(p, skillId)}`)
                    .sort(),
            );
        }
    });

    it("picks a page like sorting everyone and slicing, ties by id included", () => {
        const random = new Random(3);
        for (let round = 0; round < 200; round++) {
            const people: RankedPerson[] = Array.from({ length: random.int(0, 60) }, (_, i) => ({
                id: `p${random.int(0, 99)}-${i}`,
                fit: random.int(0, 6) / 6,
            }));
            const k = random.int(1, 25);
            const threshold = random.int(0, 6) / 6;
            const keep = (p: RankedPerson) => p.fit >= threshold;
            const sorted = people.filter(keep).sort(byFitThenId);
            expect(bestOf(people, k, keep)).toEqual({ best: sorted.slice(0, k), kept: sorted.length });
        }
    });

    it("counts supply like a brute-force reading, at several instants and after changes, with the smallest ids of people who may be named", () => {
        const random = new Random(5);
        let people = Array.from({ length: 300 }, (_, i) => {
            const person = randomPerson(random, `p${String(i).padStart(3, "0")}`);
            // Some people in two units, to be counted once.
            return random.chance(0.1) ? { ...person, unitIds: ["x1", "y"] } : person;
        });
        const index = new WorkforceIndex(UNITS);
        people.forEach((p) => index.upsert(p));
        const bestAt = (p: IndexedPerson, skillId: string, at: number) =>
            Math.max(0, ...p.skillIds.flatMap((s, i) => (s === skillId && (p.validUntil[i] < 0 || p.validUntil[i] > at) ? [p.levels[i]] : [])));
        const check = () => {
            for (const at of [NOW - 2 * 86_400_000, NOW, NOW + 3_600_000, NOW, NOW + 2 * 86_400_000])
                for (const scopeIds of [null, ["x"], ["y"], ["root"]])
                    for (const skillId of SKILLS)
                        for (const level of [1, 3, 5]) {
                            const scope = index.scope(scopeIds);
                            const holders = people.filter((p) => index.inScope(index.person(p.id)!, scope) && bestAt(p, skillId, at) >= level);
                            expect({ skillId, level, at, scopeIds, ...index.supply(skillId, level, at, scope) }).toEqual({
                                skillId,
                                level,
                                at,
                                scopeIds,
                                ...supplyOf(holders),
                            });
                        }
        };
        check();
        people = changeThirty(random, people, index);
        check();
    });
});

describe("demand from positions and role profiles", () => {
    const profiles = [
        {
            id: "dev",
            title: "Developer",
            requirements: [
                { skillId: "a", skillName: "A", level: 3, importance: "ESSENTIAL" as const },
                { skillId: "b", skillName: "B", level: 2, importance: "OPTIONAL" as const },
            ],
        },
        {
            id: "lead",
            title: "Lead",
            requirements: [
                { skillId: "a", skillName: "A", level: 4, importance: "ESSENTIAL" as const },
                { skillId: "c", skillName: "C", level: 2, importance: "ESSENTIAL" as const },
            ],
        },
        { id: "unstaffed", title: "Unstaffed", requirements: [{ skillId: "d", skillName: "D", level: 5, importance: "ESSENTIAL" as const }] },
    ];
    const index = new WorkforceIndex(UNITS);

    it("sums positions per role over a unit and the units below it", () => {
        expect(Object.fromEntries(index.positionsIn(index.scope(["x"])))).toEqual({ dev: { headcount: 5, openings: 3 }, lead: { headcount: 1, openings: 0 } });
        expect(Object.fromEntries(index.positionsIn(null))).toEqual({ dev: { headcount: 5, openings: 3 }, lead: { headcount: 2, openings: 0 } });
        expect(index.positionsIn(index.scope(["y"])).size).toBe(0);
    });

    it("counts essential requirements of staffed roles per skill, at the highest level asked, with each level's roles", () => {
        const rows = demandBySkill(profiles, index.positionsIn(null));
        expect(rows).toEqual([
            {
                skillId: "a",
                skillName: "A",
                level: 4,
                headcount: 7,
                openings: 3,
                byLevel: [
                    { level: 4, headcount: 2, openings: 0, roles: ["Lead"] },
                    { level: 3, headcount: 5, openings: 3, roles: ["Developer"] },
                ],
            },
            { skillId: "c", skillName: "C", level: 2, headcount: 2, openings: 0, byLevel: [{ level: 2, headcount: 2, openings: 0, roles: ["Lead"] }] },
        ]);
    });
});
