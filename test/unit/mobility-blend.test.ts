import { MobilityBlend, describeBlend, iscoProximity, parseSignalWeights } from "../../src/domain/mobility-blend";
import { type RoleProfile, TransitionIndex } from "../../src/domain/transition-index";

const weights = { requirements: 0, coverage: 1, related: 0, transition: 0, semantic: 2, hierarchy: 0 };

describe("the mobility blend", () => {
    it("sums standardised signals by weight, leaves out constant and unweighted signals, and counts a missing value as average", () => {
        const blend = new MobilityBlend(
            { coverage: [1, 0, 0.5, 9], semantic: [0.2, 0.8, Number.NaN, 9], requirements: [1, 0, 0, 0], hierarchy: [0.5, 0.5, 0.5, 0] },
            weights,
            [0, 1, 2],
        );
        expect(blend.signals).toEqual(["coverage", "semantic"]);
        // coverage over 0-2: mean 0.5, sd sqrt(1/6); semantic over 0-1 (2 has none): mean 0.5, sd 0.3.
        const sd = Math.sqrt(1 / 6);
        expect(blend.score(0)).toBeCloseTo(0.5 / sd + (2 * -0.3) / 0.3, 12);
        expect(blend.score(1)).toBeCloseTo(-0.5 / sd + (2 * 0.3) / 0.3, 12);
        expect(blend.score(2)).toBeCloseTo(0, 12);
        expect(blend.breakdown(2).map((s) => s.signal)).toEqual(["coverage"]);
        expect(blend.breakdown(0).reduce((sum, s) => sum + s.contribution, 0)).toBeCloseTo(blend.score(0), 12);
    });

    it("explains a role by the signals that raised it, strongest first", () => {
        const facts = { sharedRequirements: 3, requirements: 5, sameIscoDigits: 4 };
        expect(
            describeBlend(
                [
                    { signal: "coverage", value: 0.6, contribution: 0.4 },
                    { signal: "semantic", value: 0.82, contribution: 1.2 },
                    { signal: "hierarchy", value: 1, contribution: 0.9 },
                    { signal: "transition", value: 0.2, contribution: -0.5 },
                ],
                facts,
            ),
        ).toBe("shares 3 of its 5 requirements; descriptions very similar (0.82); same ISCO unit group; requires 60% of the start's skills (by specificity)");
        expect(describeBlend([{ signal: "transition", value: 0.2, contribution: -0.5 }], facts)).toBe(
            "shares 3 of its 5 requirements; no signal above the average role",
        );
    });

    it("measures ISCO proximity in shared leading digits, up to the unit group", () => {
        expect([iscoProximity("2511", "2511"), iscoProximity("2511", "2512"), iscoProximity("2511", "3511"), iscoProximity("2511", null)]).toEqual([
            1, 0.75, 0, 0,
        ]);
        expect(iscoProximity("2511.3", "2511.4")).toBe(1);
    });

    it("parses configured weights and names what is wrong", () => {
        expect(parseSignalWeights("semantic=2, coverage=0.5")).toEqual({
            requirements: 0,
            coverage: 0.5,
            related: 0,
            transition: 0,
            semantic: 2,
            hierarchy: 0,
        });
        expect(() => parseSignalWeights("semantics=2")).toThrow(/"semantics=2" is not signal=weight with a signal among requirements, coverage/);
        expect(() => parseSignalWeights("semantic=-1")).toThrow(/the weight of semantic must be a number from 0 to 100, not "-1"/);
        expect(() => parseSignalWeights("semantic=")).toThrow(/not ""/);
        expect(() => parseSignalWeights("semantic=0")).toThrow(/at least one signal needs a weight above 0/);
    });
});

describe("the transition index's profile signals", () => {
    const fit = { essential: 1, optional: 0.3 };
    const role = (id: string, skills: [string, "ESSENTIAL" | "OPTIONAL"][]): RoleProfile => ({
        id,
        title: id,
        requirements: skills.map(([skillId, importance]) => ({ skillId, skillName: skillId, level: 3, importance })),
    });

    it("equal a brute-force cosine and coverage of IDF-weighted profiles on random roles", () => {
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const skills = Array.from({ length: 12 }, (_, i) => `s${i}`);
        const roles = Array.from({ length: 30 }, (_, r) =>
            role(
                `r${r}`,
                skills.filter(() => random() < 0.3).map((s) => [s, random() < 0.5 ? "ESSENTIAL" : "OPTIONAL"]),
            ),
        );
        const index = new TransitionIndex(roles, fit, "IDF", { maxShare: 0, saturation: 1 });
        const n = (skillId: string) => roles.filter((r) => r.requirements.some((q) => q.skillId === skillId)).length;
        const vector = (r: RoleProfile) =>
            new Map(r.requirements.map((q) => [q.skillId, (q.importance === "ESSENTIAL" ? 1 : 0.3) * Math.log((roles.length + 1) / n(q.skillId))]));
        for (const start of roles.slice(0, 5)) {
            const { cosine, coverage } = index.profileSimilarity(index.profileOf({ roleId: start.id }));
            const a = vector(start);
            roles.forEach((other, i) => {
                const b = vector(other);
                const dot = [...a].reduce((sum, [s, w]) => sum + w * (b.get(s) ?? 0), 0);
                const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
                const total = [...a.values()].reduce((sum, w) => sum + w, 0);
                expect(cosine[i]).toBeCloseTo(a.size && b.size ? dot / (norm(a) * norm(b)) : 0, 12);
                expect(coverage[i]).toBeCloseTo(total ? [...a].filter(([s]) => b.has(s)).reduce((sum, [, w]) => sum + w, 0) / total : 0, 12);
            });
        }
    });

    it("credit a role for a neighbour of a start skill only where it does not require the skill itself", () => {
        const roles = [
            role("A", [["x", "ESSENTIAL"]]),
            role("B", [["y", "ESSENTIAL"]]),
            role("C", [
                ["x", "ESSENTIAL"],
                ["y", "ESSENTIAL"],
            ]),
            role("D", [["z", "ESSENTIAL"]]),
        ];
        const index = new TransitionIndex(roles, fit, "NONE", { maxShare: 0, saturation: 1 });
        const related = index.relatedCoverage(index.profileOf({ roleId: "A" }), new Map([["x", ["y"]]]));
        expect(Array.from(related)).toEqual([0, 1, 0, 0]);
    });
});
