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

/** Runs `call` sequentially `count` times and returns each call's duration in milliseconds. */
export async function timeCalls(count: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
    const durations: number[] = [];
    for (let i = 0; i < count; i++) {
        const started = process.hrtime.bigint();
        await call(i);
        durations.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return durations;
}

/** Calls per second with `concurrency` workers calling in a loop for `seconds`. */
export async function throughput(concurrency: number, seconds: number, call: (i: number) => Promise<unknown>): Promise<{ perSecond: number; errors: number }> {
    const deadline = Date.now() + seconds * 1000;
    let done = 0;
    let errors = 0;
    let next = 0;
    await Promise.all(
        [...Array(concurrency).keys()].map(async () => {
            while (Date.now() < deadline) {
                try {
                    await call(next++);
                    done++;
                } catch {
                    errors++;
                }
            }
        }),
    );
    return { perSecond: done / seconds, errors };
}
