import type { ApiQueryName } from "../src/generated/cypher-names";
import { cypher } from "../src/neo4j/cypher-catalogue";
import { loadCypherCatalogue } from "../src/neo4j/cypher-files";
import { toolCypherDir } from "./cypher-dir";
import { type ToolQueryName, toolQueryNames } from "./generated/cypher-names";

/** A query the tools may run: their own (tools/cypher/: import, bench, generate, tag, eval) or the API's (cypher/). */
export type AnyQueryName = ToolQueryName | ApiQueryName;

const toolText = loadCypherCatalogue(toolCypherDir, toolQueryNames);
const toolNames: ReadonlySet<string> = new Set(toolQueryNames);

/** The text of tools/cypher/<name>.cypher, or of cypher/<name>.cypher for the API's queries. */
export function toolCypher(name: AnyQueryName): string {
    return toolNames.has(name) ? toolText(name as ToolQueryName) : cypher(name as ApiQueryName);
}
