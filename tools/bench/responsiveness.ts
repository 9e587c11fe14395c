/**
 * Does a heavy request stall the others? Cheap queries (skill search, skillGap) run for a phase alone, then for a
 * phase with clients looping heavy learning queries (nearestCredentials, learningPlan) beside them, while /health is
 * probed every second. Reported per phase: the cheap queries' latency, /health's latency, and the API process's own
 * event-loop delay (/health's eventLoopDelay: p99 and max of the 10-second windows that completed inside the phase).
 */
import { type GraphqlCall, postGraphql } from "./graphql-http";
import { percentiles } from "./stats";

export interface PhaseResult {
    readonly phase: string;
    readonly seconds: number;
    readonly cheap: { readonly requests: number; readonly errors: number; readonly p50: number; readonly p95: number };
    readonly heavy: { readonly requests: number; readonly errors: number; readonly p50: number };
    readonly health: { readonly probes: number; readonly p95: number; readonly max: number };
    /** Worst p99 and max of the event loop's delay over the windows that completed in the phase; null when none did. */
    readonly eventLoop: { readonly windows: number; readonly p99Ms: number; readonly maxMs: number } | null;
}

interface Window {
    readonly windowSeconds: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly maxMs: number;
}

async function phase(
    name: string,
    url: string,
    seconds: number,
    cheap: readonly GraphqlCall[],
    heavy: readonly GraphqlCall[],
    clients: { cheap: number; heavy: number },
): Promise<PhaseResult> {
    const healthUrl = url.replace(/graphql$/, "health");
    const started = performance.now();
    const ends = started + seconds * 1000;
    const cheapMs: number[] = [];
    const heavyMs: number[] = [];
    const healthMs: number[] = [];
    const windows: Window[] = [];
    let [cheapErrors, heavyErrors] = [0, 0];
    const loop = async (calls: readonly GraphqlCall[], offset: number, latencies: number[], onError: () => void) => {
        for (let i = offset; performance.now() < ends; i++) {
            const began = performance.now();
            const ok = await postGraphql(url, calls[i % calls.length], "a responsiveness call").then(
                () => true,
                () => false,
            );
            if (ok) latencies.push(performance.now() - began);
            else onError();
        }
    };
    const probe = async () => {
        while (performance.now() < ends) {
            const began = performance.now();
            const body = (await (await fetch(healthUrl)).json()) as { eventLoopDelay?: Window };
            healthMs.push(performance.now() - began);
            // The last complete window lies inside the phase once two window lengths have passed since it began.
            const window = body.eventLoopDelay;
            const completedInside = window && window.windowSeconds >= 9.5 && performance.now() - started >= 2 * window.windowSeconds * 1000;
            if (completedInside && !windows.some((w) => JSON.stringify(w) === JSON.stringify(window))) windows.push(window);
            await new Promise((resolve) => setTimeout(resolve, 1000));
        }
    };
    await Promise.all([
        probe(),
        ...Array.from({ length: clients.cheap }, (_, i) => loop(cheap, i * 7, cheapMs, () => cheapErrors++)),
        ...Array.from({ length: clients.heavy }, (_, i) => loop(heavy, i * 11, heavyMs, () => heavyErrors++)),
    ]);
    const c = percentiles(cheapMs);
    const h = percentiles(healthMs);
    return {
        phase: name,
        seconds: (performance.now() - started) / 1000,
        cheap: { requests: cheapMs.length, errors: cheapErrors, p50: c.p50, p95: c.p95 },
        heavy: { requests: heavyMs.length, errors: heavyErrors, p50: percentiles(heavyMs).p50 },
        health: { probes: healthMs.length, p95: h.p95, max: Math.max(...healthMs) },
        eventLoop: windows.length
            ? { windows: windows.length, p99Ms: Math.max(...windows.map((w) => w.p99Ms)), maxMs: Math.max(...windows.map((w) => w.maxMs)) }
            : null,
    };
}

/** Both phases, each `seconds` long (at least 25, so that 10-second windows complete inside it). */
export async function measureResponsiveness(
    url: string,
    calls: { cheap: readonly GraphqlCall[]; heavy: readonly GraphqlCall[] },
    options: { seconds: number; cheapClients: number; heavyClients: number },
): Promise<PhaseResult[]> {
    const seconds = Math.max(25, options.seconds);
    return [
        await phase("cheap queries alone", url, seconds, calls.cheap, calls.heavy, { cheap: options.cheapClients, heavy: 0 }),
        await phase(`with ${options.heavyClients} clients looping heavy learning queries`, url, seconds, calls.cheap, calls.heavy, {
            cheap: options.cheapClients,
            heavy: options.heavyClients,
        }),
    ];
}

export function responsivenessTable(results: readonly PhaseResult[]): string {
    const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "-");
    return [
        "| phase | seconds | cheap requests (errors) | cheap p50 / p95 ms | heavy requests (errors), p50 ms | /health probes, p95 / max ms | event-loop delay p99 / max ms (windows) |",
        "|---|---:|---|---|---|---|---|",
        ...results.map(
            (r) =>
                `| ${r.phase} | ${r.seconds.toFixed(0)} | ${r.cheap.requests} (${r.cheap.errors}) | ${ms(r.cheap.p50)} / ${ms(r.cheap.p95)} | ` +
                `${r.heavy.requests} (${r.heavy.errors}), ${ms(r.heavy.p50)} | ${r.health.probes}, ${ms(r.health.p95)} / ${ms(r.health.max)} | ` +
                `${r.eventLoop ? `${ms(r.eventLoop.p99Ms)} / ${ms(r.eventLoop.maxMs)} (${r.eventLoop.windows})` : "no complete window"} |`,
        ),
    ].join("\n");
}
