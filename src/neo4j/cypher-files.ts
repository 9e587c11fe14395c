import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../project-root";

export const cypherDir = path.join(projectRoot, "cypher");

/** Every `.cypher` file under cypher/, by its path without extension (`schema/constraints`). */
export function listCypherFiles(): string[] {
    const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) return walk(full);
            return entry.name.endsWith(".cypher") ? [path.relative(cypherDir, full).replace(/\\/g, "/").replace(/\.cypher$/, "")] : [];
        });
    return walk(cypherDir).sort();
}

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher; fails fast naming the missing file. */
export function cypher(name: string): string {
    let text = cache.get(name);
    if (text === undefined) {
        const file = path.join(cypherDir, `${name}.cypher`);
        try {
            text = readFileSync(file, "utf8");
        } catch {
            throw new Error(`Cypher file ${path.relative(projectRoot, file)} is missing: restore it from git.`);
        }
        cache.set(name, text);
    }
    return text;
}

/** Splits a file of several statements (the schema files) on `;` at line ends, dropping `//` comment lines. */
export function statements(text: string): string[] {
    return text
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .split(/;\s*$/m)
        .map((statement) => statement.trim())
        .filter(Boolean);
}
