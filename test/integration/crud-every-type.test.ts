import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("every");

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

/** [type, plural field, name field, the smallest valid create input]. */
const types: [string, string, string, Record<string, unknown>][] = [
    ["Skill", "skills", "name", { name: "A skill", altLabels: [], tags: [], taxonomy: "INTERNAL" }],
    ["SkillGroup", "skillGroups", "name", { name: "A group", taxonomy: "INTERNAL" }],
    ["Role", "roles", "title", { title: "A role", altTitles: [], taxonomy: "INTERNAL" }],
    ["Course", "courses", "title", { title: "A course", durationMinutes: 20, cost: 0, currency: "EUR", format: "ONLINE", language: "en" }],
    ["Credential", "credentials", "title", { title: "A credential", learningOutcomes: [], assessmentType: "EXAM", participationForm: "ONLINE" }],
    ["Person", "people", "name", { name: "A person", email: `${p}person@example.com`, availability: 1 }],
    ["Organization", "organizations", "name", { name: "An organisation", kinds: ["PARTNER"] }],
    ["OrgUnit", "orgUnits", "name", { name: "A unit" }],
    ["Team", "teams", "name", { name: "A team" }],
];

describe.each(types)("%s", (type, plural, nameField, input) => {
    const id = `${p}${type}`;
    const created = `create${plural[0].toUpperCase()}${plural.slice(1)}`;
    const updated = `update${plural[0].toUpperCase()}${plural.slice(1)}`;
    const deleted = `delete${plural[0].toUpperCase()}${plural.slice(1)}`;

    it("is created, read, updated and deleted through the generated API", async () => {
        const create = await api.op<Record<string, Record<string, unknown[]>>>(`Create${type}Node`, { input: [{ id, ...input }] });
        expect(create.errors).toBeUndefined();
        expect(create.data?.[created][plural]).toEqual([{ id, [nameField]: input[nameField] }]);

        const read = await api.op<Record<string, unknown[]>>(`Read${type}Node`, { id });
        expect(read.data?.[plural]).toEqual([{ id, [nameField]: input[nameField] }]);

        const update = await api.op<Record<string, Record<string, unknown[]>>>(`Update${type}Node`, { id, value: "Renamed" });
        expect(update.data?.[updated][plural]).toEqual([{ id, [nameField]: "Renamed" }]);

        const remove = await api.op<Record<string, { nodesDeleted: number }>>(`Delete${type}Node`, { id });
        expect(remove.data?.[deleted].nodesDeleted).toBe(1);
        expect((await api.op<Record<string, unknown[]>>(`Read${type}Node`, { id })).data?.[plural]).toEqual([]);
    });

    it("rejects a create without its required fields and writes nothing", async () => {
        const response = await api.op(`Create${type}Node`, { input: [{ id: `${id}-incomplete` }] });
        expect(response.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
        expect(await api.cypher("MATCH (n {id: $id}) RETURN n", { id: `${id}-incomplete` })).toEqual([]);
    });
});
