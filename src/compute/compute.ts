/**
 * Where the use cases' CPU-heavy steps run. Plan, progress and team solving can take seconds on large catalogues; on
 * the event loop they would stall every other request of the process (/health included). With threads > 0 they run
 * on a pool of worker threads (piscina: queueing, thread reuse, clean shutdown), so the main thread only reads and
 * answers. Inline (threads 0, or the TypeScript sources under ts-jest, where no compiled thread entry exists) they run
 * on the calling thread: same results, used by the in-process tests.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import { type TaskInput, type TaskName, type TaskOutput, runTask } from "./tasks";

export interface Compute {
    /** "threads" when a pool runs the tasks, "inline" when the calling thread does. */
    readonly mode: "threads" | "inline";
    run<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>>;
    close(): Promise<void>;
}

export const inlineCompute: Compute = {
    mode: "inline",
    run: (task, input) => Promise.resolve(runTask({ task, input })),
    close: () => Promise.resolve(),
};

/** A pool of `threads` compute threads, or inline compute when threads is 0 or no compiled entry point exists. */
export function createCompute(threads: number): Compute {
    const entry = path.join(__dirname, "tasks.js");
    if (threads === 0 || !existsSync(entry)) return inlineCompute;
    const pool = new Piscina({ filename: entry, name: "runTask", minThreads: 1, maxThreads: threads, idleTimeout: 60_000 });
    return {
        mode: "threads",
        run: <K extends TaskName>(task: K, input: TaskInput<K>) => pool.run({ task, input }) as Promise<TaskOutput<K>>,
        close: () => pool.destroy(),
    };
}
