import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/project-root";
import { type ApiProcess, startApiProcess } from "../../tools/harness/api-process";
import { TEST_AUTH, mintToken } from "../../tools/harness/tokens";
import { testDatabase, testUri } from "../setup/test-database";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * The planner queries rank and count on each API process's workforce index. A write through one API process (new
 * evidence, an issued credential, a generated mutation, a changed requirement, a new position) and a write behind the
 * API's back are reflected by the next planner answer of both: the in-test API and a second API process (the compiled
 * server, built by npm test) on the same database, each with its own index.
 */
const p = uniquePrefix("fresh");
const id = (key: string) => `${p}${key}`;
const asOf = "2026-06-01T00:00:00Z";
let local: TestApi;
let other: ApiProcess;
const tokens: Record<"admin" | "planner" | "partner", string> = { admin: "", planner: "", partner: "" };

beforeAll(async () => {
    const compiled = path.join(projectRoot, "dist", "src", "main.js");
    if (!existsSync(compiled)) throw new Error("dist/src/main.js is missing: run npm test (it builds first), or npm run build");
    local = await startTestApi();
    const { user, password, database } = testDatabase();
    other = await startApiProcess({ uri: testUri(), user, password }, database, TEST_AUTH.secret!);
    await local.cypher(
        `CREATE (u:OrgUnit {id: $p + 'U', name: 'Unit U'})<-[:SUB_UNIT_OF]-(:OrgUnit {id: $p + 'U2', name: 'Unit U2'})
         CREATE (o:Organization {id: $p + 'O', name: 'Issuer O'})
         CREATE (r:Role {id: $p + 'R', title: 'Role R'})
         CREATE (s1:Skill {id: $p + 'S1', name: 'Skill S1'}), (s2:Skill {id: $p + 'S2', name: 'Skill S2'})
         CREATE (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s1), (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s2)
         CREATE (u)-[:HAS_POSITION {headcount: 2, openings: 1}]->(r)
         CREATE (o)-[:AWARDS]->(:Credential {id: $p + 'C', title: 'Credential C', learningOutcomes: [], participationForms: []})-[:CERTIFIES {level: 4}]->(s2)
         WITH u, s1, s2
         UNWIND ['A', 'B', 'C'] AS key
         CREATE (x:Person {id: $p + key, name: 'Person ' + key, email: $p + key + '@example.com', availability: 1.0, learningPartnerIds: [$p + 'O']})-[:MEMBER_OF]->(u)
         CREATE (x)-[:HAS_SKILL {level: CASE key WHEN 'A' THEN 3 ELSE 1 END, source: 'MANAGER', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(s1)`,
        { p },
    );
    tokens.admin = await mintToken({ sub: "test:admin", roles: ["admin"] });
    tokens.planner = await mintToken({ sub: "test:planner", roles: ["planner"], orgUnits: [id("U")] });
    tokens.partner = await mintToken({ sub: "test:partner", roles: ["partner"], org: id("O") });
}, 180_000);

afterAll(async () => {
    await local?.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await other?.stop();
    await local?.stop();
});

async function post(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse<Record<string, unknown>>> {
    const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
}

const apis = () => [
    { name: "in-test API", url: local.url },
    { name: "second API process", url: other.url },
];

/** Fits by person key, from candidatesForRole as the planner, on each API. */
async function fits(url: string, filter: Record<string, unknown> = {}): Promise<Record<string, number>> {
    const response = await post(
        url,
        `query($r: ID!, $f: CandidateFilter, $asOf: DateTime) { candidatesForRole(roleId: $r, filter: $f, asOf: $asOf) { complete edges { node { personId fit } } } }`,
        { r: id("R"), f: { orgUnitId: id("U"), ...filter }, asOf },
        tokens.planner,
    );
    expect(response.errors).toBeUndefined();
    const page = response.data!.candidatesForRole as { complete: boolean; edges: { node: { personId: string; fit: number } }[] };
    expect(page.complete).toBe(true);
    return Object.fromEntries(page.edges.map((e) => [e.node.personId.slice(p.length), Math.round(e.node.fit * 1000) / 1000]));
}

async function supply(url: string, at = asOf): Promise<{ skillId: string; demand: number; supply: number }[]> {
    const response = await post(
        url,
        `query($u: ID!, $asOf: DateTime) { skillSupplyDemand(orgUnitId: $u, asOf: $asOf) { skills { skillId demand supply } } }`,
        { u: id("U"), asOf: at },
        tokens.planner,
    );
    expect(response.errors).toBeUndefined();
    const skills = (response.data!.skillSupplyDemand as { skills: { skillId: string; demand: number; supply: number }[] }).skills;
    return skills.map((s) => ({ ...s, skillId: s.skillId.slice(p.length) })).sort((a, b) => a.skillId.localeCompare(b.skillId));
}

async function bench(url: string): Promise<number> {
    const response = await post(
        url,
        `query($r: ID!, $u: ID!, $asOf: DateTime) { benchStrength(roleId: $r, orgUnitId: $u, minFit: 0.5, asOf: $asOf) { count } }`,
        { r: id("R"), u: id("U"), asOf },
        tokens.planner,
    );
    expect(response.errors).toBeUndefined();
    return (response.data!.benchStrength as { count: number }).count;
}

async function team(url: string): Promise<string[]> {
    const response = await post(
        url,
        `query($s: ID!, $u: [ID!], $asOf: DateTime) { composeTeam(requirements: [{ skillId: $s, minLevel: 3 }], constraints: { orgUnitIds: $u }, asOf: $asOf) { members { personId } } }`,
        { s: id("S2"), u: [id("U")], asOf },
        tokens.planner,
    );
    expect(response.errors).toBeUndefined();
    return (response.data!.composeTeam as { members: { personId: string }[] }).members.map((m) => m.personId.slice(p.length));
}

async function write(url: string, query: string, variables: Record<string, unknown>, token: string = tokens.admin) {
    const response = await post(url, query, variables, token);
    expect(response.errors).toBeUndefined();
}

describe("planner answers after a write, on every API process", () => {
    it("start from the fixture on both", async () => {
        for (const api of apis()) {
            expect({ api: api.name, fits: await fits(api.url) }).toEqual({ api: api.name, fits: { A: 0.5, B: 0.167, C: 0.167 } });
            expect(await team(api.url)).toEqual([]);
        }
    });

    it("a manager's assessment through one is in the next ranking and count of the other", async () => {
        await write(local.url, `mutation($p: ID!, $s: ID!) { recordManagerAssessment(personId: $p, skillId: $s, level: 3) { level } }`, {
            p: id("B"),
            s: id("S2"),
        });
        for (const api of apis()) {
            expect({ api: api.name, fits: await fits(api.url) }).toEqual({ api: api.name, fits: { A: 0.5, B: 0.667, C: 0.167 } });
            expect({ api: api.name, bench: await bench(api.url) }).toEqual({ api: api.name, bench: 2 });
        }
    });

    it("a credential a partner issues through the second process is in the in-test API's team and supply, until it expires", async () => {
        await write(
            other.url,
            `mutation($p: ID!, $c: ID!) { issueCredential(personId: $p, credentialId: $c, issuedAt: "2026-01-01T00:00:00Z", expiresAt: "2026-09-01T00:00:00Z") { verified } }`,
            { p: id("C"), c: id("C") },
            tokens.partner,
        );
        for (const api of apis()) {
            expect({ api: api.name, team: (await team(api.url)).length, fits: await fits(api.url) }).toEqual({
                api: api.name,
                team: 1,
                fits: { A: 0.5, B: 0.667, C: 0.667 },
            });
            expect(await supply(api.url)).toEqual([
                { skillId: "S1", demand: 3, supply: 1 },
                { skillId: "S2", demand: 3, supply: 2 },
            ]);
            // After the holding expires, C's level 4 from it counts for nothing.
            expect(await supply(api.url, "2026-10-01T00:00:00Z")).toEqual([
                { skillId: "S1", demand: 3, supply: 1 },
                { skillId: "S2", demand: 3, supply: 1 },
            ]);
        }
    });

    it("a generated mutation (availability), a changed requirement, changed openings and a new position are in the next answers", async () => {
        const versions = `OPTIONAL MATCH (w:GraphVersion {key: 'workforce'}) OPTIONAL MATCH (v:GraphVersion {key: 'people'})
                          MATCH (a:Person {id: $a}) RETURN coalesce(w.version, 0) AS workforce, v.version AS people, a.changeVersion AS marked`;
        const [before] = await local.cypher(versions, { a: id("A") });
        await write(local.url, `mutation($p: ID!) { updatePeople(where: { id: { eq: $p } }, update: { availability: { set: 0.1 } }) { people { id } } }`, {
            p: id("A"),
        });
        // A write confined to the person it names marks that person with a new 'people' version (which versions it
        // bumps is the mutation guard's unit test's; other suites write at the same time, so no equality here).
        const [after] = await local.cypher(versions, { a: id("A") });
        expect(Number(after.marked)).toBeGreaterThan(Number(before.people));
        await write(
            other.url,
            `mutation($r: ID!, $s: ID!) { updateRoles(where: { id: { eq: $r } }, update: { requires: [{ update: { where: { node: { id: { eq: $s } } }, edge: { level: { set: 1 } } } }] }) { roles { id } } }`,
            { r: id("R"), s: id("S1") },
        );
        await write(
            other.url,
            `mutation($u: ID!, $r: ID!) { updateOrgUnits(where: { id: { eq: $u } }, update: { positions: [{ update: { where: { node: { id: { eq: $r } } }, edge: { openings: { set: 4 } } } }] }) { orgUnits { id } } }`,
            { u: id("U"), r: id("R") },
        );
        await write(
            local.url,
            `mutation($u: ID!, $r: ID!) { updateRoles(where: { id: { eq: $r } }, update: { staffedIn: [{ connect: [{ where: { node: { id: { eq: $u } } }, edge: { headcount: 1, openings: 0 } }] }] }) { roles { id } } }`,
            { u: id("U2"), r: id("R") },
        );
        for (const api of apis()) {
            // S1 now asks level 1: everyone meets it. A is left out at minimum availability 0.5.
            expect({ api: api.name, fits: await fits(api.url, { minAvailability: 0.5 }) }).toEqual({ api: api.name, fits: { B: 1, C: 1 } });
            expect(await supply(api.url)).toEqual([
                { skillId: "S1", demand: 7, supply: 3 },
                { skillId: "S2", demand: 7, supply: 2 },
            ]);
        }
    });

    it("writes behind the API's back that add evidence or a position are noticed by the counts", async () => {
        await local.cypher(
            `MATCH (x:Person {id: $p + 'A'}), (s:Skill {id: $p + 'S2'}) CREATE (x)-[:HAS_SKILL {level: 5, source: 'ASSESSED', assessedAt: datetime('2025-06-01T00:00:00Z')}]->(s)`,
            { p },
            { behindTheApisBack: true },
        );
        for (const api of apis()) expect({ api: api.name, fits: await fits(api.url) }).toEqual({ api: api.name, fits: { A: 1, B: 1, C: 1 } });
        await local.cypher(
            `MATCH (u:OrgUnit {id: $p + 'U'}), (r:Role {id: $p + 'R'}) CREATE (u)-[:HAS_POSITION {headcount: 0, openings: 2}]->(r)`,
            { p },
            { behindTheApisBack: true },
        );
        for (const api of apis())
            expect({ api: api.name, supply: await supply(api.url) }).toEqual({
                api: api.name,
                supply: [
                    { skillId: "S1", demand: 9, supply: 3 },
                    { skillId: "S2", demand: 9, supply: 3 },
                ],
            });
    });
});
