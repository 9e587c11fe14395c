import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../project-root";

export const schemaDir = path.join(projectRoot, "schema");

/** The hand-written type definitions: every `schema/*.graphql` file (the generated folder excluded). */
export function loadTypeDefs(): string[] {
    return readdirSync(schemaDir)
        .filter((file) => file.endsWith(".graphql"))
        .sort()
        .map((file) => readFileSync(path.join(schemaDir, file), "utf8"));
}
