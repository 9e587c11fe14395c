import path from "node:path";
import { apiCypherDir, listCypherFiles, loadCypherCatalogue } from "../../src/neo4j/cypher-files";
import { projectRoot } from "../../src/project-root";

/** Every hand-written query of the API (cypher/) and of the tools (tools/cypher/), by name; the folders share no name. */
export function everyCypherFile(): Map<string, string> {
    const files = new Map<string, string>();
    for (const dir of [apiCypherDir, path.join(projectRoot, "tools", "cypher")]) {
        const names = listCypherFiles(dir);
        const text = loadCypherCatalogue(dir, names);
        for (const name of names) files.set(name, text(name));
    }
    return files;
}
