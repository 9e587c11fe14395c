import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import neo4j, { type Driver } from "neo4j-driver";
import {
    DEFAULT_WORKFORCE,
    countGeneratedPeople,
    generateWorkforce,
    readWorkforceReport,
    recordWorkforceReport,
} from "../../seed/generate/load-workforce";
import { loadConfig } from "../../src/config";
import { DEFAULT_ESCO_LEVELS, importEsco } from "../../src/import/esco/esco-import";
import { RejectLog } from "../../src/import/rejects";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { connectDatabase } from "../../src/neo4j/connect";
import type { Neo4jConnection } from "../../src/neo4j/driver";
import { findFreePort } from "../../src/neo4j/local/local-server";
import { cypher } from "../../src/neo4j/cypher-files";
import { projectRoot } from "../../src/project-root";
import { type Percentiles, percentiles, throughput, timeCalls } from "./stats";

/**
 * `npm run bench -- [--scale 100000] [--calls 200] [--seconds 30] [--concurrency 16]`: loads or reuses the scale
 * graph, then measures each operation through GraphQL over HTTP (the API in its own process) and its underlying
 * Cypher through the driver alone.
 */
interface Operation {
    readonly name: string;
    /** GraphQL request body for input i. */
    readonly graphql: (i: number) => { query: string; variables: Record<string, unknown> };
    /** The same work as hand-written Cypher, for the baseline. */
    readonly cypher: (i: number) => { file: string; params: Record<string, unknown> };
}

interface OperationResult {
    readonly name: string;
    readonly graphql: Percentiles & { perSecond: number; errors: number };
    readonly cypher: Percentiles & { perSecond: number; errors: number };
    readonly ratioP50: number;
    readonly ratioThroughput: number;
}

const ESCO_DIR = path.join(projectRoot, "..", "shared", "data", "esco-1.1.1");
const RESULTS_DIR = path.join(projectRoot, "test", "bench", "results");

async function operations(driver: Driver, database: string, people: number, calls: number): Promise<Operation[]> {
    const { records } = await driver.executeQuery(cypher("bench/sample-inputs"), { count: calls }, { database });
    const terms = records.map((r) => (r.get("name") as string).split(" ").slice(0, 2).join(" ").slice(0, 12));
    const offset = (i: number) => ((i * 7919) % Math.max(1, people - 50)) | 0;
    const ids = [...Array(calls).keys()].map((i) => `gen:person:${String(((i * 7919) % people) + 1).padStart(6, "0")}`);
    const pairs = (await driver.executeQuery(cypher("bench/people-roles"), { ids }, { database })).records.map((r) => ({
        personId: r.get("personId") as string,
        roleId: r.get("roleId") as string,
    }));
    const pair = (i: number) => pairs[i % pairs.length];
    return [
        {
            name: "page of 50 people with nested skills and credentials",
            graphql: (i) => ({
                query: `query People($offset: Int!) {
                    people(limit: 50, offset: $offset, sort: [{ id: ASC }], where: { id: { startsWith: "gen:person:" } }) {
                        id name email
                        skillsConnection { edges { properties { level source } node { id name } } }
                        credentials { id title }
                    }
                }`,
                variables: { offset: offset(i) },
            }),
            cypher: (i) => ({ file: "bench/people-page", params: { prefix: "gen:person:", offset: neo4j.int(offset(i)) } }),
        },
        {
            name: "skillGap (person against their role)",
            graphql: (i) => ({
                query: `query Gap($personId: ID!, $roleId: ID!) {
                    skillGap(personId: $personId, roleId: $roleId) {
                        fit essentialCoverage missingEssentials
                        requirements { skillId requiredLevel importance effectiveLevel deficit explanation evidence { source level credentialTitle } }
                    }
                }`,
                variables: pair(i),
            }),
            cypher: (i) => ({ file: "people/skill-gap", params: { ...pair(i), includeNarrower: false } }),
        },
        {
            name: "skill search (full-text, first 20)",
            graphql: (i) => ({
                query: `query Search($query: String!) { searchSkills(query: $query, first: 20) { id name altLabels } }`,
                variables: { query: terms[i % terms.length] },
            }),
            cypher: (i) => ({ file: "bench/search-skills", params: { query: terms[i % terms.length], first: neo4j.int(20) } }),
        },
    ];
}

async function ensureGraph(driver: Driver, database: string, scale: number, log: ReturnType<typeof createLogger>) {
    const facts: Record<string, unknown> = {};
    const rejects = new RejectLog(path.join(RESULTS_DIR, "bench-rejected-rows-esco.csv"));
    // Re-importing ESCO is idempotent and measures import throughput in this run.
    const esco = await importEsco(ESCO_DIR, DEFAULT_ESCO_LEVELS, rejects, { driver, database, batchSize: 5000, restart: true, log, showProgress: true });
    await rejects.close();
    facts.escoImport = { rows: esco.rowsWritten, seconds: esco.seconds, rowsPerSecond: esco.rowsPerSecond, countsOk: esco.ok };

    const existing = await countGeneratedPeople(driver, database);
    if (existing < scale) {
        const report = await generateWorkforce(driver, database, { ...DEFAULT_WORKFORCE, people: scale }, 1000, log);
        recordWorkforceReport(report);
        facts.workforce = { ...report, generatedInThisRun: true };
    } else {
        facts.workforce = { ...(readWorkforceReport(scale) ?? { people: existing, note: "generated earlier; throughput not recorded" }), generatedInThisRun: false };
    }
    return facts;
}

async function measure(op: Operation, url: string, driver: Driver, database: string, calls: number, seconds: number, concurrency: number): Promise<OperationResult> {
    const post = async (i: number) => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(op.graphql(i)) });
        const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
        if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
        return body;
    };
    const run = async (i: number) => {
        const { file, params } = op.cypher(i);
        const result = await driver.executeQuery(cypher(file), params, { database, routing: neo4j.routing.READ });
        return result.records.length;
    };
    // Warm up both paths (plans cached, pages hot), and fail loudly if an operation returns nothing.
    for (let i = 0; i < 20; i++) {
        await post(i);
        if ((await run(i)) === 0) throw new Error(`${op.name}: the baseline Cypher returned no rows; the graph is not loaded`);
    }
    const graphqlLatency = percentiles(await timeCalls(calls, post));
    const cypherLatency = percentiles(await timeCalls(calls, run));

    let request = 0;
    const cannon = await autocannon({
        url,
        method: "POST",
        connections: concurrency,
        duration: seconds,
        headers: { "content-type": "application/json" },
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(op.graphql(request++)) }) }],
    });
    const cypherThroughput = await throughput(concurrency, seconds, run);
    const graphqlPerSecond = cannon.requests.average;
    return {
        name: op.name,
        graphql: { ...graphqlLatency, perSecond: graphqlPerSecond, errors: cannon.errors + cannon.non2xx },
        cypher: { ...cypherLatency, ...cypherThroughput },
        ratioP50: graphqlLatency.p50 / cypherLatency.p50,
        ratioThroughput: cypherThroughput.perSecond / Math.max(graphqlPerSecond, 0.001),
    };
}

/**
 * The API as deployed (`node dist/src/main.js`, production mode) in its own process, so that the load generator
 * and the server do not share an event loop.
 */
async function startApiProcess(connection: Neo4jConnection, database: string): Promise<{ url: string; stop(): Promise<void> }> {
    const port = await findFreePort();
    const child = spawn(process.execPath, [path.join(projectRoot, "dist", "src", "main.js")], {
        env: {
            ...process.env,
            NEO4J_URI: connection.uri,
            NEO4J_USER: connection.user,
            NEO4J_PASSWORD: connection.password,
            NEO4J_DATABASE: database,
            PORT: String(port),
            HOST: "127.0.0.1",
            NODE_ENV: "production",
            SKILLGRAPH_SEED: "never",
            LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "inherit", "inherit"],
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let attempt = 0; ; attempt++) {
        const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
        if (healthy) break;
        if (attempt > 120 || child.exitCode !== null) throw new Error("the API process did not become healthy within 60 s");
        await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return {
        url,
        stop: async () => {
            child.kill("SIGTERM");
            await exited;
        },
    };
}

function table(results: OperationResult[]): string {
    const ms = (x: number) => x.toFixed(1);
    return [
        "| operation | GraphQL p50 / p95 / p99 ms | Cypher p50 / p95 / p99 ms | GraphQL / Cypher (p50) | GraphQL req/s | Cypher calls/s | Cypher / GraphQL throughput |",
        "|---|---|---|---:|---:|---:|---:|",
        ...results.map(
            (r) =>
                `| ${r.name} | ${ms(r.graphql.p50)} / ${ms(r.graphql.p95)} / ${ms(r.graphql.p99)} | ${ms(r.cypher.p50)} / ${ms(r.cypher.p95)} / ${ms(r.cypher.p99)} | ` +
                `${r.ratioP50.toFixed(2)} | ${r.graphql.perSecond.toFixed(0)} | ${r.cypher.perSecond.toFixed(0)} | ${r.ratioThroughput.toFixed(2)} |`,
        ),
    ].join("\n");
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            scale: { type: "string", default: String(DEFAULT_WORKFORCE.people) },
            calls: { type: "string", default: "200" },
            seconds: { type: "string", default: "30" },
            concurrency: { type: "string", default: "16" },
        },
    });
    const [scale, calls, seconds, concurrency] = [values.scale, values.calls, values.seconds, values.concurrency].map(Number);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" });
    const log = createLogger(config.logLevel, "bench");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        const facts = await ensureGraph(db.driver, db.name, scale, log);
        const api = await startApiProcess(db.connection, db.name);
        const results: OperationResult[] = [];
        try {
            for (const op of await operations(db.driver, db.name, scale, calls)) {
                console.error(`measuring: ${op.name}`);
                results.push(await measure(op, api.url, db.driver, db.name, calls, seconds, concurrency));
            }
        } finally {
            await api.stop();
        }
        const { records } = await db.driver.executeQuery("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition", {}, { database: db.name });
        const machine = {
            cores: os.cpus().length,
            cpu: os.cpus()[0]?.model,
            memoryGb: Math.round(os.totalmem() / 2 ** 30),
            node: process.version,
            neo4j: `${records[0].get("version")} ${records[0].get("edition")}`,
            neo4jUri: db.connection.uri,
            localHeap: config.externalNeo4j ? undefined : config.localNeo4j.heap,
            localPageCache: config.externalNeo4j ? undefined : config.localNeo4j.pageCache,
        };
        const out = path.join(RESULTS_DIR, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
        writeFileSync(out, JSON.stringify({ scale, calls, seconds, concurrency, machine, facts, results }, null, 2));
        console.log(`\n## Skillgraph benchmark: ${scale} people, ${calls} calls per operation, ${concurrency} concurrent for ${seconds} s\n`);
        console.log(`Machine: ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Neo4j ${machine.neo4j}, heap ${machine.localHeap ?? "external"}, page cache ${machine.localPageCache ?? "external"}\n`);
        const esco = facts.escoImport as { rows: number; seconds: number; rowsPerSecond: number; countsOk: boolean };
        console.log(`ESCO import (idempotent re-import): ${esco.rows} rows in ${esco.seconds.toFixed(1)} s, ${esco.rowsPerSecond} rows/s, counts ${esco.countsOk ? "verified" : "MISMATCH"}`);
        console.log(`Workforce: ${JSON.stringify(facts.workforce)}\n`);
        console.log(table(results));
        console.log(`\nResults: ${path.relative(process.cwd(), out)}`);
    } finally {
        await db.close();
    }
}

main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
});
