import { type GraphQLField, type GraphQLObjectType, getNamedType, isListType, isNonNullType, isObjectType } from "graphql";
import { buildSchema } from "../../src/schema/build-schema";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";
import { mintToken } from "../../tools/harness/tokens";

/**
 * The README's access matrix, run: every generated query and mutation and every hand-written operation under every
 * audience. Denied means FORBIDDEN or UNAUTHENTICATED with no data, or (for list reads the rules filter) an answer
 * that holds only what the audience may see.
 *
 * Fixture: units U1 > U1a and U2; people E1 (U1a), E3 (U1), E2 (U2); team T (U1a) with E1 and E2; skill S held by
 * E1 and E2; role R requiring S; organisations O1 (provides K1, awards C1) and O2 (awards C2).
 */
let api: TestApi;
const p = uniquePrefix("access");
const id = (key: string) => `${p}${key}`;

type Audience = "anonymous" | "employee" | "planner" | "partner" | "admin";
const AUDIENCES: Audience[] = ["anonymous", "employee", "planner", "partner", "admin"];
const tokens: Record<Audience, string | null> = { anonymous: null, employee: null, planner: null, partner: null, admin: null };

beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `CREATE (u1:OrgUnit {id: $p + 'U1', name: 'U1'}), (u1a:OrgUnit {id: $p + 'U1a', name: 'U1a'})-[:SUB_UNIT_OF]->(u1), (u2:OrgUnit {id: $p + 'U2', name: 'U2'})
         CREATE (s:Skill {id: $p + 'S', name: 'skill S', taxonomy: 'INTERNAL', altLabels: [], tags: []})
         CREATE (r:Role {id: $p + 'R', title: 'role R', taxonomy: 'INTERNAL', altTitles: [], tags: []})-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s)
         CREATE (o1:Organization {id: $p + 'O1', name: 'O1', kinds: ['TRAINING_PROVIDER', 'CREDENTIAL_ISSUER']}), (o2:Organization {id: $p + 'O2', name: 'O2', kinds: ['CREDENTIAL_ISSUER']})
         CREATE (o1)-[:PROVIDES]->(:Course {id: $p + 'K1', title: 'K1', durationMinutes: 30, cost: 10.0, currency: 'EUR', format: 'ONLINE', language: 'en'})-[:TEACHES {level: 3}]->(s)
         CREATE (o1)-[:AWARDS]->(c1:Credential {id: $p + 'C1', title: 'C1', learningOutcomes: [], participationForms: []})-[:CERTIFIES {level: 3}]->(s)
         CREATE (o2)-[:AWARDS]->(:Credential {id: $p + 'C2', title: 'C2', learningOutcomes: [], participationForms: []})
         WITH u1, u1a, u2, s, r
         UNWIND [['E1', u1a], ['E2', u2], ['E3', u1]] AS row
         WITH s, r, row[0] AS key, row[1] AS unit
         CREATE (x:Person {id: $p + key, name: 'Person ' + key, email: $p + key + '@example.com', availability: 1.0})-[:MEMBER_OF]->(unit)
         CREATE (x)-[:HAS_ROLE {since: date('2024-01-01')}]->(r)
         FOREACH (_ IN CASE WHEN key IN ['E1', 'E2'] THEN [1] ELSE [] END |
           CREATE (x)-[:HAS_SKILL {level: 3, source: 'MANAGER', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(s))`,
        { p },
    );
    await api.cypher(
        `MATCH (u:OrgUnit {id: $p + 'U1a'}), (e1:Person {id: $p + 'E1'}), (e2:Person {id: $p + 'E2'})
         CREATE (t:Team {id: $p + 'T', name: 'Team T'})-[:IN_UNIT]->(u), (e1)-[:ON_TEAM {allocation: 0.5}]->(t), (e2)-[:ON_TEAM {allocation: 0.5}]->(t)`,
        { p },
    );
    tokens.employee = await mintToken({ sub: id("E1"), roles: ["employee"] });
    tokens.planner = await mintToken({ sub: "test:planner", roles: ["planner"], orgUnits: [id("U1")] });
    tokens.partner = await mintToken({ sub: "test:partner", roles: ["partner"], org: id("O1") });
    tokens.admin = await mintToken({ sub: "test:admin", roles: ["admin"] });
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

const as = (audience: Audience, query: string, variables: Record<string, unknown> = {}) => api.post({ query, variables }, tokens[audience]);
/** A refusal as the caller sees it, with the person id asked about blanked and the request id left out. */
const refusal = (response: GraphQLResponse<unknown>, personId: string) =>
    JSON.stringify((response.errors ?? []).map(({ extensions: { requestId: _requestId, ...extensions }, ...error }) => ({ ...error, extensions }))).replaceAll(
        personId,
        "ID",
    );
const codes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions.code);
const denied = (response: GraphQLResponse<unknown>) => {
    const got = codes(response);
    const refused = got.length > 0 && got.every((code) => code === "FORBIDDEN" || code === "UNAUTHENTICATED") && (response.data ?? null) === null;
    expect(refused ? "denied" : JSON.stringify(response).slice(0, 600)).toBe("denied");
};
const allowed = (response: GraphQLResponse<unknown>) => {
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, unknown>;
};
const ours = (ids: string[]) =>
    ids
        .filter((x) => x.startsWith(p))
        .map((x) => x.slice(p.length))
        .sort();

/** Node types whose instances anyone may read; the rest need a token. */
const CATALOGUE = new Set(["Skill", "SkillGroup", "Role", "OccupationGroup", "Organization", "Course", "Credential"]);
const PROTECTED = new Set(["Person", "Team", "OrgUnit"]);

describe("every generated query under every audience", () => {
    let fields: GraphQLField<unknown, unknown>[] = [];
    beforeAll(async () => {
        const schema = await buildSchema();
        fields = Object.values(schema.getQueryType()!.getFields()).filter((field) => {
            const type = getNamedType(field.type);
            const generated = field.args.every((arg) => !isNonNullType(arg.type)); // searchSkills is hand-written
            return generated && isObjectType(type) && (CATALOGUE.has(type.name) || PROTECTED.has(type.name) || /Connection$/.test(type.name));
        });
    });

    const nodeTypeOf = (field: GraphQLField<unknown, unknown>) => {
        const type = getNamedType(field.type) as GraphQLObjectType;
        if (!/Connection$/.test(type.name)) return type.name;
        const edge = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
        return getNamedType(edge.getFields().node.type).name;
    };
    const documentFor = (field: GraphQLField<unknown, unknown>) => {
        const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
        return list ? `{ ${field.name}(limit: 1) { id } }` : `{ ${field.name}(first: 1) { totalCount edges { node { id } } } }`;
    };

    it("covers every node type's list and connection", () => {
        const types = new Set(fields.map(nodeTypeOf));
        expect([...types].sort()).toEqual([...CATALOGUE, ...PROTECTED].sort());
        expect(fields.length).toBeGreaterThanOrEqual(2 * types.size);
    });

    it.each(AUDIENCES)("as %s: catalogue types answer, people, teams and units need a token", async (audience) => {
        for (const field of fields) {
            const response = await as(audience, documentFor(field));
            const type = nodeTypeOf(field);
            if (CATALOGUE.has(type) || audience !== "anonymous") allowed(response);
            else denied(response);
        }
    });
});

describe("people, teams and units: each audience sees only its share", () => {
    const people = `query($ids: [ID!]!) { people(where: { id: { in: $ids } }) { id } peopleConnection(where: { id: { in: $ids } }) { totalCount } }`;
    const nested = `query($s: ID!) { skills(where: { id: { eq: $s } }) { heldBy { id } } }`;
    const team = `query($t: ID!) { teams(where: { id: { eq: $t } }) { id members { id } } }`;

    it.each([
        ["employee", ["E1"]],
        ["planner", ["E1", "E3"]],
        ["partner", []],
        ["admin", ["E1", "E2", "E3"]],
    ] as const)("as %s, people reads (lists, counts, nested in the catalogue) hold %j", async (audience, expected) => {
        const data = allowed(await as(audience, people, { ids: ["E1", "E2", "E3"].map(id) })) as {
            people: { id: string }[];
            peopleConnection: { totalCount: number };
        };
        expect(ours(data.people.map((x) => x.id))).toEqual([...expected]);
        expect(data.peopleConnection.totalCount).toBe(expected.length);
        const holders = allowed(await as(audience, nested, { s: id("S") })) as { skills: { heldBy: { id: string }[] }[] };
        expect(ours(holders.skills[0].heldBy.map((x) => x.id))).toEqual(expected.filter((key) => key !== "E3"));
    });

    it("anonymous reads of people fail with UNAUTHENTICATED, also nested in the catalogue", async () => {
        denied(await as("anonymous", people, { ids: [id("E1")] }));
        denied(await as("anonymous", nested, { s: id("S") }));
    });

    it.each([
        ["employee", ["E1"]],
        ["planner", ["E1"]],
        ["admin", ["E1", "E2"]],
    ] as const)("as %s, team T's members are %j", async (audience, members) => {
        const data = allowed(await as(audience, team, { t: id("T") })) as { teams: { members: { id: string }[] }[] };
        expect(ours(data.teams[0].members.map((x) => x.id))).toEqual([...members]);
    });

    it.each(AUDIENCES)("as %s, filtering or sorting on a person's email is for admins only", async (audience) => {
        const email = `${id("E3")}@example.com`;
        const attempts = [
            [`query($e: EmailAddress!) { people(where: { email: { eq: $e } }) { id } }`, { e: email }],
            [`query($w: PersonWhere) { people(where: $w) { id } }`, { w: { email: { eq: email } } }],
            [`query($w: PersonWhere) { credentials(where: { holders: { some: $w } }) { id } }`, { w: { email: { eq: email } } }],
            [`{ people(sort: [{ email: ASC }], limit: 1) { id } }`, {}],
        ] as const;
        for (const [query, variables] of attempts) {
            const response = await as(audience, query, variables);
            if (audience === "admin") allowed(response);
            else denied(response);
        }
    });

    it("a partner sees no team", async () => {
        expect((allowed(await as("partner", team, { t: id("T") })) as { teams: unknown[] }).teams).toEqual([]);
    });
});

describe("every generated mutation under every audience", () => {
    let mutations: string[] = [];
    beforeAll(async () => {
        const schema = await buildSchema();
        const handWritten = new Set([
            "addSelfAssessment",
            "withdrawSelfAssessment",
            "recordCompletion",
            "erasePerson",
            "confirmCompletion",
            "setSharing",
            "setAspirations",
            "recordManagerAssessment",
            "issueCredential",
            "issueCredentials",
            "claimCredential",
            "revokeCredential",
            "importCredential",
            "recheckImportedCredentials",
            "suggestCourseSkills",
            "suggestRoleRequirements",
            "acceptSkillSuggestion",
            "rejectSkillSuggestion",
        ]);
        mutations = Object.keys(schema.getMutationType()!.getFields()).filter((name) => !handWritten.has(name));
    });
    const partnerMay = (name: string) => /^((create|update|delete)(Courses|Credentials)|updateOrganizations)$/.test(name);
    /** A harmless call: delete or update nothing, create nothing. */
    const documentFor = (name: string) =>
        name.startsWith("delete")
            ? `mutation { ${name}(where: { id: { eq: "${p}none" } }) { nodesDeleted } }`
            : name.startsWith("update")
              ? `mutation { ${name}(where: { id: { eq: "${p}none" } }) { info { nodesCreated } } }`
              : `mutation { ${name}(input: []) { info { nodesCreated } } }`;

    it("covers create, update and delete of every node type", () => {
        expect(mutations.length).toBe(3 * (CATALOGUE.size + PROTECTED.size));
    });

    it.each(AUDIENCES)("as %s", async (audience) => {
        for (const name of mutations) {
            const response = await as(audience, documentFor(name));
            if (audience === "admin" || (audience === "partner" && partnerMay(name))) allowed(response);
            else denied(response);
        }
    });
});

describe("partners write only their own organisation's courses and credentials", () => {
    // A course's provider is a single relationship, which @neo4j/graphql 7 creates only nested: from the organisation.
    const publish = `mutation($org: ID!, $id: ID!) {
        updateOrganizations(where: { id: { eq: $org } }, update: { courses: [{ create: [{ node: {
            id: $id, title: "Partner course", durationMinutes: 20, cost: 0, currency: "EUR", format: ONLINE, language: "en" } }] }] }) { organizations { id } }
    }`;
    const orphan = `mutation($id: ID!) { createCourses(input: [{ id: $id, title: "Orphan", durationMinutes: 20, cost: 0, currency: "EUR", format: ONLINE, language: "en" }]) { courses { id } } }`;
    const count = async (courseId: string) =>
        Number((await api.cypher<{ n: number }>("MATCH (c:Course {id: $id}) RETURN count(c) AS n", { id: courseId }))[0].n);

    it("publishes a course under its own organisation", async () => {
        allowed(await as("partner", publish, { org: id("O1"), id: id("K-own") }));
        expect(await count(id("K-own"))).toBe(1);
    });

    it("cannot publish under another organisation, nor a course without provider, and nothing is written", async () => {
        denied(await as("partner", publish, { org: id("O2"), id: id("K-other") }));
        denied(await as("partner", orphan, { id: id("K-orphan") }));
        expect([await count(id("K-other")), await count(id("K-orphan"))]).toEqual([0, 0]);
    });

    it("cannot update another organisation's credential", async () => {
        const update = `mutation($id: ID!) { updateCredentials(where: { id: { eq: $id } }, update: { title: { set: "taken over" } }) { credentials { id } } }`;
        denied(await as("partner", update, { id: id("C2") }));
        expect((await api.cypher<{ title: string }>("MATCH (c:Credential {id: $id}) RETURN c.title AS title", { id: id("C2") }))[0].title).toBe("C2");
    });
});

describe("nested connects, disconnects and filters that reach people, teams and units", () => {
    const holding = { issuedAt: "2026-01-01T00:00:00Z", verified: true };
    const links = (key: string) =>
        api
            .cypher<{ n: number }>("MATCH (p:Person {id: $person})-[h:HOLDS]->(:Credential {id: $credential}) RETURN count(h) AS n", {
                person: id(key),
                credential: id("C1"),
            })
            .then(([row]) => Number(row.n));
    // Every way a generated mutation could reach a person, team or unit; only admins may, so the answer cannot tell
    // whether the person exists. [name, document, variables]
    const reaches: [string, string, Record<string, unknown>][] = [
        [
            "connect a holder to the partner's own credential (bypassing issueCredential)",
            `mutation($c: ID!, $person: ID!, $edge: CredentialHoldingCreateInput!) { updateCredentials(where: { id: { eq: $c } }, update: { holders: [{ connect: [{ where: { node: { id: { eq: $person } } }, edge: $edge }] }] }) { credentials { id } } }`,
            { c: id("C1"), person: id("E3"), edge: holding },
        ],
        [
            "the same with an unknown person id",
            `mutation($c: ID!, $person: ID!, $edge: CredentialHoldingCreateInput!) { updateCredentials(where: { id: { eq: $c } }, update: { holders: [{ connect: [{ where: { node: { id: { eq: $person } } }, edge: $edge }] }] }) { credentials { id } } }`,
            { c: id("C1"), person: id("nobody"), edge: holding },
        ],
        [
            "connect a holder by email",
            `mutation($c: ID!, $email: EmailAddress!, $edge: CredentialHoldingCreateInput!) { updateCredentials(where: { id: { eq: $c } }, update: { holders: [{ connect: [{ where: { node: { email: { eq: $email } } }, edge: $edge }] }] }) { credentials { id } } }`,
            { c: id("C1"), email: `${id("E3")}@example.com`, edge: holding },
        ],
        [
            "disconnect holders",
            `mutation($c: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { holders: [{ disconnect: [{ where: { node: { id: { eq: "x" } } } }] }] }) { credentials { id } } }`,
            { c: id("C1") },
        ],
        [
            "record a completion of the partner's own course",
            `mutation($k: ID!, $person: ID!) { updateCourses(where: { id: { eq: $k } }, update: { completedBy: [{ connect: [{ where: { node: { id: { eq: $person } } }, edge: { completedAt: "2026-01-01T00:00:00Z" } }] }] }) { courses { id } } }`,
            { k: id("K1"), person: id("E3") },
        ],
        [
            "filter the credentials to update by a holder's email (an existence probe)",
            `mutation($c: ID!, $email: EmailAddress!) { updateCredentials(where: { id: { eq: $c }, holders: { some: { email: { eq: $email } } } }, update: { title: { set: "C1" } }) { credentials { id } } }`,
            { c: id("C1"), email: `${id("E1")}@example.com` },
        ],
        [
            "count holders in a filter",
            `mutation($c: ID!) { updateCredentials(where: { id: { eq: $c }, holdersConnection: { aggregate: { count: { nodes: { gt: 0 } } } } }, update: { title: { set: "C1" } }) { credentials { id } } }`,
            { c: id("C1") },
        ],
        [
            "remove a completion of the partner's own course",
            `mutation($k: ID!, $person: ID!) { updateCourses(where: { id: { eq: $k } }, update: { completedBy: [{ disconnect: [{ where: { node: { id: { eq: $person } } } }] }] }) { courses { id } } }`,
            { k: id("K1"), person: id("E3") },
        ],
        [
            "detach an org unit from the partner's organisation",
            `mutation($o: ID!, $u: ID!) { updateOrganizations(where: { id: { eq: $o } }, update: { orgUnits: [{ disconnect: [{ where: { node: { id: { eq: $u } } } }] }] }) { organizations { id } } }`,
            { o: id("O1"), u: id("U1") },
        ],
        [
            "attach the partner's organisation to an org unit",
            `mutation($o: ID!, $u: ID!) { updateOrganizations(where: { id: { eq: $o } }, update: { orgUnits: [{ connect: [{ where: { node: { id: { eq: $u } } } }] }] }) { organizations { id } } }`,
            { o: id("O1"), u: id("U1") },
        ],
    ];

    it.each(reaches)("as a partner, %s: FORBIDDEN, the same for any id, and nothing is written", async (_name, query, variables) => {
        const response = await as("partner", query, variables);
        denied(response);
        expect(response.errors![0].message).toMatch(/^Only admins may link, filter or change people, teams and org units/);
        expect(await links("E3")).toBe(0);
    });

    it.each(["anonymous", "employee", "planner"] as const)("as %s, every one of them is refused before it runs", async (audience) => {
        for (const [, query, variables] of reaches) denied(await as(audience, query, variables));
        expect(await links("E3")).toBe(0);
    });

    it("an admin may connect a holder (and disconnect it again)", async () => {
        const [, connect, variables] = reaches[0];
        allowed(await as("admin", connect, variables));
        expect(await links("E3")).toBe(1);
        const disconnect = `mutation($c: ID!, $person: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { holders: [{ disconnect: [{ where: { node: { id: { eq: $person } } } }] }] }) { credentials { id } } }`;
        allowed(await as("admin", disconnect, { c: id("C1"), person: id("E3") }));
        expect(await links("E3")).toBe(0);
    });

    it("a partner links what its courses teach and its credentials certify, and stacks its own credentials; others may not", async () => {
        await api.cypher(
            "MATCH (o:Organization {id: $o}) CREATE (o)-[:AWARDS]->(:Credential {id: $c, title: 'C1b', learningOutcomes: [], participationForms: []})",
            {
                o: id("O1"),
                c: id("C1b"),
            },
        );
        // Through the API, so that it knows the skill at once.
        allowed(
            await as("admin", `mutation($s: ID!) { createSkills(input: [{ id: $s, name: "skill S2", taxonomy: INTERNAL }]) { skills { id } } }`, {
                s: id("S2"),
            }),
        );
        const teaches = (verb: "connect" | "disconnect") =>
            verb === "connect"
                ? `mutation($k: ID!, $s: ID!) { updateCourses(where: { id: { eq: $k } }, update: { teaches: [{ connect: [{ where: { node: { id: { eq: $s } } }, edge: { level: 2 } }] }] }) { courses { id } } }`
                : `mutation($k: ID!, $s: ID!) { updateCourses(where: { id: { eq: $k } }, update: { teaches: [{ disconnect: [{ where: { node: { id: { eq: $s } } } }] }] }) { courses { id } } }`;
        const certifies = `mutation($c: ID!, $s: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { certifies: [{ connect: [{ where: { node: { id: { eq: $s } } }, edge: { level: 2 } }] }] }) { credentials { id } } }`;
        const stack = (verb: "connect" | "disconnect") =>
            verb === "connect"
                ? `mutation($c: ID!, $part: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { parts: [{ connect: [{ where: { node: { id: { eq: $part } } }, edge: { mandatory: true } }] }] }) { credentials { id } } }`
                : `mutation($c: ID!, $part: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { parts: [{ disconnect: [{ where: { node: { id: { eq: $part } } } }] }] }) { credentials { id } } }`;
        for (const audience of ["anonymous", "employee", "planner"] as const) {
            denied(await as(audience, teaches("connect"), { k: id("K1"), s: id("S2") }));
            denied(await as(audience, certifies, { c: id("C1b"), s: id("S2") }));
            denied(await as(audience, stack("connect"), { c: id("C1"), part: id("C1b") }));
        }
        allowed(await as("partner", teaches("connect"), { k: id("K1"), s: id("S2") }));
        allowed(await as("partner", teaches("disconnect"), { k: id("K1"), s: id("S2") }));
        allowed(await as("partner", certifies, { c: id("C1b"), s: id("S2") }));
        allowed(await as("partner", stack("connect"), { c: id("C1"), part: id("C1b") }));
        expect(await api.cypher("MATCH (:Credential {id: $c})<-[:PART_OF]-(p:Credential) RETURN p.id AS part", { c: id("C1") })).toEqual([{ part: id("C1b") }]);
        allowed(await as("partner", stack("disconnect"), { c: id("C1"), part: id("C1b") }));
        // Another issuer's credential is not the partner's to link in either direction.
        denied(await as("partner", certifies, { c: id("C2"), s: id("S2") }));
        allowed(await as("admin", stack("connect"), { c: id("C2"), part: id("C1b") }));
        denied(await as("partner", stack("disconnect"), { c: id("C2"), part: id("C1b") }));
        await api.cypher("MATCH (n) WHERE n.id IN [$c, $s] DETACH DELETE n", { c: id("C1b"), s: id("S2") });
    });

    it("a partner links its own courses and credentials to skills, but not another issuer's credential into its stack, nor skills to each other", async () => {
        const teach = `mutation($k: ID!, $s: ID!) { updateCourses(where: { id: { eq: $k } }, update: { prerequisites: [{ connect: [{ where: { node: { id: { eq: $s } } }, edge: { level: 1 } }] }] }) { courses { id } } }`;
        allowed(await as("partner", teach, { k: id("K1"), s: id("S") }));
        const untaught = `mutation($k: ID!, $s: ID!) { updateCourses(where: { id: { eq: $k } }, update: { prerequisites: [{ disconnect: [{ where: { node: { id: { eq: $s } } } }] }] }) { courses { id } } }`;
        allowed(await as("partner", untaught, { k: id("K1"), s: id("S") }));
        const stack = `mutation($c: ID!, $part: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { parts: [{ connect: [{ where: { node: { id: { eq: $part } } }, edge: { mandatory: true } }] }] }) { credentials { id } } }`;
        denied(await as("partner", stack, { c: id("C1"), part: id("C2") }));
        const taxonomy = `mutation($k: ID!, $s: ID!) { updateCourses(where: { id: { eq: $k } }, update: { teaches: [{ update: { node: { relatedSkills: [{ connect: [{ where: { node: { id: { eq: $s } } }, edge: { importance: OPTIONAL } }] }] } } }] }) { courses { id } } }`;
        const response = await as("partner", taxonomy, { k: id("K1"), s: id("S") });
        expect(codes(response)).toContain("FORBIDDEN");
        const counts = await api.cypher<{ parts: number; related: number }>(
            "MATCH (s:Skill {id: $p + 'S'}) RETURN COUNT { (:Credential)-[:PART_OF]->(:Credential {id: $p + 'C1'}) } AS parts, COUNT { (s)-[:RELATED_TO]-() } AS related",
            { p },
        );
        expect([Number(counts[0].parts), Number(counts[0].related)]).toEqual([0, 0]);
    });
});

describe("hand-written queries under every audience", () => {
    type Expect = Record<Audience, "ok" | "denied">;
    const cases: [string, string, Record<string, unknown>, Expect][] = [
        [
            "me (who the token is)",
            `{ me { subject audiences person { id name } sharing { inRankings contactToPlanners } orgUnits { id name } organization { id name } } }`,
            {},
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "exportMyData (everything held about oneself)",
            `{ exportMyData }`,
            {},
            { anonymous: "denied", employee: "ok", planner: "denied", partner: "denied", admin: "denied" },
        ],
        [
            "credentialHolders of one's own credential (listed holders only; every holder for admins)",
            `query($c: ID!) { credentialHolders(credentialId: $c) { credentialId holders { personId name issuedAt expiresAt verified } notListed } }`,
            { c: "C1" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "ok", admin: "ok" },
        ],
        [
            "credentialHolders of another issuer's credential",
            `query($c: ID!) { credentialHolders(credentialId: $c) { notListed } }`,
            { c: "C2" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "me.sharing with the holdings listed to their issuers and the learning partners",
            `{ me { sharing { inRankings contactToPlanners holdingsListedToIssuers learningPartners } } }`,
            {},
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "wallet (one's own credential holdings)",
            `{ wallet { holdingId } }`,
            {},
            { anonymous: "denied", employee: "ok", planner: "denied", partner: "denied", admin: "denied" },
        ],
        [
            "wallet of a person",
            `query($p: ID!) { wallet(personId: $p) { holdingId } }`,
            { p: "E1" },
            { anonymous: "denied", employee: "ok", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "wallet of another person",
            `query($p: ID!) { wallet(personId: $p) { holdingId } }`,
            { p: "E2" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "credentialCompliance (catalogue)",
            `query($c: ID!) { credentialCompliance(credentialId: $c) { compliant missing } }`,
            { c: "C1" },
            { anonymous: "ok", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "ctdl (catalogue)",
            `query($c: ID) { ctdl(credentialId: $c) }`,
            { c: "C1" },
            { anonymous: "ok", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "verifyCredential (anyone)",
            `{ verifyCredential(credential: "a.b.c") { valid checks { check ok reason } } }`,
            {},
            { anonymous: "ok", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "myAccessLog (who read one's data)",
            `{ myAccessLog { actor audience operation at } }`,
            {},
            { anonymous: "denied", employee: "ok", planner: "denied", partner: "denied", admin: "denied" },
        ],
        [
            "accessLog of a person",
            `query($p: ID!) { accessLog(personId: $p) { actor audience operation at } }`,
            { p: "E1" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "skillGap for oneself",
            `query($p: ID!, $r: ID!) { skillGap(personId: $p, roleId: $r) { fit } }`,
            { p: "E1", r: "R" },
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "skillGap's evidence with its course and confidence (completed courses)",
            `query($p: ID!, $r: ID!) { skillGap(personId: $p, roleId: $r) { requirements { evidence { source confidence courseId courseTitle countsAs capped } } } }`,
            { p: "E1", r: "R" },
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "skillGap for someone outside every scope",
            `query($p: ID!, $r: ID!) { skillGap(personId: $p, roleId: $r) { fit } }`,
            { p: "E2", r: "R" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "learningPlan",
            `query($p: ID!, $r: ID!) { learningPlan(personId: $p, target: { roleId: $r }) { totalMinutes } }`,
            { p: "E1", r: "R" },
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "credentialProgress",
            `query($p: ID!, $c: ID!) { credentialProgress(personId: $p, credentialId: $c) { shareComplete } }`,
            { p: "E3", c: "C1" },
            { anonymous: "denied", employee: "denied", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "nearestCredentials",
            `query($p: ID!) { nearestCredentials(personId: $p) { credentialId } }`,
            { p: "E1" },
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "adjacentRoles from a person",
            `query($p: ID!) { adjacentRoles(personId: $p, first: 1) { rolesConsidered } }`,
            { p: "E2" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "adjacentRoles from a person, with the signals that ranked each role",
            `query($p: ID!) { adjacentRoles(personId: $p, first: 1) { signalsUsed { signal weight } roles { score rankedBecause signals { signal value weight contribution } } } }`,
            { p: "E2" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "growthPositions for a person in scope",
            `query($p: ID!) { growthPositions(personId: $p) { personName positionsConsidered positions { roleId fit transitionCost gap { skillId effectiveLevel } explanation } } }`,
            { p: "E1" },
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "growthPositions for a person out of scope",
            `query($p: ID!) { growthPositions(personId: $p) { positionsConsidered } }`,
            { p: "E2" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "adjacentRoles from a role",
            `query($r: ID!) { adjacentRoles(roleId: $r, first: 1) { rolesConsidered } }`,
            { r: "R" },
            { anonymous: "ok", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "careerPaths from a person",
            `query($p: ID!, $r: ID!) { careerPaths(from: { personId: $p }, toRoleId: $r) { reachable } }`,
            { p: "E1", r: "R" },
            { anonymous: "denied", employee: "ok", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "credentialStack",
            `query($c: ID!) { credentialStack(credentialId: $c) { rule } }`,
            { c: "C1" },
            { anonymous: "ok", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "candidatesForRole",
            `query($r: ID!) { candidatesForRole(roleId: $r) { edges { node { personId } } } }`,
            { r: "R" },
            { anonymous: "denied", employee: "denied", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "candidatesForRole in an uncovered unit",
            `query($r: ID!, $u: ID!) { candidatesForRole(roleId: $r, filter: { orgUnitId: $u }) { edges { node { personId } } } }`,
            { r: "R", u: "U2" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "benchStrength",
            `query($r: ID!) { benchStrength(roleId: $r, minFit: 0.1) { count } }`,
            { r: "R" },
            { anonymous: "denied", employee: "denied", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "skillSupplyDemand",
            `{ skillSupplyDemand(first: 1) { skillsInDemand } }`,
            {},
            { anonymous: "denied", employee: "denied", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "expiringCredentials",
            `{ expiringCredentials(withinDays: 30) { personId } }`,
            {},
            { anonymous: "denied", employee: "denied", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "tagSkills (catalogue data only)",
            `{ tagSkills(text: "We need a Java developer who knows PostgreSQL.", first: 3) { skill { id } score } }`,
            {},
            { anonymous: "ok", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "searchSkills, hybrid",
            `{ searchSkills(query: "databases", first: 3, mode: HYBRID) { id } }`,
            {},
            { anonymous: "ok", employee: "ok", planner: "ok", partner: "ok", admin: "ok" },
        ],
        [
            "skillSuggestions of a course the partner provides",
            `query($k: ID!) { skillSuggestions(courseId: $k) { id } }`,
            { k: "K1" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "ok", admin: "ok" },
        ],
        [
            "skillSuggestions of a role",
            `query($r: ID!) { skillSuggestions(roleId: $r) { id } }`,
            { r: "R" },
            { anonymous: "denied", employee: "denied", planner: "denied", partner: "denied", admin: "ok" },
        ],
        [
            "composeTeam",
            `query($s: ID!) { composeTeam(requirements: [{ skillId: $s, minLevel: 3 }]) { size members { personId } } }`,
            { s: "S" },
            { anonymous: "denied", employee: "denied", planner: "ok", partner: "denied", admin: "ok" },
        ],
        [
            "composeTeam's evidence with its course, confidence and narrower skill (completed courses, includeNarrower)",
            `query($s: ID!) { composeTeam(requirements: [{ skillId: $s, minLevel: 3 }]) { members { covers { evidence { source confidence courseId courseTitle countsAs capped skillName viaNarrower } } } } }`,
            { s: "S" },
            { anonymous: "denied", employee: "denied", planner: "ok", partner: "denied", admin: "ok" },
        ],
    ];
    const withIds = (variables: Record<string, unknown>) => Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, id(String(v))]));

    it.each(cases)("%s", async (_name, query, variables, expected) => {
        for (const audience of AUDIENCES) {
            const response = await as(audience, query, withIds(variables));
            if (expected[audience] === "ok") allowed(response);
            else denied(response);
        }
    });

    it("exportMyData gives the employee their profile and every relationship of theirs, naming the other end, and nobody else's", async () => {
        type Exported = { type: string; direction: string; properties: Record<string, unknown>; node: { labels: string[]; id: string; name: string } };
        const { exportMyData } = allowed(await as("employee", `{ exportMyData }`)) as {
            exportMyData: { format: string; personId: string; person: Record<string, unknown>; relationships: Exported[] };
        };
        expect([exportMyData.format, exportMyData.personId]).toEqual(["skillgraph-person-export/1", id("E1")]);
        expect(exportMyData.person).toMatchObject({ id: id("E1"), name: "Person E1", email: `${id("E1")}@example.com`, availability: 1 });
        const byType = (type: string) => exportMyData.relationships.filter((r) => r.type === type);
        expect(byType("MEMBER_OF").map((r) => [r.direction, r.node.id, r.node.name])).toEqual([["OUT", id("U1a"), "U1a"]]);
        expect(byType("HAS_ROLE").map((r) => [r.node.id, r.properties.since])).toEqual([[id("R"), "2024-01-01T00:00:00.000Z"]]);
        expect(byType("ON_TEAM").map((r) => [r.node.id, r.properties.allocation])).toEqual([[id("T"), 0.5]]);
        expect(byType("HAS_SKILL").find((r) => r.properties.source === "MANAGER")).toMatchObject({
            node: { labels: ["Skill"], id: id("S"), name: "skill S" },
            properties: { level: 3, assessedAt: "2025-01-01T00:00:00.000Z" },
        });
        expect(JSON.stringify(exportMyData)).not.toContain(id("E2"));
    });

    it("me names each audience's own share: the employee's person, the planner's units, the partner's organisation", async () => {
        const me = async (audience: Audience) =>
            (
                allowed(await as(audience, `{ me { subject audiences person { id name } orgUnits { id name } organization { id name } } }`)) as {
                    me: Record<string, unknown>;
                }
            ).me;
        expect(await me("employee")).toEqual({
            subject: id("E1"),
            audiences: ["EMPLOYEE"],
            person: { id: id("E1"), name: "Person E1" },
            orgUnits: [],
            organization: null,
        });
        expect(await me("planner")).toEqual({
            subject: "test:planner",
            audiences: ["PLANNER"],
            person: null,
            orgUnits: [{ id: id("U1"), name: "U1" }],
            organization: null,
        });
        expect(await me("partner")).toEqual({
            subject: "test:partner",
            audiences: ["PARTNER"],
            person: null,
            orgUnits: [],
            organization: { id: id("O1"), name: "O1" },
        });
        expect(await me("admin")).toEqual({ subject: "test:admin", audiences: ["ADMIN"], person: null, orgUnits: [], organization: null });
        expect(codes(await as("anonymous", `{ me { subject } }`))).toEqual(["UNAUTHENTICATED"]);
    });

    it("a planner's candidates and teams come from the units they cover only", async () => {
        const data = allowed(await as("planner", `query($r: ID!) { candidatesForRole(roleId: $r) { edges { node { personId } } } }`, { r: id("R") })) as {
            candidatesForRole: { edges: { node: { personId: string } }[] };
        };
        expect(ours(data.candidatesForRole.edges.map((e) => e.node.personId))).toEqual(["E1"]);
        const team = allowed(
            await as("planner", `query($s: ID!) { composeTeam(requirements: [{ skillId: $s, minLevel: 3 }]) { members { personId } } }`, { s: id("S") }),
        ) as {
            composeTeam: { members: { personId: string }[] };
        };
        expect(ours(team.composeTeam.members.map((m) => m.personId))).toEqual(["E1"]);
    });
});

describe("hand-written mutations under every audience", () => {
    const evidence = async (personId: string, source: string) =>
        Number(
            (await api.cypher<{ n: number }>("MATCH (:Person {id: $id})-[e:HAS_SKILL {source: $source}]->() RETURN count(e) AS n", { id: personId, source }))[0]
                .n,
        );

    const evidenceOn = async (personId: string, skillId: string) =>
        Object.fromEntries(
            (
                await api.cypher<{ source: string; n: number }>(
                    "MATCH (:Person {id: $p})-[e:HAS_SKILL]->(:Skill {id: $s}) RETURN e.source AS source, count(e) AS n ORDER BY source",
                    { p: personId, s: skillId },
                )
            ).map((row) => [row.source, Number(row.n)]),
        );

    it("addSelfAssessment: employees only, for themselves", async () => {
        const query = `mutation($s: ID!) { addSelfAssessment(skillId: $s, level: 2) { personId source level } }`;
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, query, { s: id("S") }));
        expect(await evidence(id("E1"), "SELF")).toBe(0);
        const data = allowed(await as("employee", query, { s: id("S") })) as { addSelfAssessment: { personId: string; source: string } };
        expect(data.addSelfAssessment).toMatchObject({ personId: id("E1"), source: "SELF" });
        expect(await evidence(id("E1"), "SELF")).toBe(1);
    });

    it("setSharing: employees only, for themselves; me.sharing only for them", async () => {
        const query = `mutation($ranked: Boolean, $contact: Boolean) { setSharing(input: { inRankings: $ranked, contactToPlanners: $contact }) { inRankings contactToPlanners } }`;
        const stored = async () =>
            (
                await api.cypher<{ ranked: boolean | null; contact: boolean | null }>(
                    "MATCH (p:Person {id: $e}) RETURN p.sharesInRankings AS ranked, p.sharesContact AS contact",
                    { e: id("E1") },
                )
            )[0];
        const opposite = { ranked: false, contact: true };
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, query, opposite));
        expect(await stored()).toEqual({ ranked: null, contact: null });
        expect((allowed(await as("employee", query, opposite)) as { setSharing: unknown }).setSharing).toEqual({ inRankings: false, contactToPlanners: true });
        expect(await stored()).toEqual({ ranked: false, contact: true });
        allowed(await as("employee", query, { ranked: true, contact: false }));
        expect(await stored()).toEqual({ ranked: true, contact: false });
        for (const audience of ["planner", "partner", "admin"] as const)
            expect((allowed(await as(audience, `{ me { sharing { inRankings } } }`)) as { me: { sharing: unknown } }).me.sharing).toBeNull();

        const partners = `mutation($o: [ID!]) { setSharing(input: { learningPartners: $o }) { learningPartners } }`;
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, partners, { o: [id("O1")] }));
        const storedPartners = async () =>
            (await api.cypher<{ partners: string[] | null }>("MATCH (p:Person {id: $e}) RETURN p.learningPartnerIds AS partners", { e: id("E1") }))[0].partners;
        expect(await storedPartners()).toBeNull();
        expect((allowed(await as("employee", partners, { o: [id("O1")] })) as { setSharing: unknown }).setSharing).toEqual({ learningPartners: [id("O1")] });
        expect(await storedPartners()).toEqual([id("O1")]);
        allowed(await as("employee", partners, { o: [] }));
        expect(await storedPartners()).toEqual([]);
    });

    it("a person's email: the person and admins; contactEmail: planners too where the person shares it", async () => {
        const read = (field: string) => `query($ids: [ID!]!) { people(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id ${field} } }`;
        const ids = { ids: [id("E1"), id("E3")] };
        const emails = (data: unknown) =>
            (data as { people: ({ id: string } & Record<string, string | null>)[] }).people.map((x) => [
                x.id.slice(p.length),
                Object.values(x)[1]?.slice(p.length) ?? null,
            ]);
        expect(emails(allowed(await as("employee", read("email"), ids)))).toEqual([["E1", "E1@example.com"]]);
        expect(emails(allowed(await as("admin", read("email"), ids)))).toEqual([
            ["E1", "E1@example.com"],
            ["E3", "E3@example.com"],
        ]);
        denied(await as("planner", read("email"), ids));
        denied(await as("anonymous", read("email"), ids));
        expect(emails(allowed(await as("partner", read("email"), ids)))).toEqual([]);
        expect(emails(allowed(await as("employee", read("contactEmail"), ids)))).toEqual([["E1", "E1@example.com"]]);
        expect(emails(allowed(await as("planner", read("contactEmail"), ids)))).toEqual([
            ["E1", null],
            ["E3", null],
        ]);
        await api.cypher("MATCH (p:Person {id: $e}) SET p.sharesContact = true", { e: id("E3") });
        try {
            expect(emails(allowed(await as("planner", read("contactEmail"), ids)))).toEqual([
                ["E1", null],
                ["E3", "E3@example.com"],
            ]);
        } finally {
            await api.cypher("MATCH (p:Person {id: $e}) REMOVE p.sharesContact", { e: id("E3") });
        }
        expect(emails(allowed(await as("admin", read("contactEmail"), ids)))).toEqual([
            ["E1", "E1@example.com"],
            ["E3", "E3@example.com"],
        ]);
        denied(await as("anonymous", read("contactEmail"), ids));
        expect(emails(allowed(await as("partner", read("contactEmail"), ids)))).toEqual([]);
    });

    it("withdrawSelfAssessment: employees only, their own self-assessments only", async () => {
        const query = `mutation($s: ID!) { withdrawSelfAssessment(skillId: $s) }`;
        await api.cypher(
            `MATCH (p:Person {id: $e})
             CREATE (s:Skill {id: $s, name: 'skill SW', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                    (p)-[:HAS_SKILL {source: 'SELF', level: 3, confidence: 0.5, assessedAt: datetime('2026-01-01T00:00:00Z')}]->(s),
                    (p)-[:HAS_SKILL {source: 'MANAGER', level: 2, confidence: 0.8, assessedAt: datetime('2026-01-01T00:00:00Z')}]->(s)`,
            { e: id("E1"), s: id("SW") },
        );
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, query, { s: id("SW") }));
        expect(await evidenceOn(id("E1"), id("SW"))).toEqual({ MANAGER: 1, SELF: 1 });
        expect((allowed(await as("employee", query, { s: id("SW") })) as { withdrawSelfAssessment: number }).withdrawSelfAssessment).toBe(1);
        expect(await evidenceOn(id("E1"), id("SW"))).toEqual({ MANAGER: 1 });
        expect((allowed(await as("employee", query, { s: id("SW") })) as { withdrawSelfAssessment: number }).withdrawSelfAssessment).toBe(0);
    });

    it("recordCompletion: employees only, for themselves, unverified, never over a verified completion", async () => {
        const record = `mutation($k: ID!, $at: DateTime, $url: URL) { recordCompletion(courseId: $k, completedAt: $at, evidenceUrl: $url) { personId courseId completedAt verified } }`;
        const completion = async (personId: string, courseId: string) =>
            (
                await api.cypher<{ at: string | null; verified: boolean | null; url: string | null }>(
                    "MATCH (:Person {id: $p})-[d:COMPLETED]->(:Course {id: $k}) RETURN toString(d.completedAt) AS at, d.verified AS verified, d.evidenceUrl AS url",
                    { p: personId, k: courseId },
                )
            )[0];
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, record, { k: id("K1") }));
        expect(await completion(id("E1"), id("K1"))).toBeUndefined();
        const data = allowed(await as("employee", record, { k: id("K1"), at: "2026-02-01T00:00:00Z" })) as { recordCompletion: unknown };
        expect(data.recordCompletion).toEqual({ personId: id("E1"), courseId: id("K1"), completedAt: "2026-02-01T00:00:00.000Z", verified: false });
        allowed(await as("employee", record, { k: id("K1"), at: "2026-02-03T00:00:00Z", url: "https://example.org/certificate/1" }));
        expect(await completion(id("E1"), id("K1"))).toEqual({ at: "2026-02-03T00:00:00Z", verified: false, url: "https://example.org/certificate/1" });
        // Once the provider's or an admin's record is there, the person's own leaves it as it is.
        await api.cypher("MATCH (:Person {id: $p})-[d:COMPLETED]->(:Course {id: $k}) SET d.verified = true", { p: id("E1"), k: id("K1") });
        const kept = allowed(await as("employee", record, { k: id("K1"), at: "2026-02-05T00:00:00Z" })) as { recordCompletion: unknown };
        expect(kept.recordCompletion).toMatchObject({ completedAt: "2026-02-03T00:00:00.000Z", verified: true });

        const future = await as("employee", record, { k: id("K1"), at: "2099-01-01T00:00:00Z" });
        expect(future.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "completedAt" });
        const unknown = await as("employee", record, { k: id("no-such-course") });
        expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "courseId" });
    });

    it("confirmCompletion: partners for the courses they provide, admins for any; verified, over the person's own record", async () => {
        const confirm = `mutation($p: ID!, $k: ID!) { confirmCompletion(personId: $p, courseId: $k, completedAt: "2026-03-01T00:00:00Z") { personId courseId verified } }`;
        const completion = async (courseId: string) =>
            (
                await api.cypher<{ verified: boolean; by: string | null }>(
                    "MATCH (:Person {id: $p})-[d:COMPLETED]->(:Course {id: $k}) RETURN d.verified AS verified, d.recordedBy AS by",
                    { p: id("E2"), k: courseId },
                )
            )[0];
        await api.cypher("CREATE (:Course {id: $k, title: 'KC', durationMinutes: 20, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'})", {
            k: id("KC"),
        });
        await api.cypher("MATCH (p:Person {id: $p}), (k:Course {id: $k}) CREATE (p)-[:COMPLETED {completedAt: datetime(), verified: false}]->(k)", {
            p: id("E2"),
            k: id("K1"),
        });
        for (const audience of ["anonymous", "employee", "planner"] as const) denied(await as(audience, confirm, { p: id("E2"), k: id("K1") }));
        denied(await as("partner", confirm, { p: id("E2"), k: id("KC") }));
        expect(await completion(id("K1"))).toEqual({ verified: false, by: null });
        const data = allowed(await as("partner", confirm, { p: id("E2"), k: id("K1") })) as { confirmCompletion: unknown };
        expect(data.confirmCompletion).toEqual({ personId: id("E2"), courseId: id("K1"), verified: true });
        expect(await completion(id("K1"))).toEqual({ verified: true, by: id("O1") });
        allowed(await as("admin", confirm, { p: id("E2"), k: id("KC") }));
        expect(await completion(id("KC"))).toEqual({ verified: true, by: "admin" });
        const unknown = await as("partner", confirm, { p: id("E2"), k: id("no-such-course") });
        expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "courseId" });
        // E3 has no tie to O1 (no completion, holding or consent): answered as an id nobody has, nothing written.
        const notLearner = await as("partner", confirm, { p: id("E3"), k: id("K1") });
        const nobody = await as("partner", confirm, { p: id("nobody"), k: id("K1") });
        expect(notLearner.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "personId" });
        expect(refusal(notLearner, id("E3"))).toBe(refusal(nobody, id("nobody")));
        expect(await api.cypher("MATCH (:Person {id: $p})-[d:COMPLETED]->() RETURN d", { p: id("E3") })).toEqual([]);
        await api.cypher("MATCH (:Person {id: $p})-[d:COMPLETED]->() DELETE d", { p: id("E2") });
    });

    it("erasePerson: admins only, refused before anything is read or written", async () => {
        await api.cypher("CREATE (:Person {id: $id, name: 'Person EX', email: $id + '@example.com', availability: 1.0})", { id: id("EX") });
        const erase = `mutation($p: ID!) { erasePerson(personId: $p, reference: "ticket 1") { personId requestedBy reference alreadyErased } }`;
        for (const audience of ["anonymous", "employee", "planner", "partner"] as const) {
            denied(await as(audience, erase, { p: id("EX") }));
            denied(await as(audience, erase, { p: id("nobody") }));
        }
        expect(await api.cypher("MATCH (p:Person {id: $id}) RETURN p.id AS id", { id: id("EX") })).toHaveLength(1);
        const data = allowed(await as("admin", erase, { p: id("EX") })) as { erasePerson: unknown };
        expect(data.erasePerson).toEqual({ personId: id("EX"), requestedBy: "test:admin", reference: "ticket 1", alreadyErased: false });
        await api.cypher("MATCH (t:ErasedPerson {personId: $id}) DELETE t", { id: id("EX") });
    });

    it("recordManagerAssessment: planners for covered people, admins for anyone", async () => {
        const query = `mutation($p: ID!, $s: ID!) { recordManagerAssessment(personId: $p, skillId: $s, level: 4) { personId level } }`;
        for (const audience of ["anonymous", "employee", "partner"] as const) denied(await as(audience, query, { p: id("E3"), s: id("S") }));
        denied(await as("planner", query, { p: id("E2"), s: id("S") }));
        allowed(await as("planner", query, { p: id("E3"), s: id("S") }));
        expect(await evidence(id("E3"), "MANAGER")).toBe(1);
        expect(await evidence(id("E2"), "MANAGER")).toBe(1); // the fixture's, unchanged
    });

    it("issueCredential: partners for their own credentials to their learners, answering with the holding only", async () => {
        const query = `mutation($p: ID!, $c: ID!) { issueCredential(personId: $p, credentialId: $c) { personId credentialId issuerId verified } }`;
        for (const audience of ["anonymous", "employee", "planner"] as const) denied(await as(audience, query, { p: id("E2"), c: id("C1") }));
        denied(await as("partner", query, { p: id("E2"), c: id("C2") }));
        // E2 is not yet O1's learner: answered exactly as an id nobody has, and nothing is written.
        const notLearner = await as("partner", query, { p: id("E2"), c: id("C1") });
        const unknown = await as("partner", query, { p: id("nobody"), c: id("C1") });
        expect(notLearner.errors?.[0].extensions.code).toBe("FORBIDDEN");
        expect(refusal(notLearner, id("E2"))).toBe(refusal(unknown, id("nobody")));
        expect(await api.cypher("MATCH (:Person {id: $p})-[h:HOLDS]->(:Credential) RETURN h", { p: id("E2") })).toEqual([]);

        await api.cypher("MATCH (p:Person {id: $p}) SET p.learningPartnerIds = [$o]", { p: id("E2"), o: id("O1") });
        const data = allowed(await as("partner", query, { p: id("E2"), c: id("C1") })) as { issueCredential: Record<string, unknown> };
        expect(data.issueCredential).toEqual({ personId: id("E2"), credentialId: id("C1"), issuerId: id("O1"), verified: true });
        const holdings = await api.cypher<{ issuer: string }>("MATCH (:Person {id: $p})-[h:HOLDS]->(:Credential) RETURN h.issuerId AS issuer", { p: id("E2") });
        expect(holdings.map((h) => h.issuer)).toEqual([id("O1")]);
        await api.cypher("MATCH (p:Person {id: $p}) REMOVE p.learningPartnerIds", { p: id("E2") });
        expect((await as("admin", query, { p: id("nobody"), c: id("C1") })).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "personId" });
    });

    it("exportCredential and exportCredentialStack: the holder and admins; revokeCredential: the issuing partner and admins", async () => {
        await api.cypher(
            "MATCH (p:Person {id: $p}), (c:Credential {id: $c}) CREATE (p)-[:HOLDS {issuedAt: datetime('2026-02-01T00:00:00Z'), verified: true, issuerId: $o}]->(c)",
            { p: id("E1"), c: id("C1"), o: id("O1") },
        );
        const holding = Buffer.from(JSON.stringify([id("E1"), id("C1"), "2026-02-01T00:00:00.000Z"])).toString("base64url");
        const exportQuery = `query($h: ID!) { exportCredential(holdingId: $h) { holdingId mediaType } }`;
        for (const audience of ["anonymous", "planner", "partner"] as const) denied(await as(audience, exportQuery, { h: holding }));
        for (const audience of ["employee", "admin"] as const)
            expect((allowed(await as(audience, exportQuery, { h: holding })) as { exportCredential: unknown }).exportCredential).toEqual({
                holdingId: holding,
                mediaType: "application/vc+jwt",
            });
        // A bundle needs a stack: the holder and admins get past the access check to the refusal of a plain holding.
        const stackQuery = `query($h: ID!) { exportCredentialStack(holdingId: $h) { holdingId } }`;
        for (const audience of ["anonymous", "planner", "partner"] as const) denied(await as(audience, stackQuery, { h: holding }));
        for (const audience of ["employee", "admin"] as const)
            expect((await as(audience, stackQuery, { h: holding })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "holdingId" });
        const revoke = `mutation($h: ID!) { revokeCredential(holdingId: $h, reason: "test") { holdingId alreadyRevoked } }`;
        for (const audience of ["anonymous", "employee", "planner"] as const) denied(await as(audience, revoke, { h: holding }));
        expect(await api.cypher("MATCH (:Person {id: $p})-[h:HOLDS]->() RETURN h.revokedAt AS at", { p: id("E1") })).toEqual([{ at: null }]);
        expect((allowed(await as("partner", revoke, { h: holding })) as { revokeCredential: unknown }).revokeCredential).toEqual({
            holdingId: holding,
            alreadyRevoked: false,
        });
        expect((allowed(await as("admin", revoke, { h: holding })) as { revokeCredential: unknown }).revokeCredential).toEqual({
            holdingId: holding,
            alreadyRevoked: true,
        });
        await api.cypher("MATCH (:Person {id: $p})-[h:HOLDS]->() DELETE h", { p: id("E1") });
    });
});

describe("imported credentials under every audience", () => {
    it("importCredential: employees, into their own wallet (the others are refused before the credential is read)", async () => {
        const doc = `mutation { importCredential(credential: "a.b.c") { holdingId } }`;
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, doc));
        const employee = await as("employee", doc);
        expect(employee.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "credential" });
        expect(employee.errors?.[0].message).toContain("malformed");
    });

    it("recheckImportedCredentials: admins", async () => {
        const doc = `mutation { recheckImportedCredentials { checked revoked unavailable } }`;
        for (const audience of ["anonymous", "employee", "planner", "partner"] as const) denied(await as(audience, doc));
        const report = allowed(await as("admin", doc)).recheckImportedCredentials as { checked: number; revoked: number; unavailable: number };
        expect([typeof report.checked, report.revoked, report.unavailable]).toEqual(["number", 0, 0]);
    });
});

describe("skill suggestions under every audience", () => {
    const suggest = `mutation($k: ID!) { suggestCourseSkills(courseId: $k, first: 3) { id status skill { id } } }`;
    const accept = `mutation($g: ID!) { acceptSkillSuggestion(id: $g, level: 2) { id status level } }`;
    const reject = `mutation($g: ID!) { rejectSkillSuggestion(id: $g) { id status } }`;
    const suggestRole = `mutation($r: ID!) { suggestRoleRequirements(roleId: $r, text: "Administers PostgreSQL databases.", first: 2) { id } }`;

    beforeAll(async () => {
        await api.cypher(
            `MATCH (o1:Organization {id: $p + 'O1'}), (o2:Organization {id: $p + 'O2'})
             CREATE (o1)-[:PROVIDES]->(:Course {id: $p + 'K2', title: 'PostgreSQL administration', description: 'Back up and tune PostgreSQL and MySQL databases.', durationMinutes: 30, cost: 10.0, currency: 'EUR', format: 'ONLINE', language: 'en'})
             CREATE (o2)-[:PROVIDES]->(:Course {id: $p + 'K3', title: 'Java programming', durationMinutes: 30, cost: 10.0, currency: 'EUR', format: 'ONLINE', language: 'en'})`,
            { p },
        );
    });

    it("suggestCourseSkills: partners for the courses they provide, admins for any; nothing is written for the others", async () => {
        for (const audience of ["anonymous", "employee", "planner"] as const) denied(await as(audience, suggest, { k: id("K2") }));
        denied(await as("partner", suggest, { k: id("K3") }));
        const open = async (course: string) =>
            Number((await api.cypher<{ n: number }>("MATCH (:Course {id: $k})-[:HAS_SUGGESTION]->(g) RETURN count(g) AS n", { k: id(course) }))[0].n);
        expect([await open("K2"), await open("K3")]).toEqual([0, 0]);
        const data = allowed(await as("partner", suggest, { k: id("K2") })) as { suggestCourseSkills: { id: string; status: string }[] };
        expect(data.suggestCourseSkills.length).toBeGreaterThan(0);
        expect(await open("K2")).toBe(data.suggestCourseSkills.length);
        allowed(await as("admin", suggest, { k: id("K3") }));
    });

    it("accept and reject: partners for their own courses' suggestions, admins for any", async () => {
        const [first, second] = (allowed(await as("partner", suggest, { k: id("K2") })) as { suggestCourseSkills: { id: string }[] }).suggestCourseSkills;
        for (const audience of ["anonymous", "employee", "planner"] as const) {
            denied(await as(audience, accept, { g: first.id }));
            denied(await as(audience, reject, { g: second.id }));
        }
        const [other] = (allowed(await as("admin", suggest, { k: id("K3") })) as { suggestCourseSkills: { id: string }[] }).suggestCourseSkills;
        denied(await as("partner", accept, { g: other.id }));
        expect(allowed(await as("partner", accept, { g: first.id }))).toEqual({ acceptSkillSuggestion: { id: first.id, status: "ACCEPTED", level: 2 } });
        expect(allowed(await as("partner", reject, { g: second.id }))).toEqual({ rejectSkillSuggestion: { id: second.id, status: "REJECTED" } });
        allowed(await as("admin", reject, { g: other.id }));
    });

    it("suggestRoleRequirements: admins only", async () => {
        for (const audience of ["anonymous", "employee", "planner", "partner"] as const) denied(await as(audience, suggestRole, { r: id("R") }));
        allowed(await as("admin", suggestRole, { r: id("R") }));
    });
});

describe("issuing by invitation under every audience", () => {
    const issue = `mutation($items: [CredentialIssueInput!]!) { issueCredentials(items: $items) { accepted written items { issueId claimCode rejection { field } } } }`;
    const list = `query($o: ID) { issuedCredentials(organizationId: $o) { issueId recipientKind recipient status } }`;
    const offers = `{ credentialOffers { offerId credentialId } }`;
    const claim = `mutation($code: String) { claimCredential(claimCode: $code) { holding { personId issuerId } alreadyClaimed } }`;
    type Batch = {
        issueCredentials: {
            accepted: number;
            written: boolean;
            items: { issueId: string | null; claimCode: string | null; rejection: { field: string } | null }[];
        };
    };
    afterAll(async () => {
        await api.cypher("MATCH (:Person {id: $e})-[h:HOLDS]->(:Credential {id: $c}) DELETE h", { e: id("E1"), c: id("C1") });
        await api.cypher("MATCH (o:CredentialOffer) WHERE o.credentialId STARTS WITH $p DETACH DELETE o", { p });
    });

    it("issueCredentials: partners for their own credentials, admins for any; the same answer whether the recipient exists", async () => {
        const to = (c: string, recipient: Record<string, string>) => ({ items: [{ credentialId: id(c), ...recipient }] });
        for (const audience of ["anonymous", "employee", "planner"] as const) denied(await as(audience, issue, to("C1", { externalId: "x" })));
        const other = allowed(await as("partner", issue, to("C2", { externalId: "x" }))) as Batch;
        expect(other.issueCredentials).toMatchObject({ accepted: 0, written: false, items: [{ issueId: null, rejection: { field: "credentialId" } }] });
        // E2's address (a person here, not O1's learner) and an address nobody has: answered alike.
        const known = allowed(await as("partner", issue, to("C1", { email: `${id("E2")}@example.com`, issuedAt: "2026-03-01T00:00:00Z" })));
        const unknown = allowed(await as("partner", issue, to("C1", { email: `${id("nobody")}@example.com`, issuedAt: "2026-03-01T00:00:00Z" })));
        const shape = (answer: unknown) => JSON.stringify(answer, (key, value: unknown) => (key === "issueId" || key === "claimCode" ? typeof value : value));
        expect(shape(known)).toBe(shape(unknown));
        await api.cypher("MATCH (:Person {id: $e})-[h:HOLDS]->(:Credential {id: $c}) DELETE h", { e: id("E2"), c: id("C1") });
        expect((allowed(await as("admin", issue, to("C2", { externalId: "y" }))) as Batch).issueCredentials).toMatchObject({ accepted: 1, written: true });
    });

    it("issuedCredentials: partners for their own organisation, admins naming one", async () => {
        for (const audience of ["anonymous", "employee", "planner"] as const) denied(await as(audience, list, { o: null }));
        denied(await as("partner", list, { o: id("O2") }));
        const own = allowed(await as("partner", list, { o: null })) as { issuedCredentials: { recipient: string }[] };
        expect(own.issuedCredentials.map((row) => row.recipient).sort()).toEqual([`${id("E2")}@example.com`, `${id("nobody")}@example.com`]);
        const admin = allowed(await as("admin", list, { o: id("O2") })) as { issuedCredentials: { recipient: string }[] };
        expect(admin.issuedCredentials.map((row) => row.recipient)).toEqual(["y"]);
        expect((await as("admin", list, { o: null })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organizationId" });
    });

    it("credentialOffers and claimCredential: employees, for themselves", async () => {
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, offers));
        expect(allowed(await as("employee", offers))).toEqual({ credentialOffers: [] });
        const batch = allowed(await as("partner", issue, { items: [{ credentialId: id("C1"), externalId: "E1-at-O1" }] })) as Batch;
        const code = batch.issueCredentials.items[0].claimCode;
        for (const audience of ["anonymous", "planner", "partner", "admin"] as const) denied(await as(audience, claim, { code }));
        expect(allowed(await as("employee", claim, { code }))).toEqual({
            claimCredential: { holding: { personId: id("E1"), issuerId: id("O1") }, alreadyClaimed: false },
        });
    });
});

describe("tokens", () => {
    const query = `{ skills(limit: 1) { id } }`;
    it("refuses a bad signature, an expired token and a token without roles with 401 UNAUTHENTICATED", async () => {
        const forged = await mintToken({ sub: "x", roles: ["admin"] }, "1h", "another-secret-that-is-long-enough-000000");
        const expired = await mintToken({ sub: "x", roles: ["admin"] }, Math.floor(Date.now() / 1000) - 60);
        const roleless = await mintToken({ sub: "x", roles: [] });
        for (const token of [forged, expired, roleless, "not-a-jwt"]) {
            const response = await api.post({ query }, token);
            expect(response.status).toBe(401);
            expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
            expect(response.data ?? null).toBeNull();
        }
    });
});
