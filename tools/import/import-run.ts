import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Logger } from "../../src/logger";
import { toolCypher } from "../cypher-catalogue";
import type { ToolQueryName } from "../generated/cypher-names";
import { bumpGraphVersions } from "../../src/neo4j/graph-versions";
import { type LoadStep, clearCheckpoints, loadStep, readCheckpoints } from "./batch-loader";
import { ImportProgress } from "./progress";
import type { RejectLog } from "./rejects";

export interface ImportRunOptions {
    readonly driver: Driver;
    readonly database: string;
    readonly batchSize: number;
    /** Start over even if an earlier run of the same source stopped half-way. */
    readonly restart: boolean;
    readonly log: Logger;
    readonly showProgress: boolean;
}

export interface CountCheck {
    readonly kind: string;
    readonly expected: number;
    readonly actual: number;
}

export interface ImportReport {
    readonly runId: string;
    readonly resumed: boolean;
    readonly sourceRows: Record<string, number>;
    readonly rejected: number;
    readonly rowsWritten: number;
    readonly seconds: number;
    readonly rowsPerSecond: number;
    readonly counts: CountCheck[];
    readonly ok: boolean;
}

/** Same folder, same files (size and date) and same options give the same run id, which is what makes resuming safe. */
export function runIdFor(taxonomy: string, dir: string, options: unknown): string {
    const hash = createHash("sha256").update(path.resolve(dir)).update(JSON.stringify(options));
    for (const file of readdirSync(dir).sort()) {
        const stat = statSync(path.join(dir, file));
        hash.update(`${file}:${stat.size}:${stat.mtimeMs}`);
    }
    return `${taxonomy}:${hash.digest("hex").slice(0, 16)}`;
}

/**
 * Loads the steps in order, resuming after the last committed batch of an interrupted run of the same source, then
 * counts what the database holds (with `countCypher`) against what the source said it should.
 */
export async function runImport(
    runId: string,
    steps: LoadStep[],
    expected: Record<string, number>,
    sourceRows: Record<string, number>,
    rejects: RejectLog,
    countCypher: ToolQueryName,
    options: ImportRunOptions,
): Promise<ImportReport> {
    const { driver, database, log } = options;
    let checkpoints = await readCheckpoints(driver, database, runId);
    const finished = steps.every((step) => checkpoints.get(step.name)?.done);
    if (options.restart || finished) {
        await clearCheckpoints(driver, database, runId);
        checkpoints = new Map();
    }
    const resumed = checkpoints.size > 0;
    if (resumed) log.info({ runId, steps: Object.fromEntries(checkpoints) }, "resuming an interrupted import after its last committed batch");

    const progress = new ImportProgress(options.showProgress);
    const started = Date.now();
    let rowsWritten = 0;
    try {
        for (const step of steps) {
            const done = checkpoints.get(step.name);
            if (done?.done) continue;
            const result = await loadStep(step, { driver, database, runId, batchSize: options.batchSize, progress }, done?.batches ?? 0);
            rowsWritten += result.rows;
        }
    } finally {
        progress.stop();
    }
    const seconds = (Date.now() - started) / 1000;
    await bumpGraphVersions({ driver, database }, ["roleProfiles", "skills"]);

    const { records } = await driver.executeQuery(toolCypher(countCypher), {}, { database });
    const actual = new Map(records.map((record) => [record.get("kind") as string, Number(record.get("count"))]));
    const kinds = [...new Set([...Object.keys(expected), ...actual.keys()])];
    const counts = kinds.map((kind) => ({ kind, expected: expected[kind] ?? 0, actual: actual.get(kind) ?? 0 }));
    return {
        runId,
        resumed,
        sourceRows,
        rejected: rejects.total,
        rowsWritten,
        seconds,
        rowsPerSecond: Math.round(rowsWritten / Math.max(seconds, 0.001)),
        counts,
        ok: counts.every((count) => count.expected === count.actual),
    };
}

/** The summary printed at the end of an import. */
export function formatReport(report: ImportReport, rejectsFile: string): string {
    const lines = [
        "",
        `| source file | rows |`,
        `|---|---:|`,
        ...Object.entries(report.sourceRows).map(([file, rows]) => `| ${file} | ${rows} |`),
        "",
        `| in the database | expected | found | |`,
        `|---|---:|---:|---|`,
        ...report.counts.map((c) => `| ${c.kind} | ${c.expected} | ${c.actual} | ${c.expected === c.actual ? "ok" : "MISMATCH"} |`),
        "",
        `${report.rowsWritten} rows written in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond} rows/s)${report.resumed ? ", resuming an interrupted run" : ""}.`,
        `${report.rejected} rows rejected, each with its reason: ${rejectsFile}`,
        report.ok ? "All counts match the source." : "Some counts do not match the source: see MISMATCH above.",
    ];
    return lines.join("\n");
}
