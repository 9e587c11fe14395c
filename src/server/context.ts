import { randomUUID } from "node:crypto";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { Db } from "../neo4j/read-rows";
import { DEFAULT_FIT_WEIGHTS, type FitWeights } from "../services/evidence";
import { DEFAULT_MOBILITY, MobilityCatalogue, type MobilitySettings } from "../services/mobility-catalogue";
import { type Loaders, createLoaders } from "./loaders";

export interface RequestContext extends Neo4jGraphQLContext {
    readonly requestId: string;
    readonly fitWeights: FitWeights;
    /** What the hand-written queries (services) read with: driver, database, timeout. Generated fields use executionContext. */
    readonly db: Db;
    readonly loaders: Loaders;
    /** The process-wide transition graph cache (shared by requests; it holds no personal data). */
    readonly mobility: MobilityCatalogue;
    /** The request's start: the default instant evidence validity is judged at, the same for every field. */
    readonly now: Date;
}

export interface ContextDeps {
    readonly driver: Driver;
    readonly database: string;
    readonly queryTimeoutMs: number;
    readonly fitWeights?: FitWeights;
    readonly mobility?: MobilitySettings;
}

/** Per-request context: the driver and session settings @neo4j/graphql runs with, and a request id for logs. */
export function createContextFactory(deps: ContextDeps) {
    const mobility = new MobilityCatalogue(deps.mobility ?? DEFAULT_MOBILITY, deps.fitWeights ?? DEFAULT_FIT_WEIGHTS);
    return async ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }): Promise<RequestContext> => {
        const header = req.headers["x-request-id"];
        const requestId = typeof header === "string" && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
        const db: Db = { driver: deps.driver, database: deps.database, timeoutMs: deps.queryTimeoutMs };
        const fitWeights = deps.fitWeights ?? DEFAULT_FIT_WEIGHTS;
        return {
            requestId,
            fitWeights,
            db,
            loaders: createLoaders(db, fitWeights),
            mobility,
            now: new Date(),
            executionContext: deps.driver,
            sessionConfig: { database: deps.database },
            transaction: { timeout: deps.queryTimeoutMs, metadata: { app: "skillgraph", requestId } },
        };
    };
}
