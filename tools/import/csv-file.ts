import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { ImportFileError } from "./errors";

export type Row = Record<string, string>;

/** A parsed row and the line of the file it starts on (quoted fields may span lines). */
export interface SourceRow {
    readonly line: number;
    readonly row: Row;
}

export interface CsvOptions {
    /** Columns that must be in the header; a file without them stops the import. */
    readonly columns: readonly string[];
    readonly delimiter?: string;
    /** O*NET text files are tab-separated without quoting. */
    readonly quoted?: boolean;
}

/** What csv-parse returns with `info: true`: each record and the line it ends on. */
type ParsedRecord = { record: Row; info: { lines: number } };

/** Reads a whole delimited file; a malformed file throws ImportFileError naming the file, line and problem. */
export function readSourceFile(dir: string, file: string, options: CsvOptions): SourceRow[] {
    const full = path.join(dir, file);
    if (!existsSync(full)) throw new ImportFileError(full, undefined, "file not found: check the folder you passed to the importer");
    let records: ParsedRecord[];
    try {
        records = parse<ParsedRecord>(readFileSync(full), {
            columns: (header: string[]) => header.map((column) => column.trim()),
            delimiter: options.delimiter ?? ",",
            quote: options.quoted === false ? false : '"',
            bom: true,
            info: true,
            skip_empty_lines: true,
            relax_column_count: false,
        });
    } catch (error) {
        const csvError = error as { lines?: number; message?: string };
        const message = csvError.message ?? String(error);
        const lengths = /columns length is (\d+), got (\d+)/.exec(message);
        const problem = lengths ? `the row has ${lengths[2]} fields where the header has ${lengths[1]}` : message.replace(/^Invalid Record Length: /, "");
        throw new ImportFileError(full, csvError.lines, problem);
    }
    const header = records.length ? Object.keys(records[0].record) : readHeader(full, options.delimiter ?? ",");
    const missing = options.columns.filter((column) => !header.includes(column));
    if (missing.length) throw new ImportFileError(full, 1, `missing column(s) ${missing.join(", ")}; found ${header.join(", ")}`);
    // info.lines is the line a record ends on; the next record starts one line later.
    let start = 2;
    return records.map(({ record, info }) => {
        const sourceRow = { line: start, row: record };
        start = info.lines + 1;
        return sourceRow;
    });
}

function readHeader(file: string, delimiter: string): string[] {
    return (readFileSync(file, "utf8").split(/\r?\n/)[0] ?? "").split(delimiter).map((column) => column.trim().replace(/^"|"$/g, ""));
}

/** ESCO packs several labels or URIs into one field, separated by newlines or " | ". */
export function splitList(value: string | undefined): string[] {
    return (value ?? "")
        .split(/\r?\n| \| /)
        .map((item) => item.trim())
        .filter(Boolean);
}
