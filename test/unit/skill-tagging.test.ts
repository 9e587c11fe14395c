import {
    type FusedTag,
    PhraseIndex,
    RoleSkillSets,
    coherenceScores,
    combineSentences,
    fuseRankings,
    normaliseTerm,
    rerankByCoherence,
    splitSentences,
} from "../../src/domain/skill-tagging";
import { courseLengthTexts } from "../../tools/bench/texts";
import { interleave, rPrecisionAt } from "../eval/tagging";
import { meanWithInterval, partOf, recallAt } from "../eval/metrics";

describe("splitSentences", () => {
    it("splits sentences, list items and semicolons, with offsets into the text", () => {
        const text = "Design schemas. Write SQL!\n- tune queries; back up data\n• restore it";
        const spans = splitSentences(text);
        expect(spans.map((s) => s.text)).toEqual(["Design schemas.", "Write SQL!", "tune queries", "back up data", "restore it"]);
        for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    });

    it("keeps decimals and names with dots in one sentence, and cuts an over-long one at commas", () => {
        expect(splitSentences("Use Node.js 20.1 and ASP.NET daily.").map((s) => s.text)).toEqual(["Use Node.js 20.1 and ASP.NET daily."]);
        const long = Array.from({ length: 40 }, (_, i) => `clause number ${i}`).join(", ");
        const spans = splitSentences(long);
        expect(spans.length).toBeGreaterThan(1);
        expect(spans.every((s) => s.text.length <= 400)).toBe(true);
        expect(
            spans
                .map((s) => s.text)
                .join(" ")
                .replace(/,/g, ""),
        ).toBe(long.replace(/,/g, ""));
    });
});

describe("PhraseIndex", () => {
    const index = new PhraseIndex([
        { skillId: "java", name: "Java (computer programming)", altLabels: ["Java"], taxonomy: "ESCO" },
        { skillId: "cpp", name: "C++", altLabels: [], taxonomy: "ESCO" },
        { skillId: "pm", name: "manage projects", altLabels: ["project management"], taxonomy: "ESCO" },
        { skillId: "r", name: "R", altLabels: [], taxonomy: "ESCO" },
        { skillId: "onet-java", name: "Java", altLabels: [], taxonomy: "ONET" },
    ]);

    it("finds labels as phrases, without their qualifier, with plurals folded, and their spans", () => {
        const text = "Java and C++ developers who manage projects; Project Management skills.";
        const matches = index.match(text);
        const byId = (id: string) => matches.filter((m) => m.skillId === id).map((m) => text.slice(m.start, m.end));
        expect(byId("java")).toEqual(["Java"]);
        expect(byId("cpp")).toEqual(["C++"]);
        expect(byId("pm")).toEqual(["manage projects", "Project Management"]);
        expect(matches.find((m) => m.skillId === "pm" && m.preferred)?.words).toBe(2);
        expect(normaliseTerm("technologies")).toBe("technology");
        expect(normaliseTerm("analysis")).toBe("analysis");
    });

    it("matches no label shorter than two characters, and keeps to a taxonomy when asked", () => {
        expect(index.match("R is a language").map((m) => m.skillId)).toEqual([]);
        expect(index.match("Java", "ONET").map((m) => m.skillId)).toEqual(["onet-java"]);
        expect(
            index
                .match("Java", null)
                .map((m) => m.skillId)
                .sort(),
        ).toEqual(["java", "onet-java"]);
    });
});

describe("fusion and re-ranking", () => {
    it("combines a skill's sentences: the best one plus a share of the others", () => {
        expect(combineSentences([0.2, 1, 0.4], 0.5)).toBeCloseTo(1.3);
        expect(combineSentences([], 0.5)).toBe(0);
    });

    it("fuses rankings by weighted reciprocal rank, scaled to 0..1, recording the methods and ranks", () => {
        const fused = fuseRankings(
            new Map([
                ["EXACT", new Map([["a", 2]])],
                [
                    "LEXICAL",
                    new Map([
                        ["b", 9],
                        ["a", 3],
                    ]),
                ],
                [
                    "SEMANTIC",
                    new Map([
                        ["a", 0.9],
                        ["b", 0.8],
                        ["c", 0.7],
                    ]),
                ],
            ]),
            { k: 1, weights: { EXACT: 1, LEXICAL: 1, SEMANTIC: 1 } },
        );
        expect(fused.map((t) => t.skillId)).toEqual(["a", "b", "c"]);
        expect(fused[0]).toMatchObject({ methods: ["EXACT", "LEXICAL", "SEMANTIC"], ranks: { EXACT: 1, LEXICAL: 2, SEMANTIC: 1 } });
        // a: 1/2 + 1/3 + 1/2 over the best possible 3/2.
        expect(fused[0].score).toBeCloseTo((1 / 2 + 1 / 3 + 1 / 2) / 1.5);
        expect(fused.every((t) => t.score > 0 && t.score <= 1)).toBe(true);
    });

    it("lets only the candidates the best roles need rise, never adding a skill, and leaves out excluded roles", () => {
        const sets = new RoleSkillSets(
            new Map([
                [
                    "dev",
                    [
                        { skillId: "java", weight: 1 },
                        { skillId: "sql", weight: 1 },
                        { skillId: "git", weight: 0.5 },
                    ],
                ],
                [
                    "baker",
                    [
                        { skillId: "bread", weight: 1 },
                        { skillId: "ovens", weight: 1 },
                    ],
                ],
            ]),
        );
        const candidates: FusedTag[] = [
            { skillId: "java", score: 0.9, methods: ["EXACT"], ranks: {} },
            { skillId: "bread", score: 0.6, methods: ["SEMANTIC"], ranks: {} },
            { skillId: "sql", score: 0.5, methods: ["LEXICAL"], ranks: {} },
        ];
        const coherence = coherenceScores(candidates, sets, { boost: 1, optional: 0.5, seeds: 3, roles: 1 });
        expect([...coherence.keys()].sort()).toEqual(["java", "sql"]); // git is the role's, not a candidate
        const reranked = rerankByCoherence(candidates, coherence, 1);
        expect(reranked.map((t) => t.skillId)).toEqual(["java", "sql", "bread"]);
        expect(reranked.find((t) => t.skillId === "sql")!.methods).toEqual(["LEXICAL", "GRAPH"]);
        expect(reranked.every((t) => t.score <= 1)).toBe(true);
        expect(coherenceScores(candidates, sets, { boost: 1, optional: 0.5, seeds: 3, roles: 1 }, new Set(["dev"])).has("java")).toBe(false);
        expect(rerankByCoherence(candidates, new Map(), 1)).toEqual(candidates);
    });
});

describe("the tagging evaluation's measures", () => {
    it("computes R-Precision@k over min(k, relevant) and Recall@k", () => {
        const relevant = new Set(["a", "b"]);
        expect(rPrecisionAt(["a", "x", "b", "y", "z"], relevant, 5)).toBe(1);
        expect(rPrecisionAt(["x", "a"], relevant, 5)).toBe(0.5);
        expect(recallAt(["a", "x"], new Set(["a", "b", "c", "d"]), 10)).toBe(0.25);
    });

    it("splits deterministically, interleaves without repeats, and brackets the mean", () => {
        expect(partOf("http://data.europa.eu/esco/occupation/x")).toBe(partOf("http://data.europa.eu/esco/occupation/x"));
        const parts = Array.from({ length: 1000 }, (_, i) => partOf(`uri-${i}`));
        expect(parts.filter((p) => p === "tune").length).toBeGreaterThan(330);
        expect(parts.filter((p) => p === "tune").length).toBeLessThan(470);
        expect(interleave(["a", "b", "c"], ["b", "d"])).toEqual(["a", "b", "d", "c"]);
        const interval = meanWithInterval([0, 1, 0, 1, 1, 0, 1, 0]);
        expect(interval.mean).toBe(0.5);
        expect(interval.low).toBeLessThan(0.5);
        expect(interval.high).toBeGreaterThan(0.5);
    });

    it("builds course-length texts from consecutive descriptions", () => {
        const texts = courseLengthTexts(["one two three.", "four five six.", "seven eight."], 20, 5);
        expect(texts.length).toBeGreaterThan(0);
        expect(texts.every((text) => text.length <= 20)).toBe(true);
    });
});
