import { toolCypherDir } from "../../tools/cypher-dir";
import { apiCypherDir, listCypherFiles, loadCypherCatalogue } from "../../src/neo4j/cypher-files";

/** Every hand-written query of the API (cypher/) and of the tools (tools/cypher/), by name; the folders share no name. */
export function everyCypherFile(): Map<string, string> {
    const files = new Map<string, string>();
    for (const dir of [apiCypherDir, toolCypherDir]) {
        const names = listCypherFiles(dir);
        const text = loadCypherCatalogue(dir, names);
        for (const name of names) files.set(name, text(name));
    }
    return files;
}
