import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/project-root";
import { MIN_TAIL_SAMPLES, tailFigure } from "./harness";

/** The parts of a results file (`bench-<time>.json`) the scale curve reads. */
export interface BenchResultFile {
    readonly scale: number;
    readonly demo?: boolean;
    readonly facts?: { readonly workforce?: unknown };
    readonly results?: readonly { readonly name: string; readonly graphql: { readonly p95: number; readonly samples: number } }[];
    readonly afterChange?: readonly { readonly name: string; readonly calls: number; readonly afterChange: { readonly p95: number } }[];
}

export interface CurveCell {
    readonly p95: number;
    readonly samples: number;
    readonly file: string;
}

export interface ScaleCurve {
    readonly scales: readonly number[];
    readonly rows: readonly { readonly name: string; readonly cells: ReadonlyMap<number, CurveCell> }[];
}

/**
 * p95 per operation and generated-workforce size, each cell from the latest file (by name, which carries the time)
 * that measured the operation at that size. Demo runs are left out: their size is not a workforce's.
 */
export function scaleCurve(files: readonly { name: string; content: BenchResultFile }[]): ScaleCurve {
    const rows = new Map<string, Map<number, CurveCell>>();
    const put = (name: string, scale: number, cell: CurveCell) => {
        let cells = rows.get(name);
        if (!cells) rows.set(name, (cells = new Map<number, CurveCell>()));
        cells.set(scale, cell);
    };
    const scales = new Set<number>();
    for (const { name: file, content } of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
        if (content.demo || !content.facts?.workforce) continue;
        for (const result of content.results ?? []) {
            scales.add(content.scale);
            put(result.name, content.scale, { p95: result.graphql.p95, samples: result.graphql.samples, file });
        }
        for (const change of content.afterChange ?? []) {
            scales.add(content.scale);
            put(`${change.name}, first call after a requirement change`, content.scale, { p95: change.afterChange.p95, samples: change.calls, file });
        }
    }
    return { scales: [...scales].sort((a, b) => a - b), rows: [...rows].map(([name, cells]) => ({ name, cells })) };
}

/** The curve as a markdown table: p95 ms per size, and how much the p95 grew from the smallest size to the largest. */
export function scaleCurveTable(curve: ScaleCurve): string {
    const { scales } = curve;
    const first = scales[0];
    const last = scales[scales.length - 1];
    const head = `| operation | ${scales.map((s) => `p95 ms at ${s.toLocaleString("en")} people`).join(" | ")} | p95 growth ${first?.toLocaleString("en")} -> ${last?.toLocaleString("en")} (people x${first ? last / first : "-"}) |`;
    const lines = [head, `|---|${scales.map(() => "---:").join("|")}|---:|`];
    for (const { name, cells } of curve.rows) {
        const cell = (scale: number) => {
            const c = cells.get(scale);
            return c ? tailFigure(c.p95, c.samples) : "-";
        };
        const a = cells.get(first);
        const b = cells.get(last);
        const growth = a && b && first !== last && Math.min(a.samples, b.samples) >= MIN_TAIL_SAMPLES ? `x${(b.p95 / a.p95).toFixed(2)}` : "-";
        lines.push(`| ${name} | ${scales.map(cell).join(" | ")} | ${growth} |`);
    }
    return lines.join("\n");
}

/** Every results file of a folder, parsed. */
export function readResultFiles(dir: string): { name: string; content: BenchResultFile }[] {
    let names: string[];
    try {
        names = readdirSync(dir).filter((n) => /^bench-.*\.json$/.test(n));
    } catch {
        return [];
    }
    return names.map((name) => ({ name, content: JSON.parse(readFileSync(path.join(dir, name), "utf8")) as BenchResultFile }));
}

/** `npm run bench:curve`: the scale curve of the results kept in tools/bench/results. */
if (require.main === module) {
    const curve = scaleCurve(readResultFiles(path.join(projectRoot, "tools", "bench", "results")));
    console.log(curve.scales.length ? scaleCurveTable(curve) : "No generated-workforce results yet: run npm run bench -- --scale <people> first.");
}
