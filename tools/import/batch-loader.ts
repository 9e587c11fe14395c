import type { Driver } from "neo4j-driver";
import { toolCypher } from "../cypher-catalogue";
import type { ToolQueryName } from "../generated/cypher-names";
import type { ImportProgress } from "./progress";

export interface LoadStep {
    /** Stable name, also the checkpoint key. */
    readonly name: string;
    /** cypher/<file>: takes $rows and writes them with MERGE. */
    readonly cypherFile: ToolQueryName;
    readonly rows: readonly unknown[];
}

export interface BatchLoaderOptions {
    readonly driver: Driver;
    readonly database: string;
    /** Identifies the run for resuming: same source and options, same id. */
    readonly runId: string;
    readonly batchSize: number;
    readonly progress: ImportProgress;
    readonly params?: Record<string, unknown>;
}

/** Committed batches per step of a run, as recorded by the checkpoints. */
export async function readCheckpoints(driver: Driver, database: string, runId: string): Promise<Map<string, { batches: number; done: boolean }>> {
    const { records } = await driver.executeQuery(toolCypher("import/read-checkpoint"), { run: runId }, { database });
    return new Map(records.map((r) => [r.get("step") as string, { batches: Number(r.get("batches")), done: r.get("done") as boolean }]));
}

export async function clearCheckpoints(driver: Driver, database: string, runId: string): Promise<void> {
    await driver.executeQuery(toolCypher("import/clear-checkpoint"), { run: runId }, { database });
}

/**
 * Writes a step's rows in batches, each batch in its own write transaction together with its checkpoint, so an
 * interrupted import resumes after the last committed batch and a batch is never half-written.
 */
export async function loadStep(step: LoadStep, options: BatchLoaderOptions, committedBatches: number): Promise<{ rows: number; seconds: number }> {
    const { driver, database, runId, batchSize, progress } = options;
    const batches = Math.ceil(step.rows.length / batchSize);
    const bar = progress.start(step.name, step.rows.length, Math.min(step.rows.length, committedBatches * batchSize));
    const started = Date.now();
    const statement = toolCypher(step.cypherFile);
    const checkpoint = toolCypher("import/write-checkpoint");
    const session = driver.session({ database });
    try {
        for (let batch = committedBatches; batch < batches; batch++) {
            const rows = step.rows.slice(batch * batchSize, (batch + 1) * batchSize);
            await session.executeWrite(async (tx) => {
                await tx.run(statement, { ...options.params, rows });
                await tx.run(checkpoint, { run: runId, step: step.name, batches: batch + 1, done: batch + 1 === batches });
            });
            bar.increment(rows.length);
        }
        if (batches === 0) {
            await session.executeWrite((tx) => tx.run(checkpoint, { run: runId, step: step.name, batches: 0, done: true }));
        }
    } finally {
        bar.stop();
        await session.close();
    }
    return { rows: step.rows.length - Math.min(step.rows.length, committedBatches * batchSize), seconds: (Date.now() - started) / 1000 };
}
