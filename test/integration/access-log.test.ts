import pino from "pino";
import { mintToken } from "../../tools/harness/tokens";
import { AccessLog } from "../../src/use-cases/access-log";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * The access log: reads of a person's profile, gap or ranking by others are recorded (who, audience, operation,
 * when; never what), the person's own reads are not, the client's answer never shows the ids added to record them,
 * and the person (myAccessLog), admins (accessLog) and the data export see them; retention and erasure remove them.
 * Fixture: unit U with an open position of role R, which requires S at 3; Ana (in U) holds S at 4.
 */
let api: TestApi;
const p = uniquePrefix("accesslog");
const id = (key: string) => `${p}${key}`;
const tokens = { ana: "", planner: "", admin: "" };

beforeAll(async () => {
    api = await startTestApi({ embeddings: "off" });
    await api.cypher(
        `CREATE (u:OrgUnit {id: $p + 'U', name: 'Unit U'}),
                (s:Skill {id: $p + 'S', name: 'Skill S', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (r:Role {id: $p + 'R', title: 'Role R', taxonomy: 'INTERNAL', altTitles: [], tags: []})-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s),
                (u)-[:HAS_POSITION {headcount: 0, openings: 1}]->(r),
                (ana:Person {id: $p + 'Ana', name: 'Ana Logged', email: $p + 'ana@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (ana)-[:HAS_SKILL {level: 4, source: 'ASSESSED', assessedAt: datetime('2026-01-01T00:00:00Z')}]->(s)`,
        { p },
    );
    tokens.ana = await mintToken({ sub: id("Ana"), roles: ["employee"] });
    tokens.planner = await mintToken({ sub: "test:planner-log", roles: ["planner"], orgUnits: [id("U")] });
    tokens.admin = await mintToken({ sub: "test:admin-log", roles: ["admin"] });
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p OR n.personId STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = (await api.post({ query, variables: { ana: id("Ana"), r: id("R"), u: id("U"), ...variables } }, token)) as GraphQLResponse<T>;
    expect(response.errors).toBeUndefined();
    return response.data!;
}

type Record_ = { actor: string; audience: string; operation: string; at: string };
const summary = (records: Record_[]) => records.map((r) => `${r.audience} ${r.actor} ${r.operation}`).sort();

describe("the access log", () => {
    it("records others' reads of a person, never the person's own, and shows the client only what it asked for", async () => {
        const people = await ok<unknown>(tokens.planner, `query($ana: ID!) { people(where: {id: {eq: $ana}}) { name } }`);
        expect(people).toEqual({ people: [{ name: "Ana Logged" }] });
        await ok(tokens.planner, `query($ana: ID!, $r: ID!) { skillGap(personId: $ana, roleId: $r) { fit } }`);
        const ranked = await ok<unknown>(
            tokens.planner,
            `query($r: ID!, $u: ID) { candidatesForRole(roleId: $r, filter: {orgUnitId: $u}) { edges { node { fit } } } }`,
        );
        expect(ranked).toEqual({ candidatesForRole: { edges: [{ node: { fit: 1 } }] } });
        await ok(
            tokens.ana,
            `query($ana: ID!, $r: ID!) { people(where: {id: {eq: $ana}}) { name fitFor(roleId: $r) { fit } } skillGap(personId: $ana, roleId: $r) { fit } }`,
        );

        const { myAccessLog } = await ok<{ myAccessLog: Record_[] }>(tokens.ana, `{ myAccessLog { actor audience operation at } }`);
        expect(summary(myAccessLog)).toEqual([
            "PLANNER test:planner-log candidatesForRole",
            "PLANNER test:planner-log people",
            "PLANNER test:planner-log skillGap",
        ]);
        expect(myAccessLog.every((r) => Date.now() - Date.parse(r.at) < 60_000)).toBe(true);
    });

    it("is read by admins and exported with the person's data", async () => {
        const { accessLog } = await ok<{ accessLog: Record_[] }>(tokens.admin, `query($ana: ID!) { accessLog(personId: $ana) { actor audience operation } }`);
        expect(summary(accessLog)).toEqual([
            "PLANNER test:planner-log candidatesForRole",
            "PLANNER test:planner-log people",
            "PLANNER test:planner-log skillGap",
        ]);
        const { exportMyData } = await ok<{ exportMyData: { accessLog: Record_[] } }>(tokens.ana, `{ exportMyData }`);
        // The admin's reading of the log is itself a read of the person's data.
        expect(summary(exportMyData.accessLog)).toEqual([
            "ADMIN test:admin-log accessLog",
            "PLANNER test:planner-log candidatesForRole",
            "PLANNER test:planner-log people",
            "PLANNER test:planner-log skillGap",
        ]);
    });

    it("records a sole holder named by skillSupplyDemand and a holding shown by expiringCredentials", async () => {
        await api.cypher(
            `MATCH (ana:Person {id: $p + 'Ana'}) CREATE (ana)-[:HOLDS {issuedAt: datetime() - duration('P300D'), expiresAt: datetime() + duration('P10D'), verified: true}]->(:Credential {id: $p + 'C', title: 'Expiring C', learningOutcomes: [], participationForms: []})`,
            { p },
        );
        const supply = await ok<{ skillSupplyDemand: { skills: { explanation: string }[] } }>(
            tokens.planner,
            `query($u: ID) { skillSupplyDemand(orgUnitId: $u) { skills { explanation } } }`,
        );
        expect(supply.skillSupplyDemand.skills[0].explanation).toContain("only Ana Logged holds it");
        const expiring = await ok<{ expiringCredentials: { title: string }[] }>(
            tokens.planner,
            `query($u: ID) { expiringCredentials(withinDays: 30, orgUnitId: $u) { title } }`,
        );
        expect(expiring.expiringCredentials).toEqual([{ title: "Expiring C" }]);
        const { myAccessLog } = await ok<{ myAccessLog: Record_[] }>(tokens.ana, `{ myAccessLog { actor audience operation at } }`);
        expect(summary(myAccessLog)).toEqual(
            expect.arrayContaining(["PLANNER test:planner-log expiringCredentials", "PLANNER test:planner-log skillSupplyDemand"]),
        );
    });

    it("removes records older than the retention as it writes (at most once an hour per process)", async () => {
        await api.cypher(
            `CREATE (:AccessRecord {personId: $p + 'Ana', actor: 'test:old', audience: 'PLANNER', operation: 'people', at: datetime() - duration({days: 40})})`,
            { p },
        );
        const oldOnes = async () =>
            (await api.cypher<{ old: boolean }>("MATCH (a:AccessRecord {personId: $id, actor: 'test:old'}) RETURN count(a) > 0 AS old", { id: id("Ana") }))[0]
                .old;
        const logFor = (retentionDays: number) =>
            new AccessLog({ driver: api.driver, database: api.database }, { retentionDays, flushMs: 1000, batchSize: 10 }, pino({ level: "silent" }));
        await logFor(365).flush();
        expect(await oldOnes()).toBe(true);
        const thirtyDays = logFor(30);
        await thirtyDays.flush();
        expect(await oldOnes()).toBe(false);
        expect(summary(await thirtyDays.read(id("Ana"), 100))).toContain("PLANNER test:planner-log people");
    });

    it("goes with the person when they are erased, and the erasure starts no new one", async () => {
        await ok(tokens.admin, `mutation($ana: ID!) { erasePerson(personId: $ana) { personId } }`);
        const [row] = await api.cypher<{ none: boolean }>("MATCH (a:AccessRecord {personId: $id}) RETURN count(a) = 0 AS none", { id: id("Ana") });
        expect(row.none).toBe(true);
        const { accessLog } = await ok<{ accessLog: Record_[] }>(tokens.admin, `query($ana: ID!) { accessLog(personId: $ana) { operation } }`);
        expect(accessLog).toEqual([]);
    });
});
