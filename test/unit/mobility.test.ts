import { Random } from "../../seed/demo/random";
import { type Graph, type Path, kShortestPaths, reachableWithin } from "../../src/domain/k-shortest-paths";
import { DEFAULTS } from "../../src/config";
import { type RoleProfile, TransitionIndex } from "../../src/domain/transition-index";
import { MobilitySnapshot, digestParts, loggedChanges } from "../../src/use-cases/mobility-catalogue";
import { type RequirementLevel, levelsOf, transitionCost } from "../../src/domain/transition-cost";

const req = (skillId: string, level: number, importance: "ESSENTIAL" | "OPTIONAL", rolesRequiring: number): RequirementLevel => ({
    skillId,
    skillName: skillId,
    level,
    importance,
    rolesRequiring,
});

const {
    fitWeights: weights,
    mobility: { moveDiscount: discount },
} = DEFAULTS;

describe("transition cost", () => {
    // 10 roles. A requires x 3 (in 1 role), y 2 (in 5 roles), z 4 optional (in 10 roles: every role).
    // B requires x 4 (1 role), y 3 (5 roles), w 2 (2 roles).
    const roleA = [req("x", 3, "ESSENTIAL", 1), req("y", 2, "ESSENTIAL", 5), req("z", 4, "OPTIONAL", 10)];
    const roleB = [req("x", 4, "ESSENTIAL", 1), req("y", 3, "ESSENTIAL", 5), req("w", 2, "ESSENTIAL", 2)];
    const idf = { kind: "IDF" as const, roleCount: 10 };

    it("weighs deficits by importance and inverse role frequency, to 3 decimals in both directions", () => {
        // Specificity ln(11/n): x 2.398, y 0.788, w 1.705, z 0.095.
        // A -> B: x (4-3)/4 * 2.398 + y (3-2)/3 * 0.788 + w 2/2 * 1.705 = 0.5995 + 0.2627 + 1.7047 = 2.5669 over 4.8903 = 0.525.
        const ab = transitionCost(levelsOf(roleA), roleB, { weights, specificity: idf, discount });
        expect(ab.cost.toFixed(3)).toBe("0.525");
        expect(ab.gaps.map((g) => [g.skillId, g.fromLevel, g.requiredLevel])).toEqual([
            ["w", 0, 2],
            ["x", 3, 4],
            ["y", 2, 3],
        ]);
        // B -> A: only z (optional, 0.3 * 0.0953 = 0.0286) is missing, fully: 0.0286 over 2.398 + 0.788 + 0.0286 = 0.009.
        const ba = transitionCost(levelsOf(roleB), roleA, { weights, specificity: idf, discount });
        expect(ba.cost.toFixed(3)).toBe("0.009");
        // Without specificity: A -> B = (1/4 + 1/3 + 1) / 3 = 0.528; B -> A = 0.3 / 2.3 = 0.130.
        const none = { kind: "NONE" as const, roleCount: 10 };
        expect(transitionCost(levelsOf(roleA), roleB, { weights, specificity: none, discount }).cost.toFixed(3)).toBe("0.528");
        expect(transitionCost(levelsOf(roleB), roleA, { weights, specificity: none, discount }).cost.toFixed(3)).toBe("0.130");
    });

    it("is 0 onto a role already covered, and lowered by observed moves up to 30%", () => {
        expect(transitionCost(levelsOf(roleB), roleB, { weights, specificity: idf, discount }).cost).toBe(0);
        const moved = transitionCost(levelsOf(roleA), roleB, { weights, specificity: idf, discount }, 10);
        expect([moved.skillCost.toFixed(3), moved.cost.toFixed(3)]).toEqual(["0.525", "0.367"]);
    });
});

/** Every simple path with at most maxSteps edges, by brute force. */
function allPaths(edges: Map<string, { to: string; cost: number }[]>, source: string, target: string, maxSteps: number): Path[] {
    const out: Path[] = [];
    const walk = (nodes: string[], steps: number[]) => {
        const last = nodes[nodes.length - 1];
        if (last === target) return void out.push({ nodes, steps, cost: steps.reduce((s, x) => s + x, 0) });
        if (steps.length >= maxSteps) return;
        for (const e of edges.get(last) ?? []) if (!nodes.includes(e.to)) walk([...nodes, e.to], [...steps, e.cost]);
    };
    walk([source], []);
    return out.sort((a, b) => a.cost - b.cost);
}

describe("k shortest paths (Yen over hop-limited Dijkstra)", () => {
    // S -> A 0.1, S -> B 0.3, A -> B 0.1, A -> T 0.5, B -> T 0.2, S -> T 0.9, A -> C 0.05, C -> T 0.3
    const edges = new Map([
        [
            "S",
            [
                { to: "A", cost: 0.1 },
                { to: "B", cost: 0.3 },
                { to: "T", cost: 0.9 },
            ],
        ],
        [
            "A",
            [
                { to: "B", cost: 0.1 },
                { to: "T", cost: 0.5 },
                { to: "C", cost: 0.05 },
            ],
        ],
        ["B", [{ to: "T", cost: 0.2 }]],
        ["C", [{ to: "T", cost: 0.3 }]],
    ]);
    const graph: Graph = (node) => edges.get(node) ?? [];

    it("finds the 3 cheapest paths of a hand-worked graph, in order, with their steps", () => {
        const paths = kShortestPaths(graph, "S", "T", 3, 4);
        // S-A-B-T 0.4, S-A-C-T 0.45, S-B-T 0.5.
        expect(paths.map((p) => [p.nodes.join(""), p.cost.toFixed(2)])).toEqual([
            ["SABT", "0.40"],
            ["SACT", "0.45"],
            ["SBT", "0.50"],
        ]);
        expect(paths[0].steps).toEqual([0.1, 0.1, 0.2]);
    });

    it("respects the step limit and says what is reachable when the target is not", () => {
        expect(kShortestPaths(graph, "S", "T", 2, 2).map((p) => p.nodes.join(""))).toEqual(["SBT", "SAT"]);
        expect(kShortestPaths(graph, "S", "T", 5, 1).map((p) => p.nodes.join(""))).toEqual(["ST"]);
        expect(kShortestPaths(graph, "T", "S", 3, 4)).toEqual([]);
        expect([...reachableWithin(graph, "S", 1)].sort()).toEqual([
            ["A", 0.1],
            ["B", 0.3],
            ["S", 0],
            ["T", 0.9],
        ]);
    });

    it("matches brute force on random graphs: ascending, distinct, costs are sums of steps", () => {
        const random = new Random(5);
        for (let round = 0; round < 200; round++) {
            const nodes = Array.from({ length: random.int(4, 9) }, (_, i) => `n${i}`);
            const edges = new Map(
                nodes.map((n) => [n, nodes.filter((m) => m !== n && random.chance(0.35)).map((to) => ({ to, cost: random.int(1, 20) / 20 }))]),
            );
            const maxSteps = random.int(1, 4);
            const k = random.int(1, 6);
            const paths = kShortestPaths((n) => edges.get(n) ?? [], "n0", "n1", k, maxSteps);
            const expected = allPaths(edges, "n0", "n1", maxSteps).slice(0, k);
            expect(paths.map((p) => p.cost.toFixed(6))).toEqual(expected.map((p) => p.cost.toFixed(6)));
            expect(new Set(paths.map((p) => p.nodes.join())).size).toBe(paths.length);
            for (const p of paths) {
                expect(p.steps.reduce((s, x) => s + x, 0)).toBeCloseTo(p.cost, 9);
                expect(p.nodes.length - 1).toBeLessThanOrEqual(maxSteps);
                expect(new Set(p.nodes).size).toBe(p.nodes.length);
            }
        }
    });
});

describe("transition index (every role at once)", () => {
    const random = new Random(99);
    const skills = Array.from({ length: 30 }, (_, i) => `k${i}`);
    const roles = Array.from({ length: 40 }, (_, i) => ({
        id: `r${String(i).padStart(2, "0")}`,
        title: `Role ${i}`,
        // r00 has no requirements.
        requirements: random.sample(skills, i === 0 ? 0 : random.int(1, 8)).map((skillId) => ({
            skillId,
            skillName: skillId,
            level: random.int(1, 5),
            importance: random.chance(0.7) ? ("ESSENTIAL" as const) : ("OPTIONAL" as const),
        })),
    }));

    it.each(["IDF", "NONE"] as const)("gives the same cost as the explained transition for every pair (%s)", (kind) => {
        const index = new TransitionIndex(roles, weights, kind, discount);
        for (const from of roles) {
            const levels = index.levelsOfRole(from.id);
            const costs = index.costsFrom(levels);
            roles.forEach((to, i) => expect(costs[i]).toBeCloseTo(to.requirements.length ? index.explain(levels, to.id).cost : 0, 9));
        }
    });

    it("ranks profiled roles by cost from a person's levels, ties by id, leaving out the excluded ones", () => {
        const index = new TransitionIndex(roles, weights, "IDF", discount);
        const levels = new Map([
            ["k1", 3],
            ["k2", 5],
        ]);
        const ranked = index.ranked(levels, { exclude: new Set(["r05"]) });
        // r00 has no requirements (nothing to compare) and r05 is excluded.
        expect(ranked.map((r) => r.roleId)).toEqual(
            roles
                .map((r) => r.id)
                .filter((id) => id !== "r00" && id !== "r05")
                .sort((a, b) => {
                    const [ca, cb] = [ranked.find((r) => r.roleId === a)!.cost, ranked.find((r) => r.roleId === b)!.cost];
                    return ca - cb || (a < b ? -1 : 1);
                }),
        );
        expect(ranked.every((r) => r.cost >= 0 && r.cost <= 1 && r.cost === r.skillCost)).toBe(true);
        expect(index.ranked(levels, { limit: 5 })).toEqual(index.ranked(levels).slice(0, 5));
    });

    it("with a limit and roles to include, equals the full ranking cut to the limit plus those roles further down", () => {
        const index = new TransitionIndex(roles, weights, "IDF", discount);
        for (const from of roles.slice(1, 20)) {
            const levels = index.levelsOfRole(from.id);
            const moves = new Map(random.sample(roles, 4).map((r) => [r.id, random.int(1, 6)] as const));
            const exclude = new Set([from.id]);
            const full = index.ranked(levels, { moves, exclude });
            for (const limit of [0, 1, 5, 20]) {
                const include = new Set([...moves.keys()].slice(0, random.int(0, 4)));
                expect(index.ranked(levels, { moves, exclude, limit, include })).toEqual(full.filter((r, i) => i < limit || include.has(r.roleId)));
            }
        }
    });

    it("lowers the cost of roles reached by observed moves, as the explained transition does", () => {
        const index = new TransitionIndex(roles, weights, "IDF", discount);
        const levels = index.levelsOfRole("r01");
        const plain = index.ranked(levels);
        const target = plain[plain.length - 1].roleId;
        const moved = index.ranked(levels, { moves: new Map([[target, 5]]) }).find((r) => r.roleId === target)!;
        expect(moved.moves).toBe(5);
        expect(moved.cost).toBeCloseTo(moved.skillCost * 0.7, 12);
        expect(moved.cost).toBeCloseTo(index.explain(levels, target, 5).cost, 9);
    });
});

describe("neighbour lists kept across a profile change", () => {
    const random = new Random(2026);
    const skills = Array.from({ length: 60 }, (_, i) => `k${String(i).padStart(2, "0")}`);
    const makeRoles = () =>
        Array.from({ length: 80 }, (_, i) => ({
            id: `r${String(i).padStart(2, "0")}`,
            title: `Role ${i}`,
            requirements: random.sample(skills, random.int(2, 9)).map((skillId) => ({
                skillId,
                skillName: skillId,
                level: random.int(1, 5),
                importance: random.chance(0.7) ? ("ESSENTIAL" as const) : ("OPTIONAL" as const),
            })),
        }));
    const moves = new Map(
        Array.from({ length: 15 }, () => [
            `r${String(random.int(0, 79)).padStart(2, "0")}`,
            new Map([[`r${String(random.int(0, 79)).padStart(2, "0")}`, random.int(1, 6)]]),
        ]),
    );
    const snapshotOf = (roles: RoleProfile[]) => new MobilitySnapshot(new TransitionIndex(roles, weights, "IDF", discount), moves, 8);

    it("a patched index gives a full build's costs to the last bit, from and to every role", () => {
        for (let round = 0; round < 20; round++) {
            const before = makeRoles();
            const changed = new Set(random.sample(before, 3).map((role) => role.id));
            const after = before.map((role) =>
                changed.has(role.id)
                    ? {
                          ...role,
                          requirements: role.requirements.map((r) => ({
                              ...r,
                              level: random.int(1, 5),
                              importance: random.chance(0.5) ? ("ESSENTIAL" as const) : ("OPTIONAL" as const),
                          })),
                      }
                    : role,
            );
            const old = new TransitionIndex(before, weights, "IDF", discount);
            const patched = new TransitionIndex(after, weights, "IDF", discount, { index: old, changed });
            const full = new TransitionIndex(after, weights, "IDF", discount);
            for (const role of after) {
                expect(patched.costsFrom(full.levelsOfRole(role.id))).toEqual(full.costsFrom(full.levelsOfRole(role.id)));
                expect(patched.costsTo(role.id)).toEqual(full.costsTo(role.id));
            }
            // The index it was patched from still answers as before.
            expect(old.costsTo(before[1].id)).toEqual(new TransitionIndex(before, weights, "IDF", discount).costsTo(before[1].id));
        }
    });

    it("equal a fresh computation after 200 random requirement changes (levels, importance, added and removed skills), on a patched index", () => {
        let carried = 0;
        for (let round = 0; round < 200; round++) {
            const before = makeRoles();
            const old = snapshotOf(before);
            for (const role of before) old.neighbours(role.id);
            const changed = new Set<string>();
            const after = before.map((role) => {
                if (!random.chance(round % 4 === 0 ? 0.08 : 0.02)) return role;
                changed.add(role.id);
                const requirements = [...role.requirements];
                const at = random.int(0, requirements.length - 1);
                const kind = random.int(0, 3);
                if (kind === 0) requirements[at] = { ...requirements[at], level: random.int(1, 5) };
                else if (kind === 1)
                    requirements[at] = { ...requirements[at], importance: requirements[at].importance === "ESSENTIAL" ? "OPTIONAL" : "ESSENTIAL" };
                else if (kind === 2 && requirements.length > 1) requirements.splice(at, 1);
                else
                    requirements.push({
                        skillId: random.pick(skills.filter((s) => !requirements.some((r) => r.skillId === s))),
                        skillName: "x",
                        level: 3,
                        importance: "ESSENTIAL",
                    });
                return { ...role, requirements };
            });
            // Patched from the old index where no skill's requiring count moved, built in full otherwise.
            const next = new MobilitySnapshot(new TransitionIndex(after, weights, "IDF", discount, { index: old.index, changed }), moves, 8);
            next.carryFrom(old, changed);
            const fresh = snapshotOf(after);
            for (const role of after) {
                if (next.isCarried(role.id)) carried++;
                expect({ role: role.id, edges: next.neighbours(role.id) }).toEqual({ role: role.id, edges: fresh.neighbours(role.id) });
            }
        }
        // Most lists survive a change of a few roles; the count shows the carry-over is not vacuous.
        expect(carried).toBeGreaterThan(200 * 80 * 0.3);
    });
});

describe("the digest read's parts", () => {
    const roles = Array.from({ length: 9 }, (_, i) => ({ id: `r${i}` }));
    const inPart = (id: string, part: { from: string | null; to: string | null }) =>
        (part.from === null || id >= part.from) && (part.to === null || id < part.to);

    it("splits the known roles into ranges that hold every id, known or new, exactly once", () => {
        for (const parts of [2, 3]) {
            const ranges = digestParts(roles, parts);
            expect(ranges).toHaveLength(parts);
            for (const id of [...roles.map((r) => r.id), "a-new-role", "r45", "zz"]) expect(ranges.filter((part) => inPart(id, part))).toHaveLength(1);
        }
        expect(digestParts(roles, 2)).toEqual([
            { from: null, to: "r4" },
            { from: "r4", to: null },
        ]);
    });

    it("reads in one unbounded part when too few roles are known", () => {
        expect(digestParts([], 2)).toEqual([{ from: null, to: null }]);
        expect(digestParts(roles.slice(0, 3), 2)).toEqual([{ from: null, to: null }]);
    });
});

describe("the role change log", () => {
    const entry = (version: number, roleIds: string[], roles = 10, requirements = 40) => ({ version, roleIds, roles, requirements });

    it("gives the roles of every version in between when each has its entry and the last one's counts are current", () => {
        expect(loggedChanges("3/10/40", "5/10/41", [entry(4, ["a"]), entry(5, ["b", "a"], 10, 41)])).toEqual(new Set(["a", "b"]));
    });

    it.each([
        ["a version without an entry", "3/10/40", "5/10/40", [entry(5, ["b"])]],
        ["entries out of order", "3/10/40", "5/10/40", [entry(5, ["b"]), entry(4, ["a"])]],
        ["counts moved behind the log's back", "3/10/40", "4/11/40", [entry(4, ["a"])]],
        ["no version change", "4/10/40", "4/10/40", []],
    ])("leaves the decision to the digests with %s", (_why, known, current, entries) => {
        expect(loggedChanges(known, current, entries)).toBeNull();
    });
});
