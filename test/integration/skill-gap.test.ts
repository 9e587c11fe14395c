import type { SkillGapQuery } from "../generated/operations";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

let api: TestApi;
const p = uniquePrefix("gap");
const asOf = "2026-06-01T00:00:00Z";

/**
 * Hand-worked fixture. Role R requires A 3 (essential), B 4 (essential), C 3 (essential), D 2 (optional).
 * The person has A 3 (self), B 4 assessed but expired 2026-03-01, a valid credential certifying B at 3,
 * nothing for C but its narrower skill C1 at 4, and nothing for D.
 */
beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        `CREATE (a:Skill {id: $p + 'A', name: 'Skill A', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (b:Skill {id: $p + 'B', name: 'Skill B', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (c:Skill {id: $p + 'C', name: 'Skill C', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (c1:Skill {id: $p + 'C1', name: 'Skill C1', taxonomy: 'INTERNAL', altLabels: [], tags: []})-[:BROADER]->(c),
                (d:Skill {id: $p + 'D', name: 'Skill D', taxonomy: 'INTERNAL', altLabels: [], tags: []}),
                (r:Role {id: $p + 'R', title: 'Role R', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (empty:Role {id: $p + 'EMPTY', title: 'Empty role', taxonomy: 'INTERNAL', altTitles: [], tags: []}),
                (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(a),
                (r)-[:REQUIRES {level: 4, importance: 'ESSENTIAL'}]->(b),
                (r)-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(c),
                (r)-[:REQUIRES {level: 2, importance: 'OPTIONAL'}]->(d),
                (cred:Credential {id: $p + 'CRED', title: 'B certificate', assessmentType: 'EXAM', participationForm: 'ONLINE', learningOutcomes: []})-[:CERTIFIES {level: 3}]->(b),
                (person:Person {id: $p + 'P', name: 'Pat Fixture', email: $p + 'p@example.com', availability: 1.0}),
                (nobody:Person {id: $p + 'NOBODY', name: 'No Skills', email: $p + 'n@example.com', availability: 1.0}),
                (person)-[:HAS_SKILL {level: 3, source: 'SELF', assessedAt: datetime('2026-01-10T00:00:00Z')}]->(a),
                (person)-[:HAS_SKILL {level: 4, source: 'ASSESSED', assessedAt: datetime('2024-03-01T00:00:00Z'), validUntil: datetime('2026-03-01T00:00:00Z')}]->(b),
                (person)-[:HOLDS {issuedAt: datetime('2025-05-01T00:00:00Z'), expiresAt: datetime('2027-05-01T00:00:00Z'), verified: true}]->(cred),
                (person)-[:HAS_SKILL {level: 4, source: 'MANAGER', assessedAt: datetime('2025-11-01T00:00:00Z')}]->(c1)`,
        { p },
    );
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

const gap = (variables: Record<string, unknown>) => api.op<SkillGapQuery>("SkillGap", { personId: `${p}P`, roleId: `${p}R`, asOf, ...variables });

describe("skillGap", () => {
    it("reports each requirement with its evidence, expired evidence and deficit", async () => {
        const response = await gap({});
        expect(response.errors).toBeUndefined();
        const report = response.data!.skillGap;
        expect([report.personName, report.roleTitle]).toEqual(["Pat Fixture", "Role R"]);
        const rows = Object.fromEntries(report.requirements.map((r) => [r.skillId.slice(p.length), r]));
        expect(rows.A).toMatchObject({ requiredLevel: 3, effectiveLevel: 3, deficit: 0, met: true });
        expect(rows.B).toMatchObject({ requiredLevel: 4, effectiveLevel: 3, deficit: 1, met: false });
        expect(rows.B.evidence).toEqual([
            { source: "CREDENTIAL", level: 3, countsAs: 3, credentialTitle: "B certificate", skillId: `${p}B`, viaNarrower: false, expired: false },
        ]);
        expect(rows.B.expiredEvidence).toEqual([{ source: "ASSESSED", level: 4, validUntil: "2026-03-01T00:00:00.000Z", expired: true }]);
        expect(rows.B.explanation).toContain("Skill B 4 (assessed) expired on 2026-03-01");
        expect(rows.C).toMatchObject({ effectiveLevel: 0, deficit: 3, metViaNarrower: false });
        expect(rows.D).toMatchObject({ importance: "OPTIONAL", effectiveLevel: 0, deficit: 2 });
        // fit = (1 + 0.75 + 0 + 0.3 * 0) / (3 + 0.3) = 0.530; coverage 1 of 3 essentials.
        expect(report.fit.toFixed(3)).toBe("0.530");
        expect(report.essentialCoverage.toFixed(3)).toBe("0.333");
        expect(report.missingEssentials).toBe(2);
        expect(report.requirements.map((r) => r.skillId.slice(p.length))).toEqual(["C", "B", "A", "D"]);
    });

    it("counts a narrower skill at one level less when includeNarrower is set, and says so", async () => {
        const report = (await gap({ includeNarrower: true })).data!.skillGap;
        const c = report.requirements.find((r) => r.skillId === `${p}C`)!;
        expect(c).toMatchObject({ effectiveLevel: 3, met: true, metViaNarrower: true });
        expect(c.evidence[0]).toMatchObject({ skillId: `${p}C1`, level: 4, countsAs: 3, viaNarrower: true });
        // fit = (1 + 0.75 + 1 + 0) / 3.3 = 0.833; coverage 2 of 3.
        expect(report.fit.toFixed(3)).toBe("0.833");
        expect(report.essentialCoverage.toFixed(3)).toBe("0.667");
        expect(report.missingEssentials).toBe(1);
    });

    it("judges validity at asOf: before its expiry the assessment still counts", async () => {
        const report = (await gap({ asOf: "2026-02-01T00:00:00Z" })).data!.skillGap;
        expect(report.requirements.find((r) => r.skillId === `${p}B`)).toMatchObject({ effectiveLevel: 4, met: true });
    });

    it("treats a person with no skills as a normal case and a role with no requirements as a full fit", async () => {
        const none = (await gap({ personId: `${p}NOBODY` })).data!.skillGap;
        expect([none.fit, none.essentialCoverage, none.missingEssentials]).toEqual([0, 0, 3]);
        const empty = (await gap({ roleId: `${p}EMPTY` })).data!.skillGap;
        expect([empty.fit, empty.essentialCoverage, empty.requirements]).toEqual([1, 1, []]);
    });

    it("answers NOT_FOUND for an unknown person or role, naming the argument", async () => {
        const person = await gap({ personId: `${p}missing` });
        expect(person.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "personId" });
        const role = await gap({ roleId: `${p}missing` });
        expect(role.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "roleId" });
    });

    it("gives a sensible answer on the demo organisation", async () => {
        const [row] = await api.cypher<{ person: string; role: string }>(
            "MATCH (p:Person)-[:HAS_ROLE]->(r:Role) WHERE p.id STARTS WITH 'demo:person:' RETURN p.id AS person, r.id AS role ORDER BY p.id LIMIT 1",
        );
        const report = (await api.op<SkillGapQuery>("SkillGap", { personId: row.person, roleId: row.role })).data!.skillGap;
        expect(report.requirements.length).toBeGreaterThan(5);
        expect(report.fit).toBeGreaterThan(0.2);
        expect(report.fit).toBeLessThanOrEqual(1);
    });
});
