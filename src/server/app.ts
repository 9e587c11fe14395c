import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import type { Logger } from "../logger";
import type { MobilitySettings } from "../services/mobility-catalogue";
import { type RequestContext, createContextFactory } from "./context";
import { classifyError, formatError } from "./format-error";

export class PortInUseError extends Error {}

export interface AppDeps {
    readonly schema: GraphQLSchema;
    readonly driver: Driver;
    readonly database: string;
    readonly queryTimeoutMs: number;
    readonly production: boolean;
    readonly log: Logger;
    readonly fitWeights?: { readonly essential: number; readonly optional: number };
    readonly mobility?: MobilitySettings;
}

export interface App {
    readonly httpServer: http.Server;
    /** Starts listening; resolves with the GraphQL URL. */
    listen(port: number, host: string): Promise<string>;
    /** Stops accepting requests, lets in-flight ones finish, then closes. */
    stop(): Promise<void>;
}

/** Logs unexpected errors with the request id and attaches the id to every error sent. */
function errorLoggingPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
    return {
        async requestDidStart({ contextValue }) {
            return {
                async didEncounterErrors({ errors }) {
                    for (const error of errors) {
                        const { expected, code } = classifyError({ message: error.message, extensions: error.extensions }, error);
                        if (!expected) log.error({ err: error.originalError ?? error, requestId: contextValue.requestId, path: error.path }, "unexpected error");
                        else log.debug({ code, requestId: contextValue.requestId, message: error.message }, "request error");
                    }
                },
                async willSendResponse({ response }) {
                    response.http.headers.set("x-request-id", contextValue.requestId);
                    if (response.body.kind === "single" && response.body.singleResult.errors) {
                        for (const error of response.body.singleResult.errors) {
                            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
                        }
                    }
                },
            };
        },
    };
}

async function databaseHealth(driver: Driver, database: string): Promise<{ reachable: boolean; latencyMs: number; error?: string }> {
    const started = Date.now();
    // An auto-commit query makes one attempt; executeQuery would retry for 30 s before saying the database is down.
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
        await session.run("RETURN 1", {}, { timeout: 2000 });
        return { reachable: true, latencyMs: Date.now() - started };
    } catch (error) {
        return { reachable: false, latencyMs: Date.now() - started, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
    } finally {
        await session.close();
    }
}

export async function createApp(deps: AppDeps): Promise<App> {
    const app = express();
    const httpServer = http.createServer(app);
    const apollo = new ApolloServer<RequestContext>({
        schema: deps.schema,
        formatError,
        includeStacktraceInErrorResponses: false,
        introspection: !deps.production,
        csrfPrevention: true,
        plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), errorLoggingPlugin(deps.log)],
    });
    await apollo.start();

    app.disable("x-powered-by");
    app.get("/health", async (_req, res) => {
        const database = await databaseHealth(deps.driver, deps.database);
        res.status(database.reachable ? 200 : 503).json({
            status: database.reachable ? "ok" : "unavailable",
            database: deps.production ? { reachable: database.reachable, latencyMs: database.latencyMs } : database,
        });
    });
    app.use(
        "/graphql",
        cors<cors.CorsRequest>(),
        express.json({ limit: "1mb" }),
        expressMiddleware(apollo, { context: createContextFactory(deps) }),
    );

    return {
        httpServer,
        listen: (port, host) =>
            new Promise((resolve, reject) => {
                httpServer.once("error", (error: NodeJS.ErrnoException) =>
                    reject(error.code === "EADDRINUSE" ? new PortInUseError(`Port ${port} on ${host} is taken: stop whatever uses it, or set PORT to a free port.`) : error),
                );
                httpServer.listen(port, host, () => {
                    const address = httpServer.address();
                    const actualPort = typeof address === "object" && address ? address.port : port;
                    resolve(`http://${host}:${actualPort}/graphql`);
                });
            }),
        stop: () => apollo.stop(),
    };
}
