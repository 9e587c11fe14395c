import type { Row, SourceRow } from "./csv-file";
import type { RejectLog } from "./rejects";

export interface NodeRow {
    readonly id: string;
    readonly props: Record<string, string | number | string[] | null>;
}

/**
 * Accepts each row once: rows with a missing key, an unknown code, a reference to a concept the download does not
 * contain, or a duplicate key go to the reject log with the reason, so that source rows = accepted + rejected.
 */
export class Acceptor {
    private readonly seen = new Map<string, number>();

    constructor(
        private readonly file: string,
        private readonly rejects: RejectLog,
    ) {}

    accept(source: SourceRow, key: string, problem: string | undefined): boolean {
        if (problem) {
            this.rejects.add(this.file, source.line, problem, source.row);
            return false;
        }
        const first = this.seen.get(key);
        if (first !== undefined) {
            this.rejects.add(this.file, source.line, `duplicate of line ${first}`, source.row);
            return false;
        }
        this.seen.set(key, source.line);
        return true;
    }
}

export const missing = (row: Row, ...columns: string[]) => {
    const empty = columns.filter((column) => !row[column]?.trim());
    return empty.length ? `empty ${empty.join(", ")}` : undefined;
};
