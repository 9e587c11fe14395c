import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { startLocal } from "../src/neo4j/connect";
import { LocalNeo4jError } from "../src/neo4j/local/errors";
import { provisionNeo4j } from "../src/neo4j/local/provision";

/** `npm run neo4j -- provision | start`: fetch the local Neo4j, or run it in the foreground until Ctrl-C. */
async function main(command: string | undefined): Promise<void> {
    const config = loadConfig();
    const log = createLogger(config.logLevel, "neo4j-local");
    if (command === "provision") {
        await provisionNeo4j(config.localNeo4j.home, log);
    } else if (command === "start") {
        const local = await startLocal(config, "dev", log);
        console.log(`Neo4j listens at ${local.uri} (user neo4j, password in ${local.instanceDir}/password). Ctrl-C stops it.`);
        const stop = () => void local.stop().then(() => process.exit(0));
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
    } else {
        console.error("usage: npm run neo4j -- provision | start");
        process.exitCode = 2;
    }
}

main(process.argv[2]).catch((error: unknown) => {
    if (error instanceof LocalNeo4jError) {
        console.error(`error: ${error.message}${error.detail ? `\n${error.detail}` : ""}`);
    } else {
        console.error(error);
    }
    process.exitCode = 1;
});
