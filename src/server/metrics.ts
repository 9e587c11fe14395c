/**
 * Prometheus metrics at /metrics (prom-client), one registry per API: requests by operation name and outcome code
 * with their latency, each named database query's latency, transaction retries, the process-wide indexes' cache
 * lookups, rate-limit refusals, whether the database is up, and Node's own (event-loop lag, heap, GC). Served in development; in production only with SKILLGRAPH_METRICS_TOKEN as a
 * bearer token (README, "Operations").
 */
import { timingSafeEqual } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { TransactionMode } from "../neo4j/observed-driver";
import type { CacheLookup } from "../use-cases/workforce-cache";
import type { RequestContext } from "./context";

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Operation names come from clients: the first this many distinct ones get a label of their own, the rest "other". */
const MAX_OPERATION_LABELS = 200;

export class Metrics {
    readonly registry = new Registry();
    private readonly requests = new Counter({
        name: "skillgraph_graphql_requests_total",
        help: "GraphQL requests by operation name and outcome (ok, or the first error's code).",
        labelNames: ["operation", "outcome"] as const,
        registers: [this.registry],
    });
    private readonly requestSeconds = new Histogram({
        name: "skillgraph_graphql_request_duration_seconds",
        help: "GraphQL request latency, from the request's arrival to the answer sent, by operation name and outcome.",
        labelNames: ["operation", "outcome"] as const,
        buckets: SECONDS,
        registers: [this.registry],
    });
    private readonly querySeconds = new Histogram({
        name: "skillgraph_database_query_duration_seconds",
        help: "Latency of the API's own Cypher queries, by the query file's name (cypher/<name>.cypher).",
        labelNames: ["query"] as const,
        buckets: SECONDS,
        registers: [this.registry],
    });
    private readonly retries = new Counter({
        name: "skillgraph_database_transaction_retries_total",
        help: "Transactions the driver ran again after a transient error (a deadlock, a leader change), by access mode.",
        labelNames: ["mode"] as const,
        registers: [this.registry],
    });
    private readonly cacheLookups = new Counter({
        name: "skillgraph_cache_lookups_total",
        help: "Lookups of the process-wide indexes (workforce, mobility) by result: hit (current), refresh (what changed re-read), build (read in full).",
        labelNames: ["cache", "result"] as const,
        registers: [this.registry],
    });
    private readonly refusedByRateLimit = new Counter({
        name: "skillgraph_rate_limited_total",
        help: "Requests refused by the per-client rate limit (429 RATE_LIMITED).",
        registers: [this.registry],
    });

    constructor(database: { readonly state: string }) {
        new Gauge({
            name: "skillgraph_database_up",
            help: "1 while the database answers (health state up), else 0.",
            registers: [this.registry],
            collect() {
                this.set(database.state === "up" ? 1 : 0);
            },
        });
        collectDefaultMetrics({ register: this.registry });
    }

    private readonly operations = new Set<string>();

    observeRequest(name: string, outcome: string, seconds: number): void {
        const known = this.operations.has(name) || (this.operations.size < MAX_OPERATION_LABELS && this.operations.add(name));
        const operation = known ? name : "other";
        this.requests.inc({ operation, outcome });
        this.requestSeconds.observe({ operation, outcome }, seconds);
    }

    observeQuery(query: string, seconds: number): void {
        this.querySeconds.observe({ query }, seconds);
    }

    transactionRetried(mode: TransactionMode): void {
        this.retries.inc({ mode });
    }

    cacheLookup(cache: "workforce" | "mobility", result: CacheLookup): void {
        this.cacheLookups.inc({ cache, result });
    }

    rateLimited(): void {
        this.refusedByRateLimit.inc();
    }
}

/** Names the request's operation and outcome for its metrics, span and log line (request-tracing.ts): the operation name (or none), ok or the first error code. */
export function metricsPlugin(): ApolloServerPlugin<RequestContext> {
    return {
        requestDidStart() {
            return Promise.resolve({
                willSendResponse({ contextValue, operationName, operation, request, response }) {
                    const body = response.body.kind === "single" ? response.body.singleResult : null;
                    const code = body?.errors?.[0]?.extensions?.code;
                    // The name the client sent when the document never resolved to an operation (it did not parse or validate).
                    contextValue.labels.operation = operationName ?? request.operationName ?? "none";
                    if (operation) contextValue.labels.operationType = operation.operation;
                    contextValue.labels.outcome = code === undefined ? "ok" : typeof code === "string" ? code : "UNKNOWN";
                    return Promise.resolve();
                },
            });
        },
    };
}

/** GET /metrics: open in development; in production only with the configured token, else 404 saying how to enable it. */
export function publishMetrics(app: express.Express, metrics: Metrics, options: { readonly production: boolean; readonly token: string | null }): void {
    const expected = options.token ? Buffer.from(`Bearer ${options.token}`) : null;
    app.get("/metrics", (req, res) => {
        if (options.production && !expected) {
            res.status(404).json({
                error: "NOT_FOUND",
                message: "Metrics are off in production: set SKILLGRAPH_METRICS_TOKEN and scrape with it as a bearer token.",
            });
            return;
        }
        const given = Buffer.from(req.headers.authorization ?? "");
        if (expected && (given.length !== expected.length || !timingSafeEqual(given, expected))) {
            res.status(401).json({ error: "UNAUTHENTICATED", message: "Send the metrics token (SKILLGRAPH_METRICS_TOKEN) as a bearer token." });
            return;
        }
        metrics.registry.metrics().then(
            (text) => void res.type(metrics.registry.contentType).send(text),
            (error: unknown) => void res.status(500).json({ error: "INTERNAL_SERVER_ERROR", message: String(error) }),
        );
    });
}
