/**
 * What the development-set evaluations share (test/eval/tagging.ts, test/eval/mobility.ts): the fixed split, ranking
 * metrics and bootstrap intervals, and a CSV reader.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

/** 40 % of items tune, 60 % test, by the first byte of their key's SHA-256: fixed, and never tuned on the test part. */
export function partOf(key: string): "tune" | "test" {
    return createHash("sha256").update(key).digest()[0] < 102 ? "tune" : "test";
}

export function readCsv(file: string, delimiter = ","): Record<string, string>[] {
    return parse<Record<string, string>>(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true, relax_quotes: true, delimiter, bom: true });
}

/** Relevant among the first k, over the number relevant. */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
    return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/** Mean and a 95 % percentile bootstrap interval (1,000 resamples, fixed seed). */
export function meanWithInterval(values: readonly number[]): { mean: number; low: number; high: number } {
    const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    // mulberry32: a small seeded generator with 32-bit integer arithmetic.
    let seed = 12345;
    const random = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const means: number[] = [];
    for (let r = 0; r < 1000; r++) {
        let sum = 0;
        for (let i = 0; i < values.length; i++) sum += values[Math.floor(random() * values.length)];
        means.push(sum / Math.max(1, values.length));
    }
    means.sort((a, b) => a - b);
    return { mean, low: means[25], high: means[974] };
}
