import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import path from "node:path";

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Every source row that could not be imported, with its reason, written as CSV: file, line, reason, row. */
export class RejectLog {
    private readonly out: WriteStream;
    private readonly counts = new Map<string, number>();

    constructor(readonly file: string) {
        mkdirSync(path.dirname(file), { recursive: true });
        this.out = createWriteStream(file);
        this.out.write("file,line,reason,row\n");
    }

    add(source: string, line: number, reason: string, row: unknown): void {
        this.counts.set(source, (this.counts.get(source) ?? 0) + 1);
        this.out.write([source, String(line), reason, JSON.stringify(row)].map(csvField).join(",") + "\n");
    }

    count(source: string): number {
        return this.counts.get(source) ?? 0;
    }

    get total(): number {
        return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
    }

    close(): Promise<void> {
        return new Promise((resolve) => this.out.end(resolve));
    }
}
