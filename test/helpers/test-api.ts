import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { DEFAULTS, type TrustedDocumentSettings, embeddingSettings } from "../../src/config";
import type { EvidencePolicy } from "../../src/domain/evidence";
import { OnnxEmbedder, type TextEmbedder } from "../../src/embeddings/embedder";
import { Embeddings } from "../../src/embeddings/embeddings";
import { modelFiles } from "../../src/embeddings/provision-model";
import { type Logger, createLogger } from "../../src/logger";
import { createDriver } from "../../src/neo4j/driver";
import { buildExecutableSchema, createNeo4jGraphQL } from "../../src/schema/build-schema";
import { createApp } from "../../src/server/app";
import { findFreePort } from "../../src/neo4j/local/local-server";
import type { Issuing } from "../../src/use-cases/portable-credentials";
import type { MobilitySettings } from "../../src/use-cases/mobility-catalogue";
import { testDatabase, testUri } from "../setup/test-database";
import { operations } from "./operations";
import { TEST_AUTH, adminToken } from "../../tools/harness/tokens";

export interface GraphQLErrorBody {
    message: string;
    path?: (string | number)[];
    extensions: { code: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<TData> {
    status: number;
    data?: TData | null;
    errors?: GraphQLErrorBody[];
}

export interface TestApi {
    readonly url: string;
    readonly driver: Driver;
    readonly database: string;
    /** Sends a named operation from test/operations over HTTP as an admin, typed by the generated operation types. */
    op<TData, TVariables = Record<string, unknown>>(name: string, variables?: TVariables): Promise<GraphQLResponse<TData>>;
    /** Sends any request body, as an admin unless another bearer token (or null: anonymous) is given. */
    post(body: unknown, token?: string | null): Promise<GraphQLResponse<unknown>>;
    /**
     * Runs Cypher directly. A statement that writes also bumps, in its transaction, the graph versions whose caches
     * otherwise notice such writes only by counts (which a concurrent suite's equal and opposite write can cancel);
     * `behindTheApisBack` leaves them alone, for tests of that count check.
     */
    cypher<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>, options?: { behindTheApisBack?: boolean }): Promise<T[]>;
    stop(): Promise<void>;
}

/** The versions of the caches that check counts for writes made without them (workforce index, role profiles, moves). */
const BUMP_COUNT_CHECKED_VERSIONS = `UNWIND ['roleMoves', 'roleProfiles', 'workforce'] AS key
MERGE (v:GraphVersion {key: key}) SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()`;

/** A unique id prefix per test file, so that suites never see each other's data. */
export function uniquePrefix(name: string): string {
    return `t-${name}-${randomBytes(4).toString("hex")}-`;
}

/**
 * Starts the real API (schema, Apollo, Express) on a free loopback port against the test database.
 * `wrapDriver` lets a test observe the driver (for example to count round trips); queries still reach Neo4j.
 */
export interface TestApiOptions {
    readonly wrapDriver?: (driver: Driver) => Driver;
    readonly mobility?: MobilitySettings;
    readonly rateLimitPerMinute?: number;
    /** Another database than the shared test one (a suite's own, see ./own-database.ts). */
    readonly connection?: { readonly uri: string; readonly user: string; readonly password: string };
    /** Production mode: introspection off, field suggestions off. */
    readonly production?: boolean;
    readonly queryTimeoutMs?: number;
    /** How each evidence source counts and how long a completion does (DEFAULTS.evidencePolicy when absent). */
    readonly evidencePolicy?: EvidencePolicy;
    /** The token /metrics requires (production serves /metrics only with one). */
    readonly metricsToken?: string;
    readonly corsOrigins?: readonly string[];
    /** The browser pages (GraphiQL, /explore); as the API decides when absent (on outside production). */
    readonly landingPage?: boolean;
    /** Treat the test secret as the development secret: the browser pages may sign in as an admin. */
    readonly developmentSecret?: boolean;
    /** The embedding model: on (the default, one model per test worker) or off (as SKILLGRAPH_EMBEDDINGS=off). */
    readonly embeddings?: "on" | "off";
    /** The issuer this API signs as, given the URL it will serve at (default: a throwaway key at http://localhost:4000). */
    readonly issuing?: (publicUrl: string) => Promise<Issuing>;
    /** Where the API logs (default: LOG_LEVEL or silent). */
    readonly log?: Logger;
    /** Documents callers may name by hash (none when absent), and whether non-admins may send only those in production. */
    readonly trustedDocuments?: TrustedDocumentSettings;
}

let sharedEmbedder: Promise<TextEmbedder> | undefined;

/** One loaded model per test worker, from the folder the global setup provisioned. */
export function testEmbedder(): Promise<TextEmbedder> {
    sharedEmbedder ??= OnnxEmbedder.load(modelFiles(embeddingSettings().home));
    return sharedEmbedder;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
    const shared = options.connection ? null : testDatabase();
    const database = shared?.database ?? "neo4j";
    const log = options.log ?? createLogger(process.env.LOG_LEVEL ?? "silent", "test");
    const realDriver = createDriver(options.connection ?? { uri: testUri(), user: shared!.user, password: shared!.password }, log);
    const driver = options.wrapDriver ? options.wrapDriver(realDriver) : realDriver;
    const schema = await buildExecutableSchema(createNeo4jGraphQL(driver), driver);
    const port = options.issuing ? await findFreePort() : 0;
    const app = await createApp({
        schema,
        driver,
        database,
        queryTimeoutMs: options.queryTimeoutMs ?? 30_000,
        production: options.production ?? false,
        log,
        fitWeights: DEFAULTS.fitWeights,
        mobility: options.mobility ?? DEFAULTS.mobility,
        documentLimits: DEFAULTS.documentLimits,
        computeThreads: DEFAULTS.computeThreads,
        evidencePolicy: options.evidencePolicy,
        metricsToken: options.metricsToken,
        auth: TEST_AUTH,
        rateLimitPerMinute: options.rateLimitPerMinute,
        corsOrigins: options.corsOrigins,
        trustedDocuments: options.trustedDocuments,
        landingPage: options.landingPage,
        developmentSecret: options.developmentSecret,
        embeddings: options.embeddings === "off" ? Embeddings.off() : Embeddings.ready(await testEmbedder()),
        ...(options.issuing ? { issuing: await options.issuing(`http://127.0.0.1:${port}`) } : {}),
    });
    await app.listen(port, "127.0.0.1");
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;

    const admin = await adminToken();
    const post = async (body: unknown, token: string | null = admin) => {
        const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
        const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
        const json = (await response.json()) as { data?: unknown; errors?: GraphQLErrorBody[] };
        return { status: response.status, ...json };
    };
    return {
        url,
        driver: realDriver,
        database,
        op: async <TData, TVariables>(name: string, variables?: TVariables) => {
            const query = operations.get(name);
            if (!query) throw new Error(`no operation named ${name} in test/operations`);
            return (await post({ query, variables })) as GraphQLResponse<TData>;
        },
        post,
        cypher: async <T>(query: string, params: Record<string, unknown> = {}, options: { behindTheApisBack?: boolean } = {}) => {
            const session = realDriver.session({ database });
            try {
                return await session.executeWrite(async (tx) => {
                    const result = await tx.run(query, params);
                    if (!options.behindTheApisBack && result.summary.counters.containsUpdates()) await tx.run(BUMP_COUNT_CHECKED_VERSIONS);
                    return result.records.map((record) => record.toObject() as T);
                });
            } finally {
                await session.close();
            }
        },
        stop: async () => {
            await app.stop();
            await realDriver.close();
        },
    };
}
