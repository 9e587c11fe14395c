import type { PeopleFitNoIdQuery, PeopleFitQuery, SkillGapQuery } from "../generated/operations";
import { type QueryCounter, countQueries } from "../helpers/query-counter";
import { type TestApi, startTestApi } from "../helpers/test-api";

let api: TestApi;
let counter: QueryCounter;
let roleId: string;

beforeAll(async () => {
    api = await startTestApi({
        wrapDriver: (driver) => {
            counter = countQueries(driver);
            return counter.driver;
        },
    });
    // The library checks the database version on its first request; send one so that counts below are steady.
    await api.op<SkillGapQuery>("SkillGap", { personId: "demo:person:0001", roleId: "no-such-role" });
    // The demo role with the most requirements, so every person's report has rows to judge.
    [{ roleId }] = await api.cypher<{ roleId: string }>(
        "MATCH (r:Role)-[:REQUIRES]->() WHERE (r)<-[:HAS_ROLE]-(:Person) WITH r, count(*) AS n ORDER BY n DESC, r.id LIMIT 1 RETURN r.id AS roleId",
    );
});

afterAll(async () => {
    await api.stop();
});

async function roundTrips<T>(send: () => Promise<T>): Promise<[T, number]> {
    counter.reset();
    const result = await send();
    return [result, counter.count()];
}

describe("Person.fitFor through the request's DataLoader", () => {
    it("counts one round trip for a single skillGap (the counter sees every query)", async () => {
        const [response, trips] = await roundTrips(() => api.op<SkillGapQuery>("SkillGap", { personId: "demo:person:0001", roleId }));
        expect(response.errors).toBeUndefined();
        expect(trips).toBe(1);
    });

    it("costs the same two round trips for 5 or 50 people: the page, then one batch of reports", async () => {
        const [five, tripsFive] = await roundTrips(() => api.op<PeopleFitQuery>("PeopleFit", { limit: 5, roleId }));
        const [fifty, tripsFifty] = await roundTrips(() => api.op<PeopleFitQuery>("PeopleFit", { limit: 50, roleId }));
        expect(five.errors).toBeUndefined();
        expect(fifty.errors).toBeUndefined();
        expect(fifty.data!.people).toHaveLength(50);
        expect([tripsFive, tripsFifty]).toEqual([2, 2]);
    });

    it("gives each person the same report skillGap gives", async () => {
        const people = (await api.op<PeopleFitQuery>("PeopleFit", { limit: 20, roleId })).data!.people;
        expect(new Set(people.map((person) => person.fitFor.fit.toFixed(3))).size).toBeGreaterThan(1);
        for (const person of people.slice(0, 5)) {
            const single = (await api.op<SkillGapQuery>("SkillGap", { personId: person.id, roleId })).data!.skillGap;
            expect(person.fitFor).toMatchObject({ fit: single.fit, essentialCoverage: single.essentialCoverage, missingEssentials: single.missingEssentials });
        }
    });

    it("works when the query does not select the person's id", async () => {
        const response = await api.op<PeopleFitNoIdQuery>("PeopleFitNoId", { limit: 3, roleId });
        expect(response.errors).toBeUndefined();
        expect(response.data!.people.map((person) => person.fitFor.roleId)).toEqual([roleId, roleId, roleId]);
    });

    it("reports an unknown role as NOT_FOUND naming the field", async () => {
        const response = await api.op<PeopleFitQuery>("PeopleFit", { limit: 2, roleId: "no-such-role" });
        expect(response.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "roleId" });
        expect(response.errors?.every((e) => e.extensions.code === "NOT_FOUND")).toBe(true);
    });
});
