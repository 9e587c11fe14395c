import { type ApiQueryName, apiQueryNames } from "../generated/cypher-names";
import { apiCypherDir, loadCypherCatalogue } from "./cypher-files";

/** The text of cypher/<name>.cypher, every file read once at boot. */
export const cypher: (name: ApiQueryName) => string = loadCypherCatalogue(apiCypherDir, apiQueryNames);
