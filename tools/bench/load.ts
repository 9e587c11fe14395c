import { randomBytes } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { plain } from "../../src/neo4j/read-rows";
import type { Neo4jConnection } from "../../src/neo4j/driver";
import { Random } from "../../seed/demo/random";
import { startApiProcess } from "../harness/api-process";
import { mintToken } from "../harness/tokens";
import { toolCypher } from "../cypher-catalogue";
import { percentiles } from "./stats";

/**
 * A bounded load on the API process (loopback only): `concurrency` clients for `seconds` over a mix of reads and
 * writes by every audience against the demo organisation. Memory is the API process's resident set size, sampled
 * each second. It swings by tens of MB with each garbage collection, so "after warm-up" and "at the end" are the
 * medians of the samples in the last 10 s of the warm-up and of the run.
 */
export interface LoadOptions {
    readonly connection: Neo4jConnection;
    readonly database: string;
    readonly seconds: number;
    readonly warmupSeconds: number;
    /**
     * The warm-up also lasts until this many requests were served (V8 sizes its heap by what it allocates, so a slower
     * machine needs longer), but never beyond `warmupMaxSeconds`.
     */
    readonly warmupRequests?: number;
    readonly warmupMaxSeconds?: number;
    readonly concurrency: number;
    readonly seed?: number;
    /** Called about once a second with requests so far, for progress. */
    readonly onProgress?: (elapsedSeconds: number, requests: number, errors: number) => void;
}

export interface LoadReport {
    readonly seconds: number;
    readonly concurrency: number;
    /** How long the warm-up lasted and how many requests it served. */
    readonly warmup: { seconds: number; requests: number };
    readonly requests: number;
    readonly perSecond: number;
    readonly writes: number;
    readonly errors: number;
    readonly errorsByKind: Record<string, number>;
    /** A few failures with their operation, for the log. */
    readonly errorSamples: string[];
    readonly latencyMs: { p50: number; p95: number; p99: number };
    readonly byOperation: Record<string, { requests: number; p50: number; p95: number }>;
    readonly rssAfterWarmupMb: number;
    readonly rssEndMb: number;
    readonly rssPeakMb: number;
    /** Resident memory every 5 s from the start, in MB, to tell growth that levels off from a leak. */
    readonly rssSeriesMb: number[];
    /** End over after-warm-up, minus one: 0.05 is 5% more memory at the end. */
    readonly rssGrowth: number;
    /** The API process's exit code after SIGTERM (0: a graceful shutdown). */
    readonly exitCode: number | null;
}

interface Fixture {
    people: { personId: string; unitId: string; roleId: string | null }[];
    rootUnits: string[];
    roleIds: string[];
    skillIds: string[];
    awards: { organizationId: string; credentialId: string; learnerIds: string[] }[];
}

interface Request {
    readonly name: string;
    readonly write: boolean;
    readonly token: string | null;
    readonly query: string;
    readonly variables: Record<string, unknown>;
}

type Tokens = { employee: (personId: string) => Promise<string>; planner: string; admin: string; partner: (org: string) => Promise<string> };

/** The mix: about one request in five writes, every audience takes part. */
function mix(fixture: Fixture, tokens: Tokens) {
    const { people, rootUnits, roleIds, skillIds, awards } = fixture;
    const pick = <T>(random: Random, list: readonly T[]) => list[random.int(0, list.length - 1)];
    /** `count` different items (the API refuses a role asked to move to itself, or a skill asked for twice). */
    const distinct = <T>(random: Random, list: readonly T[], count: number): T[] => {
        const chosen = new Set<T>();
        while (chosen.size < Math.min(count, list.length)) chosen.add(pick(random, list));
        return [...chosen];
    };
    const memo = (mint: (key: string) => Promise<string>) => {
        const minted = new Map<string, Promise<string>>();
        return (key: string) => minted.get(key) ?? minted.set(key, mint(key)).get(key)!;
    };
    const asEmployee = memo(tokens.employee);
    const asPartner = memo(tokens.partner);
    // Requests as an employee or a partner wait for the token to be minted; the others are built at once.
    const entries: [number, (random: Random) => Request | Promise<Request>][] = [
        [
            14,
            (r) => ({
                name: "searchSkills",
                write: false,
                token: null,
                query: `query ($q: SearchText!) { searchSkills(query: $q, first: 10) { id name } }`,
                variables: { q: pick(r, ["data", "cloud", "manage", "design", "security", "python"]) },
            }),
        ],
        [
            8,
            (r) => ({
                name: "role",
                write: false,
                token: null,
                query: `query ($id: ID!) { roles(where: { id: { eq: $id } }) { id title requires(limit: 20) { id name } } }`,
                variables: { id: pick(r, roleIds) },
            }),
        ],
        [
            10,
            async (r) => {
                const person = pick(r, people);
                return {
                    name: "ownProfile",
                    write: false,
                    token: await asEmployee(person.personId),
                    query: `query ($id: ID!) { people(where: { id: { eq: $id } }) { id name skills(limit: 20) { id name } credentials { id } } }`,
                    variables: { id: person.personId },
                };
            },
        ],
        [
            10,
            async (r) => {
                const person = pick(r, people);
                return {
                    name: "skillGap",
                    write: false,
                    token: await asEmployee(person.personId),
                    query: `query ($p: ID!, $r: ID!) { skillGap(personId: $p, roleId: $r) { fit essentialCoverage } }`,
                    variables: { p: person.personId, r: pick(r, roleIds) },
                };
            },
        ],
        [
            5,
            async (r) => {
                const person = pick(r, people);
                return {
                    name: "learningPlan",
                    write: false,
                    token: await asEmployee(person.personId),
                    query: `query ($p: ID!, $r: ID!) { learningPlan(personId: $p, target: { roleId: $r }, options: { essentialOnly: true }) { solver totalMinutes } }`,
                    variables: { p: person.personId, r: pick(r, roleIds) },
                };
            },
        ],
        [
            8,
            (r) => ({
                name: "candidatesForRole",
                write: false,
                token: tokens.planner,
                query: `query ($r: ID!, $u: ID!) { candidatesForRole(roleId: $r, filter: { orgUnitId: $u }, first: 10) { edges { node { personId fit } } } }`,
                variables: { r: pick(r, roleIds), u: pick(r, rootUnits) },
            }),
        ],
        [
            4,
            (r) => ({
                name: "skillSupplyDemand",
                write: false,
                token: tokens.planner,
                query: `query ($u: ID!) { skillSupplyDemand(orgUnitId: $u, first: 20) { shortages skills { skillId ratio } } }`,
                variables: { u: pick(r, rootUnits) },
            }),
        ],
        [
            3,
            (r) => ({
                name: "composeTeam",
                write: false,
                token: tokens.planner,
                query: `query ($req: [TeamRequirementInput!]!) { composeTeam(requirements: $req) { size solver members { personId } } }`,
                variables: { req: distinct(r, skillIds, 3).map((skillId) => ({ skillId, minLevel: 2 })) },
            }),
        ],
        [
            6,
            (r) => ({
                name: "adjacentRoles",
                write: false,
                token: null,
                query: `query ($r: ID!) { adjacentRoles(roleId: $r, first: 10) { roles { roleId cost } } }`,
                variables: { r: pick(r, roleIds) },
            }),
        ],
        [
            3,
            (r) => {
                const [from, to] = distinct(r, roleIds, 2);
                return {
                    name: "careerPaths",
                    write: false,
                    token: null,
                    query: `query ($a: ID!, $b: ID!) { careerPaths(from: { roleId: $a }, toRoleId: $b, k: 3) { reachable paths { cost } } }`,
                    variables: { a: from, b: to },
                };
            },
        ],
        [
            8,
            async (r) => {
                const person = pick(r, people);
                return {
                    name: "addSelfAssessment",
                    write: true,
                    token: await asEmployee(person.personId),
                    query: `mutation ($s: ID!, $l: Proficiency!) { addSelfAssessment(skillId: $s, level: $l) { level } }`,
                    variables: { s: pick(r, skillIds), l: r.int(1, 5) },
                };
            },
        ],
        [
            4,
            async (r) => {
                const person = pick(r, people);
                return {
                    name: "setAspirations",
                    write: true,
                    token: await asEmployee(person.personId),
                    query: `mutation ($r: [ID!]!) { setAspirations(roleIds: $r) }`,
                    variables: { r: distinct(r, roleIds, 2) },
                };
            },
        ],
        [
            4,
            (r) => ({
                name: "recordManagerAssessment",
                write: true,
                token: tokens.planner,
                query: `mutation ($p: ID!, $s: ID!, $l: Proficiency!) { recordManagerAssessment(personId: $p, skillId: $s, level: $l) { level } }`,
                variables: { p: pick(r, people).personId, s: pick(r, skillIds), l: r.int(1, 5) },
            }),
        ],
        [
            3,
            async (r) => {
                const award = pick(r, awards);
                return {
                    name: "issueCredential",
                    write: true,
                    token: await asPartner(award.organizationId),
                    query: `mutation ($p: ID!, $c: ID!) { issueCredential(personId: $p, credentialId: $c) { verified } }`,
                    variables: { p: pick(r, award.learnerIds), c: award.credentialId },
                };
            },
        ],
        [
            2,
            (r) => ({
                name: "updateSkill",
                write: true,
                token: tokens.admin,
                query: `mutation ($id: ID!, $d: String!) { updateSkills(where: { id: { eq: $id } }, update: { description: { set: $d } }) { skills { id } } }`,
                variables: { id: pick(r, skillIds), d: `load test ${r.int(0, 1e9)}` },
            }),
        ],
    ];
    const total = entries.reduce((sum, [weight]) => sum + weight, 0);
    return (random: Random): Request | Promise<Request> => {
        let ticket = random.int(0, total - 1);
        for (const [weight, make] of entries) {
            if (ticket < weight) return make(random);
            ticket -= weight;
        }
        throw new Error("unreachable");
    };
}

async function send(url: string, request: Request): Promise<{ ok: boolean; kind: string; message?: string }> {
    const headers: Record<string, string> = { "content-type": "application/json", ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) };
    try {
        const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query: request.query, variables: request.variables }) });
        const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        if (response.status === 200 && !body.errors?.length) return { ok: true, kind: "ok" };
        return { ok: false, kind: `${response.status} ${body.errors?.map((e) => e.extensions?.code).join(",") ?? ""}`, message: body.errors?.[0]?.message };
    } catch (error) {
        return { ok: false, kind: `network ${(error as { cause?: { code?: string } }).cause?.code ?? String(error)}` };
    }
}

export async function readFixture(driver: Driver, database: string): Promise<Fixture> {
    const { records } = await driver.executeQuery(toolCypher("bench/load-fixture"), { limit: neo4j.int(500) }, { database, routing: neo4j.routing.READ });
    const fixture = records[0] ? (plain(records[0].toObject()) as Fixture) : undefined;
    if (!fixture?.people.length || !fixture.roleIds.length || !fixture.awards.length) {
        throw new Error("the database holds no demo organisation to load: run npm run seed first");
    }
    return fixture;
}

export async function runLoad(driver: Driver, options: LoadOptions): Promise<LoadReport> {
    const fixture = await readFixture(driver, options.database);
    const secret = randomBytes(32).toString("hex");
    const tokens: Tokens = {
        employee: (personId) => mintToken({ sub: personId, roles: ["employee"] }, "2h", secret),
        planner: await mintToken({ sub: "load:planner", roles: ["planner"], orgUnits: fixture.rootUnits }, "2h", secret),
        admin: await mintToken({ sub: "load:admin", roles: ["admin"] }, "2h", secret),
        partner: (org) => mintToken({ sub: `load:partner:${org}`, roles: ["partner"], org }, "2h", secret),
    };
    const next = mix(fixture, tokens);
    const api = await startApiProcess(options.connection, options.database, secret);
    const latencies: number[] = [];
    const byOperation = new Map<string, number[]>();
    const errorsByKind: Record<string, number> = {};
    const errorSamples: string[] = [];
    let writes = 0;
    const rssSamples: { at: number; rss: number }[] = [];
    let report: LoadReport | undefined;
    const started = Date.now();
    let served = 0;
    let servedInWarmup = 0;
    let warmupEnds = Infinity;
    let deadline = Infinity;
    const warmupOver = () => {
        if (warmupEnds !== Infinity) return true;
        const elapsed = Date.now() - started;
        const enough = elapsed >= options.warmupSeconds * 1000 && served >= (options.warmupRequests ?? 0);
        if (!enough && elapsed < (options.warmupMaxSeconds ?? options.warmupSeconds) * 1000) return false;
        warmupEnds = Date.now();
        servedInWarmup = served;
        deadline = warmupEnds + options.seconds * 1000;
        return true;
    };
    const sampler = setInterval(() => {
        void api.rss().then(
            (rss) => {
                rssSamples.push({ at: Date.now(), rss });
                const errors = Object.values(errorsByKind).reduce((a, b) => a + b, 0);
                options.onProgress?.(Math.round((Date.now() - started) / 1000), latencies.length, errors);
            },
            () => undefined,
        );
    }, 1000);
    try {
        const client = async (id: number) => {
            const random = new Random((options.seed ?? 20261130) + id);
            while (Date.now() < deadline) {
                const request = await next(random);
                const sent = process.hrtime.bigint();
                const { ok, kind, message } = await send(api.url, request);
                const ms = Number(process.hrtime.bigint() - sent) / 1e6;
                // Errors count from the first request; latency and throughput after the warm-up.
                served++;
                if (warmupOver()) {
                    latencies.push(ms);
                    const samples = byOperation.get(request.name) ?? byOperation.set(request.name, []).get(request.name)!;
                    samples.push(ms);
                    if (request.write) writes++;
                }
                if (!ok) {
                    errorsByKind[kind] = (errorsByKind[kind] ?? 0) + 1;
                    if (errorSamples.length < 10) errorSamples.push(`${request.name}: ${kind} ${message ?? ""}`);
                }
            }
        };
        await Promise.all(Array.from({ length: options.concurrency }, (_, id) => client(id)));
    } finally {
        clearInterval(sampler);
        const window = (end: number) => percentiles(rssSamples.filter((s) => s.at > end - 10_000 && s.at <= end).map((s) => s.rss)).p50;
        const rssAfterWarmup = window(warmupEnds);
        const rssEnd = window(Date.now());
        const exitCode = await api.stop();
        const all = percentiles(latencies);
        const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
        report = {
            seconds: options.seconds,
            concurrency: options.concurrency,
            warmup: { seconds: Math.round((warmupEnds - started) / 100) / 10, requests: servedInWarmup },
            requests: latencies.length,
            perSecond: latencies.length / options.seconds,
            writes,
            errors: Object.values(errorsByKind).reduce((a, b) => a + b, 0),
            errorsByKind,
            errorSamples,
            latencyMs: { p50: all.p50, p95: all.p95, p99: all.p99 },
            byOperation: Object.fromEntries(
                [...byOperation]
                    .sort(([a], [b]) => a.localeCompare(b))
                    .map(([name, samples]) => {
                        const p = percentiles(samples);
                        return [name, { requests: samples.length, p50: p.p50, p95: p.p95 }];
                    }),
            ),
            rssAfterWarmupMb: mb(rssAfterWarmup),
            rssEndMb: mb(rssEnd),
            rssPeakMb: mb(Math.max(...rssSamples.map((s) => s.rss))),
            rssSeriesMb: rssSamples.filter((_, i) => i % 5 === 4).map((s) => mb(s.rss)),
            rssGrowth: rssEnd / rssAfterWarmup - 1,
            exitCode,
        };
    }
    return report;
}

/** The report as the lines a person reads. */
export function describeLoad(report: LoadReport): string {
    const ms = (x: number) => x.toFixed(1);
    return [
        `warm-up: ${report.warmup.seconds} s, ${report.warmup.requests} requests`,
        `load: ${report.seconds} s at concurrency ${report.concurrency}: ${report.requests} requests (${report.writes} writes), ${report.perSecond.toFixed(0)} req/s, ${report.errors} errors`,
        `latency ms: p50 ${ms(report.latencyMs.p50)}, p95 ${ms(report.latencyMs.p95)}, p99 ${ms(report.latencyMs.p99)}`,
        `API resident memory (median of 10 s): ${report.rssAfterWarmupMb} MB after warm-up, ${report.rssEndMb} MB at the end (${(report.rssGrowth * 100).toFixed(1)}%), peak ${report.rssPeakMb} MB; exit code after SIGTERM ${report.exitCode}`,
        `API resident memory every 5 s, MB: ${report.rssSeriesMb.join(", ")}`,
        ...Object.entries(report.byOperation).map(([name, o]) => `  ${name}: ${o.requests} requests, p50 ${ms(o.p50)} ms, p95 ${ms(o.p95)} ms`),
        ...(report.errors ? [`errors: ${JSON.stringify(report.errorsByKind)}`, ...report.errorSamples.map((s) => `  ${s}`)] : []),
    ].join("\n");
}
