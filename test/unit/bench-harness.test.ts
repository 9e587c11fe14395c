import { describeDifference, isGraphqlError, latencyCell, perSecond, splitInputs, tailFigure } from "../../tools/bench/harness";
import { throughput, timeCalls, timeInterleaved } from "../../tools/bench/stats";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { projectRoot } from "../../src/project-root";
import { SET_LEVEL } from "../../tools/bench/after-change";
import { WARM_UP_QUERY } from "../../tools/bench/run";
import { type BenchResultFile, scaleCurve, scaleCurveTable } from "../../tools/bench/scale-curve";

describe("bench harness: comparing a baseline's reads with the API's answer", () => {
    it("accepts equal projections under every mode", () => {
        expect(
            describeDifference(
                { page: ["a", "b"], skills: ["x", "y"], members: ["p"] },
                { page: ["a", "b"], skills: ["y", "x"], members: ["q", "p"] },
                { page: "ordered", skills: "set", members: "subset" },
            ),
        ).toBeNull();
    });

    it("names the first position where a ranked list differs", () => {
        expect(describeDifference({ page: ["a", "b", "c"] }, { page: ["a", "c", "b"] }, { page: "ordered" })).toBe(
            "page (in order): API 3, baseline 3; first difference at position 2: API b, baseline c",
        );
    });

    it("counts a baseline that reads more as a difference, even when the shared part agrees", () => {
        expect(describeDifference({ page: ["a"] }, { page: ["a", "b"] }, { page: "ordered" })).toBe(
            "page (in order): API 1, baseline 2; first difference at position 2: API (nothing), baseline b",
        );
    });

    it("lists what only one side has for unordered aspects", () => {
        expect(describeDifference({ skills: ["x", "y"] }, { skills: ["y", "z"] }, { skills: "set" })).toBe(
            "skills (any order): API 2, baseline 2; only in the API's answer: x; only in the baseline's: z",
        );
    });

    it("finds duplicates that a set comparison would hide", () => {
        expect(describeDifference({ skills: ["x", "x"] }, { skills: ["x"] }, { skills: "set" })).toBe("skills (any order): API 2, baseline 1");
    });

    it("reports answers the baseline did not read for subset aspects, shortening long lists", () => {
        const api = [...Array(12).keys()].map((i) => `p${i}`);
        expect(describeDifference({ members: api }, { members: ["p0"] }, { members: "subset" })).toBe(
            "members: the API answered 11 the baseline did not read: p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, and 1 more",
        );
    });

    it("puts each differing aspect on its own line and fails a projection that forgot an aspect", () => {
        expect(describeDifference({ a: ["1"], b: ["2"] }, { a: ["9"] }, { a: "ordered", b: "set" })).toBe(
            "a (in order): API 1, baseline 1; first difference at position 1: API 1, baseline 9\nb: missing from the baseline's projection",
        );
    });
});

describe("bench harness: errors are not throughput", () => {
    it.each([
        [200, { data: { x: 1 } }, false],
        [200, { data: { x: 1 }, errors: [{ message: "FORBIDDEN" }] }, true],
        [200, { data: null, errors: [{ message: "NOT_FOUND" }] }, true],
        [200, { errors: [] }, true],
        [200, null, true],
        [400, { data: { x: 1 } }, true],
        [503, { errors: [{ message: "UNAVAILABLE" }] }, true],
    ])("status %i with body %j is an error: %s", (status, body, expected) => {
        expect(isGraphqlError(status, body)).toBe(expected);
    });

    it("divides successes alone by the seconds measured", () => {
        expect(perSecond({ ok: 30, errors: 10, seconds: 1.5 })).toBe(20);
        expect(perSecond({ ok: 0, errors: 4, seconds: 2 })).toBe(0);
        expect(perSecond({ ok: 5, errors: 0, seconds: 0 })).toBe(0);
    });

    it("times only calls that succeed and counts the others", async () => {
        const samples = await timeCalls(5, (i) => (i % 2 ? Promise.reject(new Error("no")) : Promise.resolve(i)));
        expect(samples.durations).toHaveLength(3);
        expect(samples.errors).toBe(2);
    });

    it("tallies throughput over the time it actually took, past the nominal seconds", async () => {
        const tally = await throughput(2, 0.05, async (i) => {
            await new Promise((resolve) => setTimeout(resolve, 30));
            if (i % 3 === 0) throw new Error("no");
        });
        // Each worker starts at least one call; the one in flight at the deadline finishes and counts.
        expect(tally.ok + tally.errors).toBeGreaterThanOrEqual(2);
        expect(tally.errors).toBeGreaterThanOrEqual(1);
        expect(tally.seconds).toBeGreaterThanOrEqual(0.05);
    });
});

describe("bench harness: tail latencies need at least 100 samples", () => {
    it("prints p95 and p99 only from 100 samples on", () => {
        expect(tailFigure(12.345, 100)).toBe("12.3");
        expect(tailFigure(12.345, 99)).toBe("n<100");
        expect(latencyCell({ p50: 1.04, p95: 2, p99: 3 }, 50)).toBe("1.0 / n<100 / n<100 (n 50)");
        expect(latencyCell({ p50: 1.04, p95: 2, p99: 3 }, 200)).toBe("1.0 / 2.0 / 3.0 (n 200)");
        expect(latencyCell({ p50: NaN, p95: NaN, p99: NaN }, 0)).toBe("- / n<100 / n<100 (n 0)");
    });
});

describe("bench harness: warm-up inputs are not measured", () => {
    it("keeps the two apart, at most half the pool for the warm-up", () => {
        const { warmup, measured, distinct } = splitInputs([1, 2, 3, 4, 5, 6], 20, String);
        expect(warmup).toEqual([1, 2, 3]);
        expect(measured).toEqual([4, 5, 6]);
        expect(distinct).toBe(true);
        expect(splitInputs([...Array(100).keys()], 20, String).warmup).toHaveLength(20);
    });

    it("drops duplicates by key before splitting, so no input lands on both sides", () => {
        const { warmup, measured } = splitInputs(["a", "b", "a", "c", "b", "d"], 20, (x) => x);
        expect(warmup).toEqual(["a", "b"]);
        expect(measured).toEqual(["c", "d"]);
        expect(warmup.filter((x) => measured.includes(x))).toEqual([]);
    });

    it("says so when an operation has a single input to use for both", () => {
        expect(splitInputs(["only", "only"], 20, (x) => x)).toEqual({ warmup: ["only"], measured: ["only"], distinct: false });
    });

    it("refuses an empty pool", () => {
        expect(() => splitInputs([], 20, String)).toThrow("no inputs to measure with");
    });
});

describe("the benchmark's own GraphQL documents", () => {
    const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "generated", "schema.graphql"), "utf8"));
    it.each([
        ["the after-change section's requirement edit", SET_LEVEL],
        ["the warm-up query", WARM_UP_QUERY],
    ])("%s validates against the printed schema", (_name, document) => {
        expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    });
});

describe("bench scale curve", () => {
    const run = (scale: number, p95: number, samples = 110, extra: Partial<BenchResultFile> = {}): BenchResultFile => ({
        scale,
        facts: { workforce: { people: scale } },
        results: [{ name: "candidatesForRole", graphql: { p95, samples } }],
        ...extra,
    });

    it("takes the latest run per size, leaves demo runs out and shows the growth from the smallest size to the largest", () => {
        const curve = scaleCurve([
            { name: "bench-2026-12-02T01.json", content: run(100_000, 400) },
            { name: "bench-2026-12-02T03.json", content: run(100_000, 200) },
            { name: "bench-2026-12-02T02.json", content: run(10_000, 100) },
            { name: "bench-2026-12-02T04.json", content: run(100_000, 1, 110, { demo: true }) },
            {
                name: "bench-2026-12-02T05.json",
                content: run(300_000, 300, 110, { afterChange: [{ name: "careerPaths", calls: 110, afterChange: { p95: 250 } }] }),
            },
        ]);
        expect(curve.scales).toEqual([10_000, 100_000, 300_000]);
        expect(scaleCurveTable(curve).split("\n")).toEqual([
            "| operation | p95 ms at 10,000 people | p95 ms at 100,000 people | p95 ms at 300,000 people | p95 growth 10,000 -> 300,000 (people x30) |",
            "|---|---:|---:|---:|---:|",
            "| candidatesForRole | 100.0 | 200.0 | 300.0 | x3.00 |",
            "| careerPaths, first call after a requirement change | - | - | 250.0 | - |",
        ]);
    });

    it("prints no tail figure from fewer than 100 samples", () => {
        const curve = scaleCurve([
            { name: "a.json", content: run(10_000, 100, 20) },
            { name: "b.json", content: run(20_000, 100) },
        ]);
        expect(scaleCurveTable(curve)).toContain("| candidatesForRole | n<100 | 100.0 | - |");
    });
});

describe("interleaved timing of two sides", () => {
    it("runs call i of each side back to back, alternating which goes first, and lets the side with more calls finish alone", async () => {
        const order: string[] = [];
        const { a, b } = await timeInterleaved(
            { a: 4, b: 2 },
            (i) => Promise.resolve(order.push(`a${i}`)),
            (i) => (i === 1 ? Promise.reject(new Error("failed")) : Promise.resolve(order.push(`b${i}`))),
        );
        expect(order).toEqual(["a0", "b0", "a1", "a2", "a3"]);
        expect([a.durations.length, a.errors, b.durations.length, b.errors]).toEqual([4, 0, 1, 1]);
    });
});
