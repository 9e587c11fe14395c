import type { EagerResult, Integer } from "neo4j-driver";
import { describeLoad, runLoad } from "../../tools/bench/load";
import { type OwnDatabase, startOwnDatabase } from "../../tools/harness/own-database";

/**
 * The load test's CI variant (the full one: npm run load): 20 s at concurrency 32 after a warm-up of 8,000 requests
 * (at least 30 s, at most 150 s: V8 sizes its heap by what it allocates, and CI shares the machine), reads and
 * writes by every audience against the demo organisation, the API in its own process (dist/src/main.js, built by
 * npm test). Zero errors, writes landed, resident memory within 20% of its value after warm-up, a clean SIGTERM.
 */
let db: OwnDatabase;

describe("load", () => {
    // A Neo4j of its own with the demo: minutes when the suites beside it load the machine.
    beforeAll(async () => {
        db = await startOwnDatabase("load", { demo: true });
    }, 300_000);
    afterAll(async () => {
        await db?.stop();
    });

    it("serves a mixed load without errors or memory growth, then shuts down cleanly", async () => {
        const count = async (query: string) => (await db.driver.executeQuery<EagerResult<{ n: Integer }>>(query)).records[0].get("n").toNumber();
        const selfClaimsBefore = await count("MATCH ()-[e:HAS_SKILL {source: 'SELF'}]->() RETURN count(e) AS n");
        const report = await runLoad(db.driver, {
            connection: db.neo4j,
            database: "neo4j",
            seconds: 20,
            warmupSeconds: 30,
            warmupRequests: 8000,
            warmupMaxSeconds: 150,
            concurrency: 32,
        });
        console.info(describeLoad(report));
        expect(report.errorSamples).toEqual([]);
        expect(report.errors).toBe(0);
        expect(report.requests).toBeGreaterThan(100);
        expect(report.writes).toBeGreaterThan(10);
        expect(report.rssGrowth).toBeLessThan(0.2);
        expect(report.exitCode).toBe(0);
        expect(await count("MATCH ()-[e:HAS_SKILL {source: 'SELF'}]->() RETURN count(e) AS n")).toBeGreaterThan(selfClaimsBefore);
    }, 300_000);
});
