import {
    baselineRankers,
    blendRanking,
    buildCases,
    idfCoverage,
    ndcgAt,
    oneToOnePairs,
    only,
    reciprocalRank,
    tfidfVectors,
    tuneSignalWeights,
} from "../eval/mobility";

describe("the mobility development set", () => {
    it("keeps only one-to-one ESCO <-> O*NET pairs, after mapping SOC 2010 codes to 2019", () => {
        const escoOf = oneToOnePairs(
            [
                { esco: "e1", soc2010: "A" },
                { esco: "e2", soc2010: "B" }, // B splits into B1 and B2: e2 has two partners
                { esco: "e3", soc2010: "C" },
                { esco: "e4", soc2010: "C" }, // C has two ESCO partners
                { esco: "e5", soc2010: "D" },
                { esco: "e5", soc2010: "D" }, // a repeated row is still one pair
            ],
            [
                { from: "A", to: "A9" },
                { from: "B", to: "B1" },
                { from: "B", to: "B2" },
                { from: "C", to: "C9" },
                { from: "D", to: "D9" },
            ],
        );
        expect([...escoOf].sort()).toEqual([
            ["A9", "e1"],
            ["D9", "e5"],
        ]);
    });

    it("builds cases from links whose both ends have a partner in the database, gains from the links' ranks", () => {
        const links = new Map([
            [
                "A9",
                [
                    { target: "D9", index: 1 },
                    { target: "X", index: 2 },
                    { target: "F9", index: 10 },
                ],
            ],
            ["D9", [{ target: "X", index: 1 }]],
        ]);
        const escoOf = new Map([
            ["A9", "e1"],
            ["D9", "e5"],
            ["F9", "e6"],
        ]);
        const cases = buildCases(links, escoOf, new Set(["e1", "e5", "e6"]));
        expect(cases).toHaveLength(1);
        expect(cases[0].source).toBe("e1");
        expect([...cases[0].relevant]).toEqual([
            ["e5", 1],
            ["e6", 0.1],
        ]);
    });
});

describe("the metrics", () => {
    const relevant = new Map([
        ["a", 1],
        ["b", 0.5],
    ]);

    it("gives the reciprocal rank of the first relevant item, 0 without one", () => {
        expect(reciprocalRank(["x", "b", "a"], relevant)).toBe(0.5);
        expect(reciprocalRank(["x", "y"], relevant)).toBe(0);
    });

    it("gives nDCG 1 for the ideal order and less otherwise, by hand", () => {
        expect(ndcgAt(["a", "b", "x"], relevant, 10)).toBeCloseTo(1, 12);
        const ideal = 1 + 0.5 / Math.log2(3);
        expect(ndcgAt(["b", "x", "a"], relevant, 10)).toBeCloseTo((0.5 + 1 / Math.log2(4)) / ideal, 12);
        expect(ndcgAt(["x", "a"], relevant, 1)).toBe(0);
    });
});

describe("the baselines", () => {
    const occupations = [
        {
            id: "src",
            iscoGroup: "2512",
            skills: new Map([
                ["java", 1],
                ["sql", 1],
                ["talk", 0.5],
            ]),
        },
        {
            id: "near",
            iscoGroup: "2512",
            skills: new Map([
                ["java", 1],
                ["sql", 1],
            ]),
        },
        {
            id: "far",
            iscoGroup: "9112",
            skills: new Map([
                ["talk", 1],
                ["clean", 1],
            ]),
        },
        { id: "other", iscoGroup: "2519", skills: new Map([["clean", 1]]) },
    ];

    it("weighs rare skills more: TF-IDF vectors have unit length and a skill every role needs weighs nothing", () => {
        const vectors = tfidfVectors([...occupations, { id: "all", iscoGroup: null, skills: new Map([["java", 1]]) }]);
        for (const vector of vectors.values()) {
            const norm = Math.sqrt([...vector.values()].reduce((sum, x) => sum + x * x, 0));
            if (norm > 0) expect(norm).toBeCloseTo(1, 12);
        }
        expect(
            tfidfVectors([{ id: "a", iscoGroup: null, skills: new Map([["x", 1]]) }])
                .get("a")!
                .get("x"),
        ).toBe(0);
    });

    it("rank the candidate sharing skills and ISCO group first, and every method ranks every candidate once", () => {
        const candidates = ["near", "far", "other"];
        for (const [name, rank] of baselineRankers(occupations)) {
            const ranked = rank("src", candidates);
            expect([...ranked].sort()).toEqual([...candidates].sort());
            if (name !== "random") expect(ranked[0]).toBe("near");
        }
    });
});

describe("the blend", () => {
    // Three candidate roles (indices 0-2) and the source (3), outside the blend.
    const roleIds = ["a", "b", "c", "src"];
    const signals = {
        values: { requirements: [0.9, 0.1, 0.8, 1], semantic: [0.1, 0.9, 0.5, 1] },
        candidates: [0, 1, 2],
    };
    const all = ["a", "b", "c"];

    it("orders by the weighted sum of standardised signals, a weight of 0 leaving a signal out", () => {
        expect(blendRanking("src", roleIds, signals, only("requirements"), all)).toEqual(["a", "c", "b"]);
        expect(blendRanking("src", roleIds, signals, only("semantic"), all)).toEqual(["b", "c", "a"]);
        expect(blendRanking("src", roleIds, signals, { ...only("requirements"), semantic: 3 }, all)).toEqual(["b", "c", "a"]);
    });

    it("is tuned towards the signal that ranks the relevant roles first", () => {
        const cases = [
            { source: "src", relevant: new Map([["b", 1]]), part: "tune" as const },
            { source: "src", relevant: new Map([["b", 0.5]]), part: "tune" as const },
        ];
        const equal = { requirements: 1, coverage: 1, related: 1, transition: 1, semantic: 1, hierarchy: 1 };
        expect(blendRanking("src", roleIds, signals, equal, all)[0]).toBe("c"); // where the search starts
        const weights = tuneSignalWeights(cases, (c, _i, w) => blendRanking(c.source, roleIds, signals, w, all));
        expect(blendRanking("src", roleIds, signals, weights, all)[0]).toBe("b");
        expect(weights.semantic).toBeGreaterThan(weights.requirements);
    });
});

describe("IDF-weighted coverage", () => {
    it("is directional: the share of one profile's weighted skills the other also requires", () => {
        const a = {
            id: "a",
            iscoGroup: null,
            skills: new Map([
                ["common", 1],
                ["rare", 1],
            ]),
        };
        const b = { id: "b", iscoGroup: null, skills: new Map([["rare", 1]]) };
        const c = { id: "c", iscoGroup: null, skills: new Map([["common", 1]]) };
        const d = { id: "d", iscoGroup: null, skills: new Map([["common", 0.5]]) };
        const coverage = idfCoverage([a, b, c, d]);
        // idf(common) = ln(4/3), idf(rare) = ln(4/2); b covers a's rare skill only, a covers all of b's.
        expect(coverage(a, b)).toBeCloseTo(Math.log(2) / (Math.log(4 / 3) + Math.log(2)), 12);
        expect(coverage(b, a)).toBe(1);
        expect(coverage(c, b)).toBe(0);
    });
});
