import neo4j from "neo4j-driver";
import type {
    CredentialProgressQuery,
    CredentialStackQuery,
    ExpiringCredentialsQuery,
    LearningPlanQuery,
    NearestCredentialsQuery,
} from "../generated/operations";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("learn");
const asOf = "2026-06-01T00:00:00Z";

/**
 * Hand-worked fixture (every expected answer below is worked out from it).
 * Role R requires A 3 (essential), B 2 (essential), C 3 (optional).
 * Pat has A 1 (self); B 3 assessed but expired 2026-03-01; credential CB (certifies B 2) expired 2026-03-01;
 * credential CC (certifies C 2) valid until 2028. So now: A 1, B 0, C 2.
 * Courses:            teaches      needs   minutes  EUR
 *   K1 A basics       A 2          -       20       0
 *   K2 A advanced     A 3          A 2     30       50
 *   K3 A intensive    A 3          -       60       40
 *   K4 B and C        B 2, C 2     -       45       100
 *   K5 B refresher    B 2          -       15       20
 *   K6 C primer       C 2          -       25       10
 *   K7 D deep dive    D 4          E 3     30       0     (nothing teaches E: D is out of reach)
 * Credentials: CA certifies A 3; CB certifies B 2; CC certifies C 2; CD certifies D 4.
 * Stack S "Fixture stack": any 2 of CA (mandatory), CB, CC, CD. Stack TOP "Top stack": any 1 of S (mandatory), CD.
 * Sam (in org unit U) holds CA until 2026-09-01 and CC until 2027-01-01: S is met now, and at risk.
 */
beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `UNWIND ['A', 'B', 'C', 'D', 'E'] AS key
         CREATE (:Skill {id: $p + key, name: 'Skill ' + key, taxonomy: 'INTERNAL', altLabels: [], tags: []})`,
        { p },
    );
    await api.cypher(
        `MATCH (a:Skill {id: $p + 'A'}), (b:Skill {id: $p + 'B'}), (c:Skill {id: $p + 'C'})
         CREATE (r:Role {id: $p + 'R', title: 'Role R', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(a),
                (r)-[:REQUIRES {level: 2, importance: 'ESSENTIAL'}]->(b),
                (r)-[:REQUIRES {level: 3, importance: 'OPTIONAL'}]->(c)`,
        { p },
    );
    await api.cypher(
        `UNWIND $courses AS spec
         CREATE (k:Course {id: $p + spec.k, title: 'Course ' + spec.k, durationMinutes: spec.minutes, cost: spec.cost, currency: 'EUR',
                           format: 'ONLINE', language: 'en'})
         WITH k, spec
         CALL (k, spec) {
           UNWIND spec.teaches AS t
           MATCH (s:Skill {id: $p + t.skill})
           CREATE (k)-[:TEACHES {level: t.level}]->(s)
         }
         CALL (k, spec) {
           UNWIND spec.needs AS n
           MATCH (s:Skill {id: $p + n.skill})
           CREATE (k)-[:PREREQUISITE {level: n.level}]->(s)
         }`,
        {
            p,
            courses: [
                { k: "K1", minutes: 20, cost: 0, teaches: [{ skill: "A", level: 2 }], needs: [] },
                { k: "K2", minutes: 30, cost: 50, teaches: [{ skill: "A", level: 3 }], needs: [{ skill: "A", level: 2 }] },
                { k: "K3", minutes: 60, cost: 40, teaches: [{ skill: "A", level: 3 }], needs: [] },
                {
                    k: "K4",
                    minutes: 45,
                    cost: 100,
                    teaches: [
                        { skill: "B", level: 2 },
                        { skill: "C", level: 2 },
                    ],
                    needs: [],
                },
                { k: "K5", minutes: 15, cost: 20, teaches: [{ skill: "B", level: 2 }], needs: [] },
                { k: "K6", minutes: 25, cost: 10, teaches: [{ skill: "C", level: 2 }], needs: [] },
                { k: "K7", minutes: 30, cost: 0, teaches: [{ skill: "D", level: 4 }], needs: [{ skill: "E", level: 3 }] },
            ].map((c) => ({
                ...c,
                minutes: neo4j.int(c.minutes),
                teaches: c.teaches.map((t) => ({ ...t, level: neo4j.int(t.level) })),
                needs: c.needs.map((n) => ({ ...n, level: neo4j.int(n.level) })),
            })),
        },
    );
    await api.cypher(
        `MATCH (a:Skill {id: $p + 'A'}), (b:Skill {id: $p + 'B'}), (c:Skill {id: $p + 'C'}), (d:Skill {id: $p + 'D'})
         CREATE (ca:Credential {id: $p + 'CA', title: 'Cred A'})-[:CERTIFIES {level: 3}]->(a),
                (cb:Credential {id: $p + 'CB', title: 'Cred B'})-[:CERTIFIES {level: 2}]->(b),
                (cc:Credential {id: $p + 'CC', title: 'Cred C'})-[:CERTIFIES {level: 2}]->(c),
                (cd:Credential {id: $p + 'CD', title: 'Cred D'})-[:CERTIFIES {level: 4}]->(d),
                (s:Credential {id: $p + 'S', title: 'Fixture stack', requiredParts: 2}),
                (top:Credential {id: $p + 'TOP', title: 'Top stack', requiredParts: 1}),
                (ca)-[:PART_OF {mandatory: true}]->(s), (cb)-[:PART_OF {mandatory: false}]->(s),
                (cc)-[:PART_OF {mandatory: false}]->(s), (cd)-[:PART_OF {mandatory: false}]->(s),
                (s)-[:PART_OF {mandatory: true}]->(top), (cd)-[:PART_OF {mandatory: false}]->(top),
                (u:OrgUnit {id: $p + 'U', name: 'Fixture unit'}),
                (:Role {id: $p + 'EMPTY', title: 'Empty role', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (:Person {id: $p + 'NEW', name: 'Noa New', email: $p + 'new@example.com', availability: 1.0}),
                (pat:Person {id: $p + 'PAT', name: 'Pat', email: $p + 'pat@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (sam:Person {id: $p + 'SAM', name: 'Sam', email: $p + 'sam@example.com', availability: 1.0})-[:MEMBER_OF]->(u),
                (pat)-[:HAS_SKILL {level: 1, source: 'SELF', assessedAt: datetime('2026-01-10T00:00:00Z')}]->(a),
                (pat)-[:HAS_SKILL {level: 3, source: 'ASSESSED', assessedAt: datetime('2024-03-01T00:00:00Z'), validUntil: datetime('2026-03-01T00:00:00Z')}]->(b),
                (pat)-[:HOLDS {issuedAt: datetime('2024-03-01T00:00:00Z'), expiresAt: datetime('2026-03-01T00:00:00Z'), verified: true}]->(cb),
                (pat)-[:HOLDS {issuedAt: datetime('2026-01-01T00:00:00Z'), expiresAt: datetime('2028-01-01T00:00:00Z'), verified: true}]->(cc),
                (sam)-[:HOLDS {issuedAt: datetime('2024-09-01T00:00:00Z'), expiresAt: datetime('2026-09-01T00:00:00Z'), verified: true}]->(ca),
                (sam)-[:HOLDS {issuedAt: datetime('2025-01-01T00:00:00Z'), expiresAt: datetime('2027-01-01T00:00:00Z'), verified: true}]->(cc)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

const id = (full: string | null | undefined) => (full ?? "").slice(p.length);
const plan = (target: Record<string, string>, options: Record<string, unknown> = {}) =>
    api.op<LearningPlanQuery>("LearningPlan", { personId: `${p}PAT`, target, options, asOf });

describe("learningPlan for a role", () => {
    it("finds the least-minutes plan, orders it by prerequisites and explains what stays open", async () => {
        const response = await plan({ roleId: `${p}R` });
        expect(response.errors).toBeUndefined();
        const result = response.data!.learningPlan;
        // A 1->3: K1 + K2 (50 min) beats K3 (60); B 0->2: K5 (15) beats K4 (45); C 2->3: no course teaches C 3.
        expect(result.steps.map((s) => id(s.courseId)).sort()).toEqual(["K1", "K2", "K5"]);
        const order = result.steps.map((s) => id(s.courseId));
        expect(order.indexOf("K1")).toBeLessThan(order.indexOf("K2"));
        expect([result.totalMinutes, result.totalCost, result.currency, result.solver, result.optimal]).toEqual([65, 70, "EUR", "EXACT", true]);
        expect(result.targets.map((t) => [id(t.skillId), t.currentLevel, t.requiredLevel])).toEqual(
            expect.arrayContaining([
                ["A", 1, 3],
                ["B", 0, 2],
                ["C", 2, 3],
            ]),
        );
        const k2 = result.steps.find((s) => id(s.courseId) === "K2")!;
        expect(k2.prerequisites).toEqual([{ skillId: `${p}A`, level: 2, metByCourseId: `${p}K1`, metBy: "step: Course K1" }]);
        expect(k2.raises).toEqual([{ skillId: `${p}A`, fromLevel: 2, toLevel: 3, targetLevel: 3 }]);
        expect(result.steps.at(-1)!.totalMinutes).toBe(65);
        expect(result.open).toEqual([
            {
                skillId: `${p}C`,
                requiredLevel: 3,
                currentLevel: 2,
                reachableLevel: 2,
                reason: "NO_COURSE",
                explanation: "No available course teaches Skill C to level 3; courses reach level 2 at most.",
            },
        ]);
        // Cred A (A 3) becomes reachable after K2, Cred B (B 2, held but expired) after K5.
        const eligible = Object.fromEntries(result.eligibleCredentials.map((e) => [id(e.credentialId), e.afterStep]));
        expect(eligible).toEqual({ CA: order.indexOf("K2") + 1, CB: order.indexOf("K5") + 1 });
        expect(result.explanation).toContain("3 courses (65 minutes, 70 EUR) close 2 of 3 skill gaps for Role R; 1 stay open (exact solver, proven optimal)");
    });

    it("minimises cost when asked", async () => {
        const result = (await plan({ roleId: `${p}R` }, { objective: "COST" })).data!.learningPlan;
        // A: K3 (40 EUR) beats K1 + K2 (50); B: K5 (20).
        expect(result.steps.map((s) => id(s.courseId)).sort()).toEqual(["K3", "K5"]);
        expect([result.totalCost, result.totalMinutes, result.objective]).toEqual([60, 75, "COST"]);
    });

    it("plans for essential requirements only when asked", async () => {
        const result = (await plan({ roleId: `${p}R` }, { essentialOnly: true })).data!.learningPlan;
        expect(result.targets.map((t) => id(t.skillId)).sort()).toEqual(["A", "B"]);
        expect([result.totalMinutes, result.open]).toEqual([65, []]);
    });

    it("keeps within a budget and says what it left open", async () => {
        const result = (await plan({ roleId: `${p}R` }, { maxMinutes: 40 })).data!.learningPlan;
        // Greedy: K5 (2 levels in 15 min), then K1 (1 level in 20); K2 would pass 40 minutes.
        expect(result.steps.map((s) => id(s.courseId))).toEqual(["K5", "K1"]);
        expect([result.totalMinutes, result.solver, result.optimal]).toEqual([35, "GREEDY", false]);
        expect(result.open.map((o) => [id(o.skillId), o.reason, o.reachableLevel])).toEqual([
            ["C", "NO_COURSE", 2],
            ["A", "BUDGET", 2],
        ]);
        expect(result.open[1].explanation).toBe("Skill A to level 3 does not fit within the budget of 40 minutes.");
    });

    it("takes only courses within the learner's filters, and says so for what stays open", async () => {
        // Courses of at most 20 minutes: K1 (A 2, 20 min) and K5 (B 2, 15 min). K2 and K3 are too long, so A 3 is out of
        // reach (K1 alone reaches A 2) and, like C, is not planned for.
        const short = (await plan({ roleId: `${p}R` }, { maxCourseMinutes: 20 })).data!.learningPlan;
        expect(short.steps.map((s) => id(s.courseId))).toEqual(["K5"]);
        const open = [...short.open].sort((a, b) => a.skillId.localeCompare(b.skillId));
        expect(open.map((o) => [id(o.skillId), o.reason, o.reachableLevel])).toEqual([
            ["A", "NO_COURSE", 2],
            ["C", "NO_COURSE", 2],
        ]);
        expect(open[0].explanation).toBe(
            "No available course within your course filters (at most 20 minutes each) teaches Skill A to level 3; courses reach level 2 at most.",
        );
        // Every fixture course is ONLINE, in English, from no provider.
        expect((await plan({ roleId: `${p}R` }, { formats: ["ONLINE"], languages: ["en"] })).data!.learningPlan.totalMinutes).toBe(65);
        for (const options of [{ formats: ["ONSITE"] }, { languages: ["de"] }, { providerIds: [`${p}O`] }]) {
            const none = (await plan({ roleId: `${p}R` }, options)).data!.learningPlan;
            expect([none.steps, none.open.map((o) => o.reason)]).toEqual([[], ["NO_COURSE", "NO_COURSE", "NO_COURSE"]]);
        }
        const empty = await plan({ roleId: `${p}R` }, { formats: [] });
        expect(empty.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "options.formats" });
    });

    it("gives an empty plan for a role with no requirements, and plans from zero for a person with no skills", async () => {
        const empty = (await plan({ roleId: `${p}EMPTY` })).data!.learningPlan;
        expect([empty.steps, empty.targets, empty.open, empty.explanation]).toEqual([[], [], [], "Pat already meets every skill level Empty role asks for."]);
        const fresh = await api.op<LearningPlanQuery>("LearningPlan", { personId: `${p}NEW`, target: { roleId: `${p}R` }, asOf });
        expect(fresh.errors).toBeUndefined();
        const result = fresh.data!.learningPlan;
        // A 0->3 by K1 + K2 (50), B 0->2 by K5 (15); C 0->3 is out of reach (courses stop at C 2), so it is not planned for.
        expect([result.steps.map((s) => id(s.courseId)).sort(), result.totalMinutes]).toEqual([["K1", "K2", "K5"], 65]);
        expect(result.open.map((o) => [id(o.skillId), o.currentLevel, o.reachableLevel, o.reason])).toEqual([["C", 0, 2, "NO_COURSE"]]);
    });

    it("rejects a target that is neither or both, unknown ids and a bad budget", async () => {
        const neither = await plan({});
        expect(neither.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "target" });
        const both = await plan({ roleId: `${p}R`, credentialId: `${p}CA` });
        expect(both.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
        const unknownRole = await plan({ roleId: `${p}nope` });
        expect(unknownRole.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "roleId" });
        const unknownPerson = await api.op<LearningPlanQuery>("LearningPlan", { personId: `${p}nobody`, target: { credentialId: `${p}CA` } });
        expect(unknownPerson.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "personId" });
        const unknownCredential = await plan({ credentialId: `${p}nope` });
        expect(unknownCredential.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "target.credentialId" });
        const badBudget = await plan({ roleId: `${p}R` }, { maxMinutes: 0 });
        expect(badBudget.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    });
});

describe("credential stacks", () => {
    it("lists the nested stack depth first with each rule", async () => {
        const response = await api.op<CredentialStackQuery>("CredentialStack", { credentialId: `${p}TOP` });
        expect(response.errors).toBeUndefined();
        const stack = response.data!.credentialStack;
        expect(stack.rule).toBe("any 1 of 2 parts, including 1 mandatory");
        expect(stack.entries.map((e) => [id(e.credentialId), id(e.parentId), e.depth, e.mandatory])).toEqual([
            ["TOP", "", 0, null],
            ["S", "TOP", 1, true],
            ["CA", "S", 2, true],
            ["CB", "S", 2, false],
            ["CC", "S", 2, false],
            ["CD", "S", 2, false],
            ["CD", "TOP", 1, false],
        ]);
        expect(stack.entries[1]).toMatchObject({ requiredParts: 2, partCount: 4, rule: "any 2 of 4 parts, including 1 mandatory" });
    });

    it("gives progress with held, expired and missing parts and the cheapest plan to finish", async () => {
        const response = await api.op<CredentialProgressQuery>("CredentialProgress", { personId: `${p}PAT`, credentialId: `${p}S`, asOf });
        expect(response.errors).toBeUndefined();
        const progress = response.data!.credentialProgress;
        expect([progress.complete, progress.status]).toEqual([false, "NONE"]);
        expect(progress.held.map((x) => id(x.credentialId))).toEqual(["CC"]);
        expect(progress.expired.map((x) => [id(x.credentialId), x.expiresAt])).toEqual([["CB", "2026-03-01T00:00:00.000Z"]]);
        expect(progress.missing.map((x) => id(x.credentialId))).toEqual(["CA", "CD"]);
        expect(progress.rules).toEqual([
            { credentialId: `${p}S`, rule: "any 2 of 4 parts, including 1 mandatory", requiredParts: 2, completeParts: 1, satisfied: false },
        ]);
        // Mandatory CA (A 1 of the 3 it certifies: 1/3) plus the best optional part CC (held: 1), over 2: 0.667.
        expect(progress.shareComplete.toFixed(3)).toBe("0.667");
        // Only CA is left to earn: A 1->3 by K1 + K2 in 50 minutes.
        expect(progress.plan.credentialsToEarn.map((c) => id(c.credentialId))).toEqual(["CA", "S"]);
        expect(progress.plan.steps.map((s) => id(s.courseId))).toEqual(["K1", "K2"]);
        expect([progress.remainingMinutes, progress.plan.optimal]).toEqual([50, true]);
        expect(progress.explanation).toBe("Pat is 67% of the way to Fixture stack. Cred B expired on 2026-03-01. " + progress.plan.explanation);
    });

    it("ranks the credentials a person is nearest to by remaining minutes", async () => {
        const response = await api.op<NearestCredentialsQuery>("NearestCredentials", { personId: `${p}PAT`, first: 4, asOf });
        expect(response.errors).toBeUndefined();
        // CB 15 min (K5); then 50 min each: Fixture stack and Top stack (share 2/3) before Cred A (A 1 of 3: 1/3). CC is held.
        expect(response.data!.nearestCredentials.map((c) => [id(c.credentialId), c.remainingMinutes, c.shareComplete.toFixed(3)])).toEqual([
            ["CB", 15, "0.000"],
            ["S", 50, "0.667"],
            ["TOP", 50, "0.667"],
            ["CA", 50, "0.333"],
        ]);
    });

    it("lists holdings expiring in an org unit with the stacks they put at risk", async () => {
        const response = await api.op<ExpiringCredentialsQuery>("ExpiringCredentials", { withinDays: 365, orgUnitId: `${p}U`, asOf });
        expect(response.errors).toBeUndefined();
        const rows = response.data!.expiringCredentials;
        // Sam: CA expires 2026-09-01 (92 days), CC 2027-01-01 (214 days). Pat's CC (2028) is outside the window.
        expect(rows.map((r) => [id(r.personId), id(r.credentialId), r.daysLeft])).toEqual([
            ["SAM", "CA", 92],
            ["SAM", "CC", 214],
        ]);
        expect(rows[0].stacksAtRisk.map((s) => [id(s.credentialId), s.heldNow]).sort()).toEqual([
            ["S", false],
            ["TOP", false],
        ]);
        expect(rows[0].stacksAtRisk.find((s) => id(s.credentialId) === "S")!.explanation).toBe(
            "Without Cred A, Sam no longer meets Fixture stack (any 2 of 4 parts, including 1 mandatory).",
        );
        const unknown = await api.op<ExpiringCredentialsQuery>("ExpiringCredentials", { withinDays: 30, orgUnitId: `${p}nope` });
        expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "orgUnitId" });
        const tooMany = await api.op<ExpiringCredentialsQuery>("ExpiringCredentials", { withinDays: 30, first: 5000 });
        expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });
});
