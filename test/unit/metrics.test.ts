import { Metrics } from "../../src/server/metrics";

describe("Metrics", () => {
    it("labels the first 200 distinct operation names and counts the rest as other", async () => {
        const metrics = new Metrics({ state: "up" });
        for (let i = 0; i < 250; i++) metrics.observeRequest(`Op${i}`, "ok", 0.01);
        metrics.observeRequest("Op0", "FORBIDDEN", 0.02);
        const text = await metrics.registry.metrics();
        const counted = text.split("\n").filter((line) => line.startsWith("skillgraph_graphql_requests_total{"));
        expect(counted.filter((line) => /operation="Op\d+",outcome="ok"/.test(line))).toHaveLength(200);
        expect(counted).toContain('skillgraph_graphql_requests_total{operation="other",outcome="ok"} 50');
        expect(counted).toContain('skillgraph_graphql_requests_total{operation="Op0",outcome="FORBIDDEN"} 1');
    });

    it("reports the database state when scraped", async () => {
        const database = { state: "up" };
        const metrics = new Metrics(database);
        expect(await metrics.registry.metrics()).toMatch(/^skillgraph_database_up 1$/m);
        database.state = "down";
        expect(await metrics.registry.metrics()).toMatch(/^skillgraph_database_up 0$/m);
    });
});
