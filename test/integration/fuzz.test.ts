import { createHash } from "node:crypto";
import {
    type GraphQLField,
    type GraphQLInputType,
    type GraphQLOutputType,
    type GraphQLSchema,
    getNamedType,
    getNullableType,
    isEnumType,
    isInputObjectType,
    isInterfaceType,
    isListType,
    isNonNullType,
    isObjectType,
    isScalarType,
    isUnionType,
} from "graphql";
import { buildSchema } from "../../src/schema/build-schema";
import { Random } from "../../seed/demo/random";
import { type OwnDatabase, startOwnDatabase } from "../../tools/harness/own-database";
import { type TestApi, startTestApi } from "../helpers/test-api";
import { mintToken } from "../../tools/harness/tokens";

/**
 * 10,000 generated requests against the API in production mode on a database of the suite's own (the demo
 * organisation): valid operations with random and boundary arguments, mutated documents, wrong types, huge strings,
 * deep nesting, alias floods, unknown ids and broken bodies, under every audience. Checked: only documented statuses,
 * no internal detail in any response, the server alive, and the database byte for byte as before (no fuzzed mutation
 * may write: mutations go out under audiences that may not run them, or with arguments that cannot pass).
 */
const REQUESTS = 10_000;
const CONCURRENCY = 8;
// Internal detail that must never reach a client.
const LEAK =
    /Neo4jError|neo4j-driver|Neo\.(Client|Transient|Database)Error|\bCypher\b|MATCH \(|apoc\.|\bat [\w.<>]+ \(|\.js:\d+|bolt:\/\/|node_modules|\/work\/|"stack"|stacktrace/i;
const DOCUMENTED_STATUS = new Set([200, 400, 401, 413, 415, 429]);
const CLIENT_CODES = new Set([
    "BAD_USER_INPUT",
    "NOT_FOUND",
    "CONFLICT",
    "FORBIDDEN",
    "UNAUTHENTICATED",
    "RATE_LIMITED",
    "GRAPHQL_PARSE_FAILED",
    "GRAPHQL_VALIDATION_FAILED",
    "BAD_REQUEST",
    "PAYLOAD_TOO_LARGE",
    // Documented: a query stopped by the per-request database timeout (5 s here) on a loaded machine.
    "UNAVAILABLE",
]);

let db: OwnDatabase;
let api: TestApi;
let schema: GraphQLSchema;
const random = new Random(20261122);
const tokens: (string | null)[] = [null];
const ADMIN = () => tokens[tokens.length - 1];

beforeAll(async () => {
    db = await startOwnDatabase("fuzz", { demo: true });
    api = await startTestApi({ connection: db.neo4j, production: true, queryTimeoutMs: 5000 });
    schema = await buildSchema();
    // An employee without aspirations: setAspirations([]) then changes nothing.
    const [{ id: employee }] = await api.cypher<{ id: string }>("MATCH (p:Person) WHERE NOT (p)-[:ASPIRES_TO]->() RETURN p.id AS id ORDER BY id LIMIT 1");
    tokens.push(
        await mintToken({ sub: employee, roles: ["employee"] }),
        await mintToken({ sub: "fuzz:planner", roles: ["planner"], orgUnits: ["demo:unit:data"] }),
        // A partner may write its own organisation's courses and credentials (a fuzzed deleteCredentials once deleted
        // the demo issuer's stacks): this one's organisation has none, so whatever it may run changes nothing.
        await mintToken({ sub: "fuzz:partner", roles: ["partner"], org: "fuzz:organisation-without-catalogue" }),
        await mintToken({ sub: "fuzz:admin", roles: ["admin"] }),
    );
    employeeWithoutProfile = await mintToken({ sub: "fuzz:employee-without-profile", roles: ["employee"] });
}, 180_000);

afterAll(async () => {
    await api?.stop();
    await db?.stop();
});

/**
 * Every node and relationship with its properties, hashed: equal before and after means nothing was written. The
 * access log's records are left out: reading people rightly writes them.
 */
async function fingerprint(): Promise<{ nodes: number; relationships: number; hash: string }> {
    const nodes = await api.cypher<{ row: string }>(
        "MATCH (n) WHERE NOT n:AccessRecord RETURN apoc.convert.toJson([labels(n), properties(n)]) AS row ORDER BY row",
    );
    const rels = await api.cypher<{ row: string }>("MATCH (a)-[r]->(b) RETURN apoc.convert.toJson([a.id, type(r), b.id, properties(r)]) AS row ORDER BY row");
    const hash = createHash("sha256");
    for (const { row } of [...nodes, ...rels]) hash.update(row);
    return { nodes: nodes.length, relationships: rels.length, hash: hash.digest("hex") };
}

const IDS = [
    "demo:person:0004",
    "demo:person:9999",
    "demo:credential:cloud-foundations",
    "demo:unit:data",
    "http://data.europa.eu/esco/skill/nope",
    "",
    "x".repeat(300),
];
const HOSTILE_STRINGS = [
    "",
    " ",
    "' OR 1=1 --",
    '"}) DETACH DELETE n //',
    "$jwt.sub",
    "\u0000\uffff💥",
    "<script>alert(1)</script>",
    "%s%n",
    "x".repeat(20_000),
];

function scalarValue(name: string, forMutation: boolean): unknown {
    const pick = <T>(items: T[]) => random.pick(items);
    switch (name) {
        case "ID":
            return forMutation ? pick(["fuzz:unknown", "", "x".repeat(200)]) : pick(IDS);
        case "String":
            return pick(HOSTILE_STRINGS);
        case "Int":
        case "PositiveInt":
        case "Proficiency":
            return pick([0, -1, 1, 3, 5, 6, 2 ** 31 - 1, 2 ** 31, -(2 ** 53), 2.5]);
        case "Float":
        case "Fraction":
        case "NonNegativeFloat":
            return pick([0, -0.5, 0.5, 1, 1.5, 1e308, -1e-308]);
        case "Boolean":
            return pick([true, false]);
        case "DateTime":
            return pick(["2026-11-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-13-45T99:00:00Z", "yesterday", ""]);
        case "Date":
            return pick(["2026-11-01", "0000-00-00", "not a date"]);
        case "EmailAddress":
            return pick(["a@b.example", "not-an-email", ""]);
        case "URL":
            return pick(["https://example.org", "javascript:alert(1)", "::"]);
        default:
            return pick(HOSTILE_STRINGS.slice(0, 6));
    }
}

/** A random value for an input type: mostly well-typed, sometimes wrong (the wrong-type share). */
function inputValue(type: GraphQLInputType, depth: number, forMutation: boolean): unknown {
    if (random.chance(0.03)) return random.pick([{}, [], "wrong", 42, null, true]);
    const nullable = getNullableType(type);
    if (isListType(nullable)) return depth > 2 ? [] : Array.from({ length: random.int(0, 2) }, () => inputValue(nullable.ofType, depth + 1, forMutation));
    if (isEnumType(nullable)) return random.chance(0.9) ? random.pick(nullable.getValues()).value : "NOT_A_VALUE";
    if (isScalarType(nullable)) return scalarValue(nullable.name, forMutation);
    if (isInputObjectType(nullable)) {
        if (depth > 2) return {};
        const value: Record<string, unknown> = {};
        for (const field of Object.values(nullable.getFields())) {
            if (isNonNullType(field.type) || random.chance(0.15)) value[field.name] = inputValue(field.type, depth + 1, forMutation);
        }
        if (random.chance(0.05)) value.unknownField = 1;
        return value;
    }
    return null;
}

/** A selection set over scalar fields (and a few nested ones) of an output type. */
function selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return "";
    if (isUnionType(named) || isInterfaceType(named) || !isObjectType(named)) return "{ __typename }";
    const fields = Object.values(named.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
    const leaves = fields.filter((field) => {
        const inner = getNamedType(field.type);
        return isScalarType(inner) || isEnumType(inner);
    });
    const parts = random.sample(leaves, Math.min(leaves.length, 3)).map((field) => field.name);
    if (depth < 3) {
        const nested = fields.filter((field) => isObjectType(getNamedType(field.type)));
        for (const field of random.sample(nested, Math.min(nested.length, 1))) parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
    }
    return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

function operation(field: GraphQLField<unknown, unknown>, kind: "query" | "mutation"): { query: string; variables: Record<string, unknown> } {
    const forMutation = kind === "mutation";
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    const args: string[] = [];
    for (const arg of field.args) {
        if (!isNonNullType(arg.type) && random.chance(0.5)) continue;
        variables[arg.name] = inputValue(arg.type, 0, forMutation);
        declarations.push(`$${arg.name}: ${arg.type.toString()}`);
        args.push(`${arg.name}: $${arg.name}`);
    }
    const query = `${kind} Fuzz${declarations.length ? `(${declarations.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection(field.type, 0)} }`;
    return { query, variables };
}

function mutateText(text: string): string {
    const at = random.int(0, Math.max(0, text.length - 1));
    switch (random.int(0, 3)) {
        case 0:
            return text.slice(0, at) + text.slice(at + 1);
        case 1:
            return text.slice(0, at) + random.pick(["{", "}", "(", ")", "$", '"', ":", "@", "#", "\\"]) + text.slice(at);
        case 2:
            return text.slice(0, at);
        default:
            return text.slice(0, at) + text.slice(at, at + 20).repeat(3) + text.slice(at + 20);
    }
}

interface Request {
    readonly kind: string;
    readonly body: string;
    readonly token: string | null;
    readonly contentType?: string;
}

/**
 * An employee's setSharing is always a rightful write (its only input is the employee's own choices), so it goes out
 * under an employee token naming no person: refused with NOT_FOUND, nothing written.
 */
let employeeWithoutProfile: string | null = null;
const tokenFor = (field: GraphQLField<unknown, unknown>, token: string | null) =>
    field.name === "setSharing" && token === tokens[1] ? employeeWithoutProfile : token;

function generate(queryFields: GraphQLField<unknown, unknown>[], mutationFields: GraphQLField<unknown, unknown>[]): Request {
    const picked = random.chance(0.05) ? "garbage.token.value" : random.pick(tokens);
    const roll = random.next();
    if (roll < 0.45) return { kind: "query", body: JSON.stringify(operation(random.pick(queryFields), "query")), token: picked };
    if (roll < 0.65) {
        // No fuzzed mutation may pass: an admin's goes out under another audience, or with a variable it cannot use.
        const field = random.pick(mutationFields);
        const op = operation(field, "mutation");
        const token = tokenFor(field, picked);
        if (token !== ADMIN()) return { kind: "mutation", body: JSON.stringify(op), token };
        if (random.chance(0.5)) return { kind: "mutation", body: JSON.stringify(op), token: tokenFor(field, random.pick(tokens.slice(0, -1))) };
        if (random.chance(0.5)) return { kind: "mutation", body: JSON.stringify(op), token: tokenFor(field, random.pick(tokens.slice(0, -1))) };
        const query = op.query.replace(
            /^mutation Fuzz(?:\(([^)]*)\))?/,
            (_match, declared?: string) => `mutation Fuzz(${declared ? `${declared}, ` : ""}$unused: Int)`,
        );
        return { kind: "mutation", body: JSON.stringify({ query, variables: op.variables }), token };
    }
    if (roll < 0.8) {
        const field = random.pick([...queryFields, ...mutationFields]);
        const op = operation(field, random.chance(0.5) ? "query" : "mutation");
        // A damaged document may still parse; an admin's could then pass, so it goes out under another audience.
        return {
            kind: "mutated document",
            body: JSON.stringify({ ...op, query: mutateText(op.query) }),
            token: tokenFor(field, picked === ADMIN() ? tokens[1] : picked),
        };
    }
    if (roll < 0.86) {
        const depth = random.int(10, 60);
        return {
            kind: "deep nesting",
            body: JSON.stringify({ query: `{ skills(limit: 1) ${"{ broaderSkills ".repeat(depth)}{ id }${" }".repeat(depth)} }` }),
            token: picked,
        };
    }
    if (roll < 0.9) {
        const n = random.int(20, 300);
        return {
            kind: "aliases",
            body: JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: skills(limit: 50) { id name }`).join(" ")} }` }),
            token: picked,
        };
    }
    if (roll < 0.94)
        return {
            kind: "huge string",
            body: JSON.stringify({ query: `{ searchSkills(query: "${"a".repeat(random.pick([10_000, 200_000, 2_000_000]))}") { id } }` }),
            token: picked,
        };
    if (roll < 0.97)
        return {
            kind: "broken body",
            body: random.pick(["{", "null", "[]", '{"query": 1}', '{"query": "{ skills { id } }", "variables": "x"}', "\u0000"]),
            token: picked,
        };
    return {
        kind: "wrong content type",
        body: "query { skills { id } }",
        token: picked,
        contentType: random.pick(["text/plain", "application/x-www-form-urlencoded"]),
    };
}

describe("fuzzing the API", () => {
    it(`answers ${REQUESTS} generated requests without 5xx, crash or leak, and writes nothing`, async () => {
        const queryFields = Object.values(schema.getQueryType()!.getFields());
        const mutationFields = Object.values(schema.getMutationType()!.getFields());
        const before = await fingerprint();
        const byStatus = new Map<number, number>();
        const byCode = new Map<string, number>();
        const byKind = new Map<string, number>();
        const problems: string[] = [];
        // Accepted mutations, by audience: shown when the database changed, to name the one that wrote.
        const accepted: string[] = [];
        const audienceOf = (token: string | null) =>
            token === employeeWithoutProfile
                ? "employee without a profile"
                : (["anonymous", "employee", "planner", "partner", "admin"][tokens.indexOf(token)] ?? "a bad token");
        let next = 0;
        const worker = async () => {
            while (next < REQUESTS) {
                next++;
                const request = generate(queryFields, mutationFields);
                byKind.set(request.kind, (byKind.get(request.kind) ?? 0) + 1);
                const headers: Record<string, string> = { "content-type": request.contentType ?? "application/json" };
                if (request.token) headers.authorization = `Bearer ${request.token}`;
                const response = await fetch(api.url, { method: "POST", headers, body: request.body });
                const text = await response.text();
                byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
                if (!DOCUMENTED_STATUS.has(response.status))
                    problems.push(`${response.status} for ${request.kind}: ${request.body.slice(0, 200)} -> ${text.slice(0, 300)}`);
                if (LEAK.test(text)) problems.push(`leak for ${request.kind}: ${text.slice(0, 400)}`);
                let body: { errors?: { extensions?: { code?: string } }[]; data?: unknown } = {};
                try {
                    body = JSON.parse(text) as typeof body;
                } catch {
                    if (response.status !== 413 && response.status !== 415)
                        problems.push(`not JSON (${response.status}) for ${request.kind}: ${text.slice(0, 200)}`);
                }
                for (const error of body.errors ?? []) {
                    const code = error.extensions?.code ?? "none";
                    byCode.set(code, (byCode.get(code) ?? 0) + 1);
                    if (!CLIENT_CODES.has(code)) problems.push(`code ${code} for ${request.kind}: ${request.body.slice(0, 300)} -> ${text.slice(0, 300)}`);
                }
                if (request.kind === "mutation" && !body.errors && body.data) accepted.push(`${audienceOf(request.token)}: ${request.body.slice(0, 600)}`);
            }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        const health = await fetch(api.url.replace(/graphql$/, "health"));
        const after = await fingerprint();

        console.log(
            [
                `fuzzed ${REQUESTS} requests`,
                `by kind: ${JSON.stringify(Object.fromEntries(byKind))}`,
                `by HTTP status: ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`,
                `errors by code: ${JSON.stringify(Object.fromEntries([...byCode].sort((a, b) => b[1] - a[1])))}`,
                `mutations accepted (no-ops only, see the fingerprint): ${accepted.length}`,
            ].join("\n"),
        );
        expect(problems.slice(0, 10)).toEqual([]);
        expect(health.status).toBe(200);
        expect({ ...after, accepted: after.hash === before.hash ? [] : accepted }).toEqual({ ...before, accepted: [] });
    }, 1_200_000);
});
