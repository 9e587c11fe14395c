import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { type AuthSettings, createTokenVerifier } from "../auth/verify-token";
import { createCompute } from "../compute/compute";
import type { DocumentLimits, TrustedDocumentSettings } from "../config";
import type { EvidencePolicy, FitWeights } from "../domain/evidence";
import type { Logger } from "../logger";
import { MobilityCatalogue, type MobilitySettings } from "../use-cases/mobility-catalogue";
import { WorkforceCache } from "../use-cases/workforce-cache";
import { EventLoopMonitor } from "./event-loop";
import { Embeddings } from "../embeddings/embeddings";
import { SkillTagger } from "../use-cases/skill-tagging";
import { type RequestContext, createContextFactory } from "./context";
import { DatabaseStatus, isUnreachable, probeOnce } from "./database-status";
import { authenticate, limitRate, locals, requestId, serviceGate, unaliasedAggregates } from "./request-guards";
import { classifyError, formatError } from "./format-error";
import { DEFAULTS } from "../config";
import { AccessLog, type AccessLogSettings } from "../use-cases/access-log";
import { restrictedInputsPlugin } from "./restricted-inputs-plugin";
import { Metrics, metricsPlugin, publishMetrics } from "./metrics";
import { accessLogPlugin } from "./access-log-plugin";
import { observedDriver } from "../neo4j/observed-driver";
import { observeRequests, resumeTrace } from "./request-tracing";
import { Issuing } from "../use-cases/portable-credentials";
import { publishIssuing } from "./issuing-routes";
import { trustedDocuments } from "./trusted-documents";
import { publishWebPages } from "./web-routes";

export class PortInUseError extends Error {}

export interface AppDeps {
    readonly schema: GraphQLSchema;
    readonly driver: Driver;
    readonly database: string;
    readonly queryTimeoutMs: number;
    readonly production: boolean;
    readonly log: Logger;
    readonly fitWeights: FitWeights;
    /** How far each evidence source counts; the default policy when absent. */
    readonly evidencePolicy?: EvidencePolicy;
    readonly mobility: MobilitySettings;
    /** Compute threads for solvers (0: on the event loop); see src/compute/compute.ts. */
    readonly computeThreads: number;
    /** Token verification (resolved: the development secret filled in); without it only anonymous requests pass. */
    readonly auth?: AuthSettings;
    readonly corsOrigins?: readonly string[];
    readonly rateLimitPerMinute?: number;
    readonly documentLimits: DocumentLimits;
    /** The access log's retention and batching (src/use-cases/access-log.ts); DEFAULTS.accessLog when absent. */
    readonly accessLog?: AccessLogSettings;
    /** The bearer token /metrics requires (README, "Operations"); in production /metrics is off without one. */
    readonly metricsToken?: string | null;
    /** GraphiQL on a browser's GET of /graphql and the explorer at /explore (SKILLGRAPH_LANDING_PAGE); on outside production when absent. */
    readonly landingPage?: boolean;
    /** `auth` holds the development secret (resolveAuthSettings): the browser pages may then sign in as an admin. */
    readonly developmentSecret?: boolean;
    /** Whether the database is up; by default it is taken to be up until a request finds it unreachable. */
    readonly status?: DatabaseStatus;
    /** The sentence-embedding model (src/embeddings/); off when not given. */
    readonly embeddings?: Embeddings;
    /** Portable credentials' public URL and signing keys; a throwaway development key under http://localhost when absent. */
    readonly issuing?: Issuing;
    /** Documents callers may name by hash, and whether non-admins may send only those in production; none when absent. */
    readonly trustedDocuments?: TrustedDocumentSettings;
}

/**
 * Depth, alias, cost and directive limits on every document, with field suggestions off in production. The token
 * limit is graphql-js's own parse option (armor's re-parses in a hook, where a syntax error becomes a 500).
 */
function documentLimits(limits: DocumentLimits, production: boolean) {
    return new ApolloArmor({
        maxDepth: { n: limits.depth, ignoreIntrospection: true, exposeLimits: true },
        maxAliases: { n: limits.aliases, allowList: [], exposeLimits: true },
        costLimit: { maxCost: limits.cost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, exposeLimits: true },
        maxDirectives: { n: 20, exposeLimits: true },
        maxTokens: { enabled: false },
        blockFieldSuggestion: { enabled: production },
    }).protect();
}

export interface App {
    readonly httpServer: http.Server;
    /** Starts listening; resolves with the GraphQL URL. */
    listen(port: number, host: string): Promise<string>;
    /** Stops accepting requests, lets in-flight ones finish, then closes. */
    stop(): Promise<void>;
}

const REFUSED_DOCUMENT = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST"]);

/** Express's own errors (a body too large, JSON that does not parse) as GraphQL-shaped JSON, never its HTML page. */
function bodyErrors(error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction): void {
    if (res.headersSent) return next(error);
    const tooLarge = error.type === "entity.too.large" || error.status === 413;
    const status = tooLarge ? 413 : error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message = tooLarge ? "The request body is larger than 1 MB." : status < 500 ? "The request body is not valid JSON." : "Internal error.";
    const code = tooLarge ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: locals(res).requestId } }] });
}

/**
 * Logs unexpected errors with the request id and attaches the id to every error sent; an unreachable database is
 * reported to the status, so that the next requests are refused at once.
 */
function errorLoggingPlugin(log: Logger, status: DatabaseStatus): ApolloServerPlugin<RequestContext> {
    return {
        requestDidStart({ contextValue }) {
            return Promise.resolve({
                didEncounterErrors({ errors, operationName, request: { operationName: sentName } }) {
                    const request = { requestId: contextValue.requestId, operation: operationName ?? sentName ?? "none" };
                    for (const error of errors) {
                        if (isUnreachable(error.originalError)) status.reportUnreachable(error.originalError);
                        const { expected, code } = classifyError({ message: error.message, extensions: error.extensions }, error, status.state === "down");
                        if (!expected) log.error({ err: error.originalError ?? error, ...request, path: error.path }, "unexpected error");
                        // UNAVAILABLE is the operator's business too (the database down, short of memory, too slow).
                        else if (code === "UNAVAILABLE")
                            log.warn({ code, ...request, cause: error.originalError?.message?.split("\n")[0] }, "request unavailable");
                        else log.debug({ code, ...request, message: error.message }, "request error");
                    }
                    return Promise.resolve();
                },
                willSendResponse({ response }) {
                    if (response.body.kind === "single" && response.body.singleResult.errors) {
                        const { errors, data } = response.body.singleResult;
                        for (const error of errors) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
                        // A document refused before execution (by a plugin's own parse, say) is the client's error.
                        if (response.http.status === 500 && data == null && errors.every((error) => REFUSED_DOCUMENT.has(String(error.extensions?.code)))) {
                            response.http.status = 400;
                        }
                    }
                    return Promise.resolve();
                },
            });
        },
    };
}

export async function createApp(appDeps: AppDeps): Promise<App> {
    const status = appDeps.status ?? new DatabaseStatus({ driver: appDeps.driver, database: appDeps.database, log: appDeps.log });
    const metrics = new Metrics(status);
    // Every transaction the API runs reports its retries and is traced (src/neo4j/observed-driver.ts).
    const deps = { ...appDeps, driver: observedDriver(appDeps.driver, (mode) => metrics.transactionRetried(mode)) };
    const mobility = new MobilityCatalogue(deps.mobility, deps.fitWeights, (result) => metrics.cacheLookup("mobility", result));
    const workforce = new WorkforceCache(
        ({ people, seconds, done }) =>
            done ? deps.log.info({ people, seconds }, "workforce index built") : deps.log.debug({ people, seconds }, "workforce index building"),
        (result) => metrics.cacheLookup("workforce", result),
    );
    const compute = createCompute(deps.computeThreads);
    const embeddings = deps.embeddings ?? Embeddings.off();
    const tagger = new SkillTagger(embeddings);
    const eventLoop = new EventLoopMonitor();
    eventLoop.start();
    const observeQuery = (name: string, seconds: number) => metrics.observeQuery(name, seconds);
    const accessLog = new AccessLog(
        { driver: deps.driver, database: deps.database, timeoutMs: deps.queryTimeoutMs },
        deps.accessLog ?? DEFAULTS.accessLog,
        deps.log,
    );
    let shuttingDown = false;
    const app = express();
    const httpServer = http.createServer(app);
    // Idle keep-alive connections stay open longer than clients keep them (undici: 4 s, load balancers: 60 s), so a
    // client never sends on a connection the server is closing at that moment (ECONNRESET). Shutdown closes idle
    // connections at once regardless (the drain plugin).
    httpServer.keepAliveTimeout = 65_000;
    httpServer.headersTimeout = 66_000;
    const armor = documentLimits(deps.documentLimits, deps.production);
    const apollo = new ApolloServer<RequestContext>({
        schema: deps.schema,
        formatError: (formatted, error) => formatError(formatted, error, status.state === "down"),
        includeStacktraceInErrorResponses: false,
        introspection: !deps.production,
        csrfPrevention: true,
        // Apollo's automatic persisted queries would register any document sent with its hash: trusted documents instead.
        persistedQueries: false,
        plugins: [
            ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: deps.queryTimeoutMs }),
            // No field carries a cache hint and no response an HTTP cache header; the default cache-control plugin
            // would still wrap every field's resolver (a third of GraphQL execution on a page of 12,000 fields).
            ApolloServerPluginCacheControlDisabled(),
            // The landing page is our own GraphiQL, bundled and served offline (web-routes.ts), not Apollo's CDN-loaded Sandbox.
            ApolloServerPluginLandingPageDisabled(),
            errorLoggingPlugin(deps.log, status),
            accessLogPlugin(),
            restrictedInputsPlugin(deps.schema),
            metricsPlugin(),
            ...armor.plugins,
        ],
        validationRules: [...armor.validationRules, unaliasedAggregates],
        parseOptions: { maxTokens: deps.documentLimits.tokens },
    });
    await apollo.start();

    app.disable("x-powered-by");
    app.get("/health", async (_req, res) => {
        let probe: { reachable: boolean; latencyMs: number | null; error: string | null };
        try {
            probe = { reachable: true, latencyMs: await probeOnce(deps.driver, deps.database), error: null };
        } catch (error) {
            if (isUnreachable(error)) status.reportUnreachable(error);
            probe = { reachable: false, latencyMs: null, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
        }
        const state = shuttingDown ? "stopping" : status.state;
        const ok = state === "up" && probe.reachable;
        const since = status.since;
        res.status(ok ? 200 : 503).json({
            status: ok ? "ok" : state === "starting" || state === "stopping" ? state : "unavailable",
            database: { state, since, reachable: probe.reachable, latencyMs: probe.latencyMs, ...(deps.production ? {} : { error: probe.error }) },
            eventLoopDelay: eventLoop.current(),
            embeddings: embeddings.status,
        });
    });
    const db = { driver: deps.driver, database: deps.database, timeoutMs: deps.queryTimeoutMs, evidencePolicy: deps.evidencePolicy, observeQuery };
    const issuing = deps.issuing ?? (await Issuing.throwaway());
    publishIssuing(app, db, issuing, deps.log);
    publishMetrics(app, metrics, { production: deps.production, token: deps.metricsToken ?? null });
    const developmentAuth = !deps.production && deps.developmentSecret && deps.auth?.secret ? { ...deps.auth, secret: deps.auth.secret } : null;
    publishWebPages(app, { enabled: deps.landingPage ?? !deps.production, developmentAuth });
    const origins = deps.corsOrigins ?? [];
    app.use(
        "/graphql",
        observeRequests(deps.log, metrics),
        requestId,
        cors<cors.CorsRequest>({ origin: origins.includes("*") ? true : [...origins], maxAge: 600 }),
        serviceGate(status, () => shuttingDown),
        express.json({ limit: "1mb" }),
        authenticate(createTokenVerifier(deps.auth ?? { secret: null, jwksUrl: null, issuer: null, audience: null }), db, deps.log, status),
        ...(deps.rateLimitPerMinute ? [limitRate(deps.rateLimitPerMinute, () => metrics.rateLimited())] : []),
        resumeTrace,
        trustedDocuments(deps.trustedDocuments, deps.production, deps.log),
        expressMiddleware(apollo, {
            context: createContextFactory(deps, { mobility, workforce, compute, embeddings, tagger, accessLog, issuing, observeQuery }),
        }),
    );
    app.use(bodyErrors);
    // Load the transition graph in the background, so the first mobility query does not wait for it.
    const warmStarted = Date.now();
    mobility.current(db).then(
        (snapshot) => deps.log.info({ roles: snapshot.index.roles.length, seconds: (Date.now() - warmStarted) / 1000 }, "transition graph loaded"),
        (error: unknown) => deps.log.warn({ err: error }, "transition graph not loaded yet; the first mobility query will load it"),
    );
    // The same for the workforce index behind the planner queries.
    workforce.current(db).catch((error: unknown) => deps.log.warn({ err: error }, "workforce index not built yet; the first planner query will build it"));

    return {
        httpServer,
        listen: (port, host) =>
            new Promise((resolve, reject) => {
                httpServer.once("error", (error: NodeJS.ErrnoException) =>
                    reject(
                        error.code === "EADDRINUSE"
                            ? new PortInUseError(`Port ${port} on ${host} is taken: stop whatever uses it, or set PORT to a free port.`)
                            : error,
                    ),
                );
                httpServer.listen(port, host, () => {
                    const address = httpServer.address();
                    const actualPort = typeof address === "object" && address ? address.port : port;
                    resolve(`http://${host}:${actualPort}/graphql`);
                });
            }),
        stop: async () => {
            shuttingDown = true;
            await apollo.stop();
            await accessLog.flush();
            await compute.close();
            eventLoop.stop();
            status.stop();
        },
    };
}
