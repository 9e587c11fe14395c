import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { SignJWT } from "jose";
import neo4j, { type Driver } from "neo4j-driver";
import { DEFAULT_WORKFORCE, countGeneratedPeople, generateWorkforce, readWorkforceReport, recordWorkforceReport } from "../generate/load-workforce";
import { loadConfig } from "../../src/config";
import { DEFAULT_ESCO_LEVELS, importEsco } from "../import/esco/esco-import";
import { RejectLog } from "../import/rejects";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { connectDatabase } from "../../src/neo4j/connect";
import { type AnyQueryName, toolCypher } from "../cypher-catalogue";
import { requireDataDir } from "../data-dir";
import { UsageError, intFlag, listFlag, numberFlag, parseFlags, runCli } from "../cli-flags";
import { projectRoot } from "../../src/project-root";
import { loadDemo } from "../../seed/load-demo";
import { startApiProcess } from "../harness/api-process";
import { type Percentiles, percentiles, throughput, timeCalls } from "./stats";

/**
 * `npm run bench -- [--scale 100000 | --demo] [--calls 200] [--seconds 30] [--concurrency 16] [--only a,b]`: loads or reuses the
 * scale graph (or, with --demo, the demo organisation), then measures each operation through GraphQL over HTTP (the
 * API in its own process) and its underlying retrieval Cypher through the driver alone.
 */
interface Operation {
    readonly name: string;
    /** GraphQL request body for input i. */
    readonly graphql: (i: number) => { query: string; variables: Record<string, unknown> };
    /**
     * The same retrieval as hand-written Cypher through the driver alone (each step a file from cypher/), without
     * GraphQL, HTTP or the TypeScript judgement and solvers; returns the rows read, so an empty graph fails loudly.
     */
    readonly baseline: (i: number) => Promise<number>;
}

type RunCypher = (file: AnyQueryName, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

interface OperationResult {
    readonly name: string;
    readonly graphql: Percentiles & { perSecond: number; errors: number };
    readonly cypher: Percentiles & { perSecond: number; errors: number };
    readonly ratioP50: number;
    readonly ratioThroughput: number;
}

const DEMO_PREFIX = "demo:person:";
const RESULTS_DIR = path.join(projectRoot, "tools", "bench", "results");

/** Whose data the benchmark reads: generated people (`gen:person:000001`...) or the demo organisation's. */
interface Population {
    readonly prefix: string;
    readonly digits: number;
    readonly count: number;
}

const GAP_FIELDS =
    "fit essentialCoverage missingEssentials requirements { skillId requiredLevel importance effectiveLevel deficit explanation evidence { source level credentialTitle } }";
const PLAN_FIELDS =
    "solver optimal totalMinutes totalCost steps { courseId minutes raises { skillId fromLevel toLevel } prerequisites { skillId level metBy } } eligibleCredentials { credentialId afterStep } open { skillId reason explanation }";
const PROGRESS_FIELDS = `credentialId shareComplete complete held { credentialId } expired { credentialId expiresAt } missing { credentialId } rules { rule satisfied } remainingMinutes explanation plan { ${PLAN_FIELDS} }`;

async function operations(run: RunCypher, population: Population, calls: number): Promise<Operation[]> {
    const [{ names }] = [{ names: (await run("bench/read-sample-inputs", { count: neo4j.int(calls) })).map((r) => r.name as string) }];
    const terms = names.map((name) => name.split(" ").slice(0, 2).join(" ").slice(0, 12));
    const personAt = (i: number) => `${population.prefix}${String(((i * 7919) % population.count) + 1).padStart(population.digits, "0")}`;
    const offset = (i: number) => ((i * 7919) % Math.max(1, population.count - 50)) | 0;
    const pairs = (await run("bench/read-people-roles", { ids: [...Array(calls).keys()].map(personAt) })).map((r) => ({
        personId: r.personId as string,
        roleId: r.roleId as string,
    }));
    const [{ ids: credentialIds }] = (await run("bench/read-credential-ids", {})) as { ids: string[] }[];
    const pair = (i: number) => pairs[i % pairs.length];
    const teams = (await run("bench/read-team-needs", {})).map((row) =>
        (row.requirements as { skillId: string; minLevel: unknown; count: unknown }[]).map((r) => ({
            skillId: r.skillId,
            minLevel: Number(r.minLevel),
            count: Number(r.count),
        })),
    );
    const team = (i: number) => teams[i % teams.length];
    const credentialPair = (i: number) => ({ personId: personAt(i), credentialId: credentialIds[(i * 31) % credentialIds.length] });
    const gql = (query: string, variables: Record<string, unknown>) => ({ query, variables });
    const skillIdsOf = (rows: Record<string, unknown>[], key: string) => rows.flatMap((row) => (row[key] as { skillId: string }[]).map((x) => x.skillId));
    /** Courses for the skills, then the person's evidence for the skills and the courses' prerequisites. */
    const coursesAndEvidence = async (personId: string, skillIds: string[]) => {
        const courses = await run("learning/read-candidate-courses", { skillIds, personId });
        const evidence = await run("people/read-person-evidence", { personId, skillIds: [...skillIds, ...skillIdsOf(courses, "prerequisites")] });
        return courses.length + evidence.length;
    };
    /** The best-bounded candidates for a role, then their gap reports 1,000 at a time (what candidatesForRole and benchStrength read). */
    const candidatesAndGaps = async (roleId: string, limit: number, minBound = 0) => {
        const [row] = await run("mobility/read-role-candidates", {
            roleId,
            orgUnitId: null,
            minAvailability: 0,
            location: null,
            excludeCurrentHolders: false,
            essentialWeight: 1,
            optionalWeight: 0.3,
            asOf: new Date().toISOString(),
            minBound,
            limit: neo4j.int(limit),
        });
        const pairs = (row.candidates as { id: string }[]).map((c) => ({ personId: c.id, roleId }));
        let rows = 1;
        for (let start = 0; start < pairs.length; start += 1000)
            rows += (await run("people/read-skill-gaps", { pairs: pairs.slice(start, start + 1000), includeNarrower: false })).length;
        return rows;
    };
    const treesAndPlan = async (personId: string, rootIds: string[]) => {
        const trees = await run("credentials/read-credential-trees", { requests: rootIds.map((rootId) => ({ rootId, personId })) });
        const certified = trees.flatMap((tree) => skillIdsOf(tree.nodes as Record<string, unknown>[], "certifies"));
        return trees.length + (await coursesAndEvidence(personId, certified));
    };
    return [
        {
            name: "page of 50 people with nested skills and credentials",
            graphql: (i) =>
                gql(
                    `query People($offset: Int!, $prefix: ID!) {
                        people(limit: 50, offset: $offset, sort: [{ id: ASC }], where: { id: { startsWith: $prefix } }) {
                            id name email
                            skillsConnection { edges { properties { level source } node { id name } } }
                            credentials { id title }
                        }
                    }`,
                    { offset: offset(i), prefix: population.prefix },
                ),
            baseline: async (i) => (await run("bench/read-people-page", { prefix: population.prefix, offset: neo4j.int(offset(i)) })).length,
        },
        {
            name: "page of 50 people with fitFor one role (DataLoader)",
            graphql: (i) =>
                gql(
                    `query Fit($offset: Int!, $prefix: ID!, $roleId: ID!) {
                        people(limit: 50, offset: $offset, sort: [{ id: ASC }], where: { id: { startsWith: $prefix } }) {
                            id name fitFor(roleId: $roleId) { fit essentialCoverage missingEssentials }
                        }
                    }`,
                    { offset: offset(i), prefix: population.prefix, roleId: pair(i).roleId },
                ),
            baseline: async (i) => {
                const page = await run("bench/read-people-page", { prefix: population.prefix, offset: neo4j.int(offset(i)) });
                const gaps = await run("people/read-skill-gaps", {
                    pairs: page.map((row) => ({ personId: row.id, roleId: pair(i).roleId })),
                    includeNarrower: false,
                });
                return gaps.length;
            },
        },
        {
            name: "skillGap (person against their role)",
            graphql: (i) => gql(`query Gap($personId: ID!, $roleId: ID!) { skillGap(personId: $personId, roleId: $roleId) { ${GAP_FIELDS} } }`, pair(i)),
            baseline: async (i) => (await run("people/read-skill-gaps", { pairs: [pair(i)], includeNarrower: false })).length,
        },
        {
            name: "learningPlan (person to their role, least minutes)",
            graphql: (i) =>
                gql(`query Plan($personId: ID!, $roleId: ID!) { learningPlan(personId: $personId, target: { roleId: $roleId }) { ${PLAN_FIELDS} } }`, pair(i)),
            baseline: async (i) => {
                const [gap] = await run("people/read-skill-gaps", { pairs: [pair(i)], includeNarrower: false });
                return 1 + (await coursesAndEvidence(pair(i).personId, skillIdsOf([gap], "requirements")));
            },
        },
        {
            name: "credentialStack",
            graphql: (i) =>
                gql(`query Stack($credentialId: ID!) { credentialStack(credentialId: $credentialId) { rule entries { credentialId depth mandatory rule } } }`, {
                    credentialId: credentialPair(i).credentialId,
                }),
            baseline: async (i) =>
                (await run("credentials/read-credential-trees", { requests: [{ rootId: credentialPair(i).credentialId, personId: null }] })).length,
        },
        {
            name: "credentialProgress (with the plan to finish)",
            graphql: (i) =>
                gql(
                    `query Progress($personId: ID!, $credentialId: ID!) { credentialProgress(personId: $personId, credentialId: $credentialId) { ${PROGRESS_FIELDS} } }`,
                    credentialPair(i),
                ),
            baseline: async (i) => treesAndPlan(credentialPair(i).personId, [credentialPair(i).credentialId]),
        },
        {
            name: "nearestCredentials (first 5)",
            graphql: (i) =>
                gql(`query Nearest($personId: ID!) { nearestCredentials(personId: $personId, first: 5) { ${PROGRESS_FIELDS} } }`, { personId: personAt(i) }),
            baseline: async (i) => {
                const [{ ids }] = (await run("credentials/read-nearest-candidates", { personId: personAt(i), limit: neo4j.int(60) })) as { ids: string[] }[];
                return 1 + (await treesAndPlan(personAt(i), ids));
            },
        },
        {
            name: "expiringCredentials (next 90 days, first 100)",
            graphql: () =>
                gql(
                    `query Expiring { expiringCredentials(withinDays: 90, first: 100) { personId credentialId expiresAt daysLeft stacksAtRisk { credentialId explanation } } }`,
                    {},
                ),
            baseline: async () => {
                const now = new Date();
                const [{ holdings }] = (await run("credentials/read-expiring-holdings", {
                    from: now.toISOString(),
                    until: new Date(now.getTime() + 90 * 86_400_000).toISOString(),
                    orgUnitId: null,
                    limit: neo4j.int(100),
                })) as { holdings: { personId: string; stackIds: string[] }[] }[];
                const requests = holdings.flatMap((h) => h.stackIds.map((rootId) => ({ rootId, personId: h.personId })));
                return 1 + (requests.length ? (await run("credentials/read-credential-trees", { requests })).length : 0);
            },
        },
        {
            name: "candidatesForRole (first 20)",
            graphql: (i) =>
                gql(
                    `query Candidates($roleId: ID!) { candidatesForRole(roleId: $roleId, first: 20) { edges { cursor node { personId fit missingEssentials explanation matched { skillId effectiveLevel } } } pageInfo { hasNextPage endCursor } } }`,
                    { roleId: pair(i).roleId },
                ),
            // The service's first read for a page of 20: 2 x 20 + 10 people.
            baseline: async (i) => candidatesAndGaps(pair(i).roleId, 50),
        },
        {
            name: "benchStrength (minFit 0.8, the default)",
            graphql: (i) =>
                gql(`query Bench($roleId: ID!) { benchStrength(roleId: $roleId, minFit: 0.8) { count complete people { personId fit } } }`, {
                    roleId: pair(i).roleId,
                }),
            // The service's one read: everyone whose fit bound reaches 0.8, at most 20,000.
            baseline: async (i) => candidatesAndGaps(pair(i).roleId, 20_000, 0.8),
        },
        {
            name: "skillSupplyDemand (whole organisation, first 50)",
            graphql: () =>
                gql(
                    `query Supply { skillSupplyDemand(first: 50) { skillsInDemand shortages skills { skillId demand supply gap singlePointOfFailure explanation } } }`,
                    {},
                ),
            baseline: async () => (await run("workforce/read-supply-demand", { orgUnitId: null, now: new Date().toISOString() })).length,
        },
        {
            name: "composeTeam (a team's needs, whole organisation)",
            graphql: (i) =>
                gql(
                    `query Team($requirements: [TeamRequirementInput!]!) {
                        composeTeam(requirements: $requirements) { size solver optimal lowerBound members { personId covers { skillId level } } uncovered { skillId bestLevel } }
                    }`,
                    { requirements: team(i) },
                ),
            baseline: async (i) => {
                const requirements = team(i).map((r) => ({ skillId: r.skillId, minLevel: neo4j.int(r.minLevel) }));
                const best = await run("teams/read-best-levels", { skillIds: team(i).map((r) => r.skillId), orgUnitIds: null, now: new Date().toISOString() });
                const candidates = await run("teams/read-team-candidates", {
                    requirements,
                    orgUnitIds: null,
                    minAvailability: 0,
                    exclude: [],
                    mustInclude: [],
                    limit: neo4j.int(5000),
                });
                return best.length + candidates.length;
            },
        },
        {
            name: "adjacentRoles (from a role, first 10; baseline: the same costs computed in Cypher)",
            graphql: (i) =>
                gql(
                    `query Adjacent($roleId: ID!) { adjacentRoles(roleId: $roleId, first: 10) { rolesConsidered roles { roleId cost observedMoves explanation missing { skillId requiredLevel contribution } } } }`,
                    {
                        roleId: pair(i).roleId,
                    },
                ),
            baseline: async (i) =>
                (await run("bench/read-transition-costs", { roleId: pair(i).roleId, first: neo4j.int(10), essentialWeight: 1, optionalWeight: 0.3 })).length,
        },
        {
            name: "adjacentRoles (from a role, the whole ranking; baseline: the same in Cypher)",
            // first as a variable: graphql-armor's cost estimate multiplies by a literal first (100,000 x the selection).
            graphql: (i) =>
                gql(`query Ranking($roleId: ID!, $first: Int!) { adjacentRoles(roleId: $roleId, first: $first) { rolesConsidered roles { roleId cost } } }`, {
                    roleId: pair(i).roleId,
                    first: 100000,
                }),
            baseline: async (i) =>
                (await run("bench/read-transition-costs", { roleId: pair(i).roleId, first: neo4j.int(100000), essentialWeight: 1, optionalWeight: 0.3 }))
                    .length,
        },
        {
            name: "adjacentRoles (from a person, first 10, suggested courses; baseline: the reads)",
            graphql: (i) =>
                gql(
                    `query AdjacentFromPerson($personId: ID!) { adjacentRoles(personId: $personId, first: 10) { roles { roleId cost missing { skillId suggestedCourses { courseId } } } } }`,
                    {
                        personId: pair(i).personId,
                    },
                ),
            baseline: async (i) =>
                (await run("mobility/read-graph-versions", {})).length +
                (await run("people/read-person-evidence", { personId: pair(i).personId, skillIds: null })).length,
        },
        {
            name: "careerPaths (person to another's role, k 3, 4 steps; baseline: the reads)",
            graphql: (i) =>
                gql(
                    `query Paths($personId: ID!, $to: ID!) {
                        careerPaths(from: { personId: $personId }, toRoleId: $to) { reachable directCost paths { roleIds cost steps { roleId cost } } closestReachable { roleId costToTarget } explanation }
                    }`,
                    { personId: pair(i).personId, to: pair(i + 1).roleId === pair(i).roleId ? pair(i + 2).roleId : pair(i + 1).roleId },
                ),
            baseline: async (i) =>
                (await run("mobility/read-graph-versions", {})).length +
                (await run("people/read-person-evidence", { personId: pair(i).personId, skillIds: null })).length,
        },
        {
            name: "skill search (full-text, first 20)",
            graphql: (i) =>
                gql(`query Search($query: SearchText!) { searchSkills(query: $query, first: 20) { id name altLabels } }`, { query: terms[i % terms.length] }),
            baseline: async (i) => (await run("bench/search-skills", { query: terms[i % terms.length], first: neo4j.int(20) })).length,
        },
    ];
}

async function ensureGraph(driver: Driver, database: string, scale: number, log: ReturnType<typeof createLogger>) {
    const facts: Record<string, unknown> = {};
    const rejects = new RejectLog(path.join(RESULTS_DIR, "bench-rejected-rows-esco.csv"));
    // Re-importing ESCO is idempotent and measures import throughput in this run.
    const esco = await importEsco(path.join(requireDataDir("The benchmark imports ESCO, and"), "esco-1.1.1"), DEFAULT_ESCO_LEVELS, rejects, {
        driver,
        database,
        batchSize: 5000,
        restart: true,
        log,
        showProgress: true,
    });
    await rejects.close();
    facts.escoImport = { rows: esco.rowsWritten, seconds: esco.seconds, rowsPerSecond: esco.rowsPerSecond, countsOk: esco.ok };

    const existing = await countGeneratedPeople(driver, database);
    if (existing < scale) {
        const report = await generateWorkforce(driver, database, { ...DEFAULT_WORKFORCE, people: scale }, 1000, log);
        recordWorkforceReport(report);
        facts.workforce = { ...report, generatedInThisRun: true };
    } else {
        facts.workforce = {
            ...(readWorkforceReport(scale) ?? { people: existing, note: "generated earlier; throughput not recorded" }),
            generatedInThisRun: false,
        };
    }
    return facts;
}

async function measure(op: Operation, url: string, token: string, calls: number, seconds: number, concurrency: number): Promise<OperationResult> {
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
    const post = async (i: number) => {
        const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(op.graphql(i)) });
        const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
        if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
        return body;
    };
    const baseline = (i: number) => op.baseline(i);
    // Warm up both paths (plans cached, pages hot), and fail loudly if an operation reads nothing.
    for (let i = 0; i < 20; i++) {
        await post(i);
        if ((await baseline(i)) === 0) throw new Error(`${op.name}: the baseline Cypher returned no rows; the graph is not loaded`);
    }
    const graphqlLatency = percentiles(await timeCalls(calls, post));
    const cypherLatency = percentiles(await timeCalls(calls, baseline));

    let request = 0;
    const cannon = await autocannon({
        url,
        method: "POST",
        connections: concurrency,
        duration: seconds,
        headers,
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(op.graphql(request++)) }) }],
    });
    const cypherThroughput = await throughput(concurrency, seconds, baseline);
    const graphqlPerSecond = cannon.requests.average;
    return {
        name: op.name,
        graphql: { ...graphqlLatency, perSecond: graphqlPerSecond, errors: cannon.errors + cannon.non2xx },
        cypher: { ...cypherLatency, ...cypherThroughput },
        ratioP50: graphqlLatency.p50 / cypherLatency.p50,
        ratioThroughput: cypherThroughput.perSecond / Math.max(graphqlPerSecond, 0.001),
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

/** The operations' names, for --only and --help (a unit test keeps this list equal to the names in operations()). */
export const OPERATION_NAMES: readonly string[] = [
    "page of 50 people with nested skills and credentials",
    "page of 50 people with fitFor one role (DataLoader)",
    "skillGap (person against their role)",
    "learningPlan (person to their role, least minutes)",
    "credentialStack",
    "credentialProgress (with the plan to finish)",
    "nearestCredentials (first 5)",
    "expiringCredentials (next 90 days, first 100)",
    "candidatesForRole (first 20)",
    "benchStrength (minFit 0.8, the default)",
    "skillSupplyDemand (whole organisation, first 50)",
    "composeTeam (a team's needs, whole organisation)",
    "adjacentRoles (from a role, first 10; baseline: the same costs computed in Cypher)",
    "adjacentRoles (from a role, the whole ranking; baseline: the same in Cypher)",
    "adjacentRoles (from a person, first 10, suggested courses; baseline: the reads)",
    "careerPaths (person to another's role, k 3, 4 steps; baseline: the reads)",
    "skill search (full-text, first 20)",
];

const SCALE = { min: 1, max: 1_000_000, default: DEFAULT_WORKFORCE.people, unit: "people" } as const;
const CALLS = { min: 1, max: 100_000, default: 200, unit: "calls" } as const;
const SECONDS = { min: 0, minExclusive: true, max: 3600, default: 30, unit: "seconds" } as const;
const CONCURRENCY = { min: 1, max: 1000, default: 16, unit: "concurrent clients" } as const;

const USAGE = `usage: npm run bench -- [--scale <people> | --demo] [--calls <n>] [--seconds <s>] [--concurrency <n>] [--only <texts>]

  --scale <people>     generated people, ${SCALE.min} to ${SCALE.max} (default ${SCALE.default}); imports ESCO and generates the missing ones
  --demo               the demo organisation instead (loaded when missing)
  --calls <n>          timed calls per operation, ${CALLS.min} to ${CALLS.max} (default ${CALLS.default})
  --seconds <s>        throughput seconds per operation, above 0 up to ${SECONDS.max}, fractions allowed (default ${SECONDS.default})
  --concurrency <n>    concurrent clients for throughput, ${CONCURRENCY.min} to ${CONCURRENCY.max} (default ${CONCURRENCY.default})
  --only <texts>       only the operations whose name contains one of these comma-separated texts (any case)`;

const HELP = `${USAGE}\n\noperations:\n${OPERATION_NAMES.map((name) => `  ${name}`).join("\n")}`;

export interface BenchArgs {
    readonly scale: number;
    readonly demo: boolean;
    readonly calls: number;
    readonly seconds: number;
    readonly concurrency: number;
    /** Texts to find in operation names (as given; compared in lower case), or undefined for every operation. */
    readonly only: readonly string[] | undefined;
}

/** Reads and checks every flag before anything connects, loads or measures. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
    const { values } = parseFlags(argv, {
        scale: { type: "string" },
        demo: { type: "boolean", default: false },
        calls: { type: "string" },
        seconds: { type: "string" },
        concurrency: { type: "string" },
        only: { type: "string" },
    });
    // --demo measures the demo organisation whatever the scale: refuse a scale that would be ignored.
    if (values.demo && values.scale !== undefined)
        throw new UsageError("--scale", "is given with --demo", "use one: --demo measures the demo organisation, --scale a generated workforce");
    const matchesAnOperation = (text: string) => OPERATION_NAMES.some((name) => name.toLowerCase().includes(text.toLowerCase()));
    return {
        scale: intFlag(values, "--scale", SCALE),
        demo: values.demo,
        calls: intFlag(values, "--calls", CALLS),
        seconds: numberFlag(values, "--seconds", SECONDS),
        concurrency: intFlag(values, "--concurrency", CONCURRENCY),
        only: listFlag(values, "--only", {
            accepts: "comma-separated parts of operation names, such as skillGap,composeTeam (npm run bench -- --help lists them)",
            allows: matchesAnOperation,
        }),
    };
}

async function main(argv: string[]): Promise<void> {
    const { scale, demo, calls, seconds, concurrency, only } = parseBenchArgs(argv);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" });
    const log = createLogger(config.logLevel, "bench");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        const run: RunCypher = async (file, params) =>
            (await db.driver.executeQuery(toolCypher(file), params, { database: db.name, routing: neo4j.routing.READ })).records.map((r) => r.toObject());
        let facts: Record<string, unknown>;
        let population: Population;
        if (demo) {
            // The demo organisation alone: loaded here when the database does not hold it yet.
            const count = async () => Number((await run("bench/count-people", { prefix: DEMO_PREFIX }))[0].people);
            if ((await count()) === 0) await loadDemo(db.driver, db.name, log);
            population = { prefix: DEMO_PREFIX, digits: 4, count: await count() };
            facts = { population: "demo organisation", people: population.count };
        } else {
            facts = await ensureGraph(db.driver, db.name, scale, log);
            population = { prefix: "gen:person:", digits: 6, count: scale };
        }
        // The harness reads as an admin (every audience's rules apply to it like to anyone).
        const jwtSecret = randomBytes(32).toString("hex");
        const token = await new SignJWT({ sub: "bench:admin", roles: ["admin"] })
            .setProtectedHeader({ alg: "HS256" })
            .setExpirationTime("1d")
            .sign(new TextEncoder().encode(jwtSecret));
        const api = await startApiProcess(db.connection, db.name, jwtSecret);
        const results: OperationResult[] = [];
        try {
            const texts = only?.map((text) => text.toLowerCase());
            for (const op of (await operations(run, population, calls)).filter((o) => !texts || texts.some((text) => o.name.toLowerCase().includes(text)))) {
                console.error(`measuring: ${op.name}`);
                results.push(await measure(op, api.url, token, calls, seconds, concurrency));
                console.error(table(results.slice(-1)).split("\n").at(-1));
            }
        } finally {
            await api.stop();
        }
        const { records } = await db.driver.executeQuery(toolCypher("bench/read-server-version"), {}, { database: db.name });
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
        console.log(
            `\n## Skillgraph benchmark: ${population.count} ${demo ? "demo" : "generated"} people, ${calls} calls per operation, ${concurrency} concurrent for ${seconds} s\n`,
        );
        console.log(
            `Machine: ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Neo4j ${machine.neo4j}, heap ${machine.localHeap ?? "external"}, page cache ${machine.localPageCache ?? "external"}\n`,
        );
        const esco = facts.escoImport as { rows: number; seconds: number; rowsPerSecond: number; countsOk: boolean } | undefined;
        if (esco)
            console.log(
                `ESCO import (idempotent re-import): ${esco.rows} rows in ${esco.seconds.toFixed(1)} s, ${esco.rowsPerSecond} rows/s, counts ${esco.countsOk ? "verified" : "MISMATCH"}`,
            );
        console.log(`${demo ? "Population" : "Workforce"}: ${JSON.stringify(demo ? facts : facts.workforce)}\n`);
        console.log(table(results));
        console.log(`\nResults: ${path.relative(process.cwd(), out)}`);
    } finally {
        await db.close();
    }
}

if (require.main === module) void runCli(main, USAGE, { help: HELP });
