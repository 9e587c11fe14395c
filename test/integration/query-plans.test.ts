import { graphql } from "graphql";
import type { ManagedTransaction } from "neo4j-driver";
import { statements } from "../../src/neo4j/cypher-files";
import { buildSchema } from "../../src/schema/build-schema";
import { everyCypherFile } from "../helpers/cypher-files";
import { type TestApi, startTestApi } from "../helpers/test-api";

let api: TestApi;

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.stop();
});

interface Plan {
    operatorType: string;
    children?: Plan[];
}

const SCANS = [
    "AllNodesScan",
    "NodeByLabelScan",
    "NodeIndexScan",
    "NodeIndexContainsScan",
    "NodeIndexEndsWithScan",
    "DirectedRelationshipTypeScan",
    "UndirectedRelationshipTypeScan",
];
const name = (plan: Plan) => plan.operatorType.replace(/@.*$/, "");
const all = (plan: Plan): Plan[] => [plan, ...(plan.children ?? []).flatMap(all)];

/**
 * What a hot path must not do: read a whole label, or multiply rows in a cartesian product unless both sides are
 * index seeks or count-store reads (single-row lookups: the cheapest way to link two nodes or counts).
 */
function problems(plan: Plan): string[] {
    return all(plan).flatMap((op) => {
        if (SCANS.includes(name(op))) return [name(op)];
        if (name(op) === "CartesianProduct" && !(op.children ?? []).every((side) => all(side).some((o) => /Seek|CountFromCountStore/.test(name(o))))) {
            return ["CartesianProduct without index seeks on both sides"];
        }
        return [];
    });
}

/** Files that read whole labels on purpose: batch jobs run once, never per request. */
const WHOLE_LABEL_READS: Record<string, string> = {
    "import/esco/count-imported": "counts everything an import wrote",
    "import/onet/count-imported": "counts everything an import wrote",
    "import/onet/read-esco-role-ids": "reads the ESCO occupations once per O*NET import",
    "bench/read-sample-inputs": "picks benchmark inputs once",
    "bench/read-credential-ids": "picks benchmark inputs once",
    "bench/read-team-needs": "picks benchmark inputs once",
    "bench/read-people-with-evidence": "the naive baseline: everyone in scope with their evidence, as a tool computing in Node reads them",
    "bench/read-widely-held-roles": "picks benchmark inputs once (every role's requirements)",
    "bench/read-role-descriptions": "picks benchmark inputs once (role descriptions to tag)",
    "bench/read-skill-descriptions": "picks benchmark inputs once (skill descriptions as a generated course catalogue)",
    "eval/read-esco-occupations": "the mobility evaluation reads every ESCO occupation with its requirements once",
    "bench/read-root-units": "picks benchmark inputs once (the org units without a parent: a planner's scope)",
    "bench/read-changeable-requirement": "picks the after-change section's requirement once",
    "bench/load-fixture": "picks the load test's inputs once",
    "bench/read-transition-costs": "the naive baseline adjacentRoles is measured against: every requirement, every call",
    "bench/read-blend-signals": "the naive baseline of adjacentRoles by the blend: every requirement and embedding, every call",
    "bench/read-supply-demand": "the same report in Cypher, the baseline skillSupplyDemand is measured against",
    "bench/read-demand": "the naive baseline's demand side: every org unit's positions, as the report needs them",
    "workforce/read-index-units": "loads the org-unit tree and its positions once per workforce version into the in-process workforce index",
    "generate/read-taxonomy": "reads the taxonomy once per generation",
    "generate/read-skill-names": "reads the taxonomy once per generation",
    "generate/count-generated": "counts generated people once per benchmark",
    "credentials/find-part-of-cycle": "checks every stack, only inside a mutation that edits stack links",
    "skills/read-skill-labels": "loads every skill's labels once per skills version into skill tagging's phrase index",
    "tag/read-target-ids": "a batch tagging run lists every course or role once",
    "skills/read-role-skill-sets": "loads every role's essential skills once per role-profile version into skill tagging's co-occurrence index",
    "skills/read-skill-texts": "compares every skill's text with its embedding's hash, at start-up, after an import or a seed",
    "mobility/read-role-profiles": "loads every role's requirements once per profile version into the in-process transition index",
    "mobility/read-role-digests": "one digest per role, once per profile version, so that a reload re-reads only the changed roles",
    "mobility/read-observed-moves": "loads every past tenure once per tenure version into the in-process transition graph",
    "mobility/read-role-texts": "compares every role's text with its embedding's hash, at start-up, after an import or a seed",
    "mobility/read-skill-neighbours": "loads every skill's broader, narrower and related skills once per skills version into the mobility snapshot",
    "mobility/read-role-vectors": "loads every role's embedding once per role-vector version into the mobility snapshot",
};

async function planProblems(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const result = await api.driver.executeQuery(`EXPLAIN ${query}`, params, { database: api.database });
    return problems(result.summary.plan as Plan);
}

describe("the plan check", () => {
    it("catches a label scan and a cartesian product of scans", async () => {
        expect(await planProblems("MATCH (p:Person) WHERE p.availability > $x RETURN p", { x: 0.5 })).toEqual(["NodeByLabelScan"]);
        expect(await planProblems("MATCH (p:Person) WHERE p.name CONTAINS $x RETURN p", { x: "a" })).toEqual(["NodeIndexScan"]);
        expect(await planProblems("MATCH (p:Person), (s:Skill) RETURN p.id, s.id LIMIT 5")).toContain("CartesianProduct without index seeks on both sides");
    });
});

describe("hand-written hot queries seek indexes", () => {
    const files = everyCypherFile();
    const hot = [...files.keys()].filter((name) => !name.startsWith("schema/") && !(name in WHOLE_LABEL_READS));

    it.each(hot)("%s uses no label scan or cartesian product", async (name) => {
        for (const statement of statements(files.get(name) ?? "")) {
            expect(await planProblems(statement)).toEqual([]);
        }
    });
});

describe("Cypher generated for hot GraphQL operations seeks indexes", () => {
    const cases: [string, string, Record<string, unknown>][] = [
        [
            "a page of 50 people with nested skills and credentials",
            `query($offset: Int!) { people(limit: 50, offset: $offset, sort: [{ id: ASC }], where: { id: { startsWith: "demo:person:" } }) {
                id name skillsConnection { edges { properties { level source } node { id name } } } credentials { id title } } }`,
            { offset: 10 },
        ],
        ["one person by id with skills", `query { people(where: { id: { eq: "demo:person:0001" } }) { id skills { id name } } }`, {}],
    ];

    // The authorization rules add predicates per audience; the plans must stay seeks for each.
    const audiences: [string, Record<string, unknown>][] = [
        ["as an admin", { sub: "test:admin", roles: ["admin"], orgUnitScope: [] }],
        ["as a planner", { sub: "test:planner", roles: ["planner"], orgUnitScope: ["demo:unit:data", "demo:unit:platform"] }],
    ];
    const withAudiences = cases.flatMap(([name, document, variables]) => audiences.map(([who, jwt]) => [`${name}, ${who}`, document, variables, jwt] as const));

    it.each(withAudiences)("%s", async (_name, document, variables, jwt) => {
        const captured: { query: string; params: Record<string, unknown> }[] = [];
        const session = api.driver.session({ database: api.database });
        try {
            await session.executeRead(async (tx: ManagedTransaction) => {
                const recorder = {
                    run: (query: string, params: Record<string, unknown>) => {
                        // The library asks once per instance for the server version; that is not the operation.
                        if (!query.includes("dbms.components()")) captured.push({ query, params });
                        return tx.run(query, params);
                    },
                };
                const result = await graphql({
                    schema: await buildSchema(),
                    source: document,
                    variableValues: variables,
                    contextValue: { executionContext: recorder, jwt },
                });
                expect(result.errors).toBeUndefined();
            });
        } finally {
            await session.close();
        }
        expect(captured).toHaveLength(1);
        expect(await planProblems(captured[0].query.replace(/^CYPHER \d+\s*/, ""), captured[0].params)).toEqual([]);
    });
});
