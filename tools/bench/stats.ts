import type { Tally } from "./harness";

/** Latency percentiles (nearest-rank) of a sample of durations in milliseconds. */
export interface Percentiles {
    readonly p50: number;
    readonly p95: number;
    readonly p99: number;
    readonly mean: number;
}

export function percentiles(samples: readonly number[]): Percentiles {
    if (!samples.length) return { p50: NaN, p95: NaN, p99: NaN, mean: NaN };
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length };
}

/** Durations of the calls that succeeded, and how many failed (a failed call's time is not a latency). */
export interface Samples {
    readonly durations: number[];
    readonly errors: number;
}

/** Runs `call` sequentially `count` times; each call that resolves gives a duration in milliseconds, each rejection an error. */
export async function timeCalls(count: number, call: (i: number) => Promise<unknown>): Promise<Samples> {
    const durations: number[] = [];
    let errors = 0;
    for (let i = 0; i < count; i++) {
        const started = process.hrtime.bigint();
        try {
            await call(i);
            durations.push(Number(process.hrtime.bigint() - started) / 1e6);
        } catch {
            errors++;
        }
    }
    return { durations, errors };
}

/**
 * Two sides' sequential calls on the same inputs, interleaved: call i of each side runs back to back, the side going
 * first alternating, so that neither side always meets the caches the other one has just warmed for that input (the
 * database's page cache, its full-text index's). A side with fewer calls stops early; the other goes on alone.
 */
export async function timeInterleaved(
    counts: { readonly a: number; readonly b: number },
    callA: (i: number) => Promise<unknown>,
    callB: (i: number) => Promise<unknown>,
): Promise<{ a: Samples; b: Samples }> {
    const sides = [
        { count: counts.a, call: callA, durations: [] as number[], errors: 0 },
        { count: counts.b, call: callB, durations: [] as number[], errors: 0 },
    ];
    for (let i = 0; i < Math.max(counts.a, counts.b); i++) {
        for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
            if (i >= side.count) continue;
            const one = await timeCalls(1, () => side.call(i));
            side.durations.push(...one.durations);
            side.errors += one.errors;
        }
    }
    const [a, b] = sides.map(({ durations, errors }) => ({ durations, errors }));
    return { a, b };
}

/**
 * `concurrency` workers calling in a loop until `seconds` have passed. A call in flight at the deadline still finishes
 * and counts, so the tally's seconds run to the last finish rather than the nominal duration.
 */
export async function throughput(concurrency: number, seconds: number, call: (i: number) => Promise<unknown>): Promise<Tally> {
    const started = process.hrtime.bigint();
    const deadline = Date.now() + seconds * 1000;
    let ok = 0;
    let errors = 0;
    let next = 0;
    await Promise.all(
        [...Array(concurrency).keys()].map(async () => {
            while (Date.now() < deadline) {
                try {
                    await call(next++);
                    ok++;
                } catch {
                    errors++;
                }
            }
        }),
    );
    return { ok, errors, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
