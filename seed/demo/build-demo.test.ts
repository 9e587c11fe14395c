import { readEscoExtract } from "../load-demo";
import { buildDemo } from "./build-demo";

describe("buildDemo", () => {
    const extract = readEscoExtract();
    const demo = buildDemo(extract);

    it("is deterministic", () => {
        expect(JSON.stringify(buildDemo(extract))).toBe(JSON.stringify(demo));
    });

    it("builds about 25 roles on real ESCO occupations, with a few hundred people", () => {
        expect(demo.roles.length).toBeGreaterThanOrEqual(25);
        expect(demo.roles.every((role) => role.id.startsWith("http://data.europa.eu/esco/occupation/"))).toBe(true);
        expect(demo.people.length).toBeGreaterThanOrEqual(200);
        expect(demo.courses.length).toBeGreaterThanOrEqual(55);
        expect(demo.credentials.length).toBe(20);
    });

    it("only links to ids that exist", () => {
        const ids = new Set(
            [demo.skills, demo.roles, demo.credentials, demo.courses, demo.people, demo.orgUnits, demo.organizations, demo.skillGroups].flat().map((n) => n.id),
        );
        const links = [
            ...demo.roles.flatMap((r) => r.requires.map((l) => l.skillId)),
            ...demo.courses.flatMap((c) => [...c.teaches, ...c.prerequisites].map((l) => l.skillId).concat(c.preparesFor, [c.providerId])),
            ...demo.credentials.flatMap((c) =>
                c.certifies
                    .map((l) => l.skillId)
                    .concat(
                        c.partOf.map((x) => x.credentialId),
                        c.prerequisites,
                        [c.awardingBodyId],
                    ),
            ),
            ...demo.people.flatMap((p) => [
                p.roleId,
                p.orgUnitId,
                ...p.aspires,
                ...p.skills.map((s) => s.skillId),
                ...p.credentials.map((c) => c.credentialId),
                ...p.completed.map((c) => c.courseId),
            ]),
            ...demo.teams.flatMap((t) => [t.orgUnitId, ...t.needs.map((n) => n.skillId), ...t.members.map((m) => m.personId)]),
        ];
        expect(links.filter((id) => !ids.has(id))).toEqual([]);
    });

    it("keeps every level within 1-5", () => {
        const levels = [
            ...demo.roles.flatMap((r) => r.requires.map((l) => l.level)),
            ...demo.people.flatMap((p) => p.skills.map((s) => s.level)),
            ...demo.courses.flatMap((c) => [...c.teaches, ...c.prerequisites].map((l) => l.level)),
        ];
        expect(levels.every((level) => Number.isInteger(level) && level >= 1 && level <= 5)).toBe(true);
    });

    it("has people part-way through stacks and some expired evidence", () => {
        const today = "2026-11-01";
        expect(demo.people.some((p) => p.credentials.some((c) => c.expiresAt !== null && c.expiresAt < today))).toBe(true);
        expect(demo.people.some((p) => p.skills.some((s) => s.validUntil !== null && s.validUntil < today))).toBe(true);
        const cloudParts = demo.credentials.filter((c) => c.partOf.some((x) => x.credentialId === "demo:credential:cloud-professional")).map((c) => c.id);
        const partWay = demo.people.filter((p) => {
            const held = p.credentials.filter((c) => cloudParts.includes(c.credentialId)).length;
            return held >= 1 && held < 3;
        });
        expect(partWay.length).toBeGreaterThan(0);
    });
});
