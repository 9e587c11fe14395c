import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Writable } from "node:stream";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace";
import { Neo4jError } from "neo4j-driver";
import { createLogger } from "../../src/logger";
import { observedDriver } from "../../src/neo4j/observed-driver";
import { type Tracing, startTracing } from "../../src/tracing";
import { projectRoot } from "../../src/project-root";
import { startApiProcess } from "../../tools/harness/api-process";
import { TEST_AUTH, adminToken } from "../../tools/harness/tokens";
import { testDatabase, testUri } from "../setup/test-database";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * OpenTelemetry traces, seen by an in-memory exporter: a server span per GraphQL request named by its operation (a
 * child of the caller's traceparent), with its audience and outcome and never its variables; a span per hand-written
 * resolver and per named Cypher query under it; the generated query's transaction under the request. Log lines carry
 * the request id, the operation and the trace id. The driver's silent retries are counted.
 */
const exporter = new InMemorySpanExporter();
const lines: Record<string, unknown>[] = [];
const p = uniquePrefix("trace");
let tracing: Tracing;
let api: TestApi;

beforeAll(async () => {
    tracing = startTracing({ env: {}, processor: new SimpleSpanProcessor({ exporter }) });
    const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
            for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
            done();
        },
    });
    api = await startTestApi({ embeddings: "off", log: createLogger("debug", "test", sink) });
    await api.cypher(
        `CREATE (s:Skill {id: $p + 'S', name: 'Traced skill', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (r:Role {id: $p + 'R', title: 'Traced role', taxonomy: 'INTERNAL', altTitles: [], tags: []})-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s),
                (:Person {id: $p + 'P', name: 'Tracy Span', email: $p + 'p@example.com', availability: 1.0})-[:HAS_SKILL {level: 2, source: 'SELF', assessedAt: datetime()}]->(s)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
    await tracing.shutdown();
});

/** Sends a request with a W3C traceparent and returns the finished spans of that trace (the server span ends after the answer). */
async function traced(body: unknown, token?: string | null): Promise<{ traceId: string; spans: ReadableSpan[]; answer: unknown }> {
    const traceId = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
    const headers: Record<string, string> = { "content-type": "application/json", traceparent: `00-${traceId}-00f067aa0ba902b7-01` };
    if (token !== null) headers.authorization = `Bearer ${token ?? (await adminToken())}`;
    const response = await fetch(api.url, { method: "POST", headers, body: JSON.stringify(body) });
    const answer = await response.json();
    const deadline = Date.now() + 5000;
    const ofTrace = () => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    while (!ofTrace().some((span) => span.kind === SpanKind.SERVER) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return { traceId, spans: ofTrace(), answer };
}

const named = (spans: ReadableSpan[], name: string) => spans.find((span) => span.name === name);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe("traces", () => {
    it("show a hand-written query as request → resolver → named Cypher queries, without the variables", async () => {
        const { traceId, spans, answer } = await traced({
            query: "query TracedGap($personId: ID!, $roleId: ID!) { skillGap(personId: $personId, roleId: $roleId) { fit } }",
            operationName: "TracedGap",
            variables: { personId: `${p}P`, roleId: `${p}R` },
        });
        expect(typeof (answer as { data?: { skillGap?: { fit?: unknown } } }).data?.skillGap?.fit).toBe("number");
        const server = named(spans, "query TracedGap")!;
        expect(server).toBeDefined();
        expect(server.parentSpanContext?.spanId).toBe("00f067aa0ba902b7");
        expect(server.attributes).toMatchObject({
            "graphql.operation.name": "TracedGap",
            "graphql.operation.type": "query",
            "skillgraph.audience": "admin",
            "skillgraph.outcome": "ok",
            "http.response.status_code": 200,
        });
        const resolver = named(spans, "resolve Query.skillGap")!;
        expect(parentOf(resolver)).toBe(server.spanContext().spanId);
        const queries = spans.filter((span) => span.name.startsWith("cypher "));
        expect(queries.length).toBeGreaterThan(0);
        for (const query of queries) {
            expect(query.attributes["db.system.name"]).toBe("neo4j");
            expect(query.attributes["db.query.summary"]).toBe(query.name.slice("cypher ".length));
        }
        expect(queries.some((query) => parentOf(query) === resolver.spanContext().spanId)).toBe(true);
        // Neither the variables nor any query text reaches a span.
        const everything = JSON.stringify(spans.map((span) => [span.name, span.attributes]));
        expect(everything).not.toContain(p);
        expect(everything).not.toMatch(/MATCH|RETURN/);
        expect(spans.every((span) => span.spanContext().traceId === traceId)).toBe(true);
    });

    it("show a generated query's transaction under its request, and a refusal as an error", async () => {
        const generated = await traced({ query: "query TracedSkills { skills(limit: 1) { id } }", operationName: "TracedSkills" }, null);
        const server = named(generated.spans, "query TracedSkills")!;
        expect(server.attributes["skillgraph.audience"]).toBe("anonymous");
        const transaction = named(generated.spans, "neo4j read transaction")!;
        expect(parentOf(transaction)).toBe(server.spanContext().spanId);
        expect(transaction.attributes["skillgraph.transaction.retries"]).toBe(0);

        const refused = await traced(
            { query: `query TracedRefusal { skillGap(personId: "${p}P", roleId: "${p}R") { fit } }`, operationName: "TracedRefusal" },
            null,
        );
        const failed = named(refused.spans, "query TracedRefusal")!;
        expect(failed.status).toEqual({ code: SpanStatusCode.ERROR, message: "UNAUTHENTICATED" });
        expect(failed.attributes["skillgraph.outcome"]).toBe("UNAUTHENTICATED");
    });

    it("give every request log line its id, operation and trace id", async () => {
        const { traceId } = await traced({ query: "query TracedLog { nosuchfield }", operationName: "TracedLog" }, null);
        const requestLine = lines.find((line) => line.msg === "request" && line.operation === "TracedLog");
        expect(requestLine).toMatchObject({ traceId, outcome: "GRAPHQL_VALIDATION_FAILED", status: 400, audience: "anonymous" });
        expect(typeof requestLine!.requestId).toBe("string");
        const errorLine = lines.find((line) => line.msg === "request error" && line.requestId === requestLine!.requestId);
        expect(errorLine).toMatchObject({ traceId, operation: "TracedLog", code: "GRAPHQL_VALIDATION_FAILED" });
    });
});

describe("OTLP export", () => {
    it("sends the spans by OTLP/protobuf when OTEL_EXPORTER_OTLP_ENDPOINT is set (the compiled server, flushed on shutdown)", async () => {
        const compiled = path.join(projectRoot, "dist", "src", "main.js");
        if (!existsSync(compiled)) throw new Error("dist/src/main.js is missing: run npm test (it builds first), or npm run build");
        const received: { path: string; type: string; body: Buffer }[] = [];
        const collector = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on("data", (chunk: Buffer) => chunks.push(chunk));
            req.on("end", () => {
                received.push({ path: req.url ?? "", type: req.headers["content-type"] ?? "", body: Buffer.concat(chunks) });
                res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
            });
        });
        await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
        const { user, password, database } = testDatabase();
        const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
        const server = await startApiProcess({ uri: testUri(), user, password }, database, TEST_AUTH.secret!, {
            OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
            OTEL_SERVICE_NAME: "skillgraph-otlp-test",
        });
        try {
            const response = await fetch(server.url, {
                method: "POST",
                headers: { "content-type": "application/json", authorization: `Bearer ${await adminToken()}` },
                body: JSON.stringify({ query: "query OtlpProbe { skills(limit: 1) { id } }", operationName: "OtlpProbe" }),
            });
            expect(response.status).toBe(200);
        } finally {
            expect(await server.stop()).toBe(0);
            await new Promise((resolve) => collector.close(resolve));
        }
        const traces = received.filter((request) => request.path === "/v1/traces");
        expect(traces.length).toBeGreaterThan(0);
        expect(traces.every((request) => request.type === "application/x-protobuf")).toBe(true);
        const body = Buffer.concat(traces.map((request) => request.body)).toString("latin1");
        for (const text of ["query OtlpProbe", "neo4j read transaction", "skillgraph-otlp-test", "graphql.operation.name"]) expect(body).toContain(text);
    });
});

describe("transaction retries", () => {
    it("are counted: the driver runs the work again after a transient error", async () => {
        const retries: string[] = [];
        const driver = observedDriver(api.driver, (mode) => retries.push(mode));
        const session = driver.session({ database: api.database });
        try {
            let attempts = 0;
            const answer = await session.executeWrite(async (tx) => {
                if (attempts++ === 0) throw new Neo4jError("a deadlock, for the test", "Neo.TransientError.Transaction.DeadlockDetected", "", "");
                return (await tx.run("RETURN 1 AS one")).records[0].get("one") as unknown;
            });
            expect(Number(answer)).toBe(1);
            expect(retries).toEqual(["write"]);
            await session.executeRead((tx) => tx.run("RETURN 1"));
            expect(retries).toEqual(["write"]);
        } finally {
            await session.close();
        }
    });
});
