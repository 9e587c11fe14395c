import { DEFAULTS } from "../../src/config";
import { MobilityCatalogue } from "../../src/use-cases/mobility-catalogue";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("paths");

/**
 * Every requirement is essential at level 3 and specificity is off, so cost(X -> Y) is the share of Y's skills X
 * lacks. Each role's steps go to its 2 cheapest roles (ties by id); a final step may enter T from its 2 cheapest
 * sources (D and E, at 1/3 each).
 *   A {p,q}: B 1/3, C 1/2 (F 1/2 loses the tie)     B {p,q,r}: A 0, C 0
 *   C {q,r}: B 1/3, E 1/3                            D {r,s}: E 1/3, T 1/3
 *   E {q,r,s}: C 0, D 0                              T {r,s,t}; F {p,u}
 *   Z1 {v,w}, Z2 {v,w,x}, Z3 {w,x}: a cluster out of reach.
 * Paths A -> T within 4 steps: A B C E T = 1/3 + 0 + 1/3 + 1/3 = 1.000; A C E T = 1/2 + 1/3 + 1/3 = 1.167 (3 steps);
 * A C E D T = 1/2 + 1/3 + 0 + 1/3 = 1.167 (4 steps). Within 3 steps only A C E T; within 2 none, and of the roles
 * reachable in 2 (B, C, E), E is closest to T (1/3), reached by A C E (0.833).
 */
const ROLES: Record<string, string[]> = {
    A: ["p", "q"],
    B: ["p", "q", "r"],
    C: ["q", "r"],
    D: ["r", "s"],
    E: ["q", "r", "s"],
    T: ["r", "s", "t"],
    F: ["p", "u"],
    Z1: ["v", "w"],
    Z2: ["v", "w", "x"],
    Z3: ["w", "x"],
};

beforeAll(async () => {
    api = await startTestApi({ mobility: { ...DEFAULTS.mobility, specificity: "NONE", neighbours: 2 } });
    const skills = [...new Set(Object.values(ROLES).flat())];
    await api.cypher("UNWIND $skills AS key CREATE (:Skill {id: $p + key, name: 'skill ' + key, taxonomy: 'INTERNAL', altLabels: [], tags: []})", {
        p,
        skills,
    });
    await api.cypher(
        `UNWIND $roles AS role
         CREATE (r:Role {id: $p + role.key, title: 'role ' + role.key, taxonomy: 'INTERNAL', altTitles: [], tags: []})
         WITH r, role
         UNWIND role.skills AS key
         MATCH (s:Skill {id: $p + key})
         CREATE (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s)`,
        { p, roles: Object.entries(ROLES).map(([key, skills]) => ({ key, skills })) },
    );
    // Writes made in Cypher bump the role-profile version (README, "Mobility"): the API loaded its snapshot at start,
    // and the same suite in the other integration project adds and removes roles of the same shape.
    await api.cypher("MERGE (v:GraphVersion {key: 'roleProfiles'}) SET v.version = coalesce(v.version, 0) + 1");
    // P: p 3 and q 3 like role A, an expired r 5, and role F now.
    await api.cypher(
        `MATCH (sp:Skill {id: $p + 'p'}), (sq:Skill {id: $p + 'q'}), (sr:Skill {id: $p + 'r'}), (f:Role {id: $p + 'F'})
         CREATE (x:Person {id: $p + 'P', name: 'Pat', email: $p + 'pat@example.com', availability: 1.0})
         CREATE (x)-[:HAS_SKILL {level: 3, source: 'MANAGER', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(sp),
                (x)-[:HAS_SKILL {level: 3, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(sq),
                (x)-[:HAS_SKILL {level: 5, source: 'ASSESSED', assessedAt: datetime('2023-01-01T00:00:00Z'), validUntil: datetime('2025-01-01T00:00:00Z')}]->(sr),
                (x)-[:HAS_ROLE {since: date('2024-01-01')}]->(f)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

const key = (id: string) => id.slice(p.length);

interface PathsResult {
    reachable: boolean;
    directCost: number;
    paths: { roleIds: string[]; cost: number; steps: { fromId: string; roleId: string; cost: number }[] }[];
    closestReachable: { roleId: string; costToTarget: number; path: { roleIds: string[]; cost: number } } | null;
    explanation: string;
}

async function careerPaths(from: Record<string, string>, toRoleId: string, maxSteps?: number, k?: number) {
    const response = await api.post({
        query: `query($from: CareerStart!, $to: ID!, $k: Int, $maxSteps: Int) {
            careerPaths(from: $from, toRoleId: $to, k: $k, maxSteps: $maxSteps, asOf: "2026-06-01T00:00:00Z") {
                reachable directCost explanation
                paths { roleIds cost steps { fromId roleId cost } }
                closestReachable { roleId costToTarget path { roleIds cost } }
            }
        }`,
        variables: { from, to: toRoleId, k: k ?? 3, maxSteps: maxSteps ?? 4 },
    });
    return { data: (response.data as { careerPaths: PathsResult } | null)?.careerPaths, errors: response.errors };
}

interface Adjacent {
    from: { kind: string; id: string; roleId: string | null };
    rolesConsidered: number;
    roles: {
        roleId: string;
        cost: number;
        skillCost: number;
        discount: number;
        observedMoves: number;
        observedMoveSupported: boolean;
        missing: { skillId: string; fromLevel: number; requiredLevel: number; contribution: number; suggestedCourses: { courseId: string }[] }[];
        explanation: string;
    }[];
}

async function adjacentRoles(variables: Record<string, unknown>) {
    const response = await api.post({
        query: `query($roleId: ID, $personId: ID, $first: Int, $maxCost: Float) {
            adjacentRoles(roleId: $roleId, personId: $personId, first: $first, maxCost: $maxCost, rankBy: COST, asOf: "2026-06-01T00:00:00Z") {
                from { kind id roleId } rolesConsidered
                roles { roleId cost skillCost discount observedMoves observedMoveSupported explanation
                        missing { skillId fromLevel requiredLevel contribution suggestedCourses { courseId } } }
            }
        }`,
        variables,
    });
    return { data: (response.data as { adjacentRoles: Adjacent } | null)?.adjacentRoles, errors: response.errors };
}

const ours = (roles: Adjacent["roles"]) => roles.filter((role) => role.roleId.startsWith(p)).map((role) => [key(role.roleId), Number(role.cost.toFixed(3))]);

describe("careerPaths", () => {
    it("returns the 3 cheapest paths of the hand-worked graph, cheapest first, each cost the sum of its steps", async () => {
        const { data, errors } = await careerPaths({ roleId: `${p}A` }, `${p}T`);
        expect(errors).toBeUndefined();
        expect(data!.paths.map((path) => [path.roleIds.map(key).join(" "), Number(path.cost.toFixed(3))])).toEqual([
            ["B C E T", 1.0],
            ["C E T", 1.167],
            ["C E D T", 1.167],
        ]);
        for (const path of data!.paths) {
            expect(path.cost).toBeCloseTo(
                path.steps.reduce((sum, step) => sum + step.cost, 0),
                12,
            );
            expect(path.steps.map((step) => key(step.fromId))).toEqual(["A", ...path.roleIds.slice(0, -1).map(key)]);
        }
        expect(data!.reachable).toBe(true);
        expect(data!.directCost).toBe(1);
    });

    it("honours maxSteps, and names the closest reachable role when the target is out of reach", async () => {
        const three = (await careerPaths({ roleId: `${p}A` }, `${p}T`, 3)).data!;
        expect(three.paths.map((path) => path.roleIds.map(key).join(" "))).toEqual(["C E T"]);

        const two = (await careerPaths({ roleId: `${p}A` }, `${p}T`, 2)).data!;
        expect([two.reachable, two.paths]).toEqual([false, []]);
        expect(key(two.closestReachable!.roleId)).toBe("E");
        expect(two.closestReachable!.costToTarget).toBeCloseTo(1 / 3, 12);
        expect([two.closestReachable!.path.roleIds.map(key), Number(two.closestReachable!.path.cost.toFixed(3))]).toEqual([["C", "E"], 0.833]);
        expect(two.explanation).toContain("No path within 2 steps");
        expect(two.explanation).toContain("The closest reachable role is role E");

        const island = (await careerPaths({ roleId: `${p}A` }, `${p}Z2`)).data!;
        expect(island.reachable).toBe(false);
    });

    it("starts from a person's valid evidence (an expired level does not count)", async () => {
        // Pat's levels are role A's (r 5 expired), so the paths are A's; Pat may also step into A itself at cost 0.
        const { data } = await careerPaths({ personId: `${p}P` }, `${p}T`);
        expect(data!.paths[0].roleIds.map(key).join(" ")).toBe("B C E T");
        expect(data!.paths[0].cost).toBeCloseTo(1, 12);
    });

    it("rejects bad input with a code naming the field", async () => {
        const both = await careerPaths({ roleId: `${p}A`, personId: `${p}P` }, `${p}T`);
        expect(both.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from.roleId" });
        const same = await careerPaths({ roleId: `${p}A` }, `${p}A`);
        expect(same.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "toRoleId" });
        const unknown = await careerPaths({ roleId: `${p}A` }, `${p}NOPE`);
        expect(unknown.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "toRoleId" });
        const k = await careerPaths({ roleId: `${p}A` }, `${p}T`, 4, 0);
        expect(k.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "k" });
        const steps = await careerPaths({ roleId: `${p}A` }, `${p}T`, 9);
        expect(steps.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "maxSteps" });
    });
});

describe("adjacentRoles", () => {
    it("ranks roles by transition cost from a role, with the skills missing", async () => {
        const { data, errors } = await adjacentRoles({ roleId: `${p}A`, first: 10000 });
        expect(errors).toBeUndefined();
        expect(ours(data!.roles)).toEqual([
            ["B", 0.333],
            ["C", 0.5],
            ["F", 0.5],
            ["E", 0.667],
            ["D", 1],
            ["T", 1],
            ["Z1", 1],
            ["Z2", 1],
            ["Z3", 1],
        ]);
        expect(data!.rolesConsidered).toBe(data!.roles.length);
        const b = data!.roles[0];
        expect(b.missing.map((gap) => [key(gap.skillId), gap.fromLevel, gap.requiredLevel, Number(gap.contribution.toFixed(3))])).toEqual([["r", 0, 3, 0.333]]);
        expect(b.explanation).toBe("role A → role B: cost 0.333. To acquire: skill r 0→3 (essential).");
        expect(b.observedMoveSupported).toBe(false);
    });

    it("starts from a person's levels and leaves out their current role; first and maxCost cut the list", async () => {
        const { data } = await adjacentRoles({ personId: `${p}P`, first: 3 });
        expect(data!.from).toEqual({ kind: "PERSON", id: `${p}P`, roleId: `${p}F` });
        expect(ours(data!.roles)).toEqual([
            ["A", 0],
            ["B", 0.333],
            ["C", 0.5],
        ]);
        const cheap = (await adjacentRoles({ roleId: `${p}A`, maxCost: 0.5, first: 10000 })).data!;
        expect(ours(cheap.roles)).toEqual([
            ["B", 0.333],
            ["C", 0.5],
            ["F", 0.5],
        ]);
    });

    it("rejects a missing or doubled start and a maxCost outside 0 to 1", async () => {
        expect((await adjacentRoles({})).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "roleId" });
        expect((await adjacentRoles({ roleId: `${p}A`, personId: `${p}P` })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
        expect((await adjacentRoles({ personId: `${p}NOBODY` })).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "personId" });
        expect((await adjacentRoles({ roleId: `${p}A`, maxCost: 1.5 })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "maxCost" });
        expect((await adjacentRoles({ roleId: `${p}A`, first: 0 })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });

    it("sees observed moves and requirement changes made through the API at once (the cache is keyed on their versions)", async () => {
        // Five people moved from A to F: F's cost 0.5 loses the full 30% discount and F overtakes C.
        const people = [1, 2, 3, 4, 5].map((n) => ({
            id: `${p}M${n}`,
            name: `Mover ${n}`,
            email: `${p}m${n}@example.com`,
            availability: 0.5,
            pastRoles: { connect: [{ where: { node: { id: { eq: `${p}A` } } }, edge: { from: "2019-01-01", until: "2023-01-01" } }] },
        }));
        const created = await api.post({
            query: "mutation($input: [PersonCreateInput!]!) { createPeople(input: $input) { people { id } } }",
            variables: { input: people },
        });
        expect(created.errors).toBeUndefined();
        // Single relationships take nested creates only: current holders are connected from the role's side.
        const holding = await api.post({
            query: `mutation($id: ID!, $people: [ID!]!) { updateRoles(where: { id: { eq: $id } }, update: { holders: [{ connect: [{ where: { node: { id: { in: $people } } }, edge: { since: "2023-01-01" } }] }] }) { roles { id } } }`,
            variables: { id: `${p}F`, people: people.map((person) => person.id) },
        });
        expect(holding.errors).toBeUndefined();
        const moved = (await adjacentRoles({ roleId: `${p}A`, first: 10000 })).data!;
        expect(ours(moved.roles).slice(0, 3)).toEqual([
            ["B", 0.333],
            ["F", 0.35],
            ["C", 0.5],
        ]);
        const f = moved.roles.find((role) => role.roleId === `${p}F`)!;
        expect([f.observedMoves, f.observedMoveSupported, Number(f.discount.toFixed(3)), Number(f.skillCost.toFixed(3))]).toEqual([5, true, 0.3, 0.5]);
        expect(f.explanation).toBe("role A → role F: cost 0.350; skills 0.500, less 30% for 5 observed moves. To acquire: skill u 0→3 (essential).");

        // B's r becomes optional (weight 0.3): the count of requirements is unchanged, so only the version bump that
        // the mutation guard writes in the same transaction tells the cache. A -> B = 0.3 / 2.3 = 0.130.
        const updated = await api.post({
            query: `mutation($id: ID!, $skill: ID!) {
                updateRoles(where: { id: { eq: $id } }, update: { requires: [{ update: { where: { node: { id: { eq: $skill } } }, edge: { importance: { set: OPTIONAL } } } }] }) { roles { id } }
            }`,
            variables: { id: `${p}B`, skill: `${p}r` },
        });
        expect(updated.errors).toBeUndefined();
        // The update names its role by id and writes only its requirements: the guard logs the change, so a reload
        // re-reads B without reading every role's digest.
        // The latest change naming B (the other project runs this suite at the same time, so it may not be the last).
        const [logged] = await api.cypher<{ roleIds: string[] }>(
            "MATCH (c:RoleProfileChange) WHERE $role IN c.roleIds RETURN c.roleIds AS roleIds ORDER BY c.version DESC LIMIT 1",
            { role: `${p}B` },
        );
        expect(logged.roleIds).toEqual([`${p}B`]);
        const after = (await adjacentRoles({ roleId: `${p}A`, first: 1 })).data!;
        expect(ours(after.roles)).toEqual([["B", 0.13]]);

        // The same change back, selecting B by title: not logged (the guard cannot tell which roles a title selects),
        // so the reload compares digests; A -> B is 0.333 again, then 0.13 once more through the log.
        const setImportance = (where: Record<string, unknown>, importance: string) =>
            api.post({
                query: `mutation($where: RoleWhere!, $skill: ID!, $importance: Importance!) {
                    updateRoles(where: $where, update: { requires: [{ update: { where: { node: { id: { eq: $skill } } }, edge: { importance: { set: $importance } } } }] }) { roles { id } }
                }`,
                variables: { where, skill: `${p}r`, importance },
            });
        expect((await setImportance({ title: { eq: "role B" } }, "ESSENTIAL")).errors).toBeUndefined();
        expect(ours((await adjacentRoles({ roleId: `${p}A`, first: 1 })).data!.roles)).toEqual([["B", 0.333]]);
        expect((await setImportance({ id: { eq: `${p}B` } }, "OPTIONAL")).errors).toBeUndefined();
        expect(ours((await adjacentRoles({ roleId: `${p}A`, first: 1 })).data!.roles)).toEqual([["B", 0.13]]);

        // A renamed skill is a 'skills' version: every profile is read again, names included.
        const renamed = await api.post({
            query: `mutation($skill: ID!) { updateSkills(where: { id: { eq: $skill } }, update: { name: { set: "skill r, renamed" } }) { skills { id } } }`,
            variables: { skill: `${p}r` },
        });
        expect(renamed.errors).toBeUndefined();
        const named = (await adjacentRoles({ roleId: `${p}A`, first: 1 })).data!;
        expect(named.roles[0].explanation).toContain("skill r, renamed 0→3 (optional)");
    });
});

describe("reloading role profiles after a change", () => {
    const setLevel = (selectBy: "id" | "title", level: number) =>
        api.post({
            query: `mutation($where: RoleWhere!, $skill: ID!, $level: Int!) {
                updateRoles(where: $where, update: { requires: [{ update: { where: { node: { id: { eq: $skill } } }, edge: { level: { set: $level } } } }] }) { roles { id } }
            }`,
            variables: { where: selectBy === "title" ? { title: { eq: "role D" } } : { id: { eq: `${p}D` } }, skill: `${p}s`, level },
        });

    it("follows logged and unlogged changes, one at a time and several between two reads", async () => {
        const catalogue = new MobilityCatalogue(DEFAULTS.mobility, DEFAULTS.fitWeights);
        const db = { driver: api.driver, database: api.database, timeoutMs: 30_000 };
        const levelOfS = async () =>
            (await catalogue.current(db)).index.roles.find((role) => role.id === `${p}D`)!.requirements.find((r) => r.skillId === `${p}s`)!.level;
        expect(await levelOfS()).toBe(3);
        for (const steps of [
            [["id", 4]],
            [["title", 5]],
            [
                ["title", 1],
                ["id", 2],
            ],
            [
                ["id", 4],
                ["id", 3],
            ],
        ] as const) {
            for (const [selectBy, level] of steps) expect((await setLevel(selectBy, level)).errors).toBeUndefined();
            expect(await levelOfS()).toBe(steps[steps.length - 1][1]);
        }
    });
});
