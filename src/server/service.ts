import type { Neo4jGraphQL } from "@neo4j/graphql";
import { type Driver, Neo4jError } from "neo4j-driver";
import { resolveAuthSettings, usesDevelopmentSecret } from "../auth/dev-secret";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { applyDatabaseSchema } from "../neo4j/apply-schema";
import { type Database, connectDatabase } from "../neo4j/connect";
import { explainConnectionFailure } from "../neo4j/driver";
import { buildExecutableSchema, createNeo4jGraphQL } from "../schema/build-schema";
import { createApp } from "./app";
import { startTracing } from "../tracing";
import { Issuing } from "../use-cases/portable-credentials";
import { recheckImportedCredentials } from "../use-cases/import-credential";
import type { Db } from "../neo4j/read-rows";
import { DatabaseStatus, isUnreachable } from "./database-status";
import { Embeddings } from "../embeddings/embeddings";
import { progressLog, refreshVectors } from "../embeddings/node-vectors";
import type { TextEmbedder } from "../embeddings/embedder";

export class IncompatibleDatabaseError extends Error {}

/**
 * Start-up seeding, given by the entry point (src/main.ts passes the demo loader; the API itself never imports seed/).
 * What it answers runs in the background once the skills are embedded (or the model is off): the demo's tagging.
 */
export type SeedStep = (driver: Driver, database: string, log: Logger) => Promise<SeedFollowUp | undefined>;
export type SeedFollowUp = (embedder: TextEmbedder | null) => Promise<unknown>;

/** @neo4j/graphql 7 needs Neo4j 5.26+ with APOC core (apoc.util.validatePredicate, apoc.date.convertFormat). */
async function checkCompatibility(neoSchema: Neo4jGraphQL, database: string): Promise<void> {
    try {
        await neoSchema.checkNeo4jCompat({ sessionConfig: { database } });
    } catch (error) {
        if (isUnreachable(error)) throw error;
        const reason = error instanceof Error ? error.message.replace(/\s+/g, " ") : String(error);
        throw new IncompatibleDatabaseError(
            `The database cannot serve @neo4j/graphql 7 (${reason}): use Neo4j 5.26 or 2025.x with the APOC core plugin, or unset NEO4J_URI to use the local Neo4j.`,
        );
    }
}

export interface Service {
    readonly url: string;
    readonly db: Database;
    readonly status: DatabaseStatus;
    /** Resolves when the database has been prepared and requests are served. */
    readonly ready: Promise<void>;
    /** Refuses new requests, lets in-flight ones finish, closes the driver (and stops a local Neo4j this process started). */
    stop(): Promise<void>;
}

/**
 * The API as `npm start` runs it. It listens at once; until the database answers (an external one may be down at
 * start-up) requests get UNAVAILABLE and /health says "starting". On the first answer it checks compatibility,
 * applies constraints and runs the seeding step (the demo, into an empty database), then serves. `onFatal` gets errors no wait can
 * cure (credentials refused, an incompatible server), already explained in one line.
 */
export async function startService(config: Config, log: Logger, onFatal: (error: Error) => void, seed?: SeedStep): Promise<Service> {
    const bootStarted = Date.now();
    const tracing = startTracing();
    if (tracing.exporting)
        log.info({ endpoint: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT }, "exporting traces by OTLP");
    const db = await connectDatabase(config, log, { verify: false, retryWindowMs: config.retryWindowMs });
    try {
        const neoSchema = createNeo4jGraphQL(db.driver);
        const embeddings = new Embeddings(config.embeddings);
        let markReady!: () => void;
        const ready = new Promise<void>((resolve) => (markReady = resolve));
        const prepare = async () => {
            await checkCompatibility(neoSchema, db.name);
            await applyDatabaseSchema(db.driver, db.name, log);
            const followUp = config.seed === "auto" && seed ? await seed(db.driver, db.name, log) : undefined;
            // The model loads and the skills and roles whose text changed are embedded in the background: requests are
            // served meanwhile, tagging with the lexical methods and ranking roles without the semantic signal until then.
            void embeddings
                .start(log)
                .then(async (embedder) => {
                    for (const kind of ["skills", "roles"] as const)
                        if (embedder)
                            await refreshVectors({ driver: db.driver, database: db.name }, kind, embedder, log, progressLog(log, `embedding ${kind}`));
                    return embedder;
                })
                .catch((error: unknown) => {
                    log.error({ err: error }, "skill or role embeddings could not be refreshed; they are refreshed at the next start");
                    return null;
                })
                .then((embedder) => followUp?.(embedder ?? null))
                .catch((error: unknown) => log.error({ err: error }, "the seed's follow-up step failed"));
            log.info({ uri: db.connection.uri, database: db.name, startupSeconds: (Date.now() - bootStarted) / 1000 }, "Skillgraph API ready");
            markReady();
        };
        const fatal = (error: unknown) =>
            onFatal(
                error instanceof Neo4jError
                    ? explainConnectionFailure(error, db.connection, db.name)
                    : error instanceof Error
                      ? error
                      : new Error(String(error)),
            );
        const status = new DatabaseStatus({ driver: db.driver, database: db.name, log, prepare, onFatal: fatal });
        const issuing = await Issuing.load(config.issuing);
        const app = await createApp({
            ...config,
            auth: resolveAuthSettings(config),
            developmentSecret: usesDevelopmentSecret(config),
            schema: await buildExecutableSchema(neoSchema, db.driver),
            driver: db.driver,
            database: db.name,
            log,
            status,
            embeddings,
            issuing,
        });
        const url = await app.listen(config.port, config.host);
        const slow = setTimeout(
            () =>
                log.warn(
                    { uri: db.connection.uri },
                    "the database is not ready yet (not answering, or constraints and demo data still loading): serving UNAVAILABLE until it is",
                ),
            5000,
        );
        slow.unref();
        void ready.then(() => clearTimeout(slow));
        const recheck = recheckImportsEvery(config.issuing.importRecheckMinutes, { driver: db.driver, database: db.name }, issuing, log);
        return {
            url,
            db,
            status,
            ready,
            stop: async () => {
                clearTimeout(slow);
                clearInterval(recheck);
                await app.stop();
                await db.close();
                await tracing.shutdown();
            },
        };
    } catch (error) {
        await db.close();
        throw error;
    }
}

/** Rechecks imported credentials against their issuers' status lists every `minutes` (never when 0), logging what it found. */
function recheckImportsEvery(minutes: number, db: Db, issuing: Issuing, log: Logger): NodeJS.Timeout | undefined {
    if (minutes === 0 || issuing.trust.trustList.entries.length === 0) return undefined;
    const timer = setInterval(() => {
        recheckImportedCredentials(db, issuing, new Date()).then(
            (found) => log.info({ event: "imported-credentials-rechecked", ...found }, "imported credentials rechecked against their issuers' status lists"),
            (error: unknown) =>
                log.warn({ event: "imported-credentials-recheck-failed", err: error }, "imported credentials could not be rechecked; the next run retries"),
        );
    }, minutes * 60_000);
    timer.unref();
    return timer;
}
