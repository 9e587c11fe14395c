import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../project-root";

/** The API's queries; the command-line tools keep theirs in tools/cypher/. */
export const apiCypherDir = path.join(projectRoot, "cypher");

/** Every `.cypher` file under a folder, by its path without extension (`schema/create-constraints`), sorted. */
export function listCypherFiles(dir: string): string[] {
    const walk = (folder: string): string[] =>
        readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) return walk(full);
            return entry.name.endsWith(".cypher")
                ? [
                      path
                          .relative(dir, full)
                          .replace(/\\/g, "/")
                          .replace(/\.cypher$/, ""),
                  ]
                : [];
        });
    return walk(dir).sort();
}

/**
 * Reads every named query of a folder at once (at boot, when the module is first imported) and returns the lookup.
 * Names are a generated union (`npm run codegen`), so a misspelt name fails to compile and a missing file fails here.
 */
export function loadCypherCatalogue<Name extends string>(dir: string, names: readonly Name[]): (name: Name) => string {
    const texts = new Map<Name, string>();
    for (const name of names) {
        const file = path.join(dir, `${name}.cypher`);
        try {
            texts.set(name, readFileSync(file, "utf8"));
        } catch {
            throw new Error(`Cypher file ${path.relative(projectRoot, file)} is missing: restore it from git, or run npm run codegen if it was renamed.`);
        }
    }
    return (name) => texts.get(name) as string;
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
