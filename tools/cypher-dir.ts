import path from "node:path";
import { projectRoot } from "../src/project-root";

/** The command-line tools' own queries (import, bench, generate), apart from the API's cypher/. */
export const toolCypherDir = path.join(projectRoot, "tools", "cypher");
