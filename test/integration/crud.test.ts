import type {
    CreateCoursesMutation,
    CreateCredentialsMutation,
    CreateOrgUnitsMutation,
    CreateOrganizationsMutation,
    CreatePeopleMutation,
    CreateRolesMutation,
    CreateSkillGroupsMutation,
    CreateSkillsMutation,
    CreateTeamsMutation,
    DeletePeopleMutation,
    DeleteSkillsMutation,
    PeopleQuery,
    RolesQuery,
    SkillsPageQuery,
    SkillsQuery,
    TeamsQuery,
    UpdatePeopleMutation,
    UpdateRolesMutation,
    UpdateSkillsMutation,
} from "../generated/operations";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("crud");

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

const skill = (suffix: string, name: string, extra: Record<string, unknown> = {}) => ({
    id: `${p}skill-${suffix}`,
    name,
    altLabels: [`${name} alias`],
    tags: ["digital"],
    taxonomy: "INTERNAL",
    type: "SKILL_COMPETENCE",
    ...extra,
});

describe("skills", () => {
    it("are created, read back, updated and deleted", async () => {
        const created = await api.op<CreateSkillsMutation>("CreateSkills", { input: [skill("a", "Graph modelling")] });
        expect(created.errors).toBeUndefined();
        expect(created.data?.createSkills.skills).toEqual([
            {
                id: `${p}skill-a`,
                name: "Graph modelling",
                type: "SKILL_COMPETENCE",
                tags: ["digital"],
                altLabels: ["Graph modelling alias"],
                taxonomy: "INTERNAL",
            },
        ]);

        const updated = await api.op<UpdateSkillsMutation>("UpdateSkills", {
            where: { id: { eq: `${p}skill-a` } },
            update: { description: { set: "Designing property graphs." }, tags: { push: ["green"] } },
        });
        expect(updated.data?.updateSkills.skills[0]).toMatchObject({ description: "Designing property graphs.", tags: ["digital", "green"] });

        const deleted = await api.op<DeleteSkillsMutation>("DeleteSkills", { where: { id: { eq: `${p}skill-a` } } });
        expect(deleted.data?.deleteSkills.nodesDeleted).toBe(1);
        const after = await api.op<SkillsQuery>("Skills", { where: { id: { eq: `${p}skill-a` } } });
        expect(after.data?.skills).toEqual([]);
    });

    it("are filtered, sorted and paginated by offset and by cursor", async () => {
        const names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
        await api.op("CreateSkills", { input: names.map((name, i) => skill(`page-${i}`, `${p}${name}`, { type: i % 2 ? "KNOWLEDGE" : "SKILL_COMPETENCE" })) });

        const knowledge = await api.op<SkillsQuery>("Skills", { where: { name: { startsWith: p }, type: { eq: "KNOWLEDGE" } }, sort: [{ name: "ASC" }] });
        expect(knowledge.data?.skills.map((s) => s.name)).toEqual([`${p}Bravo`, `${p}Delta`]);

        const offsetPage = await api.op<SkillsQuery>("Skills", { where: { name: { startsWith: p } }, sort: [{ name: "DESC" }], limit: 2, offset: 1 });
        expect(offsetPage.data?.skills.map((s) => s.name)).toEqual([`${p}Delta`, `${p}Charlie`]);

        const first = await api.op<SkillsPageQuery>("SkillsPage", { where: { name: { startsWith: p } }, sort: [{ name: "ASC" }], first: 3 });
        expect(first.data?.skillsConnection.totalCount).toBe(5);
        expect(first.data?.skillsConnection.pageInfo.hasNextPage).toBe(true);
        const second = await api.op<SkillsPageQuery>("SkillsPage", {
            where: { name: { startsWith: p } },
            sort: [{ name: "ASC" }],
            first: 3,
            after: first.data?.skillsConnection.pageInfo.endCursor,
        });
        expect(second.data?.skillsConnection.edges.map((e) => e.node.name)).toEqual([`${p}Delta`, `${p}Echo`]);
        expect(second.data?.skillsConnection.pageInfo.hasNextPage).toBe(false);
    });

    it("belong to skill groups in the hierarchy", async () => {
        await api.op("CreateSkills", { input: [skill("grouped", "Grouped skill")] });
        const created = await api.op<CreateSkillGroupsMutation>("CreateSkillGroups", {
            input: [
                {
                    id: `${p}group`,
                    name: "Test group",
                    taxonomy: "INTERNAL",
                    narrowerSkills: { connect: [{ where: { node: { id: { eq: `${p}skill-grouped` } } } }] },
                },
            ],
        });
        expect(created.errors).toBeUndefined();
        expect(created.data?.createSkillGroups.skillGroups[0].narrowerSkills).toEqual([{ id: `${p}skill-grouped` }]);
    });
});

describe("roles", () => {
    it("require skills with level and importance, which can be updated and sorted", async () => {
        await api.op("CreateSkills", { input: [skill("r1", "Role skill one"), skill("r2", "Role skill two")] });
        const created = await api.op<CreateRolesMutation>("CreateRoles", {
            input: [
                {
                    id: `${p}role`,
                    title: "Graph engineer",
                    altTitles: ["Neo4j developer"],
                    taxonomy: "INTERNAL",
                    requires: {
                        connect: [
                            { where: { node: { id: { eq: `${p}skill-r1` } } }, edge: { level: 3, importance: "ESSENTIAL" } },
                            { where: { node: { id: { eq: `${p}skill-r2` } } }, edge: { level: 2, importance: "OPTIONAL" } },
                        ],
                    },
                },
            ],
        });
        expect(created.errors).toBeUndefined();

        const updated = await api.op<UpdateRolesMutation>("UpdateRoles", {
            where: { id: { eq: `${p}role` } },
            update: { requires: [{ update: { where: { node: { id: { eq: `${p}skill-r2` } } }, edge: { level: { set: 4 } } } }] },
        });
        expect(updated.errors).toBeUndefined();

        const read = await api.op<RolesQuery>("Roles", { where: { id: { eq: `${p}role` } } });
        const edges = read.data?.roles[0].requiresConnection.edges ?? [];
        expect(edges.map((e) => [e.node.id, e.properties.level, e.properties.importance])).toEqual([
            [`${p}skill-r2`, 4, "OPTIONAL"],
            [`${p}skill-r1`, 3, "ESSENTIAL"],
        ]);
        expect(read.data?.roles[0].requiresConnection.aggregate.count.nodes).toBe(2);
        const [stored] = await api.cypher<{ isInteger: boolean }>(
            "MATCH (:Role {id: $id})-[r:REQUIRES]->(:Skill {id: $skill}) RETURN valueType(r.level) STARTS WITH 'INTEGER' AS isInteger",
            { id: `${p}role`, skill: `${p}skill-r2` },
        );
        expect(stored.isInteger).toBe(true);
    });
});

describe("courses and credentials", () => {
    it("create a course that teaches a skill up to a level", async () => {
        await api.op("CreateSkills", { input: [skill("c1", "Course skill")] });
        const created = await api.op<CreateCoursesMutation>("CreateCourses", {
            input: [
                {
                    id: `${p}course`,
                    title: "Cypher in 30 minutes",
                    durationMinutes: 30,
                    cost: 49.5,
                    currency: "EUR",
                    format: "ONLINE",
                    language: "en",
                    teaches: { connect: [{ where: { node: { id: { eq: `${p}skill-c1` } } }, edge: { level: 2 } }] },
                },
            ],
        });
        expect(created.errors).toBeUndefined();
        expect(created.data?.createCourses.courses[0]).toMatchObject({ durationMinutes: 30, cost: 49.5, format: "ONLINE" });
        expect(created.data?.createCourses.courses[0].teachesConnection.edges[0].properties.level).toBe(2);
    });

    it("stack credentials with an any-n-of-m rule and mandatory parts", async () => {
        const leaf = (key: string) => ({
            id: `${p}cred-${key}`,
            title: `Leaf ${key}`,
            learningOutcomes: [],
            assessmentType: "EXAM",
            participationForm: "ONLINE",
        });
        await api.op("CreateCredentials", { input: ["a", "b", "c"].map(leaf) });
        const stack = await api.op<CreateCredentialsMutation>("CreateCredentials", {
            input: [
                {
                    ...leaf("stack"),
                    title: "Stack",
                    requiredParts: 2,
                    eqfLevel: 6,
                    parts: {
                        connect: ["a", "b", "c"].map((key) => ({ where: { node: { id: { eq: `${p}cred-${key}` } } }, edge: { mandatory: key === "a" } })),
                    },
                },
            ],
        });
        expect(stack.errors).toBeUndefined();
        const created = stack.data?.createCredentials.credentials[0];
        expect(created?.requiredParts).toBe(2);
        expect(created?.partsConnection.edges.filter((e) => e.properties.mandatory).map((e) => e.node.id)).toEqual([`${p}cred-a`]);
    });

    it("reject a part-of cycle and write nothing of that mutation", async () => {
        // Leaf b is part of Stack; making Stack part of b (or of Outer, itself part of b) would close a loop. The message
        // shows titles as the change would have left them; the rollback keeps the old title.
        await api.op("CreateCredentials", {
            input: [{ id: `${p}cred-outer`, title: "Outer", learningOutcomes: [], assessmentType: "EXAM", participationForm: "ONLINE" }],
        });
        const linkStackInto = (id: string, extra = "") =>
            api.post({
                query: `mutation { updateCredentials(where: {id: {eq: "${p}cred-stack"}}, update: {
                    title: {set: "Renamed"}
                    partOf: [{connect: [{where: {node: {id: {eq: "${id}"}}}, edge: {mandatory: false}}]}] ${extra} }) { credentials { id } } }`,
            });
        const direct = await linkStackInto(`${p}cred-b`);
        expect(direct.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "parts" });
        const cycle = direct.errors?.[0].extensions.cycle as string[];
        expect([cycle.length, cycle[0] === cycle[2], [...new Set(cycle)].sort()]).toEqual([3, true, [`${p}cred-b`, `${p}cred-stack`]]);
        expect(direct.errors?.[0].message).toMatch(/would make a credential part of itself \((Renamed → Leaf b → Renamed|Leaf b → Renamed → Leaf b)\)/);
        const stackNow = await api.cypher<{ title: string; links: number }>(
            "MATCH (s:Credential {id: $id}) RETURN s.title AS title, COUNT { (s)-[:PART_OF]->() } AS links",
            { id: `${p}cred-stack` },
        );
        expect(stackNow[0]).toMatchObject({ title: "Stack" });
        expect(Number(stackNow[0].links)).toBe(0);

        // A longer loop through a link made in the same mutation is caught too; a harmless link is kept.
        const outerIntoB = await api.post({
            query: `mutation { updateCredentials(where: {id: {eq: "${p}cred-outer"}}, update: {partOf: [{connect: [{where: {node: {id: {eq: "${p}cred-b"}}}, edge: {mandatory: false}}]}]}) { credentials { id } } }`,
        });
        expect(outerIntoB.errors).toBeUndefined();
        const viaOuter = await linkStackInto(`${p}cred-outer`);
        expect(viaOuter.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
        const links = await api.cypher<{ n: number }>("MATCH (:Credential {id: $id})-[r:PART_OF]->() RETURN count(r) AS n", { id: `${p}cred-stack` });
        expect(Number(links[0].n)).toBe(0);
    });
});

describe("organisations, units and teams", () => {
    it("create an organisation tree with positions and a team with needs and members", async () => {
        await api.op("CreateSkills", { input: [skill("t1", "Team skill")] });
        await api.op("CreateRoles", { input: [{ id: `${p}role-t`, title: "Team role", altTitles: [], taxonomy: "INTERNAL" }] });
        const unit = await api.op<CreateOrgUnitsMutation>("CreateOrgUnits", {
            input: [
                {
                    id: `${p}unit-child`,
                    name: "Child",
                    positions: { connect: [{ where: { node: { id: { eq: `${p}role-t` } } }, edge: { headcount: 3, openings: 1 } }] },
                },
            ],
        });
        expect(unit.errors).toBeUndefined();
        expect(unit.data?.createOrgUnits.orgUnits[0].positionsConnection.edges[0].properties).toEqual({ headcount: 3, openings: 1 });

        // Single relationships (OrgUnit.parent) are written from their list side, as @neo4j/graphql 7 offers connect there.
        const org = await api.op<CreateOrganizationsMutation>("CreateOrganizations", {
            input: [
                {
                    id: `${p}org`,
                    name: "Test Org",
                    kinds: ["EMPLOYER"],
                    country: "NL",
                    orgUnits: {
                        create: [
                            { node: { id: `${p}unit-root`, name: "Root", children: { connect: [{ where: { node: { id: { eq: `${p}unit-child` } } } }] } } },
                        ],
                    },
                },
            ],
        });
        expect(org.errors).toBeUndefined();
        expect(org.data?.createOrganizations.organizations[0].orgUnits).toEqual([{ id: `${p}unit-root`, name: "Root" }]);
        const [parent] = await api.cypher<{ id: string }>("MATCH (:OrgUnit {id: $id})-[:SUB_UNIT_OF]->(p) RETURN p.id AS id", { id: `${p}unit-child` });
        expect(parent.id).toBe(`${p}unit-root`);

        await api.op("CreatePeople", { input: [{ id: `${p}member`, name: "Team Member", email: `${p}member@example.com`, availability: 0.5 }] });
        const team = await api.op<CreateTeamsMutation>("CreateTeams", {
            input: [
                {
                    id: `${p}team`,
                    name: "Test team",
                    needs: { connect: [{ where: { node: { id: { eq: `${p}skill-t1` } } }, edge: { level: 4, count: 2 } }] },
                    members: { connect: [{ where: { node: { id: { eq: `${p}member` } } }, edge: { allocation: 0.5 } }] },
                },
            ],
        });
        expect(team.errors).toBeUndefined();
        const read = await api.op<TeamsQuery>("Teams", { where: { id: { eq: `${p}team` } } });
        expect(read.data?.teams[0].needsConnection.edges[0].properties).toEqual({ level: 4, count: 2 });
        expect(read.data?.teams[0].membersConnection.edges[0].properties).toEqual({ allocation: 0.5 });
    });
});

describe("people", () => {
    it("hold skills with evidence, filterable by evidence properties, updated and deleted", async () => {
        await api.op("CreateSkills", { input: [skill("p1", "Person skill one"), skill("p2", "Person skill two")] });
        const created = await api.op<CreatePeopleMutation>("CreatePeople", {
            input: [
                {
                    id: `${p}person`,
                    name: "Ada Test",
                    email: `${p}ada@example.com`,
                    availability: 0.8,
                    location: "Amsterdam",
                    skills: {
                        connect: [
                            {
                                where: { node: { id: { eq: `${p}skill-p1` } } },
                                edge: { level: 4, source: "ASSESSED", confidence: 0.9, assessedAt: "2026-01-10T10:00:00Z", validUntil: "2028-01-10T10:00:00Z" },
                            },
                            { where: { node: { id: { eq: `${p}skill-p2` } } }, edge: { level: 2, source: "SELF", assessedAt: "2026-02-01T10:00:00Z" } },
                        ],
                    },
                },
            ],
        });
        expect(created.errors).toBeUndefined();
        expect(created.data?.createPeople.people[0].skillsConnection.edges).toHaveLength(2);

        const assessed = await api.op<PeopleQuery>("People", {
            where: { id: { startsWith: p }, skillsConnection: { some: { edge: { source: { eq: "ASSESSED" }, level: { in: [4, 5] } } } } },
        });
        expect(assessed.data?.people.map((person) => person.id)).toEqual([`${p}person`]);
        expect(assessed.data?.people[0].skillsConnection.edges.map((e) => e.properties.level)).toEqual([4, 2]);

        const updated = await api.op<UpdatePeopleMutation>("UpdatePeople", {
            where: { id: { eq: `${p}person` } },
            update: {
                availability: { set: 0.25 },
                skills: [{ update: { where: { node: { id: { eq: `${p}skill-p2` } } }, edge: { level: { set: 3 }, source: { set: "MANAGER" } } } }],
            },
        });
        expect(updated.errors).toBeUndefined();
        expect(updated.data?.updatePeople.people[0].availability).toBe(0.25);
        const p2 = updated.data?.updatePeople.people[0].skillsConnection.edges.find((e) => e.node.id === `${p}skill-p2`);
        expect(p2?.properties).toEqual({ level: 3, source: "MANAGER" });

        const deleted = await api.op<DeletePeopleMutation>("DeletePeople", { where: { id: { eq: `${p}person` } } });
        expect(deleted.data?.deletePeople).toEqual({ nodesDeleted: 1, relationshipsDeleted: 2 });
    });
});
