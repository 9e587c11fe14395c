import { monitorEventLoopDelay } from "node:perf_hooks";

export interface EventLoopDelay {
    /** The window the figures cover, in seconds: the last complete one (or the current one until a window completes). */
    readonly windowSeconds: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly maxMs: number;
}

/**
 * How late the event loop runs timers, in windows of `windowMs` (node:perf_hooks, sampled every 10 ms): what every
 * request of this process waits on top of its own work. /health reports the last complete window, so an operator or a
 * load test sees a stalled loop (a CPU-heavy step on the main thread) without a profiler.
 */
export class EventLoopMonitor {
    private readonly histogram = monitorEventLoopDelay({ resolution: 10 });
    private last: EventLoopDelay | null = null;
    private windowStarted = Date.now();
    private timer: NodeJS.Timeout | null = null;

    constructor(private readonly windowMs = 10_000) {}

    start(): void {
        this.histogram.enable();
        this.timer = setInterval(() => {
            this.last = this.snapshot();
            this.histogram.reset();
            this.windowStarted = Date.now();
        }, this.windowMs).unref();
    }

    stop(): void {
        if (this.timer) clearInterval(this.timer);
        this.histogram.disable();
    }

    current(): EventLoopDelay {
        return this.last ?? this.snapshot();
    }

    private snapshot(): EventLoopDelay {
        const ms = (ns: number) => Math.round(ns / 1e4) / 100;
        const h = this.histogram;
        return {
            windowSeconds: Math.round((Date.now() - this.windowStarted) / 100) / 10,
            p50Ms: h.count ? ms(h.percentile(50)) : 0,
            p99Ms: h.count ? ms(h.percentile(99)) : 0,
            maxMs: h.count ? ms(h.max) : 0,
        };
    }
}
