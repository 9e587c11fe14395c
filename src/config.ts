import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { projectRoot } from "./project-root";
import type { AuthSettings } from "./auth/verify-token";
import { DEFAULT_EVIDENCE_POLICY, EVIDENCE_SOURCES, type EvidencePolicy, type EvidenceSource, type FitWeights } from "./domain/evidence";
import type { MobilitySettings } from "./use-cases/mobility-catalogue";
import { type SignalWeights, parseSignalWeights } from "./domain/mobility-blend";
import type { AccessLogSettings } from "./use-cases/access-log";
import type { IssuingSettings } from "./use-cases/portable-credentials";

export interface DocumentLimits {
    readonly depth: number;
    readonly aliases: number;
    readonly cost: number;
    readonly tokens: number;
}

/** Every tunable default in one place: the environment overrides them (loadConfig); tests and tools start from them. */
export const DEFAULTS: {
    readonly fitWeights: FitWeights;
    readonly evidencePolicy: EvidencePolicy;
    readonly mobility: MobilitySettings;
    readonly documentLimits: DocumentLimits;
    readonly queryTimeoutMs: number;
    readonly retryWindowMs: number;
    readonly rateLimitPerMinute: number;
    readonly computeThreads: number;
    readonly accessLog: AccessLogSettings;
} = Object.freeze({
    fitWeights: Object.freeze({ essential: 1, optional: 0.3 }),
    evidencePolicy: DEFAULT_EVIDENCE_POLICY,
    mobility: Object.freeze({
        specificity: "IDF",
        neighbours: 20,
        moveDiscount: Object.freeze({ maxShare: 0.3, saturation: 5 }),
        // Searched on the tune part of the mobility development set (npm run eval:mobility; README, "Mobility").
        signalWeights: Object.freeze({ requirements: 0, coverage: 1.5, related: 0, transition: 0.25, semantic: 3, hierarchy: 3 }),
    }),
    documentLimits: Object.freeze({ depth: 12, aliases: 15, cost: 20000, tokens: 3000 }),
    queryTimeoutMs: 30000,
    retryWindowMs: 3000,
    rateLimitPerMinute: 600,
    // A year of who read whom; batches of up to 500 written every 2 s.
    accessLog: Object.freeze({ retentionDays: 365, flushMs: 2000, batchSize: 500 }),
    // One core stays with the event loop (reads, answers, /health); the rest solve.
    computeThreads: Math.max(1, availableParallelism() - 1),
});

/** A setting that cannot be used; the message names the variable and how to fix it. */
export class ConfigError extends Error {
    constructor(variable: string, problem: string, fix: string) {
        super(`${variable} ${problem}: ${fix}`);
        this.name = "ConfigError";
    }
}

export type SeedMode = "auto" | "never";

export interface ExternalNeo4j {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
}

export interface LocalNeo4jSettings {
    /** Cache folder for the provisioned runtime and the local databases (git-ignored). */
    readonly home: string;
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
    /** Extra neo4j.conf lines, `key=value` separated by `;`. */
    readonly extraSettings: Readonly<Record<string, string>>;
}

export interface EmbeddingSettings {
    /** SKILLGRAPH_EMBEDDINGS=off turns the sentence-embedding model off; the lexical methods still answer. */
    readonly enabled: boolean;
    /** Where the model files are provisioned (git-ignored cache, like the Neo4j runtime). */
    readonly home: string;
}

/** Registered (persisted) documents a request may name by hash (src/server/trusted-documents.ts). */
export interface TrustedDocumentSettings {
    /** Manifest files, each a JSON object of "sha256:<hex>" (or "<hex>") → document text, as the codegen client preset writes. */
    readonly manifests: readonly string[];
    /** In production, callers other than admins may send only registered documents. */
    readonly only: boolean;
}

/** The client package's manifest (clients/typescript/, written by npm run codegen), registered when no other is set. */
export const CLIENT_MANIFEST = path.join(projectRoot, "clients", "typescript", "persisted-documents.json");

export interface Config {
    readonly production: boolean;
    readonly host: string;
    readonly port: number;
    readonly logLevel: string;
    readonly seed: SeedMode;
    readonly database: string;
    /** Set when NEO4J_URI is given: then no local Neo4j is ever started. */
    readonly externalNeo4j: ExternalNeo4j | undefined;
    readonly localNeo4j: LocalNeo4jSettings;
    /** Per-transaction timeout sent with every query, in milliseconds. */
    readonly queryTimeoutMs: number;
    /** How long the driver retries a transaction on transient errors (deadlocks, a lost connection), in milliseconds. */
    readonly retryWindowMs: number;
    /** Weights of essential and optional requirements in fit scores. */
    readonly fitWeights: FitWeights;
    /** The highest level each evidence source counts at (README, "Evidence and fit"). */
    readonly evidencePolicy: EvidencePolicy;
    /** Transition costs and career paths (src/use-cases/mobility-catalogue.ts). */
    readonly mobility: MobilitySettings;
    /** Bearer tokens: a shared secret (development) or a JWKS URL (production). */
    readonly auth: AuthSettings;
    /** Origins browsers may call the API from; "*" only when set explicitly. */
    readonly corsOrigins: readonly string[];
    /** Requests per minute per client (token subject, else IP address); 0 turns the limit off. */
    readonly rateLimitPerMinute: number;
    /** How long the access log keeps who read whom, and how it batches its writes. */
    readonly accessLog: AccessLogSettings;
    /** The bearer token /metrics requires; without one, /metrics is served in development only. */
    readonly metricsToken: string | null;
    /** The browser pages: GraphiQL on a browser's GET of /graphql and the explorer at /explore (src/server/web-routes.ts). */
    readonly landingPage: boolean;
    /** Limits on every GraphQL document (@escape.tech/graphql-armor). */
    readonly documentLimits: DocumentLimits;
    readonly trustedDocuments: TrustedDocumentSettings;
    /** Portable credentials: the public URL issuer ids are minted under and the signing keys (src/use-cases/portable-credentials.ts). */
    readonly issuing: IssuingSettings;
    /** Worker threads for the solvers, off the event loop; 0 runs them on it. */
    readonly computeThreads: number;
    /** The local sentence-embedding model behind semantic search and skill tagging (src/embeddings/). */
    readonly embeddings: EmbeddingSettings;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new ConfigError(name, `is "${raw}"`, `set a whole number from ${min} to ${max}, or unset it for ${fallback}`);
    }
    return value;
}

function weight(env: Env, name: string, fallback: number): number {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!(value >= 0 && value <= 10)) throw new ConfigError(name, `is "${raw}"`, `set a number from 0 to 10, or unset it for ${fallback}`);
    return value;
}

/** "SELF=3,PEER=4": the highest level each named source counts at; "none" caps no source. */
function evidencePolicy(env: Env, name: string, fallback: EvidencePolicy): EvidencePolicy {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const defaults = Object.entries(fallback.maxLevel)
        .map(([source, level]) => `${source}=${level}`)
        .join(",");
    const fix = `set source=level pairs, comma-separated, with a source among ${EVIDENCE_SOURCES.join(", ")} and a level from 1 to 5 (for example ${defaults}), "none", or unset it for those`;
    if (raw.trim().toLowerCase() === "none") return Object.freeze({ ...fallback, maxLevel: Object.freeze({}) });
    const maxLevel: Partial<Record<EvidenceSource, number>> = {};
    for (const part of raw
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [source, level, extra] = part.split("=").map((p) => p.trim());
        const value = Number(level);
        if (!(EVIDENCE_SOURCES as readonly string[]).includes(source) || extra !== undefined || !Number.isInteger(value) || value < 1 || value > 5) {
            throw new ConfigError(name, `is "${raw}": "${part}" is not source=level`, fix);
        }
        maxLevel[source as EvidenceSource] = value;
    }
    return Object.freeze({ ...fallback, maxLevel: Object.freeze(maxLevel) });
}

function signalWeights(env: Env, name: string, fallback: SignalWeights): SignalWeights {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    try {
        return Object.freeze(parseSignalWeights(raw));
    } catch (error) {
        const defaults = Object.entries(fallback)
            .map(([signal, w]) => `${signal}=${w}`)
            .join(",");
        throw new ConfigError(
            name,
            `is "${raw}": ${(error as Error).message}`,
            `set signal=weight pairs, comma-separated (for example ${defaults}), or unset it for those`,
        );
    }
}

function optional(env: Env, name: string): string | null {
    const raw = env[name];
    return raw === undefined || raw === "" ? null : raw;
}

function metricsToken(env: Env): string | null {
    const token = optional(env, "SKILLGRAPH_METRICS_TOKEN");
    if (token !== null && token.length < 16)
        throw new ConfigError("SKILLGRAPH_METRICS_TOKEN", "is shorter than 16 characters", "use a long random token (for example openssl rand -hex 24)");
    return token;
}

function trustedDocuments(env: Env): TrustedDocumentSettings {
    const listed = optional(env, "SKILLGRAPH_TRUSTED_DOCUMENTS");
    const manifests = listed === null ? (existsSync(CLIENT_MANIFEST) ? [CLIENT_MANIFEST] : []) : listed.split(",").map((file) => file.trim());
    if (manifests.some((file) => file === ""))
        throw new ConfigError("SKILLGRAPH_TRUSTED_DOCUMENTS", `is "${listed}"`, "list manifest files separated by single commas");
    const only = oneOf(env, "SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY", ["true", "false"], "false") === "true";
    return Object.freeze({ manifests: Object.freeze(manifests.map((file) => path.resolve(file))), only });
}

function authSettings(env: Env, production: boolean): AuthSettings {
    const secret = optional(env, "SKILLGRAPH_JWT_SECRET");
    const jwksUrl = optional(env, "SKILLGRAPH_JWKS_URL");
    if (secret !== null && secret.length < 32)
        throw new ConfigError("SKILLGRAPH_JWT_SECRET", "is shorter than 32 characters", "use a long random secret (for example openssl rand -hex 32)");
    if (jwksUrl !== null && !/^https?:\/\/\S+$/.test(jwksUrl))
        throw new ConfigError("SKILLGRAPH_JWKS_URL", `is "${jwksUrl}"`, "use the http(s) URL of your identity provider's JWKS document");
    if (production && secret === null && jwksUrl === null) {
        throw new ConfigError(
            "SKILLGRAPH_JWKS_URL",
            "is not set in production",
            "set it to your identity provider's JWKS URL (or SKILLGRAPH_JWT_SECRET for a shared secret)",
        );
    }
    return { secret, jwksUrl, issuer: optional(env, "SKILLGRAPH_JWT_ISSUER"), audience: optional(env, "SKILLGRAPH_JWT_AUDIENCE") };
}

function issuingSettings(env: Env, production: boolean, port: number, home: string): IssuingSettings {
    const publicUrl = (optional(env, "SKILLGRAPH_PUBLIC_URL") ?? `http://localhost:${port}`).replace(/\/+$/, "");
    if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl))
        throw new ConfigError(
            "SKILLGRAPH_PUBLIC_URL",
            `is "${publicUrl}"`,
            "use the http(s) URL clients reach this API at, for example https://skills.example.com",
        );
    const keysDir = optional(env, "SKILLGRAPH_ISSUER_KEYS_DIR");
    const jwks = optional(env, "SKILLGRAPH_ISSUER_JWKS");
    if (production && keysDir === null && jwks === null) {
        throw new ConfigError(
            "SKILLGRAPH_ISSUER_KEYS_DIR",
            "is not set in production",
            "point it at a folder of private JWK files (Ed25519 or P-256), or give the keys as a JWK set in SKILLGRAPH_ISSUER_JWKS",
        );
    }
    const trustedIssuersFile = optional(env, "SKILLGRAPH_TRUSTED_ISSUERS_FILE");
    return {
        publicUrl,
        keysDir: keysDir && path.resolve(keysDir),
        jwks,
        devKeysDir: path.join(home, "issuer-keys"),
        trustedIssuersFile: trustedIssuersFile && path.resolve(trustedIssuersFile),
        statusListCacheSeconds: integer(env, "SKILLGRAPH_STATUS_LIST_CACHE_SECONDS", 300, 0, 86_400),
        importRecheckMinutes: integer(env, "SKILLGRAPH_IMPORT_RECHECK_MINUTES", 60, 0, 10_080),
    };
}

function origins(env: Env, production: boolean): string[] {
    const raw = optional(env, "SKILLGRAPH_CORS_ORIGINS");
    if (raw === null) return production ? [] : ["http://localhost:3000", "http://localhost:4000", "http://localhost:5173", "http://127.0.0.1:4000"];
    const list = raw
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean);
    const bad = list.find((origin) => origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin));
    if (bad) throw new ConfigError("SKILLGRAPH_CORS_ORIGINS", `has "${bad}"`, "list origins as scheme://host[:port], comma-separated (no paths), or * for any");
    return list;
}

function share(env: Env, name: string, fallback: number): number {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!(value >= 0 && value < 1)) throw new ConfigError(name, `is "${raw}"`, `set a share from 0 up to (not including) 1, or unset it for ${fallback}`);
    return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
        throw new ConfigError(name, `is "${raw}"`, `use one of ${allowed.join(", ")}`);
    }
    return raw as T;
}

function memorySize(env: Env, name: string, fallback: string): string {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(name, `is "${raw}"`, "use a size such as 512m or 2g");
    return raw.toLowerCase();
}

function neo4jSettings(env: Env, name: string): Record<string, string> {
    const raw = env[name] ?? "";
    const settings: Record<string, string> = {};
    for (const pair of raw
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean)) {
        const eq = pair.indexOf("=");
        if (eq <= 0) throw new ConfigError(name, `has "${pair}"`, "write neo4j.conf settings as key=value;key=value");
        settings[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
    return settings;
}

function externalNeo4j(env: Env): ExternalNeo4j | undefined {
    const uri = env.NEO4J_URI;
    if (!uri) return undefined;
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/]+/.test(uri)) {
        throw new ConfigError("NEO4J_URI", `is "${uri}"`, "use neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by host[:port]");
    }
    const password = env.NEO4J_PASSWORD;
    if (!password) throw new ConfigError("NEO4J_PASSWORD", "is not set", "set it with NEO4J_URI (or unset NEO4J_URI to use a local Neo4j)");
    return { uri, user: env.NEO4J_USER || "neo4j", password };
}

export function embeddingSettings(env: Env = process.env): EmbeddingSettings {
    return Object.freeze({
        enabled: oneOf(env, "SKILLGRAPH_EMBEDDINGS", ["on", "off"], "on") === "on",
        home: path.resolve(projectRoot, env.SKILLGRAPH_MODEL_HOME || ".models"),
    });
}

/** Reads the environment once; every setting and its default is listed in the README's configuration table. */
export function loadConfig(env: Env = process.env): Config {
    const production = env.NODE_ENV === "production";
    const port = integer(env, "PORT", 4000, 0, 65535);
    const neo4jHome = path.resolve(projectRoot, env.SKILLGRAPH_NEO4J_HOME || ".neo4j");
    const config: Config = {
        production,
        host: env.HOST || "localhost",
        port,
        logLevel: oneOf(env, "LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
        seed: oneOf<SeedMode>(env, "SKILLGRAPH_SEED", ["auto", "never"], production ? "never" : "auto"),
        database: env.NEO4J_DATABASE || "neo4j",
        externalNeo4j: externalNeo4j(env),
        localNeo4j: {
            home: neo4jHome,
            boltPort: integer(env, "SKILLGRAPH_NEO4J_PORT", 7687, 1, 65535),
            heap: memorySize(env, "SKILLGRAPH_NEO4J_HEAP", "1g"),
            pageCache: memorySize(env, "SKILLGRAPH_NEO4J_PAGECACHE", "512m"),
            extraSettings: neo4jSettings(env, "SKILLGRAPH_NEO4J_SETTINGS"),
        },
        queryTimeoutMs: integer(env, "SKILLGRAPH_QUERY_TIMEOUT_MS", DEFAULTS.queryTimeoutMs, 100, 3_600_000),
        retryWindowMs: integer(env, "SKILLGRAPH_RETRY_WINDOW_MS", DEFAULTS.retryWindowMs, 0, 600_000),
        fitWeights: Object.freeze({
            essential: weight(env, "SKILLGRAPH_WEIGHT_ESSENTIAL", DEFAULTS.fitWeights.essential),
            optional: weight(env, "SKILLGRAPH_WEIGHT_OPTIONAL", DEFAULTS.fitWeights.optional),
        }),
        evidencePolicy: evidencePolicy(env, "SKILLGRAPH_EVIDENCE_MAX_LEVELS", {
            ...DEFAULTS.evidencePolicy,
            completionValidityMonths: integer(env, "SKILLGRAPH_COMPLETION_VALIDITY_MONTHS", DEFAULTS.evidencePolicy.completionValidityMonths, 1, 600),
        }),
        mobility: Object.freeze({
            specificity: oneOf(env, "SKILLGRAPH_SPECIFICITY", ["IDF", "NONE"], DEFAULTS.mobility.specificity),
            neighbours: integer(env, "SKILLGRAPH_CAREER_NEIGHBOURS", DEFAULTS.mobility.neighbours, 1, 500),
            moveDiscount: Object.freeze({
                maxShare: share(env, "SKILLGRAPH_MOVE_DISCOUNT", DEFAULTS.mobility.moveDiscount.maxShare),
                saturation: integer(env, "SKILLGRAPH_MOVE_SATURATION", DEFAULTS.mobility.moveDiscount.saturation, 1, 10_000),
            }),
            signalWeights: signalWeights(env, "SKILLGRAPH_MOBILITY_WEIGHTS", DEFAULTS.mobility.signalWeights),
        }),
        auth: Object.freeze(authSettings(env, production)),
        corsOrigins: Object.freeze(origins(env, production)),
        rateLimitPerMinute: integer(env, "SKILLGRAPH_RATE_LIMIT", DEFAULTS.rateLimitPerMinute, 0, 1_000_000),
        accessLog: Object.freeze({
            ...DEFAULTS.accessLog,
            retentionDays: integer(env, "SKILLGRAPH_ACCESS_LOG_DAYS", DEFAULTS.accessLog.retentionDays, 1, 36_500),
        }),
        metricsToken: metricsToken(env),
        landingPage: oneOf(env, "SKILLGRAPH_LANDING_PAGE", ["on", "off"], production ? "off" : "on") === "on",
        issuing: Object.freeze(issuingSettings(env, production, port, neo4jHome)),
        documentLimits: Object.freeze({
            depth: integer(env, "SKILLGRAPH_MAX_DEPTH", DEFAULTS.documentLimits.depth, 2, 100),
            aliases: integer(env, "SKILLGRAPH_MAX_ALIASES", DEFAULTS.documentLimits.aliases, 0, 1000),
            cost: integer(env, "SKILLGRAPH_MAX_COST", DEFAULTS.documentLimits.cost, 100, 10_000_000),
            tokens: integer(env, "SKILLGRAPH_MAX_TOKENS", DEFAULTS.documentLimits.tokens, 100, 1_000_000),
        }),
        trustedDocuments: trustedDocuments(env),
        computeThreads: integer(env, "SKILLGRAPH_COMPUTE_THREADS", DEFAULTS.computeThreads, 0, 64),
        embeddings: embeddingSettings(env),
    };
    return Object.freeze(config);
}
