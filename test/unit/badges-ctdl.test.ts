import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CTDL_CONTEXT, buildCtdlCourse, buildCtdlCredential, ctidOf } from "../../src/badges/ctdl";

const examples = path.resolve(__dirname, "../../../shared/data/examples/ctdl");
const org = "https://skills.example.org/issuers/acme";
const skill = { uri: "http://data.europa.eu/esco/skill/abc", name: "analyse data", framework: "ESCO" as const };

const credential = buildCtdlCredential({
    id: "https://skills.example.org/ctdl/credentials/data-basics",
    name: "Data analysis basics",
    description: "Cleaning and charting tabular data.",
    language: "en",
    ownerId: org,
    url: "https://acme.example.org/data-basics",
    skills: [skill],
    learningOutcomes: ["clean a messy data set"],
    workloadHours: 50,
    ects: 2,
    parts: ["https://skills.example.org/ctdl/credentials/part"],
    partOf: [],
});
const course = buildCtdlCourse({
    id: "https://skills.example.org/ctdl/courses/sql-30",
    name: "SQL in 30 minutes",
    description: null,
    language: "de",
    ownerId: org,
    url: null,
    skills: [{ ...skill, framework: "O*NET", uri: "https://www.onetcenter.org/content/2.A.2.a", code: "2.A.2.a" }],
    durationMinutes: 30,
    format: "BLENDED",
    cost: 49,
    currency: "EUR",
});

describe("CTDL documents", () => {
    it("name a credential as a micro-credential with its competencies, outcomes, workload and parts", () => {
        expect(credential).toMatchObject({
            "@context": CTDL_CONTEXT,
            "@type": "ceterms:MicroCredential",
            "ceterms:ctid": ctidOf("https://skills.example.org/ctdl/credentials/data-basics"),
            "ceterms:name": { en: "Data analysis basics" },
            "ceterms:ownedBy": [org],
            "ceterms:hasPart": ["https://skills.example.org/ctdl/credentials/part"],
            "ceterms:estimatedDuration": [{ "@type": "ceterms:DurationProfile", "ceterms:exactDuration": "PT50H" }],
        });
        const [requires] = credential["ceterms:requires"] as Record<string, unknown>[];
        expect(requires["ceterms:condition"]).toEqual({ en: ["clean a messy data set"] });
        expect(requires["ceterms:targetCompetency"]).toEqual([
            {
                "@type": "ceterms:CredentialAlignmentObject",
                "ceterms:framework": "http://data.europa.eu/esco/skill",
                "ceterms:targetNode": skill.uri,
                "ceterms:frameworkName": { en: "ESCO skills" },
                "ceterms:targetNodeName": { en: "analyse data" },
            },
        ]);
        expect(credential).not.toHaveProperty("ceterms:isPartOf");
        expect(ctidOf("x")).toMatch(/^ce-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it("name a course with what it teaches, its delivery, duration and cost, in its own language", () => {
        expect(course).toMatchObject({
            "@type": "ceterms:Course",
            "ceterms:name": { de: "SQL in 30 minutes" },
            "ceterms:inLanguage": ["de"],
            "ceterms:estimatedDuration": [{ "@type": "ceterms:DurationProfile", "ceterms:exactDuration": "PT30M" }],
            "ceterms:estimatedCost": [{ "ceterms:price": 49, "ceterms:currency": "EUR" }],
        });
        expect((course["ceterms:deliveryType"] as Record<string, unknown>[])[0]["ceterms:targetNode"]).toBe("deliveryType:BlendedDelivery");
        expect((course["ceterms:teaches"] as Record<string, unknown>[])[0]).toMatchObject({ "ceterms:codedNotation": "2.A.2.a" });
        expect(course).not.toHaveProperty("ceterms:description");
    });

    // Credential Engine's published examples (../shared, when present): every property both use has the same shape,
    // and every member of our typed objects appears on objects of that type somewhere in the examples, except CTDL
    // properties the examples happen not to use (ConditionProfile's targetCompetency).
    const present = existsSync(examples);
    (present ? it : it.skip)("use each property in the shape Credential Engine's examples use it (skipped without ../shared/data)", () => {
        const load = (file: string) => JSON.parse(readFileSync(path.join(examples, file), "utf8")) as Record<string, unknown>;
        const membersOf = new Map<string, Set<string>>();
        const collect = (value: unknown): void => {
            if (Array.isArray(value)) return value.forEach(collect);
            if (value === null || typeof value !== "object") return;
            const o = value as Record<string, unknown>;
            if (typeof o["@type"] === "string")
                for (const key of Object.keys(o)) (membersOf.get(o["@type"]) ?? membersOf.set(o["@type"], new Set()).get(o["@type"])!).add(key);
            Object.values(o).forEach(collect);
        };
        ["Credential-1.json", "Course-1a.json", "LearningProgram-1.json", "Organization-1.json"].map(load).forEach(collect);
        const unused = new Set(["ceterms:targetCompetency"]);
        const check = (value: unknown, where: string): void => {
            if (Array.isArray(value)) return value.forEach((item) => check(item, where));
            if (value === null || typeof value !== "object") return;
            const o = value as Record<string, unknown>;
            const type = o["@type"];
            if (typeof type === "string" && !["ceterms:MicroCredential", "ceterms:Course"].includes(type)) {
                const known = membersOf.get(type);
                expect([where, type, known ? "known" : "unknown"]).toEqual([where, type, "known"]);
                expect([where, Object.keys(o).filter((k) => !known!.has(k) && !unused.has(k))]).toEqual([where, []]);
            }
            for (const [key, child] of Object.entries(o)) check(child, `${where}.${key}`);
        };
        const pairs: [Record<string, unknown>, string][] = [
            [credential, "Credential-1.json"],
            [course, "Course-1a.json"],
        ];
        for (const [document, file] of pairs) {
            const example = load(file);
            const shared = Object.keys(document).filter((key) => key in example && key !== "@type" && key !== "@id");
            expect(shared.length).toBeGreaterThanOrEqual(6);
            for (const key of shared)
                expect([key, typeof document[key], Array.isArray(document[key])]).toEqual([key, typeof example[key], Array.isArray(example[key])]);
            check(document, file);
        }
    });
});
