import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { applyDatabaseSchema } from "../src/neo4j/apply-schema";
import { connectDatabase } from "../src/neo4j/connect";
import { loadDemo } from "../seed/load-demo";
import { tagDemoCourses } from "../seed/tag-demo";
import { OnnxEmbedder } from "../src/embeddings/embedder";
import { parseFlags, runCli } from "./cli-flags";
import { refreshEmbeddings } from "./refresh-embeddings";

const USAGE = `usage: npm run seed
Applies the constraints, loads the demo organisation (idempotent) into the configured database, embeds its skills
and tags its courses (accepting the best tags; SKILLGRAPH_EMBEDDINGS=off embeds nothing and tags with the lexical
methods only); takes no arguments.`;

/** The command takes no arguments: any is refused rather than ignored. */
export function parseSeedArgs(argv: readonly string[]): void {
    parseFlags(argv, {});
}

/** `npm run seed`: applies constraints, loads the demo organisation (idempotent), embeds its skills and tags its courses. */
async function main(argv: string[]): Promise<void> {
    parseSeedArgs(argv);
    const config = loadConfig();
    const log = createLogger(config.logLevel, "seed");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        const { courses } = await loadDemo(db.driver, db.name, log);
        await refreshEmbeddings({ driver: db.driver, database: db.name }, config, log);
        const embedder = config.embeddings.enabled ? await OnnxEmbedder.provision(config.embeddings.home, log, 0) : null;
        try {
            await tagDemoCourses({ driver: db.driver, database: db.name }, courses, embedder, log);
        } finally {
            await embedder?.close();
        }
    } finally {
        await db.close();
    }
}

if (require.main === module) void runCli(main, USAGE);
