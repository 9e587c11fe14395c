import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("bad");

beforeAll(async () => {
    api = await startTestApi();
    await api.op("CreateSkills", { input: [{ id: `${p}skill`, name: "Existing skill", altLabels: [], tags: [], taxonomy: "INTERNAL" }] });
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

/** Nodes and relationships that belong to this suite: every write a rejected request made would show here. */
async function footprint(): Promise<{ nodes: number; relationships: number }> {
    const [row] = await api.cypher<{ nodes: number; relationships: number }>(
        `MATCH (n) WHERE n.id STARTS WITH $p
         OPTIONAL MATCH (n)-[r]-()
         RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
        { p },
    );
    return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

const person = (extra: Record<string, unknown> = {}) => ({ id: `${p}person`, name: "Bad Input", email: `${p}x@example.com`, availability: 0.5, ...extra });
const evidence = (level: unknown, skillId = `${p}skill`, source = "SELF") => ({
    skills: { connect: [{ where: { node: { id: { eq: skillId } } }, edge: { level, source, assessedAt: "2026-01-01T00:00:00Z" } }] },
});

const cases: [string, string, Record<string, unknown>, string, RegExp][] = [
    ["an unknown enum value", "CreatePeople", { input: [person(evidence(3, `${p}skill`, "GUESSED"))] }, "BAD_USER_INPUT", /GUESSED/],
    [
        "proficiency level 0",
        "CreatePeople",
        { input: [person(evidence(0))] },
        "BAD_USER_INPUT",
        /SkillEvidence.level must be a whole number from 1 to 5; got 0/,
    ],
    ["proficiency level 6", "CreatePeople", { input: [person(evidence(6))] }, "BAD_USER_INPUT", /got 6/],
    ["a fractional proficiency level", "CreatePeople", { input: [person(evidence(2.5))] }, "BAD_USER_INPUT", /non-integer value: 2.5/],
    [
        "availability above 1",
        "CreatePeople",
        { input: [person({ availability: 1.5 })] },
        "BAD_USER_INPUT",
        /Person.availability must be a number from 0 to 1; got 1.5/,
    ],
    ["a malformed email", "CreatePeople", { input: [person({ email: "not-an-email" })] }, "BAD_USER_INPUT", /email/i],
    ["a missing required field", "CreatePeople", { input: [{ id: `${p}person`, email: `${p}x@example.com`, availability: 0.5 }] }, "BAD_USER_INPUT", /name/],
    [
        "a relationship to an unknown id",
        "CreatePeople",
        { input: [person(evidence(3, `${p}no-such-skill`))] },
        "NOT_FOUND",
        /No Skill with id ".*no-such-skill" exists/,
    ],
    [
        "a negative course duration",
        "CreateCourses",
        { input: [{ id: `${p}course`, title: "Bad", durationMinutes: -15, cost: 0, currency: "EUR", format: "ONLINE", language: "en" }] },
        "BAD_USER_INPUT",
        /Course.durationMinutes must be a whole number of 1 or more; got -15/,
    ],
];

describe("bad input", () => {
    it.each(cases)("%s is rejected with a code and leaves the database unchanged", async (_name, operation, variables, code, message) => {
        const before = await footprint();
        const response = await api.op(operation, variables);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0].extensions.code).toBe(code);
        expect(response.errors?.[0].message).toMatch(message);
        expect(await footprint()).toEqual(before);
    });

    it("names the offending field of a connect to an unknown id", async () => {
        const response = await api.op("CreatePeople", { input: [person(evidence(3, `${p}missing`))] });
        expect(response.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input[0].skills.connect[0].where.node.id", id: `${p}missing` });
    });

    it("rejects an out-of-range level written inline in the document", async () => {
        const response = await api.post({
            query: `mutation { createRoles(input: [{id: "${p}role", title: "R", altTitles: [], taxonomy: INTERNAL,
                requires: {connect: [{where: {node: {id: {eq: "${p}skill"}}}, edge: {level: 7, importance: ESSENTIAL}}]}}]) { roles { id } } }`,
        });
        expect(response.errors?.[0].extensions).toMatchObject({
            code: "BAD_USER_INPUT",
            field: "input[0].requires.connect[0].edge.level",
            allowed: "a whole number from 1 to 5",
        });
        expect(await footprint()).toEqual({ nodes: 1, relationships: 0 });
    });

    it("filters stored numbers by range, checks values set or compared for equality, and refuses arithmetic on them", async () => {
        await api.op("CreatePeople", { input: [person(evidence(4))] });
        try {
            const atLeast = (level: number) =>
                api.post({
                    query: `query($p: ID!, $level: Int!) { people(where: { id: { eq: $p }, skillsConnection: { some: { edge: { level: { gte: $level } } } } }) { id } }`,
                    variables: { p: `${p}person`, level },
                });
            expect((await atLeast(4)).data).toEqual({ people: [{ id: `${p}person` }] });
            expect((await atLeast(5)).data).toEqual({ people: [] });
            const outside = await api.post({ query: `{ people(where: { availability: { in: [0.5, 2] } }) { id } }` });
            expect(outside.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "where.availability.in[1]" });
            const update = (change: Record<string, number>) =>
                api.post({
                    query: `mutation($p: ID!, $change: FloatScalarMutations!) { updatePeople(where: { id: { eq: $p } }, update: { availability: $change }) { people { availability } } }`,
                    variables: { p: `${p}person`, change },
                });
            expect((await update({ set: -0.1 })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "update.availability.set" });
            const added = (await update({ add: 0.6 })).errors?.[0];
            expect(added?.message).toMatch(/set the new value instead of add/);
            expect(added?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "update.availability.add" });
            expect((await update({ set: 1 })).data).toEqual({ updatePeople: { people: [{ availability: 1 }] } });
        } finally {
            await api.cypher("MATCH (n:Person {id: $id}) DETACH DELETE n", { id: `${p}person` });
        }
    });

    it("stores a URL as the text given and refuses one that is not absolute, naming the field (the fuzz test found a 500)", async () => {
        const create = (url: unknown) =>
            api.post({
                query: `mutation($input: [CredentialCreateInput!]!) { createCredentials(input: $input) { credentials { url } } }`,
                variables: { input: [{ id: `${p}credential`, title: "URL", assessmentType: "PROJECT", participationForm: "BLENDED", url }] },
            });
        const refused = await create("not a url");
        expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", scalar: "URL" });
        expect(refused.errors?.[0].message).toMatch(/input\[0\]\.url/);
        expect((await create("https://example.org")).data).toEqual({ createCredentials: { credentials: [{ url: "https://example.org" }] } });
        const [row] = await api.cypher<{ url: string }>("MATCH (c:Credential {id: $id}) RETURN c.url AS url", { id: `${p}credential` });
        expect(row.url).toBe("https://example.org");
    });

    it("refuses an aliased aggregate before execution, naming the alias (the library answered it with a 500)", async () => {
        const aliased = await api.post({ query: `{ skillsConnection(first: 1) { total: aggregate { count { nodes } } } }` });
        expect([aliased.status, aliased.errors?.[0].extensions.code]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
        expect(aliased.errors?.[0].message).toContain('"total: aggregate"');
        const plain = await api.post({ query: `{ skillsConnection(first: 1) { aggregate { count { nodes } } } }` });
        expect(plain.errors).toBeUndefined();
    });

    it("refuses text too long to store, naming the field, and writes nothing (an indexed title of 20,000 characters was a 500)", async () => {
        const title = "x".repeat(20_000);
        const created = await api.op("CreateSkills", { input: [{ id: `${p}long`, name: title, altLabels: [], tags: [], taxonomy: "INTERNAL" }] });
        expect(created.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input[0].name", allowed: "text of at most 1000 characters" });
        const updated = await api.post({
            query: `mutation($id: ID!, $d: String!) { updateSkills(where: { id: { eq: $id } }, update: { name: { set: $d } }) { skills { id } } }`,
            variables: { id: `${p}skill`, d: title },
        });
        expect(updated.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "update.name.set" });
        const description = await api.post({
            query: `mutation($id: ID!, $d: String!) { updateSkills(where: { id: { eq: $id } }, update: { description: { set: $d } }) { skills { id } } }`,
            variables: { id: `${p}skill`, d: "y".repeat(5_000) },
        });
        expect(description.errors).toBeUndefined();
        expect(await api.cypher("MATCH (s:Skill) WHERE s.id = $id RETURN s.id", { id: `${p}long` })).toEqual([]);
    });

    it("rejects a duplicate id with CONFLICT and keeps the original", async () => {
        const response = await api.op("CreateSkills", { input: [{ id: `${p}skill`, name: "Duplicate", altLabels: [], tags: [], taxonomy: "INTERNAL" }] });
        expect(response.errors?.[0].extensions.code).toBe("CONFLICT");
        const [row] = await api.cypher<{ name: string }>("MATCH (s:Skill {id: $id}) RETURN s.name AS name", { id: `${p}skill` });
        expect(row.name).toBe("Existing skill");
    });

    it("never shows a stack trace or Cypher to the client", async () => {
        const response = await api.post({ query: "{ skills(limit: 1, where: {name: {eq: 5}}) { id } }" });
        const text = JSON.stringify(response);
        expect(response.errors?.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/stacktrace|at .*\.js:\d+|MATCH \(/);
    });
});
