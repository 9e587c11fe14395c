import { type TaxonomyRole, WorkforceGenerator } from "./workforce";

const roles: TaxonomyRole[] = [...Array(40).keys()].map((r) => ({
    id: `role-${r}`,
    iscoGroup: String(r % 10),
    requires: [...Array(12).keys()].map((k) => ({
        skillId: `skill-${(r * 5 + k) % 150}`,
        level: k % 3 === 0 ? 2 : 3,
        importance: k % 3 === 0 ? "OPTIONAL" : "ESSENTIAL",
    })),
}));
const names = new Map([...Array(150).keys()].map((k) => [`skill-${k}`, `Skill ${k}`]));
const options = { people: 2000, courses: 200, credentials: 50, teams: 10, seed: 7 };

function generate() {
    const generator = new WorkforceGenerator(roles, names, options);
    const credentials = generator.credentials();
    const courses = generator.courses();
    const people = generator.people(1, options.people + 1);
    return { generator, credentials, courses, people };
}

describe("WorkforceGenerator", () => {
    const first = generate();

    it("is deterministic for a seed", () => {
        expect(JSON.stringify(generate().people)).toBe(JSON.stringify(first.people));
    });

    it("spreads people over roles with a Zipf-like skew", () => {
        const sizes = [...first.generator.peopleByRole.values()].map((people) => people.length).sort((a, b) => b - a);
        expect(sizes[0]).toBeGreaterThan(5 * sizes[Math.floor(sizes.length / 2)]);
    });

    it("draws most skills from the role's requirements, with levels 1-5 and some expired evidence", () => {
        const requiredOf = new Map(roles.map((role) => [role.id, new Set(role.requires.map((r) => r.skillId))]));
        const evidence = first.people.flatMap((p) => p.skills.map((s) => ({ fromRole: requiredOf.get(p.roleId)!.has(s.skillId), ...s })));
        expect(evidence.filter((e) => e.fromRole).length / evidence.length).toBeGreaterThan(0.7);
        expect(evidence.every((e) => Number.isInteger(e.level) && e.level >= 1 && e.level <= 5)).toBe(true);
        expect(evidence.some((e) => e.validUntil !== null && e.validUntil < "2026-11-01")).toBe(true);
        expect(new Set(evidence.map((e) => e.source))).toEqual(new Set(["SELF", "MANAGER", "ASSESSED", "PEER"]));
    });

    it("makes micro-courses of 15-60 minutes with prerequisites, and stacked credentials", () => {
        expect(first.courses).toHaveLength(200);
        expect(first.courses.every((c) => (c.props.durationMinutes as number) >= 15 && (c.props.durationMinutes as number) <= 60)).toBe(true);
        expect(first.courses.some((c) => c.prerequisites.length > 0)).toBe(true);
        expect(first.credentials).toHaveLength(50);
        expect(first.credentials.some((c) => c.partOf.length > 0)).toBe(true);
        expect(first.people.some((p) => p.credentials.length > 0)).toBe(true);
    });
});
