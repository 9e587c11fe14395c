import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export type CsvRow = Record<string, string>;

/** Reads one ESCO CSV file (quoted fields may hold newlines) into rows keyed by header. */
export function readEscoCsv(escoDir: string, file: string): CsvRow[] {
    const full = path.join(escoDir, file);
    try {
        return parse(readFileSync(full), { columns: true, skip_empty_lines: true, relax_column_count: false }) as CsvRow[];
    } catch (error) {
        throw new Error(`Cannot read ${full}: ${error instanceof Error ? error.message : String(error)}`);
    }
}

/** ESCO packs several labels or URIs into one field, separated by newlines or " | ". */
export function splitList(value: string | undefined): string[] {
    return (value ?? "")
        .split(/\n| \| /)
        .map((item) => item.trim())
        .filter(Boolean);
}
