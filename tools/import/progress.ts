import { MultiBar, Presets } from "cli-progress";

export interface StepProgress {
    increment(rows: number): void;
    stop(): void;
}

const SILENT: StepProgress = { increment: () => undefined, stop: () => undefined };

/** One progress bar per file or step; in a non-interactive terminal (CI) a line every few seconds instead. */
export class ImportProgress {
    private readonly bars: MultiBar | undefined;

    /** `enabled: false` (tests) draws nothing. */
    constructor(enabled = true) {
        this.bars = enabled
            ? new MultiBar(
                  {
                      format: " {step} |{bar}| {percentage}% {value}/{total} rows | {rate} rows/s | {duration_formatted}",
                      hideCursor: true,
                      clearOnComplete: false,
                      noTTYOutput: true,
                      notTTYSchedule: 5000,
                      stream: process.stderr,
                      barsize: 30,
                  },
                  Presets.shades_classic,
              )
            : undefined;
    }

    start(step: string, total: number, done = 0): StepProgress {
        if (!this.bars) return SILENT;
        const started = Date.now();
        const bar = this.bars.create(total, done, { step: step.padEnd(28), rate: 0 });
        let value = done;
        return {
            increment: (rows) => {
                value += rows;
                bar.update(value, { rate: Math.round((value - done) / Math.max(0.001, (Date.now() - started) / 1000)) });
            },
            stop: () => bar.stop(),
        };
    }

    stop(): void {
        this.bars?.stop();
    }
}
