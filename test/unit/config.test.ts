import { ConfigError, loadConfig } from "../../src/config";

describe("loadConfig", () => {
    it("gives defaults that start a local Neo4j on a developer machine", () => {
        const config = loadConfig({});
        expect(config).toMatchObject({ port: 4000, seed: "auto", externalNeo4j: undefined, production: false });
        expect(config.localNeo4j).toMatchObject({ boltPort: 7687, heap: "1g", pageCache: "512m" });
        expect(Object.isFrozen(config)).toBe(true);
        expect(config.issuing).toMatchObject({ publicUrl: "http://localhost:4000", keysDir: null, jwks: null });
        expect(config.issuing.devKeysDir).toMatch(/\.neo4j\/issuer-keys$/);
        expect(loadConfig({ PORT: "4077", SKILLGRAPH_PUBLIC_URL: "https://skills.example.com/" }).issuing.publicUrl).toBe("https://skills.example.com");
    });

    it("uses an external server when NEO4J_URI is set, with any scheme", () => {
        for (const uri of ["neo4j+s://abc.databases.neo4j.io", "neo4j://cluster:7687", "bolt://db:7687"]) {
            expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: "secret" }).externalNeo4j).toEqual({ uri, user: "neo4j", password: "secret" });
        }
    });

    it.each([
        [{ PORT: "http" }, /PORT is "http": set a whole number from 0 to 65535/],
        [{ NEO4J_URI: "http://db:7474", NEO4J_PASSWORD: "x" }, /NEO4J_URI is "http:\/\/db:7474": use neo4j:\/\//],
        [{ NEO4J_URI: "neo4j://db" }, /NEO4J_PASSWORD is not set/],
        [{ SKILLGRAPH_NEO4J_HEAP: "lots" }, /SKILLGRAPH_NEO4J_HEAP is "lots": use a size such as 512m or 2g/],
        [{ SKILLGRAPH_NEO4J_SETTINGS: "novalue" }, /write neo4j.conf settings as key=value/],
        [{ SKILLGRAPH_SEED: "sometimes" }, /SKILLGRAPH_SEED is "sometimes": use one of auto, never/],
        [
            { NODE_ENV: "production", SKILLGRAPH_JWT_SECRET: "x".repeat(32) },
            /SKILLGRAPH_ISSUER_KEYS_DIR is not set in production: point it at a folder of private JWK files/,
        ],
        [{ SKILLGRAPH_PUBLIC_URL: "skills.example.com" }, /SKILLGRAPH_PUBLIC_URL is "skills.example.com": use the http\(s\) URL clients reach this API at/],
        [
            { SKILLGRAPH_MOBILITY_WEIGHTS: "semantic=lots" },
            /SKILLGRAPH_MOBILITY_WEIGHTS is "semantic=lots": the weight of semantic must be a number .* set signal=weight pairs/,
        ],
        [{ SKILLGRAPH_EVIDENCE_MAX_LEVELS: "SELF=7" }, /SKILLGRAPH_EVIDENCE_MAX_LEVELS is "SELF=7": "SELF=7" is not source=level: set source=level pairs/],
        [{ SKILLGRAPH_EVIDENCE_MAX_LEVELS: "GUESS=2" }, /"GUESS=2" is not source=level: .* a source among SELF, MANAGER, PEER, ASSESSED, CREDENTIAL, INFERRED/],
    ])("rejects %j naming the variable and the fix", (env, message) => {
        expect(() => loadConfig(env)).toThrow(ConfigError);
        expect(() => loadConfig(env)).toThrow(message);
    });

    it("reads the mobility blend's weights, the signals left out weighing 0", () => {
        expect(loadConfig({}).mobility.signalWeights).toEqual({ requirements: 0, coverage: 1.5, related: 0, transition: 0.25, semantic: 3, hierarchy: 3 });
        expect(loadConfig({ SKILLGRAPH_MOBILITY_WEIGHTS: "transition=1" }).mobility.signalWeights).toEqual({
            requirements: 0,
            coverage: 0,
            related: 0,
            transition: 1,
            semantic: 0,
            hierarchy: 0,
        });
    });

    it("reads the evidence policy: self-assessments at most 3 and peers at most 4 unless set", () => {
        expect(loadConfig({}).evidencePolicy).toEqual({ maxLevel: { SELF: 3, PEER: 4 }, completionValidityMonths: 36 });
        expect(loadConfig({ SKILLGRAPH_EVIDENCE_MAX_LEVELS: "SELF=2, INFERRED=3" }).evidencePolicy).toEqual({
            maxLevel: { SELF: 2, INFERRED: 3 },
            completionValidityMonths: 36,
        });
        expect(loadConfig({ SKILLGRAPH_EVIDENCE_MAX_LEVELS: "none" }).evidencePolicy).toEqual({ maxLevel: {}, completionValidityMonths: 36 });
    });

    it("reads how long a completed course counts, refusing what is not 1 to 600 months", () => {
        expect(loadConfig({ SKILLGRAPH_COMPLETION_VALIDITY_MONTHS: "12" }).evidencePolicy.completionValidityMonths).toBe(12);
        for (const bad of ["0", "601", "1.5", "a year"])
            expect(() => loadConfig({ SKILLGRAPH_COMPLETION_VALIDITY_MONTHS: bad })).toThrow(/SKILLGRAPH_COMPLETION_VALIDITY_MONTHS/);
    });

    it("serves the browser pages in development and, unless SKILLGRAPH_LANDING_PAGE says on, not in production", () => {
        const production = { NODE_ENV: "production", SKILLGRAPH_JWKS_URL: "https://id.example.com/jwks", SKILLGRAPH_ISSUER_KEYS_DIR: "/keys" };
        expect(loadConfig({}).landingPage).toBe(true);
        expect(loadConfig({ SKILLGRAPH_LANDING_PAGE: "off" }).landingPage).toBe(false);
        expect(loadConfig(production).landingPage).toBe(false);
        expect(loadConfig({ ...production, SKILLGRAPH_LANDING_PAGE: "on" }).landingPage).toBe(true);
        expect(() => loadConfig({ SKILLGRAPH_LANDING_PAGE: "yes" })).toThrow(new ConfigError("SKILLGRAPH_LANDING_PAGE", 'is "yes"', "use one of on, off"));
    });

    it("parses extra neo4j.conf settings", () => {
        expect(loadConfig({ SKILLGRAPH_NEO4J_SETTINGS: "db.logs.query.enabled=OFF; dbms.memory.transaction.total.max=1g" }).localNeo4j.extraSettings).toEqual({
            "db.logs.query.enabled": "OFF",
            "dbms.memory.transaction.total.max": "1g",
        });
    });
});
