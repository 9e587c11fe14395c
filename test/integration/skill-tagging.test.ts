import { cosine } from "../../src/embeddings/embedder";
import { EMBEDDING_MODEL, modelFiles, verifyModelFiles } from "../../src/embeddings/provision-model";
import { embeddingSettings } from "../../src/config";
import { refreshVectors } from "../../src/embeddings/node-vectors";
import { Embeddings } from "../../src/embeddings/embeddings";
import { SkillTagger } from "../../src/use-cases/skill-tagging";
import { createLogger } from "../../src/logger";
import { type TestApi, startTestApi, testEmbedder, uniquePrefix } from "../helpers/test-api";

interface Tag {
    skill: { id: string; name: string };
    score: number;
    methods: string[];
    span: { start: number; end: number; text: string } | null;
    methodsRun: string[];
}

const TAGS = `query Tag($text: String!, $first: PositiveInt, $taxonomy: Taxonomy) {
    tagSkills(text: $text, first: $first, taxonomy: $taxonomy) { skill { id name } score methods span { start end text } methodsRun }
}`;

const JAVA_AD = "We are looking for a Java developer with experience in Spring and PostgreSQL.";

let api: TestApi;
let apiOff: TestApi;

beforeAll(async () => {
    [api, apiOff] = await Promise.all([startTestApi(), startTestApi({ embeddings: "off" })]);
});

afterAll(async () => {
    await Promise.all([api.stop(), apiOff.stop()]);
});

async function tag(text: string, variables: Record<string, unknown> = {}, on: TestApi = api) {
    const response = await on.post({ query: TAGS, variables: { text, ...variables } });
    return response as { data?: { tagSkills: Tag[] }; errors?: { extensions: { code: string; field?: string } }[] };
}

describe("the embedding model", () => {
    it("is the pinned file, and gives the same vector for the same text, alone or in a batch", async () => {
        expect(verifyModelFiles(modelFiles(embeddingSettings().home))).toBe(true);
        const embedder = await testEmbedder();
        const [alone] = await embedder.embed([JAVA_AD]);
        const [, inBatch, , twice] = await embedder.embed(["short", JAVA_AD, "a much longer sentence about baking bread and pastries in a bakery", JAVA_AD]);
        expect(alone).toHaveLength(EMBEDDING_MODEL.dimensions);
        // Bit for bit: batches are never padded, so companions cannot change the summation order.
        expect(Array.from(inBatch)).toEqual(Array.from(alone));
        expect(Array.from(twice)).toEqual(Array.from(alone));
        expect(cosine(alone, alone)).toBeCloseTo(1, 5);
    });

    it("puts related sentences closer than unrelated ones", async () => {
        const [team, engineers, bread] = await (
            await testEmbedder()
        ).embed(["manage a software development team", "lead engineers building software", "bake bread and pastries"]);
        expect(cosine(team, engineers)).toBeGreaterThan(cosine(team, bread) + 0.2);
    });
});

describe("skill vectors", () => {
    it("are stored for every demo skill with the model's hash, and a refresh with nothing changed embeds nothing", async () => {
        const [row] = await api.cypher<{ skills: number; embedded: number }>(
            "MATCH (s:Skill) WHERE s.id STARTS WITH 'http://data.europa.eu/esco/' RETURN count(s) AS skills, count(s.embedding) AS embedded",
        );
        expect(Number(row.embedded)).toBe(Number(row.skills));
        const again = await refreshVectors({ driver: api.driver, database: api.database }, "skills", await testEmbedder(), createLogger("silent"));
        expect(again.current).toBeGreaterThan(500);
    });

    it("are searched through the vector index skill_embedding", async () => {
        const [index] = await api.cypher<{ state: string; type: string }>(
            "SHOW INDEXES YIELD name, state, type WHERE name = 'skill_embedding' RETURN state, type",
        );
        expect(index).toEqual({ state: "ONLINE", type: "VECTOR" });
        const session = api.driver.session({ database: api.database });
        try {
            const result = await session.run(
                "EXPLAIN CALL db.index.vector.queryNodes('skill_embedding', 5, [x IN range(1, 384) | 0.1]) YIELD node RETURN node",
            );
            expect(JSON.stringify(result.summary.plan)).toContain("db.index.vector.queryNodes");
        } finally {
            await session.close();
        }
    });
});

describe("tagSkills", () => {
    it("finds the obvious skills of a job advertisement, with their spans", async () => {
        const { data, errors } = await tag(JAVA_AD);
        expect(errors).toBeUndefined();
        const names = data!.tagSkills.map((t) => t.skill.name);
        expect(names.slice(0, 3)).toEqual(expect.arrayContaining(["Java (computer programming)", "PostgreSQL"]));
        const java = data!.tagSkills.find((t) => t.skill.name === "Java (computer programming)")!;
        expect(java.methods).toContain("EXACT");
        expect(java.span).toEqual({ start: JAVA_AD.indexOf("Java"), end: JAVA_AD.indexOf("Java") + 4, text: "Java" });
        expect(data!.tagSkills[0].methodsRun).toEqual(["EXACT", "LEXICAL", "SEMANTIC", "GRAPH"]);
        const scores = data!.tagSkills.map((t) => t.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
    });

    it("finds skills by meaning where no label occurs", async () => {
        const { data } = await tag("You will move our on-premise servers and applications to Amazon Web Services and Azure.", { first: 5 });
        const cloud = data!.tagSkills.filter((t) => /cloud/.test(t.skill.name));
        expect(cloud.length).toBeGreaterThanOrEqual(3);
        expect(cloud.every((t) => t.methods.includes("SEMANTIC"))).toBe(true);
    });

    it("combines the sentences of a long text", async () => {
        const text = [
            "This course teaches the foundations of relational databases.",
            "Learners design schemas and normalise data.",
            "They write queries in PostgreSQL and MySQL.",
            "The last module covers backups and recovery.",
        ].join(" ");
        const { data } = await tag(text, { first: 10 });
        const names = data!.tagSkills.map((t) => t.skill.name);
        expect(names).toEqual(expect.arrayContaining(["PostgreSQL", "MySQL", "normalise data"]));
        const mysql = data!.tagSkills.find((t) => t.skill.name === "MySQL")!;
        expect(mysql.span!.text).toBe("MySQL");
        expect(text.slice(mysql.span!.start, mysql.span!.end)).toBe("MySQL");
    });

    it("keeps to one taxonomy when asked", async () => {
        const { data } = await tag(JAVA_AD, { taxonomy: "ONET" });
        expect(data!.tagSkills).toEqual([]);
    });

    it("refuses empty and over-long texts and too many tags, naming the field", async () => {
        for (const [text, first, field] of [
            ["   ", 10, "text"],
            ["x".repeat(20_001), 10, "text"],
            [JAVA_AD, 101, "first"],
        ] as const) {
            const { errors } = await tag(text, { first });
            expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
        }
    });

    it("answers with the lexical methods when the model is off, and says so", async () => {
        const { data, errors } = await tag(JAVA_AD, {}, apiOff);
        expect(errors).toBeUndefined();
        expect(data!.tagSkills[0].methodsRun).toEqual(["EXACT", "LEXICAL", "GRAPH"]);
        expect(data!.tagSkills.map((t) => t.skill.name)).toContain("Java (computer programming)");
        expect(data!.tagSkills.every((t) => !t.methods.includes("SEMANTIC"))).toBe(true);
    });
});

describe("batch tagging", () => {
    it("tags several texts at once exactly as one by one", async () => {
        const tagger = new SkillTagger(Embeddings.ready(await testEmbedder()));
        const db = { driver: api.driver, database: api.database };
        const texts = [JAVA_AD, "Design schemas. Normalise data. Write queries for MySQL.", "Keeps cloud servers secure"];
        const ranked = (gathered: Parameters<SkillTagger["rank"]>[0]) => tagger.rank(gathered, 10).tags.map((t) => [t.skillId, t.score.toFixed(9)]);
        const oneByOne = async () => {
            const answers = [];
            for (const text of texts) answers.push(ranked(await tagger.gather(db, text, { taxonomy: null })));
            return answers;
        };
        // The other integration project writes skills to the same database meanwhile, and full-text scores follow the
        // index's statistics: the batch is compared once one by one answers the same before and after it.
        for (let attempt = 1; ; attempt++) {
            const before = await oneByOne();
            const together = (await tagger.gatherMany(db, texts, { taxonomy: null })).map(ranked);
            const after = await oneByOne();
            if (JSON.stringify(before) !== JSON.stringify(after) && attempt < 5) continue;
            expect(together).toEqual(after);
            break;
        }
        await expect(tagger.gatherMany(db, [JAVA_AD, " "], { taxonomy: null })).rejects.toMatchObject({
            extensions: { code: "BAD_USER_INPUT", field: "texts[1]" },
        });
    });
});

describe("searchSkills modes", () => {
    const search = (on: TestApi, query: string, mode: string) =>
        on.post({
            query: `query($q: SearchText!, $mode: SkillSearchMode!) { searchSkills(query: $q, first: 5, mode: $mode) { id name } }`,
            variables: { q: query, mode },
        }) as Promise<{
            data?: { searchSkills: { id: string; name: string }[] };
            errors?: { extensions: { code: string } }[];
        }>;

    it("LEXICAL matches word prefixes; SEMANTIC and HYBRID also find by meaning", async () => {
        expect((await search(api, "postgre", "LEXICAL")).data!.searchSkills.map((s) => s.name)).toEqual(["PostgreSQL"]);
        expect((await search(api, "moving applications to AWS", "LEXICAL")).data!.searchSkills).toEqual([]);
        expect((await search(api, "moving applications to AWS", "SEMANTIC")).data!.searchSkills.map((s) => s.name)).toContain("plan migration to cloud");
        const hybrid = (await search(api, "postgresql", "HYBRID")).data!.searchSkills.map((s) => s.name);
        expect(hybrid[0]).toBe("PostgreSQL");
        expect(hybrid.length).toBeGreaterThan(1);
    });

    it("SEMANTIC is UNAVAILABLE when the model is off; HYBRID falls back to the lexical methods", async () => {
        expect((await search(apiOff, "cloud", "SEMANTIC")).errors?.[0].extensions.code).toBe("UNAVAILABLE");
        expect((await search(apiOff, "postgre", "HYBRID")).data!.searchSkills.map((s) => s.name)).toContain("PostgreSQL");
    });

    it("returns skills with relationship fields, aliases, fragments and variables resolved as the generated API does", async () => {
        const response = (await api.post({
            query: `query($n: Int!, $first: PositiveInt!) {
                searchSkills(query: "cloud", first: $first, mode: HYBRID) { id alias: name broaderSkills(limit: $n) { id } ...Taught }
            }
            fragment Taught on Skill { taughtBy { id } }`,
            variables: { n: 1, first: 3 },
        })) as { data?: { searchSkills: { id: string; alias: string; broaderSkills: unknown[]; taughtBy: unknown[] }[] }; errors?: unknown };
        expect(response.errors).toBeUndefined();
        expect(response.data!.searchSkills).toHaveLength(3);
        expect(response.data!.searchSkills.every((s) => typeof s.alias === "string" && Array.isArray(s.broaderSkills))).toBe(true);
    });

    it("answers a selection of stored fields only (read directly) exactly as the generated API does", async () => {
        const fields = "__typename id name label: name description altLabels type reuseLevel tags taxonomy uri";
        const tagged = (await api.post({
            query: `query($t: String!) { tagSkills(text: $t, first: 10) { skill { ${fields} } } }`,
            variables: { t: "Design cloud infrastructure and manage Kubernetes clusters; write Python and SQL." },
        })) as { data: { tagSkills: { skill: { id: string } }[] } };
        const skills = tagged.data.tagSkills.map((tag) => tag.skill);
        expect(skills.length).toBe(10);
        const generated = (await api.post({
            query: `query($ids: [ID!]!) { skills(where: { id: { in: $ids } }) { ${fields} } }`,
            variables: { ids: skills.map((skill) => skill.id) },
        })) as { data: { skills: { id: string }[] } };
        const byId = new Map(generated.data.skills.map((skill) => [skill.id, skill]));
        expect(skills).toEqual(skills.map((skill) => byId.get(skill.id)));
    });
});

describe("skill suggestions for courses and roles", () => {
    const p = uniquePrefix("suggest");
    const suggest = `mutation($k: ID!) { suggestCourseSkills(courseId: $k, first: 5) { id status score methods modelId span { text } skill { id name } } }`;
    type Suggestion = {
        id: string;
        status: string;
        score: number;
        methods: string[];
        modelId: string | null;
        span: { text: string } | null;
        skill: { id: string; name: string };
    };

    beforeAll(async () => {
        await api.cypher(
            `MATCH (pg:Skill {name: 'PostgreSQL'})
             CREATE (:Course {id: $p + 'K', title: 'Relational databases', description: 'Design schemas, normalise data and write queries for PostgreSQL and MySQL.', durationMinutes: 45, cost: 0.0, currency: 'EUR', format: 'ONLINE', language: 'en'})-[:TEACHES {level: 2}]->(pg)
             CREATE (:Role {id: $p + 'R', title: 'database administrator', description: 'Keeps PostgreSQL databases backed up, secure and fast.', taxonomy: 'INTERNAL', altTitles: [], tags: []})`,
            { p },
        );
    });

    afterAll(async () => {
        await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p OPTIONAL MATCH (n)-[:HAS_SUGGESTION]->(g) DETACH DELETE g, n", { p });
    });

    it("proposes what the course does not teach yet, with provenance, and accepting writes TEACHES at the level given", async () => {
        const { data, errors } = (await api.post({ query: suggest, variables: { k: `${p}K` } })) as {
            data?: { suggestCourseSkills: Suggestion[] };
            errors?: unknown;
        };
        expect(errors).toBeUndefined();
        const proposed = data!.suggestCourseSkills;
        const names = proposed.map((s) => s.skill.name);
        expect(names).toContain("MySQL");
        expect(names).not.toContain("PostgreSQL"); // taught already
        expect(proposed.every((s) => s.status === "PROPOSED" && s.modelId === "all-MiniLM-L6-v2" && s.methods.length > 0)).toBe(true);
        expect(proposed.find((s) => s.skill.name === "MySQL")!.span).toEqual({ text: "MySQL" });

        const mysql = proposed.find((s) => s.skill.name === "MySQL")!;
        const accepted = await api.post({
            query: `mutation($g: ID!) { acceptSkillSuggestion(id: $g, level: 3) { status level decidedBy skill { name } } }`,
            variables: { g: mysql.id },
        });
        expect(accepted).toMatchObject({
            data: { acceptSkillSuggestion: { status: "ACCEPTED", level: 3, decidedBy: "test:admin", skill: { name: "MySQL" } } },
        });
        const [edge] = await api.cypher<{ level: unknown }>("MATCH (:Course {id: $k})-[t:TEACHES]->(:Skill {name: 'MySQL'}) RETURN t.level AS level", {
            k: `${p}K`,
        });
        expect(edge.level).toEqual(expect.objectContaining({ low: 3, high: 0 })); // a Neo4j integer, like every level

        const again = await api.post({ query: `mutation($g: ID!) { acceptSkillSuggestion(id: $g, level: 3) { status } }`, variables: { g: mysql.id } });
        expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "id" });
    });

    it("never proposes a rejected skill again, and keeps decided suggestions when proposing anew", async () => {
        const first = ((await api.post({ query: suggest, variables: { k: `${p}K` } })) as { data: { suggestCourseSkills: Suggestion[] } }).data
            .suggestCourseSkills;
        const rejected = first[0];
        await api.post({ query: `mutation($g: ID!) { rejectSkillSuggestion(id: $g) { status } }`, variables: { g: rejected.id } });
        const second = ((await api.post({ query: suggest, variables: { k: `${p}K` } })) as { data: { suggestCourseSkills: Suggestion[] } }).data
            .suggestCourseSkills;
        expect(second.map((s) => s.skill.id)).not.toContain(rejected.skill.id);
        expect(second.map((s) => s.skill.name)).not.toContain("MySQL"); // accepted above: taught now
        const all = (await api.post({ query: `query($k: ID!) { skillSuggestions(courseId: $k, status: null) { status } }`, variables: { k: `${p}K` } })) as {
            data: { skillSuggestions: { status: string }[] };
        };
        const statuses = all.data.skillSuggestions.map((s) => s.status);
        expect(statuses.filter((s) => s === "ACCEPTED")).toHaveLength(1);
        expect(statuses.filter((s) => s === "REJECTED")).toHaveLength(1);
        expect(statuses.filter((s) => s === "PROPOSED")).toHaveLength(second.length);
    });

    it("for a role: accepting writes REQUIRES with level and importance and bumps the role-profile version", async () => {
        const version = async () =>
            Number((await api.cypher<{ v: unknown }>("MATCH (g:GraphVersion {key: 'roleProfiles'}) RETURN toString(g.version) AS v"))[0]?.v ?? 0);
        const response = (await api.post({
            query: `mutation($r: ID!) { suggestRoleRequirements(roleId: $r, first: 3) { id skill { name } } }`,
            variables: { r: `${p}R` },
        })) as { data: { suggestRoleRequirements: { id: string; skill: { name: string } }[] } };
        const postgres = response.data.suggestRoleRequirements.find((s) => s.skill.name === "PostgreSQL")!;
        expect(postgres).toBeDefined();
        const before = await version();
        const accepted = await api.post({
            query: `mutation($g: ID!) { acceptSkillSuggestion(id: $g, level: 4, importance: OPTIONAL) { status level importance } }`,
            variables: { g: postgres.id },
        });
        expect(accepted).toMatchObject({ data: { acceptSkillSuggestion: { status: "ACCEPTED", level: 4, importance: "OPTIONAL" } } });
        const [edge] = await api.cypher<{ importance: string }>(
            "MATCH (:Role {id: $r})-[q:REQUIRES]->(:Skill {name: 'PostgreSQL'}) RETURN q.importance AS importance",
            { r: `${p}R` },
        );
        expect(edge.importance).toBe("OPTIONAL");
        expect(await version()).toBeGreaterThan(before);
    });

    it("refuses unknown targets and bad arguments with their field", async () => {
        const missing = await api.post({ query: suggest, variables: { k: `${p}nothing` } });
        expect(missing.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "courseId" });
        const both = await api.post({ query: `query($k: ID!) { skillSuggestions(courseId: $k, roleId: $k) { id } }`, variables: { k: `${p}K` } });
        expect(both.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
        const longText = await api.post({
            query: `mutation($r: ID!, $t: String) { suggestRoleRequirements(roleId: $r, text: $t) { id } }`,
            variables: { r: `${p}R`, t: "" },
        });
        expect(longText.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
        const unknown = await api.post({ query: `mutation { rejectSkillSuggestion(id: "nope") { id } }` });
        expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    });
});

describe("the demo's courses", () => {
    it("were tagged by the seed: the best tags accepted one level below the course's own, the rest proposed", async () => {
        const rows = await api.cypher<{ course: string; status: string; decidedBy: string | null; level: unknown; top: unknown; taught: unknown }>(
            `MATCH (c:Course)-[:HAS_SUGGESTION]->(g:SkillSuggestion)-[:SUGGESTS]->(s:Skill)
             WHERE c.id STARTS WITH 'demo:course:'
             OPTIONAL MATCH (c)-[t:TEACHES]->(s)
             WITH c, g, t, [(c)-[edge:TEACHES]->() | edge.level] AS levels
             RETURN c.id AS course, g.status AS status, g.decidedBy AS decidedBy, g.level AS level, t.level AS taught,
                    reduce(top = 0, l IN levels | CASE WHEN l > top THEN l ELSE top END) AS top`,
        );
        const courses = await api.cypher<{ n: unknown }>("MATCH (c:Course) WHERE c.id STARTS WITH 'demo:course:' RETURN count(c) AS n");
        expect(new Set(rows.map((row) => row.course)).size).toBe(Number(courses[0].n));
        const accepted = rows.filter((row) => row.status === "ACCEPTED");
        expect(accepted.length).toBeGreaterThanOrEqual(3);
        for (const row of accepted) {
            expect(row.decidedBy).toBe("seed:demo");
            expect(Number(row.taught)).toBe(Number(row.level));
            expect(Number(row.level)).toBe(Math.max(1, Number(row.top) - 1));
        }
        expect(rows.filter((row) => row.status === "PROPOSED" && row.taught !== null)).toEqual([]);
    });
});
