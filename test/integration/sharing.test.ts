import { mintToken } from "../../tools/harness/tokens";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * What a person shares (setSharing): opted out of rankings, they leave candidatesForRole, benchStrength and
 * composeTeam at once and stay counted, unnamed, in supply; contact details reach planners only when shared.
 * Fixture: unit U with one position of role R, which requires S1 and S2 at level 3; Ada holds both at 4 (assessed),
 * Ben holds S1 at 3 (manager).
 */
let api: TestApi;
const p = uniquePrefix("sharing");
const id = (key: string) => `${p}${key}`;
const asOf = "2026-06-01T00:00:00Z";
const tokens = { ada: "", planner: "", admin: "" };

beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `CREATE (u:OrgUnit {id: $p + 'U', name: 'Unit U'})
         CREATE (s1:Skill {id: $p + 'S1', name: 'Skill S1', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (s2:Skill {id: $p + 'S2', name: 'Skill S2', taxonomy: 'INTERNAL', altLabels: [], tags: []})
         CREATE (r:Role {id: $p + 'R', title: 'Role R', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s1), (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s2),
                (u)-[:HAS_POSITION {headcount: 1, openings: 0}]->(r)
         CREATE (ada:Person {id: $p + 'Ada', name: 'Ada Sharing', email: $p + 'ada@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (ben:Person {id: $p + 'Ben', name: 'Ben Sharing', email: $p + 'ben@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (ada)-[:HAS_SKILL {level: 4, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(s1),
                (ada)-[:HAS_SKILL {level: 4, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(s2),
                (ben)-[:HAS_SKILL {level: 3, source: 'MANAGER', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(s1)`,
        { p },
    );
    tokens.ada = await mintToken({ sub: id("Ada"), roles: ["employee"] });
    tokens.planner = await mintToken({ sub: "test:planner", roles: ["planner"], orgUnits: [id("U")] });
    tokens.admin = await mintToken({ sub: "test:admin", roles: ["admin"] });
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

async function as<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return (await api.post({ query, variables }, token)) as GraphQLResponse<T>;
}

async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await as<T>(token, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
}

const share = (input: Record<string, boolean>) =>
    ok<{ setSharing: { inRankings: boolean; contactToPlanners: boolean } }>(
        tokens.ada,
        `mutation($input: SharingInput!) { setSharing(input: $input) { inRankings contactToPlanners } }`,
        { input },
    ).then((data) => data.setSharing);

const local = (ids: string[]) => ids.map((x) => x.slice(p.length));

async function planning() {
    const data = await ok<{
        candidatesForRole: { edges: { node: { personId: string } }[] };
        benchStrength: { count: number; people: { personId: string }[] };
        composeTeam: { members: { personId: string }[]; uncovered: { skillId: string }[] };
        skillSupplyDemand: { skills: { skillId: string; supply: number; explanation: string }[] };
    }>(
        tokens.planner,
        `query($r: ID!, $u: ID!, $s1: ID!, $asOf: DateTime) {
            candidatesForRole(roleId: $r, filter: { orgUnitId: $u }, asOf: $asOf) { edges { node { personId } } }
            benchStrength(roleId: $r, orgUnitId: $u, minFit: 0.4, asOf: $asOf) { count people { personId } }
            composeTeam(requirements: [{ skillId: $s1, minLevel: 3, count: 2 }], constraints: { orgUnitIds: [$u] }, asOf: $asOf) { members { personId } uncovered { skillId } }
            skillSupplyDemand(orgUnitId: $u, asOf: $asOf) { skills { skillId supply explanation } }
        }`,
        { r: id("R"), u: id("U"), s1: id("S1"), asOf },
    );
    return {
        candidates: local(data.candidatesForRole.edges.map((e) => e.node.personId)),
        bench: [data.benchStrength.count, local(data.benchStrength.people.map((x) => x.personId)).sort()],
        team: local(data.composeTeam.members.map((m) => m.personId)).sort(),
        uncovered: data.composeTeam.uncovered.length,
        supply: Object.fromEntries(data.skillSupplyDemand.skills.map((s) => [s.skillId.slice(p.length), [s.supply, s.explanation]])),
    };
}

describe("opting out of rankings", () => {
    it("starts in every ranking, with the defaults shown to the person", async () => {
        const { me } = await ok<{ me: { sharing: unknown } }>(tokens.ada, `{ me { sharing { inRankings contactToPlanners } } }`);
        expect(me.sharing).toEqual({ inRankings: true, contactToPlanners: false });
        const before = await planning();
        expect(before.candidates).toEqual(["Ada", "Ben"]);
        expect(before.bench).toEqual([2, ["Ada", "Ben"]]);
        expect(before.team).toEqual(["Ada", "Ben"]);
        expect(before.supply.S2).toEqual([1, expect.stringContaining("only Ada Sharing holds it")]);
    });

    it("leaves candidates, bench and teams at once, and stays counted, unnamed, in supply", async () => {
        expect(await share({ inRankings: false })).toEqual({ inRankings: false, contactToPlanners: false });
        const after = await planning();
        expect(after.candidates).toEqual(["Ben"]);
        expect(after.bench).toEqual([1, ["Ben"]]);
        expect([after.team, after.uncovered]).toEqual([["Ben"], 1]);
        expect(after.supply.S1[0]).toBe(2);
        expect(after.supply.S2).toEqual([1, expect.stringContaining("only one person holds it")]);
        expect(JSON.stringify(after.supply)).not.toContain("Ada");
        const named = await as(
            tokens.planner,
            `query($s: ID!, $u: ID!, $ada: ID!) { composeTeam(requirements: [{ skillId: $s, minLevel: 3 }], constraints: { orgUnitIds: [$u], mustInclude: [$ada] }) { size } }`,
            { s: id("S1"), u: id("U"), ada: id("Ada") },
        );
        expect(named.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "constraints.mustInclude" });
    });

    it("keeps a setting left out, and comes back when the person opts in again", async () => {
        const marked = async () =>
            (await api.cypher<{ v: unknown }>("MATCH (x:Person {id: $id}) RETURN toString(x.changeVersion) AS v", { id: id("Ada") }))[0].v;
        const before = await marked();
        expect(await share({ contactToPlanners: false })).toEqual({ inRankings: false, contactToPlanners: false });
        expect(await marked()).toBe(before); // nothing changed: nobody is marked for re-reading
        expect(await share({ inRankings: true })).toEqual({ inRankings: true, contactToPlanners: false });
        expect((await planning()).candidates).toEqual(["Ada", "Ben"]);
    });

    it("is for employees, about themselves", async () => {
        for (const token of [tokens.planner, tokens.admin]) {
            const response = await as(token, `mutation { setSharing(input: { inRankings: false }) { inRankings } }`);
            expect(response.errors?.[0].extensions.code).toBe("FORBIDDEN");
        }
    });
});

describe("contact details", () => {
    const contact = `query($ids: [ID!]!) { people(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id contactEmail } }`;

    it("reach planners only when the person shares them; email itself is the person's and admins'", async () => {
        const read = async (token: string) =>
            (await ok<{ people: { id: string; contactEmail: string | null }[] }>(token, contact, { ids: [id("Ada"), id("Ben")] })).people.map((x) => [
                x.id.slice(p.length),
                x.contactEmail,
            ]);
        expect(await read(tokens.planner)).toEqual([
            ["Ada", null],
            ["Ben", null],
        ]);
        await share({ contactToPlanners: true });
        expect(await read(tokens.planner)).toEqual([
            ["Ada", `${p}ada@example.com`],
            ["Ben", null],
        ]);
        expect(await read(tokens.ada)).toEqual([["Ada", `${p}ada@example.com`]]);
        expect(await read(tokens.admin)).toEqual([
            ["Ada", `${p}ada@example.com`],
            ["Ben", `${p}ben@example.com`],
        ]);
        const email = `query($ids: [ID!]!) { people(where: { id: { in: $ids } }) { email } }`;
        expect((await as(tokens.planner, email, { ids: [id("Ada")] })).errors?.[0].extensions.code).toBe("FORBIDDEN");
        expect(await ok(tokens.ada, email, { ids: [id("Ada")] })).toEqual({ people: [{ email: `${p}ada@example.com` }] });
        expect(await ok(tokens.admin, email, { ids: [id("Ben")] })).toEqual({ people: [{ email: `${p}ben@example.com` }] });
    });
});

describe("holdings listed to their issuer", () => {
    it("names to the issuing partner only the holders who chose it, counts the others, and answers an unknown credential as another issuer's", async () => {
        await api.cypher(
            `CREATE (o:Organization {id: $p + 'O', name: 'Issuer O'})-[:AWARDS]->(c:Credential {id: $p + 'C', title: 'Credential C', learningOutcomes: [], assessmentType: 'EXAM', participationForm: 'ONLINE'}),
                    (:Organization {id: $p + 'O2', name: 'Issuer O2'})
             WITH c MATCH (x:Person) WHERE x.id IN [$p + 'Ada', $p + 'Ben']
             CREATE (x)-[:HOLDS {issuedAt: datetime('2026-01-01T00:00:00Z'), verified: true, issuerId: $p + 'O'}]->(c)`,
            { p },
        );
        const partner = await mintToken({ sub: "test:partner-o", roles: ["partner"], org: id("O") });
        const otherPartner = await mintToken({ sub: "test:partner-o2", roles: ["partner"], org: id("O2") });
        const holders = `query($c: ID!) { credentialHolders(credentialId: $c) { holders { personId name verified } notListed } }`;
        const listed = async (token: string) =>
            (await ok<{ credentialHolders: { holders: { personId: string }[]; notListed: number } }>(token, holders, { c: id("C") })).credentialHolders;

        expect(await listed(partner)).toEqual({ holders: [], notListed: 2 });
        const choose = (ids: string[]) =>
            ok<{ setSharing: { holdingsListedToIssuers: string[] } }>(
                tokens.ada,
                `mutation($ids: [ID!]) { setSharing(input: { holdingsListedToIssuers: $ids }) { holdingsListedToIssuers } }`,
                { ids },
            );
        // A credential Ada does not hold is ignored.
        expect((await choose([id("C"), id("not-held")])).setSharing.holdingsListedToIssuers).toEqual([id("C")]);
        expect((await ok<{ me: { sharing: unknown } }>(tokens.ada, `{ me { sharing { holdingsListedToIssuers } } }`)).me.sharing).toEqual({
            holdingsListedToIssuers: [id("C")],
        });
        expect(await listed(partner)).toEqual({ holders: [{ personId: id("Ada"), name: "Ada Sharing", verified: true }], notListed: 1 });
        expect((await listed(tokens.admin)).holders.map((h) => h.personId)).toEqual([id("Ada"), id("Ben")]);

        for (const [token, credential] of [
            [otherPartner, id("C")],
            [partner, id("no-such-credential")],
        ]) {
            const refused = await as(token, holders, { c: credential });
            expect([refused.errors?.[0].extensions.code, refused.errors?.[0].message]).toEqual([
                "FORBIDDEN",
                expect.stringContaining("only of the credentials your organisation"),
            ]);
        }
        expect((await as(tokens.planner, holders, { c: id("C") })).errors?.[0].extensions.code).toBe("FORBIDDEN");
        expect((await choose([])).setSharing.holdingsListedToIssuers).toEqual([]);
        expect(await listed(partner)).toEqual({ holders: [], notListed: 2 });
    });
});

describe("learning partners: whom a partner may issue to and confirm for", () => {
    it("lets a partner write only for its learners, answers anyone else as an unknown id, and follows the person's choice", async () => {
        await api.cypher(
            `CREATE (l:Organization {id: $p + 'L', name: 'Provider L'}), (:Organization {id: $p + 'L2', name: 'Provider L2'})
             CREATE (l)-[:AWARDS]->(:Credential {id: $p + 'CL', title: 'Credential CL', learningOutcomes: [], assessmentType: 'EXAM', participationForm: 'ONLINE'})
             CREATE (l)-[:PROVIDES]->(:Course {id: $p + 'K', title: 'Course K', durationMinutes: 30, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'})`,
            { p },
        );
        const partner = await mintToken({ sub: "test:partner-l", roles: ["partner"], org: id("L") });
        const ben = await mintToken({ sub: id("Ben"), roles: ["employee"] });
        const issue = `mutation($p: ID!) { issueCredential(personId: $p, credentialId: "${id("CL")}", issuedAt: "2026-02-01T00:00:00Z") { personId verified } }`;
        const confirm = `mutation($p: ID!) { confirmCompletion(personId: $p, courseId: "${id("K")}", completedAt: "2026-02-01T00:00:00Z") { personId verified } }`;
        const refusal = async (query: string, personId: string) =>
            JSON.stringify(
                (await as(partner, query, { p: personId })).errors?.map(({ extensions: { requestId: _requestId, ...extensions }, ...error }) => ({
                    ...error,
                    extensions,
                })),
            ).replaceAll(personId, "ID");
        const partnersOf = (token: string) =>
            ok<{ me: { sharing: { learningPartners: string[] } } }>(token, `{ me { sharing { learningPartners } } }`).then(
                (d) => d.me.sharing.learningPartners,
            );
        const choose = (token: string, ids: string[]) =>
            as<{ setSharing: { learningPartners: string[] } }>(
                token,
                `mutation($o: [ID!]) { setSharing(input: { learningPartners: $o }) { learningPartners } }`,
                {
                    o: ids,
                },
            );
        const ties = () =>
            api.cypher<{ person: string; tie: string }>(
                `MATCH (x:Person)-[t:HOLDS|COMPLETED]->(n) WHERE x.id IN [$p + 'Ada', $p + 'Ben'] AND n.id IN [$p + 'CL', $p + 'K']
                 RETURN x.id AS person, type(t) + CASE WHEN t.verified THEN ' verified' ELSE '' END AS tie ORDER BY person, tie`,
                { p },
            );

        // Neither Ada nor Ben has a tie to L yet: refused exactly like an id nobody has, and nothing is written.
        for (const query of [issue, confirm]) {
            const unknown = await refusal(query, id("nobody"));
            expect(unknown).toContain('"FORBIDDEN"');
            expect(await refusal(query, id("Ada"))).toBe(unknown);
            expect(await refusal(query, id("Ben"))).toBe(unknown);
        }
        expect(await ties()).toEqual([]);

        // Ada names L a learning partner; an unknown organisation is refused and changes nothing.
        expect((await choose(tokens.ada, [id("L"), id("no-such-org")])).errors?.[0].extensions).toMatchObject({
            code: "NOT_FOUND",
            field: "input.learningPartners",
        });
        expect(await partnersOf(tokens.ada)).toEqual([]);
        expect((await choose(tokens.ada, [id("L")])).data?.setSharing.learningPartners).toEqual([id("L")]);
        expect(await partnersOf(tokens.ada)).toEqual([id("L")]);
        // Ben records L's course himself: L may now confirm it.
        await ok(ben, `mutation { recordCompletion(courseId: "${id("K")}", completedAt: "2026-01-15T00:00:00Z") { verified } }`);

        expect((await ok<{ issueCredential: unknown }>(partner, issue, { p: id("Ada") })).issueCredential).toEqual({ personId: id("Ada"), verified: true });
        expect((await ok<{ confirmCompletion: unknown }>(partner, confirm, { p: id("Ben") })).confirmCompletion).toEqual({
            personId: id("Ben"),
            verified: true,
        });
        expect(await ties()).toEqual([
            { person: id("Ada"), tie: "HOLDS verified" },
            { person: id("Ben"), tie: "COMPLETED verified" },
        ]);

        // Ada withdraws her consent, but she now holds L's credential: still L's learner. Another provider is not.
        expect((await choose(tokens.ada, [])).data?.setSharing.learningPartners).toEqual([]);
        expect((await ok<{ confirmCompletion: unknown }>(partner, confirm, { p: id("Ada") })).confirmCompletion).toEqual({
            personId: id("Ada"),
            verified: true,
        });
        const other = await mintToken({ sub: "test:partner-l2", roles: ["partner"], org: id("L2") });
        await api.cypher(
            `MATCH (l2:Organization {id: $p + 'L2'}) CREATE (l2)-[:AWARDS]->(:Credential {id: $p + 'CL2', title: 'Credential CL2', learningOutcomes: [], assessmentType: 'EXAM', participationForm: 'ONLINE'})`,
            { p },
        );
        const foreign = await as(other, `mutation { issueCredential(personId: "${id("Ada")}", credentialId: "${id("CL2")}") { verified } }`);
        expect(foreign.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "personId" });
    });
});
