import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Response } from "express";
import type { Driver } from "neo4j-driver";
import { Access } from "../auth/access";
import { ANONYMOUS, type Principal } from "../auth/principal";
import type { Compute } from "../compute/compute";
import type { Db } from "../neo4j/read-rows";
import type { EvidencePolicy, FitWeights } from "../domain/evidence";
import type { Embeddings } from "../embeddings/embeddings";
import type { MobilityCatalogue } from "../use-cases/mobility-catalogue";
import type { SkillTagger } from "../use-cases/skill-tagging";
import type { WorkforceCache } from "../use-cases/workforce-cache";
import { type Loaders, createLoaders } from "./loaders";
import { locals } from "./request-guards";
import type { Issuing } from "../use-cases/portable-credentials";
import type { AccessLog } from "../use-cases/access-log";

export interface RequestContext extends Neo4jGraphQLContext {
    readonly requestId: string;
    /** The request's operation name and outcome, for the metrics (src/server/metrics.ts). */
    readonly labels: { operation?: string; outcome?: string; operationType?: string };
    readonly fitWeights: FitWeights;
    /** What the hand-written queries (services) read with: driver, database, timeout. Generated fields use executionContext. */
    readonly db: Db;
    readonly loaders: Loaders;
    /** The process-wide transition graph cache (shared by requests; it holds no personal data). */
    readonly mobility: MobilityCatalogue;
    /** The process-wide workforce index planner queries rank and count on (src/use-cases/workforce-cache.ts). */
    readonly workforce: WorkforceCache;
    /** Where CPU-heavy compute steps run (a thread pool, off the event loop; see src/compute/compute.ts). */
    readonly compute: Compute;
    /** The request's start: the default instant evidence validity is judged at, the same for every field. */
    readonly now: Date;
    /** Who is asking (src/auth/principal.ts), and the checks hand-written resolvers make with it. */
    readonly principal: Principal;
    readonly access: Access;
    /** The process's sentence-embedding model (src/embeddings/embeddings.ts) and the skill tagger built on it. */
    readonly embeddings: Embeddings;
    readonly tagger: SkillTagger;
    /** Where reads of people by others are recorded (src/use-cases/access-log.ts). */
    readonly accessLog: AccessLog;
    /** This deployment as the issuer of portable credentials: its public URL and keys. */
    readonly issuing: Issuing;
}

/** What every request shares: the process-wide caches, the compute pool and the embedding model. */
export interface SharedServices {
    readonly mobility: MobilityCatalogue;
    readonly workforce: WorkforceCache;
    readonly compute: Compute;
    readonly embeddings: Embeddings;
    readonly tagger: SkillTagger;
    readonly accessLog: AccessLog;
    readonly issuing: Issuing;
    /** Where each named query's latency goes (the metrics). */
    readonly observeQuery?: (name: string, seconds: number) => void;
}

export interface ContextDeps {
    readonly driver: Driver;
    readonly database: string;
    readonly queryTimeoutMs: number;
    readonly fitWeights: FitWeights;
    readonly evidencePolicy?: EvidencePolicy;
}

/**
 * Per-request context: the request id and principal set by ./request-guards.ts, the checks and loaders built for this
 * request only, the driver and session settings @neo4j/graphql runs with, and the token's claims as its `jwt`.
 */
export function createContextFactory(deps: ContextDeps, shared: SharedServices) {
    const { mobility, workforce, compute, embeddings, tagger, accessLog, issuing } = shared;
    return ({ res }: { res: Response }): Promise<RequestContext> => {
        const { requestId, principal = ANONYMOUS, scope = new Set<string>() } = locals(res);
        const db: Db = {
            driver: deps.driver,
            database: deps.database,
            timeoutMs: deps.queryTimeoutMs,
            evidencePolicy: deps.evidencePolicy,
            observeQuery: shared.observeQuery,
        };
        const fitWeights = deps.fitWeights;
        return Promise.resolve({
            requestId,
            labels: locals(res),
            fitWeights,
            db,
            loaders: createLoaders(db, fitWeights),
            mobility,
            workforce,
            compute,
            embeddings,
            tagger,
            accessLog,
            issuing,
            now: new Date(),
            principal,
            access: new Access(db, principal, scope),
            // Only planners carry a unit scope: the rules' `$jwt.orgUnitScope IS NOT NULL` then stops the scope's
            // membership check before it expands a single row for anyone else (an admin's page of people skipped
            // 49,000 memberships per request with an empty scope).
            jwt: principal.authenticated
                ? {
                      sub: principal.subject ?? undefined,
                      roles: [...principal.audiences],
                      org: principal.organizationId ?? undefined,
                      orgUnitScope: principal.audiences.has("planner") ? [...scope] : undefined,
                  }
                : undefined,
            executionContext: deps.driver,
            sessionConfig: { database: deps.database },
            transaction: { timeout: deps.queryTimeoutMs, metadata: { app: "skillgraph", requestId } },
        });
    };
}
