import { type TestApi, startTestApi } from "../helpers/test-api";

/**
 * Prometheus metrics at /metrics: the values change with the requests made (operation name and outcome, the named
 * database queries, the indexes' cache lookups, rate-limit refusals), the database gauge says up, and production serves them only with the token.
 */
let api: TestApi;

beforeAll(async () => {
    api = await startTestApi({ embeddings: "off", rateLimitPerMinute: 3 });
});

afterAll(async () => {
    await api.stop();
});

const metricsUrl = (target: TestApi) => target.url.replace(/graphql$/, "metrics");

async function scrape(target = api, headers: Record<string, string> = {}): Promise<string> {
    const response = await fetch(metricsUrl(target), { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    return response.text();
}

/** Scrapes until `ready` holds (a request is counted when its response has been sent, a moment after the client may read it). */
async function scrapeUntil(ready: (text: string) => boolean): Promise<string> {
    const deadline = Date.now() + 5000;
    let text = await scrape();
    while (!ready(text) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        text = await scrape();
    }
    return text;
}

/** The value of one sample line, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
    const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
    const line = text
        .split("\n")
        .find((l) => (l.startsWith(`${name}{`) ? wanted.every((w) => l.includes(w)) : wanted.length === 0 && l.startsWith(`${name} `)));
    return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

/** The sum of a metric's samples whose label set includes `label`. */
const total = (text: string, name: string, label: string) =>
    text
        .split("\n")
        .filter((l) => l.startsWith(`${name}{`) && l.includes(label))
        .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(" ") + 1)), 0);

describe("metrics", () => {
    it("count requests by operation and outcome, time the named queries, and count rate-limit refusals", async () => {
        const before = await scrape();
        expect(sample(before, "skillgraph_database_up")).toBe(1);
        expect(before).toContain("nodejs_eventloop_lag_seconds");

        const ok = await api.post({ query: "query MetricsProbe { skills(limit: 1) { id } }", operationName: "MetricsProbe" }, null);
        expect(ok.errors).toBeUndefined();
        const refused = await api.post({ query: `query MetricsGap { skillGap(personId: "x", roleId: "y") { fit } }`, operationName: "MetricsGap" }, null);
        expect(refused.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
        // The admin's me reads the database through a named query.
        const named = await api.post({ query: 'query MetricsMe { me { subject } searchSkills(query: "data", first: 1) { id } }', operationName: "MetricsMe" });
        expect(named.errors).toBeUndefined();

        const after = await scrapeUntil((text) => sample(text, "skillgraph_graphql_requests_total", { operation: "MetricsMe", outcome: "ok" }) === 1);
        expect(sample(after, "skillgraph_graphql_requests_total", { operation: "MetricsProbe", outcome: "ok" })).toBe(1);
        expect(sample(after, "skillgraph_graphql_requests_total", { operation: "MetricsGap", outcome: "UNAUTHENTICATED" })).toBe(1);
        expect(sample(after, "skillgraph_graphql_request_duration_seconds_count", { operation: "MetricsProbe", outcome: "ok" })).toBe(1);
        expect(total(after, "skillgraph_database_query_duration_seconds_count", 'query="')).toBeGreaterThan(
            total(before, "skillgraph_database_query_duration_seconds_count", 'query="'),
        );
        expect(after).toMatch(/skillgraph_database_query_duration_seconds_count\{query="skills\/search-skill-[a-z]+"\} [1-9]/);

        // The limit is 3 a minute per client: the fourth anonymous request is refused before GraphQL.
        const statuses: number[] = [];
        for (let i = 0; i < 2; i++) statuses.push((await api.post({ query: "{ skills(limit: 1) { id } }" }, null)).status);
        expect(statuses).toContain(429);
        const limited = await scrapeUntil((text) => sample(text, "skillgraph_graphql_requests_total", { operation: "none", outcome: "RATE_LIMITED" }) >= 1);
        expect(sample(limited, "skillgraph_rate_limited_total")).toBeGreaterThanOrEqual(1);
        expect(sample(limited, "skillgraph_graphql_requests_total", { operation: "none", outcome: "RATE_LIMITED" })).toBeGreaterThanOrEqual(1);
    });

    it("count the process-wide indexes' lookups, one per planner query: a hit when nothing changed since the last one", async () => {
        // An API of its own: the shared one allows 3 requests a minute per client.
        const unlimited = await startTestApi({ embeddings: "off" });
        try {
            const query = (name: string) => `query ${name} { skillSupplyDemand(first: 1) { skills { skillId } } }`;
            await unlimited.post({ query: query("WarmIndex"), operationName: "WarmIndex" });
            const lookups = (text: string, result: string) => sample(text, "skillgraph_cache_lookups_total", { cache: "workforce", result });
            const all = (text: string) => ["hit", "refresh", "build"].reduce((sum, result) => sum + lookups(text, result), 0);
            // Suites running beside this one may change people in between (a refresh): a few tries see a hit.
            let hits = 0;
            for (let attempt = 0; attempt < 20 && hits === 0; attempt++) {
                if (attempt) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
                const before = await scrape(unlimited);
                expect((await unlimited.post({ query: query("IndexLookup"), operationName: "IndexLookup" })).errors).toBeUndefined();
                const after = await scrape(unlimited);
                expect(all(after)).toBe(all(before) + 1);
                hits = lookups(after, "hit") - lookups(before, "hit");
            }
            expect(hits).toBe(1);
            const last = await scrape(unlimited);
            expect(lookups(last, "build")).toBeGreaterThanOrEqual(1);
            expect(last).toContain("# TYPE skillgraph_database_transaction_retries_total counter");
        } finally {
            await unlimited.stop();
        }
    });

    it("are off in production without a token, and need the token with one", async () => {
        const production = await startTestApi({ embeddings: "off", production: true });
        const guarded = await startTestApi({ embeddings: "off", production: true, metricsToken: "metrics-token-for-tests" });
        try {
            const off = await fetch(metricsUrl(production));
            expect(off.status).toBe(404);
            expect(((await off.json()) as { message: string }).message).toContain("SKILLGRAPH_METRICS_TOKEN");
            expect((await fetch(metricsUrl(guarded))).status).toBe(401);
            expect((await fetch(metricsUrl(guarded), { headers: { authorization: "Bearer wrong-token-of-same-size" } })).status).toBe(401);
            expect(sample(await scrape(guarded, { authorization: "Bearer metrics-token-for-tests" }), "skillgraph_database_up")).toBe(1);
        } finally {
            await production.stop();
            await guarded.stop();
        }
    });
});
