import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { startLocal } from "../src/neo4j/connect";
import { LocalNeo4jError } from "../src/neo4j/local/errors";
import { provisionNeo4j } from "../src/neo4j/local/provision";
import { UsageError, noExtraArguments, parseFlags, runCli } from "./cli-flags";

const COMMANDS = ["provision", "start"] as const;

const USAGE = `usage: npm run neo4j -- provision | start

  provision    download the local Neo4j into SKILLGRAPH_NEO4J_HOME (default .neo4j)
  start        run the local Neo4j in the foreground until Ctrl-C`;

/** The one command word; no options. */
export function parseNeo4jArgs(argv: readonly string[]): { command: (typeof COMMANDS)[number] } {
    const { positionals } = parseFlags(argv, {}, { positionals: true });
    const [command] = positionals;
    if (command === undefined) throw new UsageError("the command", "is missing", "use provision or start");
    if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError("the command", `is "${command}"`, "use provision or start");
    noExtraArguments(positionals, 1, "provision or start");
    return { command: command as (typeof COMMANDS)[number] };
}

/** `npm run neo4j -- provision | start`: fetch the local Neo4j, or run it in the foreground until Ctrl-C. */
async function main(argv: string[]): Promise<void> {
    const { command } = parseNeo4jArgs(argv);
    const config = loadConfig();
    const log = createLogger(config.logLevel, "neo4j-local");
    if (command === "provision") {
        await provisionNeo4j(config.localNeo4j.home, log);
    } else {
        const local = await startLocal(config, "dev", log);
        console.log(`Neo4j listens at ${local.uri} (user neo4j, password in ${local.instanceDir}/password). Ctrl-C stops it.`);
        const stop = () => void local.stop().then(() => process.exit(0));
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
    }
}

// A LocalNeo4jError prints its message and detail; any other failure is a bug and prints its stack.
if (require.main === module) void runCli(main, USAGE, { expected: [LocalNeo4jError] });
