import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("erasure");

/**
 * Erasure (GDPR Article 17). Role A then role B: Pat held A and moved to B, so A -> B is one observed move. Pat also
 * has skill evidence, a holding and a completion, in unit U where the role R2 requiring skill S has an opening.
 */
beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `CREATE (s:Skill {id: $p + 'S', name: 'Skill S', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (a:Role {id: $p + 'A', title: 'Role A', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (b:Role {id: $p + 'B', title: 'Role B', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (a)-[:REQUIRES {level: 2, importance: 'ESSENTIAL'}]->(s), (b)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s),
                (u:OrgUnit {id: $p + 'U', name: 'Unit U'}), (u)-[:HAS_POSITION {headcount: 1, openings: 1}]->(b),
                (c:Credential {id: $p + 'C', title: 'Cred C', learningOutcomes: [], participationForms: []})-[:CERTIFIES {level: 3}]->(s),
                (k:Course {id: $p + 'K', title: 'Course K', durationMinutes: 20, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'}),
                (pat:Person {id: $p + 'P', name: 'Pat Leaver', email: $p + 'p@example.com', availability: 1.0}),
                (pat)-[:MEMBER_OF]->(u),
                (pat)-[:HELD_ROLE {from: date('2020-01-01'), to: date('2023-01-01')}]->(a),
                (pat)-[:HAS_ROLE {since: date('2023-01-01')}]->(b),
                (pat)-[:HAS_SKILL {level: 4, source: 'ASSESSED', assessedAt: datetime('2025-01-01T00:00:00Z')}]->(s),
                (pat)-[:HOLDS {issuedAt: datetime('2025-01-01T00:00:00Z'), verified: true}]->(c),
                (pat)-[:COMPLETED {completedAt: datetime('2025-01-01T00:00:00Z')}]->(k)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.cypher("MATCH (t:ErasedPerson) WHERE t.personId STARTS WITH $p DELETE t", { p });
    await api.stop();
});

const observedMoves = async () => {
    const response = await api.post({
        query: `query($a: ID!, $b: ID!) { careerPaths(from: {roleId: $a}, toRoleId: $b, k: 1, maxSteps: 1) { paths { steps { roleId observedMoves } } } }`,
        variables: { a: `${p}A`, b: `${p}B` },
    });
    expect(response.errors).toBeUndefined();
    return (response.data as { careerPaths: { paths: { steps: { observedMoves: number }[] }[] } }).careerPaths.paths[0].steps[0].observedMoves;
};

const supplyOfS = async () => {
    const response = await api.post({ query: `query($u: ID) { skillSupplyDemand(orgUnitId: $u) { skills { skillId supply } } }`, variables: { u: `${p}U` } });
    expect(response.errors).toBeUndefined();
    return (response.data as { skillSupplyDemand: { skills: { skillId: string; supply: number }[] } }).skillSupplyDemand.skills.find(
        (s) => s.skillId === `${p}S`,
    )?.supply;
};

const erase = (personId: string) =>
    api.post({
        query: `mutation($p: ID!) { erasePerson(personId: $p, reference: "request 42") { personId erasedAt requestedBy reference relationshipsRemoved alreadyErased } }`,
        variables: { p: personId },
    });

describe("erasePerson", () => {
    it("removes the person and everything of theirs, keeps a tombstone and their moves as a count, and is idempotent", async () => {
        expect(await observedMoves()).toBe(1);
        expect(await supplyOfS()).toBe(1);

        const first = await erase(`${p}P`);
        expect(first.errors).toBeUndefined();
        const receipt = (first.data as { erasePerson: Record<string, unknown> }).erasePerson;
        expect(receipt).toMatchObject({ personId: `${p}P`, requestedBy: "test:admin", reference: "request 42", relationshipsRemoved: 6, alreadyErased: false });

        const left = await api.cypher<{ people: number; tombstone: Record<string, unknown> }>(
            `OPTIONAL MATCH (x:Person {id: $id})
             WITH count(x) AS people
             MATCH (t:ErasedPerson {personId: $id})
             RETURN people, properties(t) AS tombstone`,
            { id: `${p}P` },
        );
        expect(Number(left[0].people)).toBe(0);
        expect(Object.keys(left[0].tombstone).sort()).toEqual(["changeVersion", "erasedAt", "personId", "reference", "relationshipsRemoved", "requestedBy"]);
        expect(JSON.stringify(left[0].tombstone)).not.toMatch(/Pat|example\.com/);

        // The move A -> B still counts, as a number; supply no longer counts Pat (the index drops erased people).
        expect(await observedMoves()).toBe(1);
        expect(await supplyOfS()).toBe(0);

        const again = await erase(`${p}P`);
        expect(again.errors).toBeUndefined();
        expect((again.data as { erasePerson: Record<string, unknown> }).erasePerson).toEqual({ ...receipt, alreadyErased: true });
        expect(await observedMoves()).toBe(1);
    });

    it("answers NOT_FOUND for an id that is neither a person nor erased, writing nothing", async () => {
        const response = await erase(`${p}nobody`);
        expect(response.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "personId" });
        expect(await api.cypher("MATCH (t:ErasedPerson {personId: $id}) RETURN t", { id: `${p}nobody` })).toHaveLength(0);
    });
});
