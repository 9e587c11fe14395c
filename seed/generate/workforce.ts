import type { DemoData, LevelLink } from "../demo/model";
import { Random, addMonths, clampLevel, dateBetween, tenuresBefore } from "../demo/random";

/**
 * A large synthetic employer on top of an imported taxonomy, for benchmarks: deterministic for a given seed.
 * People are spread over roles with a Zipf-like skew, draw most skills from their role's requirements with levels
 * around the required one, and carry evidence of mixed sources and dates (some expired), credentials and courses.
 */
export interface TaxonomyRole {
    id: string;
    iscoGroup: string;
    requires: (LevelLink & { importance: string })[];
}

export interface WorkforceOptions {
    readonly people: number;
    readonly courses: number;
    readonly credentials: number;
    readonly teams: number;
    readonly seed: number;
}

export const GENERATED_PREFIX = "gen:";
const ORG = "gen:org:northwind";
const TODAY = "2026-11-01";
const SOURCES = ["SELF", "MANAGER", "ASSESSED", "PEER"];
const CONFIDENCE: Record<string, number> = { SELF: 0.6, MANAGER: 0.8, ASSESSED: 0.95, PEER: 0.7 };
const LOCATIONS = ["Amsterdam", "Berlin", "Lisbon", "Warsaw", "Madrid", "Milan", "Dublin", "Prague", "Vienna", "Remote"];
const DIVISIONS = [
    "Armed Forces",
    "Management",
    "Professionals",
    "Technicians",
    "Administration",
    "Services and Sales",
    "Agriculture",
    "Crafts",
    "Operations",
    "Support",
];
const DEPARTMENTS_PER_DIVISION = 4;

export type PersonRow = DemoData["people"][number];

/** Cumulative Zipf weights (exponent 1.07) over the roles in a seeded random order. */
function zipfSampler(random: Random, count: number): () => number {
    const order = random.sample([...Array(count).keys()], count);
    const cumulative: number[] = [];
    let total = 0;
    for (let rank = 0; rank < count; rank++) cumulative.push((total += 1 / Math.pow(rank + 1, 1.07)));
    return () => {
        const r = random.next() * total;
        let lo = 0;
        let hi = count - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (cumulative[mid] < r) lo = mid + 1;
            else hi = mid;
        }
        return order[lo];
    };
}

const division = (role: TaxonomyRole) => (/^\d/.test(role.iscoGroup) ? Number(role.iscoGroup[0]) : 9);
const unitId = (div: number, dep?: number) => `gen:unit:d${div}${dep === undefined ? "" : `-${dep}`}`;

export class WorkforceGenerator {
    private readonly random: Random;
    private readonly history: Random;
    private readonly pickRole: () => number;
    private readonly leavesBySkill = new Map<string, string[]>();
    private readonly coursesBySkill = new Map<string, string[]>();
    private readonly validity = new Map<string, number | null>();
    readonly peopleByRole = new Map<string, string[]>();
    readonly positions = new Map<string, number>();

    constructor(
        private readonly roles: TaxonomyRole[],
        private readonly skillNames: Map<string, string>,
        private readonly options: WorkforceOptions,
    ) {
        this.random = new Random(options.seed);
        this.history = new Random(options.seed + 1);
        this.pickRole = zipfSampler(this.random, roles.length);
    }

    organizations(): DemoData["organizations"] {
        const providers = [...Array(20).keys()].map((i) => ({
            id: `gen:org:provider-${i + 1}`,
            props: { name: `Learning Provider ${i + 1}`, kinds: ["TRAINING_PROVIDER", ...(i < 5 ? ["CREDENTIAL_ISSUER"] : [])], country: "DE", url: null },
        }));
        return [{ id: ORG, props: { name: "Northwind Group", kinds: ["EMPLOYER"], country: "NL", url: "https://northwind.example" } }, ...providers];
    }

    /** Divisions by ISCO major group, each with departments; positions are filled in after the people. */
    orgUnits(withPositions: boolean): DemoData["orgUnits"] {
        const units: DemoData["orgUnits"] = [];
        DIVISIONS.forEach((name, div) => {
            units.push({ id: unitId(div), props: { name }, organizationId: ORG, parentId: null, positions: [] });
            for (let dep = 1; dep <= DEPARTMENTS_PER_DIVISION; dep++) {
                const id = unitId(div, dep);
                const positions = withPositions
                    ? [...this.positions]
                          .filter(([key]) => key.startsWith(`${id}|`))
                          .map(([key, headcount]) => ({ roleId: key.split("|")[1], headcount, openings: this.random.weighted([50, 30, 15, 5]) }))
                    : [];
                units.push({ id, props: { name: `${name} ${dep}` }, organizationId: ORG, parentId: unitId(div), positions });
            }
        });
        return units;
    }

    /** Leaf credentials certify 2-4 essential skills of a role; stacks combine 3-6 parts, some nested. */
    credentials(): DemoData["credentials"] {
        const { random } = this;
        const leaves = Math.round(this.options.credentials * 0.85);
        const result: DemoData["credentials"] = [];
        for (let i = 0; i < leaves; i++) {
            const role = this.roles[this.pickRole()];
            const essentials = role.requires.filter((r) => r.importance === "ESSENTIAL");
            const certifies = random
                .sample(essentials.length >= 2 ? essentials : role.requires, random.int(2, 4))
                .map((r) => ({ skillId: r.skillId, level: 3 }));
            if (!certifies.length) continue;
            const id = `gen:credential:${i + 1}`;
            const validityMonths = random.pick([24, 36, null]);
            this.validity.set(id, validityMonths);
            for (const link of certifies) this.leavesBySkill.set(link.skillId, [...(this.leavesBySkill.get(link.skillId) ?? []), id]);
            result.push({
                id,
                props: this.credentialProps(`Certificate in ${this.skillNames.get(certifies[0].skillId) ?? "a skill"}`, validityMonths, null, certifies.length),
                awardingBodyId: `gen:org:provider-${random.int(1, 5)}`,
                certifies,
                partOf: [],
                prerequisites: i > 10 && random.chance(0.05) ? [`gen:credential:${random.int(1, i - 1)}`] : [],
            });
        }
        const leafIds = result.map((c) => c.id);
        const stacks = this.options.credentials - result.length;
        for (let i = 0; i < stacks; i++) {
            const id = `gen:credential:stack-${i + 1}`;
            const parts = random.sample(leafIds, random.int(3, 6));
            // A stack may contain an earlier stack: nesting without cycles.
            if (i > 0 && random.chance(0.2)) parts.push(`gen:credential:stack-${random.int(1, i)}`);
            const requiredParts = random.chance(0.3) ? null : Math.max(2, parts.length - random.int(1, 2));
            const mandatory = random.chance(0.5) ? parts[0] : undefined;
            for (const part of parts) {
                const row = result.find((c) => c.id === part)!;
                row.partOf.push({ credentialId: id, mandatory: part === mandatory });
            }
            this.validity.set(id, null);
            result.push({
                id,
                props: this.credentialProps(`Stack ${i + 1}`, null, requiredParts, 0),
                awardingBodyId: `gen:org:provider-${random.int(1, 5)}`,
                certifies: [],
                partOf: [],
                prerequisites: [],
            });
        }
        return result;
    }

    private credentialProps(title: string, validityMonths: number | null, requiredParts: number | null, skills: number) {
        return {
            title,
            description: null,
            learningOutcomes: [],
            workloadHours: skills ? 4 * skills : null,
            ects: null,
            eqfLevel: this.random.int(4, 6),
            assessmentType: this.random.pick(["EXAM", "PROJECT", "PRACTICAL"]),
            participationForm: this.random.pick(["ONLINE", "BLENDED"]),
            qualityAssurance: null,
            validityMonths,
            requiredParts,
            url: null,
        };
    }

    /** Three levels of micro-course (to 2, to 3, to 4, each needing the level below) for the most demanded skills. */
    courses(): DemoData["courses"] {
        const { random } = this;
        const demand = new Map<string, number>();
        this.roles.forEach((role) => {
            for (const r of role.requires) demand.set(r.skillId, (demand.get(r.skillId) ?? 0) + (r.importance === "ESSENTIAL" ? 1 : 0.45));
        });
        const skills = [...demand].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
        const result: DemoData["courses"] = [];
        for (const skillId of skills) {
            for (const level of [2, 3, 4]) {
                if (result.length >= this.options.courses) return result;
                const id = `gen:course:${result.length + 1}`;
                this.coursesBySkill.set(skillId, [...(this.coursesBySkill.get(skillId) ?? []), id]);
                result.push({
                    id,
                    props: {
                        title: `${this.skillNames.get(skillId) ?? "Skill"}: level ${level}`,
                        description: null,
                        durationMinutes: random.int(15, 60),
                        cost: random.chance(0.2) ? 0 : random.int(1, 30) * 10,
                        currency: "EUR",
                        format: random.pick(["ONLINE", "ONLINE", "BLENDED", "ONSITE"]),
                        language: "en",
                        url: null,
                    },
                    providerId: `gen:org:provider-${random.int(1, 20)}`,
                    teaches: [{ skillId, level }],
                    prerequisites: level > 2 ? [{ skillId, level: level - 1 }] : [],
                    preparesFor: (this.leavesBySkill.get(skillId) ?? []).slice(0, 2),
                });
            }
        }
        return result;
    }

    /** People number `from` to `to` (1-based, exclusive end), generated in sequence so batches stay deterministic. */
    people(from: number, to: number): PersonRow[] {
        const { random } = this;
        const result: PersonRow[] = [];
        for (let n = from; n < to; n++) {
            const role = this.roles[this.pickRole()];
            const div = division(role);
            const unit = unitId(div, random.int(1, DEPARTMENTS_PER_DIVISION));
            const id = `gen:person:${String(n).padStart(6, "0")}`;
            const sameRole = this.peopleByRole.get(role.id) ?? [];
            if (!sameRole.length) this.peopleByRole.set(role.id, sameRole);
            sameRole.push(id);
            const positionKey = `${unit}|${role.id}`;
            this.positions.set(positionKey, (this.positions.get(positionKey) ?? 0) + 1);

            const skills: PersonRow["skills"] = [];
            const seniority = random.int(-1, 1);
            const addEvidence = (skillId: string, level: number) => {
                const source = SOURCES[random.weighted([35, 30, 20, 15])];
                const assessedAt = dateBetween(random, "2023-01-01", TODAY);
                skills.push({
                    skillId,
                    level: clampLevel(level),
                    source,
                    confidence: CONFIDENCE[source],
                    assessedAt,
                    validUntil: source === "ASSESSED" ? addMonths(assessedAt, 24) : null,
                });
            };
            for (const requirement of role.requires) {
                if (!random.chance(requirement.importance === "ESSENTIAL" ? 0.8 : 0.4)) continue;
                addEvidence(requirement.skillId, requirement.level + seniority + [-2, -1, 0, 0, 1][random.weighted([10, 25, 40, 15, 10])]);
            }
            const neighbour = this.roles[this.pickRole()];
            for (const requirement of random.sample(neighbour.requires, random.int(1, 4))) addEvidence(requirement.skillId, random.int(1, 3));

            const held = new Set(skills.filter((s) => s.level >= 3).map((s) => s.skillId));
            const credentials: PersonRow["credentials"] = [];
            const candidates = new Set([...held].flatMap((skillId) => this.leavesBySkill.get(skillId) ?? []));
            for (const credentialId of random.sample([...candidates], 2)) {
                if (!random.chance(0.5)) continue;
                const issuedAt = dateBetween(random, "2021-01-01", TODAY);
                const months = this.validity.get(credentialId);
                credentials.push({
                    credentialId,
                    issuedAt,
                    expiresAt: months ? addMonths(issuedAt, months) : null,
                    verified: random.chance(0.85),
                    evidenceUrl: null,
                });
            }
            const courseCandidates = [...held].flatMap((skillId) => (this.coursesBySkill.get(skillId) ?? []).slice(0, 2));
            const completed = random
                .sample(courseCandidates, random.int(0, 3))
                .map((courseId) => ({ courseId, completedAt: dateBetween(random, "2023-01-01", TODAY) }));

            const props = {
                name: `Person ${n}`,
                email: `person${String(n).padStart(6, "0")}@northwind.example`,
                location: random.pick(LOCATIONS),
                availability: random.pick([0, 0.1, 0.2, 0.3, 0.5, 0.8, 1]),
            };
            const roleSince = dateBetween(random, "2015-01-01", "2026-09-01").slice(0, 10);
            // Past roles come from their own generator, so adding them changed nothing else: often the neighbouring role.
            const moved = neighbour.id !== role.id && this.history.chance(0.35);
            result.push({
                id,
                props,
                roleId: role.id,
                roleSince,
                pastRoles: moved ? tenuresBefore(this.history, roleSince, [neighbour.id]) : [],
                orgUnitId: unit,
                aspires: random.chance(0.3) ? [this.roles[this.pickRole()].id] : [],
                skills,
                credentials,
                completed,
            });
        }
        return result;
    }

    /** Teams that need 3-8 skills of a role, staffed from people in that role. */
    teamsFor(): DemoData["teams"] {
        const { random } = this;
        const staffed = [...this.peopleByRole].filter(([, people]) => people.length >= 3);
        return [...Array(Math.min(this.options.teams, staffed.length)).keys()].map((i) => {
            const [roleId, people] = random.pick(staffed);
            const role = this.roles.find((r) => r.id === roleId)!;
            return {
                id: `gen:team:${i + 1}`,
                props: { name: `Team ${i + 1}`, description: null },
                orgUnitId: unitId(division(role), random.int(1, DEPARTMENTS_PER_DIVISION)),
                needs: random
                    .sample(role.requires, random.int(3, 8))
                    .map((r) => ({ skillId: r.skillId, level: clampLevel(r.level + random.int(0, 1)), count: random.int(1, 2) })),
                members: random.sample(people, random.int(3, 8)).map((personId) => ({ personId, allocation: random.pick([0.2, 0.5, 1]) })),
            };
        });
    }
}
