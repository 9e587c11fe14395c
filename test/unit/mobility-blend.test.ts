import { MobilityBlend, describeBlend, iscoProximity, parseSignalWeights } from "../../src/domain/mobility-blend";

const weights = { requirements: 0, coverage: 1, transition: 0, semantic: 2, hierarchy: 0 };

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
        expect(parseSignalWeights("semantic=2, coverage=0.5")).toEqual({ requirements: 0, coverage: 0.5, transition: 0, semantic: 2, hierarchy: 0 });
        expect(() => parseSignalWeights("semantics=2")).toThrow(/"semantics=2" is not signal=weight with a signal among requirements, coverage/);
        expect(() => parseSignalWeights("semantic=-1")).toThrow(/the weight of semantic must be a number from 0 to 100, not "-1"/);
        expect(() => parseSignalWeights("semantic=")).toThrow(/not ""/);
        expect(() => parseSignalWeights("semantic=0")).toThrow(/at least one signal needs a weight above 0/);
    });
});
