import type { EscoExtract } from "../esco-extract/types";
import type { DemoData, LevelLink, NodeRow } from "./model";
import { Random, addMonths, clampLevel, dateBetween, slug, tenuresBefore } from "./random";

/**
 * The demo organisation, Lumen Analytics: a mid-sized European software and data employer built on real ESCO
 * occupations and skills. Pure and deterministic: the same extract gives the same data on every machine.
 * Dates are fixed around DEMO_TODAY so that "expired" stays expired in the same places.
 */
export const DEMO_TODAY = "2026-11-01";
const SEED = 20261101;
const ORG = "demo:org:lumen-analytics";
const ACADEMY = "demo:org:open-skills-academy";
const ISSUER = "demo:org:eurocert-institute";

const UNITS: { id: string; name: string; parent: string | null; roles: string[] }[] = [
    { id: "engineering", name: "Engineering", parent: null, roles: [] },
    {
        id: "platform",
        name: "Platform Engineering",
        parent: "engineering",
        roles: ["cloud engineer", "ICT system administrator", "ICT network engineer", "database administrator", "integration engineer"],
    },
    {
        id: "product-engineering",
        name: "Product Engineering",
        parent: "engineering",
        roles: ["software developer", "web developer", "mobile application developer", "software architect", "software tester"],
    },
    { id: "security", name: "Security", parent: "engineering", roles: ["ICT security engineer"] },
    { id: "data", name: "Data & Analytics", parent: null, roles: ["data scientist", "data analyst", "chief data officer", "data warehouse designer"] },
    {
        id: "product-design",
        name: "Product & Design",
        parent: null,
        roles: ["ICT product manager", "user interface designer", "user experience analyst", "ICT business analyst", "ICT project manager"],
    },
    { id: "it-operations", name: "IT Operations", parent: null, roles: ["ICT help desk agent", "ICT operations manager"] },
    { id: "executive", name: "Executive Office", parent: null, roles: ["chief technology officer"] },
    { id: "people-finance", name: "People & Finance", parent: null, roles: ["human resources manager", "recruitment consultant", "accountant"] },
];

/** Relative headcount per role; about 300 people in all. */
const HEADCOUNT: Record<string, number> = {
    "software developer": 40,
    "web developer": 22,
    "mobile application developer": 12,
    "software architect": 6,
    "software tester": 14,
    "cloud engineer": 14,
    "ICT system administrator": 12,
    "ICT network engineer": 8,
    "database administrator": 8,
    "integration engineer": 8,
    "ICT security engineer": 10,
    "data scientist": 14,
    "data analyst": 18,
    "chief data officer": 1,
    "data warehouse designer": 6,
    "ICT product manager": 8,
    "user interface designer": 8,
    "user experience analyst": 6,
    "ICT business analyst": 10,
    "ICT project manager": 10,
    "ICT help desk agent": 20,
    "ICT operations manager": 3,
    "chief technology officer": 1,
    "human resources manager": 2,
    "recruitment consultant": 5,
    accountant: 6,
};

/** Roles people typically came from (observed internal moves); other past roles come from the same unit. */
const FEEDERS: Record<string, string[]> = {
    "software architect": ["software developer", "integration engineer"],
    "data scientist": ["data analyst", "software developer"],
    "chief data officer": ["data scientist"],
    "chief technology officer": ["software architect"],
    "ICT system administrator": ["ICT help desk agent"],
    "ICT operations manager": ["ICT system administrator"],
    "cloud engineer": ["ICT system administrator", "software developer"],
    "ICT security engineer": ["ICT network engineer", "ICT system administrator"],
    "data warehouse designer": ["database administrator", "data analyst"],
    "ICT project manager": ["ICT business analyst", "software developer"],
    "ICT product manager": ["ICT business analyst", "user experience analyst"],
    "software tester": ["ICT help desk agent"],
    "web developer": ["user interface designer"],
};

/** Roles whose essential requirements sit at level 4 instead of the default 3. */
const SENIOR_ROLES = new Set(["software architect", "chief data officer", "chief technology officer", "ICT operations manager", "human resources manager"]);

interface CredentialSpec {
    key: string;
    title: string;
    skills?: string[];
    level?: number;
    validityMonths?: number;
    issuer?: string;
    parts?: { key: string; mandatory: boolean }[];
    requiredParts?: number;
    prerequisites?: string[];
}

const CREDENTIALS: CredentialSpec[] = [
    {
        key: "cloud-foundations",
        title: "Cloud Foundations",
        skills: ["cloud technologies", "deploy cloud resource", "develop with cloud services"],
        validityMonths: 24,
    },
    {
        key: "cloud-security",
        title: "Cloud Security and Compliance",
        skills: ["implement cloud security and compliance", "cloud security and compliance"],
        validityMonths: 24,
        prerequisites: ["cloud-foundations"],
    },
    {
        key: "cloud-architecture",
        title: "Cloud Architecture",
        skills: ["design cloud architecture", "design cloud networks", "plan migration to cloud"],
        level: 4,
        validityMonths: 36,
    },
    {
        key: "cloud-operations",
        title: "Cloud Operations",
        skills: ["cloud monitoring and reporting", "automate cloud tasks", "respond to incidents in cloud"],
        validityMonths: 24,
    },
    { key: "cloud-data", title: "Cloud Data Management", skills: ["manage cloud data and storage", "design database in the cloud"], validityMonths: 36 },
    { key: "programming", title: "Programming Fundamentals", skills: ["computer programming", "debug software", "ICT debugging tools"], issuer: ACADEMY },
    { key: "software-design", title: "Software Design", skills: ["use software design patterns", "use software libraries", "analyse software specifications"] },
    {
        key: "delivery",
        title: "Software Configuration and Delivery",
        skills: ["tools for software configuration management", "integrated development environment software"],
        validityMonths: 36,
    },
    {
        key: "web-frontend",
        title: "Web Front-End Development",
        skills: ["web programming", "use markup languages", "style sheet languages", "implement front-end website design"],
        validityMonths: 36,
        issuer: ACADEMY,
    },
    { key: "data-querying", title: "Data Querying", skills: ["query languages", "use databases", "resource description framework query language"] },
    {
        key: "statistics",
        title: "Applied Statistics",
        skills: ["statistics", "apply statistical analysis techniques", "execute analytical mathematical calculations"],
    },
    { key: "data-quality", title: "Data Quality", skills: ["perform data cleansing", "define data quality criteria", "normalise data"], validityMonths: 24 },
    {
        key: "data-mining",
        title: "Data Mining",
        skills: ["data mining", "perform data mining", "information extraction"],
        validityMonths: 36,
        prerequisites: ["statistics"],
    },
    {
        key: "security-foundations",
        title: "Security Foundations",
        skills: ["cyber security", "perform risk analysis", "ICT security legislation"],
        validityMonths: 24,
    },
    {
        key: "project-management",
        title: "ICT Project Management",
        skills: ["ICT project management methodologies", "perform project management", "manage budgets"],
        validityMonths: 36,
    },
    {
        key: "user-centred-design",
        title: "User-Centred Design",
        skills: ["use methodologies for user-centered design", "design user interface", "create website wireframe"],
        validityMonths: 36,
        issuer: ACADEMY,
    },
    {
        key: "cloud-professional",
        title: "Cloud Platform Professional",
        requiredParts: 3,
        parts: [
            { key: "cloud-foundations", mandatory: true },
            { key: "cloud-security", mandatory: false },
            { key: "cloud-architecture", mandatory: false },
            { key: "cloud-operations", mandatory: false },
            { key: "cloud-data", mandatory: false },
        ],
    },
    {
        key: "software-engineering",
        title: "Software Engineering Practitioner",
        requiredParts: 3,
        parts: [
            { key: "programming", mandatory: true },
            { key: "software-design", mandatory: false },
            { key: "delivery", mandatory: false },
            { key: "web-frontend", mandatory: false },
        ],
    },
    {
        key: "data-foundations",
        title: "Data Foundations",
        parts: [
            { key: "data-querying", mandatory: false },
            { key: "data-quality", mandatory: false },
        ],
    },
    {
        key: "data-analytics-specialist",
        title: "Data Analytics Specialist",
        requiredParts: 2,
        parts: [
            { key: "data-foundations", mandatory: true },
            { key: "statistics", mandatory: false },
            { key: "data-mining", mandatory: false },
        ],
    },
];

const TEAMS: { key: string; name: string; unit: string; description: string; needs: [string, number, number][] }[] = [
    {
        key: "payments-migration",
        name: "Payments Platform Migration",
        unit: "platform",
        description: "Move the payments platform to the cloud without downtime.",
        needs: [
            ["design cloud architecture", 4, 1],
            ["plan migration to cloud", 3, 2],
            ["migrate existing data", 3, 2],
            ["cyber security", 3, 1],
            ["perform project management", 3, 1],
        ],
    },
    {
        key: "customer-insights",
        name: "Customer Insights",
        unit: "data",
        description: "Churn and usage analytics for the product teams.",
        needs: [
            ["data mining", 3, 2],
            ["statistics", 4, 1],
            ["visual presentation techniques", 3, 1],
            ["design user interface", 3, 1],
        ],
    },
    {
        key: "zero-trust",
        name: "Zero Trust Programme",
        unit: "security",
        description: "Company-wide zero-trust security; hard to staff.",
        needs: [
            ["ICT security legislation", 5, 2],
            ["attack vectors", 4, 2],
            ["implement a virtual private network", 4, 1],
            ["cloud security and compliance", 4, 1],
        ],
    },
    {
        key: "service-desk",
        name: "Service Desk Modernisation",
        unit: "it-operations",
        description: "New ticketing flow and self-service portal.",
        needs: [
            ["troubleshoot", 3, 3],
            ["web programming", 3, 1],
            ["collect customer feedback on applications", 3, 1],
        ],
    },
];

const FIRST = [
    "Anna",
    "Ben",
    "Chiara",
    "David",
    "Elif",
    "Farah",
    "Gustav",
    "Hanna",
    "Ivan",
    "Julia",
    "Karim",
    "Lena",
    "Marek",
    "Nora",
    "Oskar",
    "Paula",
    "Quentin",
    "Rosa",
    "Sven",
    "Tereza",
    "Umar",
    "Vera",
    "Willem",
    "Xenia",
    "Yusuf",
    "Zofia",
    "Aisha",
    "Bruno",
    "Carmen",
    "Dmitri",
    "Eva",
    "Felix",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Katarzyna",
    "Luca",
    "Maja",
    "Nils",
];
const LAST = [
    "Andersen",
    "Bauer",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Horvat",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Oliveira",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ünal",
    "Varga",
    "Weber",
    "Yilmaz",
    "Zieliński",
    "Bakker",
    "Conti",
    "de Vries",
    "Esposito",
    "Fontaine",
];
const LOCATIONS = ["Amsterdam", "Berlin", "Lisbon", "Warsaw", "Remote"];
const AVAILABILITY = [0, 0.1, 0.2, 0.3, 0.5, 0.8, 1];
const SOURCES = ["SELF", "MANAGER", "ASSESSED", "PEER"];
const CONFIDENCE: Record<string, number> = { SELF: 0.6, MANAGER: 0.8, ASSESSED: 0.95, PEER: 0.7 };

const SKILL_TYPES: Record<string, string> = { "skill/competence": "SKILL_COMPETENCE", knowledge: "KNOWLEDGE" };
const REUSE_LEVELS: Record<string, string> = {
    transversal: "TRANSVERSAL",
    "cross-sector": "CROSS_SECTOR",
    "sector-specific": "SECTOR_SPECIFIC",
    "occupation-specific": "OCCUPATION_SPECIFIC",
};

export function buildDemo(extract: EscoExtract): DemoData {
    const random = new Random(SEED);
    const skillByName = new Map(extract.skills.map((skill) => [skill.name, skill.uri]));
    const skillId = (name: string) => {
        const id = skillByName.get(name);
        if (!id) throw new Error(`demo refers to skill "${name}", which is not in the ESCO extract: run npm run seed:extract`);
        return id;
    };
    const roleByTitle = new Map(extract.occupations.map((occupation) => [occupation.title, occupation.uri]));
    const roleId = (title: string) => roleByTitle.get(title)!;

    const organizations: NodeRow[] = [
        { id: ORG, props: { name: "Lumen Analytics", kinds: ["EMPLOYER"], country: "NL", url: "https://lumen-analytics.example" } },
        {
            id: ACADEMY,
            props: {
                name: "Open Skills Academy",
                kinds: ["TRAINING_PROVIDER", "CREDENTIAL_ISSUER"],
                country: "DE",
                url: "https://open-skills-academy.example",
            },
        },
        { id: ISSUER, props: { name: "EuroCert Institute", kinds: ["CREDENTIAL_ISSUER", "PARTNER"], country: "BE", url: "https://eurocert.example" } },
    ];

    const groupIds = new Set(extract.groups.map((group) => group.uri));
    const broaderOf = new Map<string, string[]>();
    for (const link of extract.hierarchy) broaderOf.set(link.narrower, [...(broaderOf.get(link.narrower) ?? []), link.broader]);
    const skillGroups = extract.groups.map((group) => ({
        id: group.uri,
        props: { name: group.name, code: group.code || null, description: group.description || null, taxonomy: "ESCO", uri: group.uri },
        broaderGroups: broaderOf.get(group.uri) ?? [],
    }));
    const relatedOf = new Map<string, { skillId: string; importance: string }[]>();
    for (const link of extract.skillRelations) {
        relatedOf.set(link.from, [...(relatedOf.get(link.from) ?? []), { skillId: link.to, importance: link.importance.toUpperCase() }]);
    }
    const skills = extract.skills.map((skill) => ({
        id: skill.uri,
        props: {
            name: skill.name,
            description: skill.description || null,
            altLabels: skill.altLabels,
            type: skill.tags.includes("language") ? "LANGUAGE" : skill.tags.includes("transversal") ? "TRANSVERSAL" : (SKILL_TYPES[skill.skillType] ?? null),
            reuseLevel: REUSE_LEVELS[skill.reuseLevel] ?? null,
            tags: skill.tags,
            taxonomy: "ESCO",
            uri: skill.uri,
        },
        broaderSkills: (broaderOf.get(skill.uri) ?? []).filter((id) => !groupIds.has(id)),
        broaderGroups: (broaderOf.get(skill.uri) ?? []).filter((id) => groupIds.has(id)),
        related: relatedOf.get(skill.uri) ?? [],
    }));

    const requirementsOf = new Map<string, (LevelLink & { importance: string })[]>();
    const titleOf = new Map(extract.occupations.map((occupation) => [occupation.uri, occupation.title]));
    for (const requirement of extract.requirements) {
        const essential = requirement.importance === "essential";
        const level = essential ? (SENIOR_ROLES.has(titleOf.get(requirement.occupation)!) ? 4 : 3) : 2;
        const list = requirementsOf.get(requirement.occupation) ?? [];
        list.push({ skillId: requirement.skill, level, importance: essential ? "ESSENTIAL" : "OPTIONAL" });
        requirementsOf.set(requirement.occupation, list);
    }
    const roles = extract.occupations.map((occupation) => ({
        id: occupation.uri,
        props: {
            title: occupation.title,
            description: occupation.description || null,
            altTitles: occupation.altTitles,
            escoCode: occupation.code,
            iscoGroup: occupation.iscoGroup,
            onetSocCode: null,
            jobZone: null,
            taxonomy: "ESCO",
            uri: occupation.uri,
            tags: [],
        },
        requires: requirementsOf.get(occupation.uri) ?? [],
    }));

    // Credentials: leaves certify skills; stacks combine parts with "any n of m" rules.
    const credentialId = (key: string) => `demo:credential:${key}`;
    const partOf = new Map<string, { credentialId: string; mandatory: boolean }[]>();
    for (const spec of CREDENTIALS) {
        for (const part of spec.parts ?? [])
            partOf.set(part.key, [...(partOf.get(part.key) ?? []), { credentialId: credentialId(spec.key), mandatory: part.mandatory }]);
    }
    const credentials = CREDENTIALS.map((spec) => {
        const isStack = Boolean(spec.parts);
        const certifies = (spec.skills ?? []).map((name) => ({ skillId: skillId(name), level: spec.level ?? 3 }));
        return {
            id: credentialId(spec.key),
            props: {
                title: spec.title,
                description: isStack
                    ? `Stack: ${spec.requiredParts ? `any ${spec.requiredParts} of its ${spec.parts!.length} parts` : "all of its parts"}.`
                    : `Certifies ${spec.skills!.join(", ")}.`,
                learningOutcomes: isStack
                    ? [`Holds the parts of ${spec.title}.`]
                    : spec.skills!.map((name) => `Can ${name} at a competent level, independently.`),
                workloadHours: isStack ? null : 4 * certifies.length,
                ects: isStack ? null : Math.round((4 * certifies.length * 10) / 25) / 10,
                eqfLevel: spec.level === 4 ? 6 : 5,
                assessmentType: isStack ? "PORTFOLIO" : random.pick(["EXAM", "PROJECT", "PRACTICAL"]),
                participationForm: random.pick(["ONLINE", "BLENDED"]),
                qualityAssurance: "Internal quality assurance by the issuer, externally reviewed every three years.",
                validityMonths: spec.validityMonths ?? null,
                requiredParts: spec.requiredParts ?? null,
                url: `https://credentials.example/${spec.key}`,
            },
            awardingBodyId: spec.issuer ?? ISSUER,
            certifies,
            partOf: partOf.get(spec.key) ?? [],
            prerequisites: (spec.prerequisites ?? []).map(credentialId),
        };
    });

    // Micro-courses: foundations (to 2), practice (to 3, needs 2) and advanced (to 4, needs 3) for the skills the
    // credentials certify, most demanded first; about 60 in all, so some certified skills have no course.
    const demand = new Map<string, number>();
    for (const [title, count] of Object.entries(HEADCOUNT)) {
        for (const requirement of requirementsOf.get(roleId(title)) ?? []) demand.set(requirement.skillId, (demand.get(requirement.skillId) ?? 0) + count);
    }
    const certified = [...new Set(credentials.flatMap((credential) => credential.certifies.map((link) => link.skillId)))];
    certified.sort((a, b) => (demand.get(b) ?? 0) - (demand.get(a) ?? 0) || a.localeCompare(b));
    const nameOf = new Map(extract.skills.map((skill) => [skill.uri, skill.name]));
    const descriptionOf = new Map(extract.skills.map((skill) => [skill.uri, skill.description]));
    // What a learner reads in the catalogue: the kind of course and the ESCO description of its skill. Skill tagging
    // (seed/tag-demo.ts) reads the same text to propose the other skills a course touches.
    const FORMAT_TEXT = [
        "The foundations: its vocabulary and core ideas.",
        "Practice at work with guided exercises.",
        "Advanced practice for experienced staff.",
    ];
    const describe = (title: string, skillId: string, kind: number) =>
        `Micro-course: ${title}. ${FORMAT_TEXT[kind]} ${descriptionOf.get(skillId) ?? ""}`.trim();
    const preparesFor = (id: string) =>
        credentials.filter((credential) => credential.certifies.some((link) => link.skillId === id)).map((credential) => credential.id);
    const courses: DemoData["courses"] = [];
    const addCourse = (title: string, teaches: LevelLink[], prerequisites: LevelLink[], minutes: [number, number]) => {
        courses.push({
            id: `demo:course:${slug(title)}`,
            props: {
                title,
                description: describe(title, teaches[0].skillId, Math.min(teaches[0].level - 2, 2)),
                durationMinutes: random.int(minutes[0], minutes[1]),
                cost: random.chance(0.25) ? 0 : random.int(2, 25) * 10,
                currency: "EUR",
                format: random.pick(["ONLINE", "ONLINE", "BLENDED", "ONSITE"]),
                language: "en",
                url: `https://open-skills-academy.example/courses/${slug(title)}`,
            },
            providerId: ACADEMY,
            teaches,
            prerequisites,
            preparesFor: [...new Set(teaches.flatMap((link) => preparesFor(link.skillId)))],
        });
    };
    certified.slice(0, 20).forEach((id, index) => {
        const name = nameOf.get(id)!;
        addCourse(`${name}: foundations`, [{ skillId: id, level: 2 }], [], [15, 30]);
        addCourse(`${name} in practice`, [{ skillId: id, level: 3 }], [{ skillId: id, level: 2 }], [30, 45]);
        if (index < 10) addCourse(`${name}: advanced`, [{ skillId: id, level: 4 }], [{ skillId: id, level: 3 }], [45, 60]);
    });
    certified.slice(20, 30).forEach((id) => addCourse(`${nameOf.get(id)!}: crash course`, [{ skillId: id, level: 3 }], [], [30, 60]));

    // Org units and people.
    const unitId = (key: string) => `demo:unit:${key}`;
    const unitOfRole = new Map(UNITS.flatMap((unit) => unit.roles.map((title) => [title, unit.id] as const)));
    const people: DemoData["people"] = [];
    const usedEmails = new Set<string>();
    let personNumber = 0;
    for (const [title, count] of Object.entries(HEADCOUNT)) {
        const role = roleId(title);
        const requirements = requirementsOf.get(role) ?? [];
        const sameUnitRoles = UNITS.find((unit) => unit.id === unitOfRole.get(title))!.roles.filter((other) => other !== title);
        for (let i = 0; i < count; i++) {
            personNumber++;
            const first = random.pick(FIRST);
            const last = random.pick(LAST);
            let email = `${slug(first)}.${slug(last)}@lumen-analytics.example`;
            for (let n = 2; usedEmails.has(email); n++) email = `${slug(first)}.${slug(last)}${n}@lumen-analytics.example`;
            usedEmails.add(email);
            const evidence: DemoData["people"][number]["skills"] = [];
            const addEvidence = (id: string, level: number) => {
                const source = SOURCES[random.weighted([35, 30, 20, 15])];
                const assessedAt = dateBetween(random, "2023-06-01", "2026-10-15");
                evidence.push({
                    skillId: id,
                    level: clampLevel(level),
                    source,
                    confidence: CONFIDENCE[source],
                    assessedAt,
                    validUntil: source === "ASSESSED" ? addMonths(assessedAt, 24) : null,
                });
            };
            const seniority = random.int(-1, 1);
            for (const requirement of requirements) {
                const essential = requirement.importance === "ESSENTIAL";
                if (!random.chance(essential ? 0.8 : 0.45)) continue;
                addEvidence(requirement.skillId, requirement.level + seniority + [-2, -1, 0, 0, 1][random.weighted([10, 25, 40, 15, 10])]);
                if (random.chance(0.1)) addEvidence(requirement.skillId, requirement.level + random.int(-1, 1));
            }
            // Some skills from neighbouring roles: the seeds of internal mobility.
            for (const other of random.sample(sameUnitRoles, 1)) {
                for (const requirement of random.sample(requirementsOf.get(roleId(other)) ?? [], random.int(2, 6)))
                    addEvidence(requirement.skillId, random.int(1, 3));
            }
            const aspires = random.chance(0.35)
                ? random.sample(sameUnitRoles.length ? sameUnitRoles : Object.keys(HEADCOUNT), random.int(1, 2)).map(roleId)
                : [];
            people.push({
                id: `demo:person:${String(personNumber).padStart(4, "0")}`,
                props: {
                    name: `${first} ${last}`,
                    email,
                    location: random.pick(LOCATIONS),
                    availability: AVAILABILITY[random.weighted([10, 15, 20, 20, 15, 10, 10])],
                },
                roleId: role,
                roleSince: dateBetween(random, "2017-01-01", "2026-09-01").slice(0, 10),
                pastRoles: [],
                orgUnitId: unitId(unitOfRole.get(title)!),
                aspires,
                skills: evidence,
                credentials: [],
                completed: [],
            });
        }
    }

    // Past roles, from their own generator so that adding them changed nothing else: feeders often, else a colleague's role.
    const history = new Random(SEED + 1);
    for (const person of people) {
        const title = titleOf.get(person.roleId)!;
        const chain: string[] = [];
        for (let current = title; chain.length < 2;) {
            const feeders = FEEDERS[current];
            const colleagues = UNITS.find((unit) => unit.id === unitOfRole.get(current))!.roles.filter((other) => other !== current && other !== title);
            const previous =
                feeders && history.chance(0.55) ? history.pick(feeders) : colleagues.length && history.chance(0.15) ? history.pick(colleagues) : null;
            if (!previous || chain.includes(roleId(previous))) break;
            chain.push(roleId(previous));
            current = previous;
        }
        person.pastRoles = tenuresBefore(history, person.roleSince, chain);
    }

    // Holdings: people whose skills match a leaf credential often hold it; some holdings have expired.
    const best = (person: DemoData["people"][number], id: string) => Math.max(0, ...person.skills.filter((e) => e.skillId === id).map((e) => e.level));
    const byKey = new Map(CREDENTIALS.map((spec) => [credentialId(spec.key), spec]));
    for (const person of people) {
        for (const credential of credentials) {
            const spec = byKey.get(credential.id)!;
            if (spec.parts) continue;
            const matched = credential.certifies.filter((link) => best(person, link.skillId) >= link.level - 1).length;
            if (matched < Math.max(1, credential.certifies.length - 1) || !random.chance(0.55)) continue;
            const issuedAt = dateBetween(random, "2022-01-01", "2026-10-01");
            person.credentials.push({
                credentialId: credential.id,
                issuedAt,
                expiresAt: spec.validityMonths ? addMonths(issuedAt, spec.validityMonths) : null,
                verified: random.chance(0.85),
                evidenceUrl: `https://credentials.example/verify/${slug(person.id)}-${spec.key}`,
            });
        }
        // Holding every part of a stack whose rule is met earns the stack itself, sometimes.
        for (const credential of credentials) {
            const spec = byKey.get(credential.id)!;
            if (!spec.parts) continue;
            const held = new Set(person.credentials.map((holding) => holding.credentialId));
            const heldParts = spec.parts.filter((part) => held.has(credentialId(part.key)));
            const rule = spec.requiredParts ?? spec.parts.length;
            const mandatoryMet = spec.parts.every((part) => !part.mandatory || held.has(credentialId(part.key)));
            if (mandatoryMet && heldParts.length >= rule && random.chance(0.7)) {
                person.credentials.push({
                    credentialId: credential.id,
                    issuedAt: dateBetween(random, "2025-01-01", "2026-10-01"),
                    expiresAt: null,
                    verified: true,
                    evidenceUrl: null,
                });
            }
        }
        for (const course of random.sample(
            courses.filter((c) => c.teaches.some((link) => best(person, link.skillId) >= link.level)),
            random.int(0, 4),
        )) {
            person.completed.push({ courseId: course.id, completedAt: dateBetween(random, "2024-01-01", "2026-10-20") });
        }
    }

    // Teams: members chosen among people who bring a needed skill; "Zero Trust" asks for levels nobody quite has.
    const teams = TEAMS.map((team) => {
        const needs = team.needs.map(([name, level, count]) => ({ skillId: skillId(name), level, count }));
        const candidates = people.filter((person) => needs.some((need) => best(person, need.skillId) >= need.level - 1));
        return {
            id: `demo:team:${team.key}`,
            props: { name: team.name, description: team.description },
            orgUnitId: unitId(team.unit),
            needs,
            members: random
                .sample(candidates, Math.min(candidates.length, random.int(3, 5)))
                .map((person) => ({ personId: person.id, allocation: random.pick([0.2, 0.5, 0.8, 1]) })),
        };
    });

    const orgUnits = UNITS.map((unit) => ({
        id: unitId(unit.id),
        props: { name: unit.name },
        organizationId: ORG,
        parentId: unit.parent ? unitId(unit.parent) : null,
        positions: unit.roles.map((title) => ({
            roleId: roleId(title),
            headcount: people.filter((person) => person.roleId === roleId(title)).length,
            openings: random.weighted([40, 35, 15, 10]),
        })),
    }));

    return { organizations, skillGroups, skills, roles, orgUnits, credentials, courses, people, teams };
}
