import { loadDemoIfEmpty } from "../seed/load-demo";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { Neo4jConnectError } from "./neo4j/driver";
import { LocalNeo4jError } from "./neo4j/local/errors";
import { PortInUseError } from "./server/app";
import { IncompatibleDatabaseError, type Service, startService } from "./server/service";

function explainAndExit(error: unknown): never {
    if (error instanceof LocalNeo4jError) {
        console.error(`\nerror: ${error.message}${error.detail ? `\n${error.detail}` : ""}`);
    } else if (
        error instanceof ConfigError ||
        error instanceof Neo4jConnectError ||
        error instanceof IncompatibleDatabaseError ||
        error instanceof PortInUseError
    ) {
        console.error(`\nerror: ${error.message}`);
    } else {
        console.error(error);
    }
    process.exit(1);
}

/** `npm start`, the composition root (the one place in src/ that imports seed/): database (external or local), then serve; SIGINT/SIGTERM drain in-flight requests and close. */
async function main(): Promise<void> {
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    // Read before it is set: a signal or a fatal database error can come while the service is still starting.
    let service: Service | undefined = undefined;
    let stopping = false;
    const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal }, "shutting down: finishing in-flight requests");
        await service?.stop().catch((error: unknown) => log.error({ err: error }, "stop failed"));
        log.info("stopped");
        process.exit(0);
    };
    process.once("SIGINT", () => void shutdown("SIGINT"));
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
    // A fatal answer may come before startService returns (the first probe runs while it builds the schema).
    const onFatal = (error: Error) => void (service?.stop() ?? Promise.resolve()).finally(() => explainAndExit(error));
    service = await startService(config, log, onFatal, loadDemoIfEmpty);
    const url = service.url;
    void service.ready.then(() => console.log(`\nSkillgraph GraphQL API: ${url}  (health: ${url.replace(/graphql$/, "health")}; Ctrl-C stops)\n`));
}

main().catch(explainAndExit);
