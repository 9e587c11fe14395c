import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Driver } from "neo4j-driver";
import { DEFAULT_ESCO_LEVELS, importEsco } from "../../tools/import/esco/esco-import";
import { readEscoSource } from "../../tools/import/esco/esco-source";
import { importOnet } from "../../tools/import/onet/onet-import";
import { readOnetSource } from "../../tools/import/onet/onet-source";
import { ImportFileError } from "../../tools/import/errors";
import { runImport } from "../../tools/import/import-run";
import { type OwnDatabase, startOwnDatabase } from "../../tools/harness/own-database";
import { RejectLog } from "../../tools/import/rejects";
import { createLogger } from "../../src/logger";

/**
 * The importers on test/fixtures: small cuts of the real downloads (see test/fixtures/README.md), committed so that a
 * clone on its own tests the importers end to end. Every expected number below was counted from the fixture files
 * themselves, not taken from an import report; re-cutting the fixtures means recounting them.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures");
const ESCO_DIR = path.join(FIXTURES, "esco-1.1.1");
const ONET_DIR = path.join(FIXTURES, "onet-29.3");
const CROSSWALK_DIR = path.join(FIXTURES, "crosswalks");

const ESCO = "http://data.europa.eu/esco";
const SOFTWARE_DEVELOPER = `${ESCO}/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1`;
/** Named by 67 rows of the full occupationSkillRelations.csv (12 of them in the fixture) but absent from occupations_en.csv. */
const MISSING_OCCUPATION = `${ESCO}/occupation/a9e54177-a185-404d-b6e6-15663d31137e`;
/** Skill groups the download's skill pillar names but skillGroups_en.csv lacks. */
const MISSING_SKILL_GROUPS = [
    "0526c9cb-c8a4-498e-8498-d0e2d14ac626",
    "09d763a0-cc22-4ea7-9c36-3d9dd500d050",
    "1e924921-b7ff-4326-a698-c8275bbcf60d",
    "966246a4-6e72-4c60-be46-7cd61ba46942",
    "998d0ed8-21ee-4f1d-8906-f141136db5d9",
    "ca8723d6-d9fe-42fd-ac14-ba6bb5b0f6c2",
    "e747e5ec-c0be-4662-b62f-43e0ae344e50",
];

const at = (file: string, lines: number[], reason: string) => lines.map((line) => `${file},${line},${reason}`);

const ESCO_REJECTS = [
    ...MISSING_SKILL_GROUPS.map(
        (id, i) =>
            `broaderRelationsSkillPillar.csv,${[63, 64, 72, 105, 108, 120, 127][i]},${ESCO}/skill/${id} is not among this download's skills and skill groups`,
    ),
    ...at("broaderRelationsOccPillar.csv", [25], `${MISSING_OCCUPATION} is not among this download's occupations and ISCO groups`),
    ...at("occupationSkillRelations.csv", [50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61], `occupation ${MISSING_OCCUPATION} is not in occupations_en.csv`),
];

const SUPPRESSED = "O*NET recommends suppressing this value (low precision)";
const NOT_RELEVANT = "O*NET marks this element not relevant for the occupation";
const NO_LV = "its LV row was not usable, so no requirement is made";
const NO_IM = "its IM row was not usable, so no requirement is made";
const ONET_REJECTS = [
    ...at("Skills.txt", [29], SUPPRESSED),
    ...at("Skills.txt", [11, 21, 31, 41, 61, 69, 71], NOT_RELEVANT),
    // The IM row of each rejected LV row: without its partner it makes no requirement.
    ...at("Skills.txt", [10, 20, 28, 30, 40, 60, 68, 70], NO_LV),
    ...at("Knowledge.txt", [9, 33, 35, 45, 47, 79, 81, 83, 84, 105], SUPPRESSED),
    ...at("Knowledge.txt", [23, 69, 93], NOT_RELEVANT),
    ...at("Knowledge.txt", [8, 22, 32, 34, 44, 46, 68, 78, 80, 82, 92, 104], NO_LV),
    // Writers and Authors, English Language: the IM row (84) is suppressed, the LV row is fine.
    ...at("Knowledge.txt", [85], NO_IM),
    ...at("Alternate Titles.txt", [35], "duplicate of line 34"),
    ...at("Alternate Titles.txt", [37], "duplicate of line 36"),
    ...at(
        "esco_onet_crosswalk_Nov2020.csv",
        [8],
        `ESCO occupation ${ESCO}/occupation/98562ce3-9632-4226-b129-c67eb9c54f0f is not in the database: import ESCO first`,
    ),
];

const log = createLogger("silent");
let scratch: string;
let database: OwnDatabase;
let driver: Driver;

const options = (restart = false) => ({ driver, database: "neo4j", batchSize: 5000, restart, log, showProgress: false });

/** "file,line,reason" of every row in a reject log, sorted (the order rows are rejected in is not part of the contract). */
const rejectLines = (file: string) =>
    parse<{ file: string; line: string; reason: string }>(readFileSync(file), { columns: true })
        .map((r) => `${r.file},${r.line},${r.reason}`)
        .sort();
const rejectedRows = (file: string) => parse<{ file: string; line: string; reason: string; row: string }>(readFileSync(file), { columns: true });

const graphSize = async () =>
    (await driver.executeQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels")).records[0].toObject();
const countsOf = (report: { counts: { kind: string; actual: number }[] }) => Object.fromEntries(report.counts.map((c) => [c.kind, c.actual]));

/** Its own empty database: the import's counts are exact and no other suite sees the taxonomies appear. */
beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "skillgraph-import-fixtures-"));
    database = await startOwnDatabase("import-fixtures", { demo: false });
    driver = database.driver;
});

afterAll(async () => {
    await database?.stop();
    rmSync(scratch, { recursive: true, force: true });
});

describe("ESCO import of the fixture cut", () => {
    let rejectsFile: string;

    it("loads exactly the concepts and relations the fixture files hold", async () => {
        rejectsFile = path.join(scratch, "esco-rejects.csv");
        const rejects = new RejectLog(rejectsFile);
        const report = await importEsco(ESCO_DIR, DEFAULT_ESCO_LEVELS, rejects, options());
        await rejects.close();
        expect(report.sourceRows).toEqual({
            "skillGroups_en.csv": 128,
            "skills_en.csv": 123,
            "digitalSkillsCollection_en.csv": 13,
            "digCompSkillsCollection_en.csv": 2,
            "greenSkillsCollection_en.csv": 2,
            "transversalSkillsCollection_en.csv": 10,
            "languageSkillsCollection_en.csv": 2,
            "researchSkillsCollection_en.csv": 4,
            "broaderRelationsSkillPillar.csv": 294,
            "skillSkillRelations.csv": 8,
            "ISCOGroups_en.csv": 18,
            "occupations_en.csv": 7,
            "researchOccupationsCollection_en.csv": 1,
            "broaderRelationsOccPillar.csv": 24,
            "occupationSkillRelations.csv": 96,
        });
        // Source rows minus the rejected ones: 294 - 7 skill-pillar rows, 24 - 1 occupation-pillar rows, 96 - 12 requirements.
        expect(countsOf(report)).toEqual({
            Skill: 123,
            SkillGroup: 128,
            Role: 7,
            OccupationGroup: 18,
            "BROADER (skill pillar)": 287,
            RELATED_TO: 8,
            "BROADER (occupation pillar)": 23,
            REQUIRES: 84,
            "Skill tag digital": 13,
            "Skill tag digcomp": 2,
            "Skill tag green": 2,
            "Skill tag transversal": 10,
            "Skill tag language": 2,
            "Skill tag research": 4,
            "Role tag research": 1,
        });
        expect(report.ok).toBe(true);
        expect(report.rejected).toBe(ESCO_REJECTS.length);
    });

    it("lists every row the download gets wrong, with its file, line and reason", () => {
        expect(rejectLines(rejectsFile)).toEqual([...ESCO_REJECTS].sort());
        const orphan = rejectedRows(rejectsFile).find((r) => r.file === "occupationSkillRelations.csv" && r.line === "50");
        expect(JSON.parse(orphan!.row)).toEqual({
            occupationUri: MISSING_OCCUPATION,
            relationType: "essential",
            skillType: "knowledge",
            skillUri: `${ESCO}/skill/0450eaee-1a00-4622-8f4e-5356fce816d2`,
        });
    });

    it("keeps every broader concept of a skill, since the skill pillar is a poly-hierarchy", async () => {
        const { records } = await driver.executeQuery(
            "MATCH (:Skill {id: $id})-[:BROADER]->(b) RETURN b.name AS name, b:SkillGroup AS group ORDER BY name",
            { id: `${ESCO}/skill/292549e6-08ec-456c-b008-eba7a0a68428` }, // analyse market financial trends
        );
        expect(records.map((r): unknown => [r.get("name"), r.get("group")])).toEqual([
            ["analyse economic trends", false],
            ["forecast economic trends", false],
            ["monitoring financial and economic resources and activity", true],
            ["think critically", false],
        ]);
    });

    it("types skills by skills_en.csv, refined by the language and transversal collections", async () => {
        const { records } = await driver.executeQuery("MATCH (s:Skill {taxonomy: 'ESCO'}) RETURN coalesce(s.type, 'none') AS type, count(*) AS n");
        expect(Object.fromEntries(records.map((r) => [r.get("type"), Number(r.get("n"))]))).toEqual({
            KNOWLEDGE: 80,
            SKILL_COMPETENCE: 30,
            TRANSVERSAL: 10,
            LANGUAGE: 2,
            none: 1, // "digital content creation" has an empty skillType
        });
    });

    it("gives essential and optional requirements ESCO's default levels", async () => {
        const { records } = await driver.executeQuery(
            "MATCH (:Role {taxonomy: 'ESCO'})-[q:REQUIRES]->() RETURN q.importance AS importance, q.level AS level, count(*) AS n ORDER BY importance",
        );
        expect(records.map((r): unknown => [r.get("importance"), Number(r.get("level")), Number(r.get("n"))])).toEqual([
            ["ESSENTIAL", 3, 56],
            ["OPTIONAL", 2, 28],
        ]);
    });

    it("changes nothing when run again", async () => {
        const before = await graphSize();
        const rejects = new RejectLog(path.join(scratch, "esco-rejects-again.csv"));
        const report = await importEsco(ESCO_DIR, DEFAULT_ESCO_LEVELS, rejects, options());
        await rejects.close();
        expect(report.resumed).toBe(false);
        expect(report.ok).toBe(true);
        expect(countsOf(report)).toMatchObject({ Skill: 123, Role: 7, REQUIRES: 84, "BROADER (skill pillar)": 287 });
        expect(await graphSize()).toEqual(before);
    });
});

describe("O*NET import of the fixture cut, after ESCO", () => {
    let rejectsFile: string;

    it("loads exactly the occupations, ratings, technology and crosswalk links the fixture files hold", async () => {
        rejectsFile = path.join(scratch, "onet-rejects.csv");
        const rejects = new RejectLog(rejectsFile);
        const report = await importOnet(ONET_DIR, CROSSWALK_DIR, rejects, options());
        await rejects.close();
        expect(report.sourceRows).toEqual({
            "Occupation Data.txt": 11,
            "Alternate Titles.txt": 48,
            "Job Zones.txt": 11,
            "Content Model Reference.txt": 21,
            "Skills.txt": 90,
            "Knowledge.txt": 108,
            "Technology Skills.txt": 44,
            "onet_soc2010_to_2019.csv": 8,
            "esco_onet_crosswalk_Nov2020.csv": 7,
        });
        expect(countsOf(report)).toEqual({
            // 11 rated elements (5 skills, 6 knowledge) and 19 technology commodities.
            Skill: 30,
            // Content-model ancestors 2, 2.A, 2.A.1, 2.B, 2.B.3, 2.C, 2.C.1, 2.C.2, 2.C.5, 2.C.7, and "Technology Skills".
            SkillGroup: 11,
            Role: 11,
            // 11 elements and 9 non-root groups to their parent, 19 commodities to "Technology Skills".
            BROADER: 39,
            // (occupation, element) pairs whose IM and LV rows are both usable.
            "REQUIRES (skills and knowledge)": 78,
            // Distinct (occupation, commodity) pairs among the 44 technology rows.
            "REQUIRES (technology)": 39,
            // 6 crosswalk rows reach 7 O*NET occupations (one 2010 code split in two); the 7th row's ESCO occupation is missing.
            "EQUIVALENT_TO (ESCO to O*NET)": 7,
            "Role with job zone": 11,
            "alternate titles": 46,
        });
        expect(report.ok).toBe(true);
        expect(report.rejected).toBe(ONET_REJECTS.length);
    });

    it("lists suppressed, not-relevant and unpaired ratings, duplicate titles and unmatched crosswalk rows, with file, line and reason", () => {
        expect(rejectLines(rejectsFile)).toEqual([...ONET_REJECTS].sort());
        const suppressed = rejectedRows(rejectsFile).find((r) => r.file === "Skills.txt" && r.line === "29");
        expect(JSON.parse(suppressed!.row)).toMatchObject({
            "O*NET-SOC Code": "11-3031.00",
            "Element ID": "2.B.3.a",
            "Scale ID": "LV",
            "Recommend Suppress": "Y",
        });
    });

    it("links ESCO occupations to O*NET through the 2010 codes' 2019 successors", async () => {
        const { records } = await driver.executeQuery(
            "MATCH (e:Role {taxonomy: 'ESCO'})-[:EQUIVALENT_TO]->(o:Role {taxonomy: 'ONET'}) RETURN e.title + ' -> ' + o.onetSocCode AS link ORDER BY link",
        );
        expect(records.map((r): unknown => r.get("link"))).toEqual([
            "bioengineer -> 17-2031.00", // 2010: 17-2199.01
            "financial manager -> 11-3031.00", // 2010: 11-3031.02
            "radiographer -> 29-1124.00",
            "secretary of state -> 11-1011.00",
            "software developer -> 15-1251.00", // 2010: 15-1131.00
            "special-interest groups' official -> 11-2032.00", // 2010: 11-2031.00, split in two
            "special-interest groups' official -> 11-2033.00",
        ]);
    });

    it("turns each usable IM and LV pair into one requirement, essential from importance 3", async () => {
        const requirement = async (role: string, skill: string) =>
            (
                await driver.executeQuery(
                    "MATCH (:Role {id: $role})-[q:REQUIRES]->(:Skill {id: $skill}) RETURN q.importance AS importance, q.level AS level, q.onetImportance AS im, q.onetLevel AS lv",
                    { role, skill },
                )
            ).records.map((r): unknown => [r.get("importance"), Number(r.get("level")), r.get("im"), r.get("lv")]);
        // Skills.txt: Chief Executives, Active Listening: IM 4, LV 4.75; Chief Sustainability Officers, Operations Analysis: IM 2.88, LV 3.12.
        expect(await requirement("onet:11-1011.00", "onet:2.A.1.b")).toEqual([["ESSENTIAL", 4, 4, 4.75]]);
        expect(await requirement("onet:11-1011.03", "onet:2.B.3.a")).toEqual([["OPTIONAL", 3, 2.88, 3.12]]);
        // Financial Managers, Operations Analysis: the LV row is suppressed, so there is no requirement at all.
        expect(await requirement("onet:11-3031.00", "onet:2.B.3.a")).toEqual([]);
    });

    it("makes one optional technology requirement per occupation and commodity, with the examples merged", async () => {
        const { records } = await driver.executeQuery(
            `MATCH (r:Role)-[q:REQUIRES]->(s:Skill {id: 'onet:tech:43231601'})
             RETURN r.onetSocCode AS code, q.importance AS importance, q.level AS level, q.examples AS examples, q.hotTechnology AS hot`,
        );
        expect(records.map((r) => r.toObject()).map((r) => ({ ...r, level: Number(r.level) }))).toEqual([
            { code: "11-3031.00", importance: "OPTIONAL", level: 2, examples: ["Accounting software", "Accounts receivable software"], hot: false },
        ]);
        const graphics = await driver.executeQuery("MATCH (s:Skill {id: 'onet:tech:43232102'}) RETURN s.name AS name, s.altLabels AS labels");
        expect(graphics.records[0].toObject()).toEqual({
            name: "Graphics or photo imaging software",
            labels: ["Adobe Creative Cloud software", "Adobe Illustrator", "Adobe Photoshop"],
        });
    });

    it("keeps one of each duplicated alternate title", async () => {
        const { records } = await driver.executeQuery("MATCH (r:Role {id: 'onet:21-1014.00'}) RETURN r.altTitles AS titles");
        expect(records[0].get("titles")).toEqual([
            "Behavior Analyst",
            "Behavior Support Specialist (BSS)",
            "Behavioral Health Clinician",
            "Behavioral Health Consultant",
            "Licensed Clinical Mental Health Counselor (LCMHC)",
            "Licensed Mental Health Counselor (LMHC)",
        ]);
    });

    it("changes nothing when run again", async () => {
        const before = await graphSize();
        const rejects = new RejectLog(path.join(scratch, "onet-rejects-again.csv"));
        const report = await importOnet(ONET_DIR, CROSSWALK_DIR, rejects, options());
        await rejects.close();
        expect(report.resumed).toBe(false);
        expect(report.ok).toBe(true);
        expect(countsOf(report)).toMatchObject({ Skill: 30, Role: 11, "REQUIRES (skills and knowledge)": 78, "EQUIVALENT_TO (ESCO to O*NET)": 7 });
        expect(await graphSize()).toEqual(before);
    });
});

/**
 * Copies a fixture folder into scratch and appends rows to some of its files (named fields, the rest empty, in the
 * file's own delimiter and line ending). Returns the folder and, per appended row, the line it lands on.
 */
function copyWithRows(from: string, rows: { file: string; fields: Record<string, string> }[]): { dir: string; lines: number[] } {
    const dir = mkdtempSync(path.join(scratch, `${path.basename(from)}-`));
    cpSync(from, dir, { recursive: true });
    const lines = rows.map(({ file, fields }) => {
        const full = path.join(dir, file);
        const text = readFileSync(full, "utf8");
        const delimiter = file.endsWith(".txt") ? "\t" : file === "onet_soc2010_to_2019.csv" ? ";" : ",";
        const header = text
            .replace(/^\uFEFF/, "")
            .split(/\r?\n/)[0]
            .split(delimiter);
        const unknown = Object.keys(fields).filter((name) => !header.includes(name));
        if (unknown.length) throw new Error(`${file} has no column ${unknown.join(", ")}`);
        writeFileSync(full, text + header.map((name) => fields[name] ?? "").join(delimiter) + (text.includes("\r\n") ? "\r\n" : "\n"));
        return text.split("\n").length; // the text ends with a line break: its last "line" is the new row
    });
    return { dir, lines };
}

describe("rows of a kind the published downloads do not contain", () => {
    const A_SKILL = `${ESCO}/skill/209a5498-3449-4689-8ed9-bd08cab4fd78`;
    const A_GROUP = `${ESCO}/isced-f/00`;
    const BIOMEDICAL_ENGINEER = `${ESCO}/occupation/01ffb917-98dc-48c1-91ad-93c4104e791d`;
    const OTHER = "http://example.org/esco";

    it("are rejected by the ESCO importer, each with its reason", async () => {
        const cases: [string, Record<string, string>, string][] = [
            ["skillGroups_en.csv", { conceptType: "SkillGroup", conceptUri: `${OTHER}/unlabelled` }, "empty preferredLabel"],
            ["skillGroups_en.csv", { conceptType: "SkillGroup", conceptUri: A_GROUP, preferredLabel: "again" }, "duplicate of line 2"],
            [
                "skills_en.csv",
                { conceptUri: `${OTHER}/odd-type`, skillType: "competence", preferredLabel: "odd type" },
                'unknown skillType "competence" (allowed: skill/competence, knowledge, empty)',
            ],
            [
                "skills_en.csv",
                { conceptUri: `${OTHER}/odd-reuse`, skillType: "knowledge", reuseLevel: "universal", preferredLabel: "odd reuse" },
                'unknown reuseLevel "universal"',
            ],
            ["skills_en.csv", { skillType: "knowledge", preferredLabel: "no URI" }, "empty conceptUri"],
            ["greenSkillsCollection_en.csv", { conceptUri: `${OTHER}/not-a-skill` }, `skill ${OTHER}/not-a-skill is not in the download's skill file`],
            [
                "broaderRelationsSkillPillar.csv",
                { conceptUri: A_GROUP, broaderUri: `${ESCO}/skill/c46fcb45-5c14-4ffa-abed-5a43f104bb22` },
                "duplicate of line 2",
            ],
            [
                "skillSkillRelations.csv",
                { originalSkillUri: A_SKILL, relationType: "related", relatedSkillUri: A_SKILL },
                'unknown relationType "related" (allowed: essential, optional)',
            ],
            [
                "skillSkillRelations.csv",
                { originalSkillUri: A_SKILL, relationType: "optional", relatedSkillUri: A_GROUP },
                `${A_GROUP} is not among this download's skills`,
            ],
            ["ISCOGroups_en.csv", { conceptType: "ISCOGroup", conceptUri: `${OTHER}/isco-without-code`, preferredLabel: "no code" }, "empty code"],
            ["occupations_en.csv", { conceptType: "Occupation", conceptUri: BIOMEDICAL_ENGINEER, preferredLabel: "again" }, "duplicate of line 2"],
            [
                "researchOccupationsCollection_en.csv",
                { conceptUri: `${OTHER}/not-an-occupation` },
                `occupation ${OTHER}/not-an-occupation is not in the download's occupation file`,
            ],
            ["broaderRelationsOccPillar.csv", { conceptType: "Occupation", conceptUri: SOFTWARE_DEVELOPER }, "empty broaderUri"],
            [
                "occupationSkillRelations.csv",
                { occupationUri: SOFTWARE_DEVELOPER, relationType: "required", skillUri: A_SKILL },
                'unknown relationType "required" (allowed: essential, optional)',
            ],
            [
                "occupationSkillRelations.csv",
                { occupationUri: SOFTWARE_DEVELOPER, relationType: "optional", skillUri: `${OTHER}/unknown-skill` },
                `${OTHER}/unknown-skill is not among this download's skills`,
            ],
            ["occupationSkillRelations.csv", { occupationUri: BIOMEDICAL_ENGINEER, relationType: "essential", skillUri: A_SKILL }, "duplicate of line 2"],
        ];
        const { dir, lines } = copyWithRows(
            ESCO_DIR,
            cases.map(([file, fields]) => ({ file, fields })),
        );
        const rejectsFile = path.join(dir, "rejects.csv");
        const rejects = new RejectLog(rejectsFile);
        const source = readEscoSource(dir, DEFAULT_ESCO_LEVELS, rejects);
        await rejects.close();
        expect(rejectLines(rejectsFile)).toEqual([...ESCO_REJECTS, ...cases.map(([file, , reason], i) => `${file},${lines[i]},${reason}`)].sort());
        // Nothing appended reaches the database: the counts are the clean fixture's.
        expect(source.expected).toMatchObject({ Skill: 123, SkillGroup: 128, Role: 7, OccupationGroup: 18, RELATED_TO: 8, REQUIRES: 84 });
    });

    it("are rejected by the O*NET importer, each with its reason", async () => {
        const rating = (code: string, element: string, scale: string, value: string) => ({
            "O*NET-SOC Code": code,
            "Element ID": element,
            "Scale ID": scale,
            "Data Value": value,
            "Recommend Suppress": "N",
            "Not Relevant": "N",
        });
        const crosswalk = (uri: string, code: string) => ({ concept_uri: uri, onet_code: code, confidence: "1.0", semantic_similarity: "0.5" });
        const cases: [string, Record<string, string>, string][] = [
            ["Occupation Data.txt", { "O*NET-SOC Code": "99-9999.00", Description: "no title" }, "empty Title"],
            [
                "Alternate Titles.txt",
                { "O*NET-SOC Code": "99-9999.01", "Alternate Title": "Nobody" },
                "O*NET-SOC code 99-9999.01 is not in Occupation Data.txt",
            ],
            ["Alternate Titles.txt", { "O*NET-SOC Code": "11-1011.00" }, "empty Alternate Title"],
            ["Job Zones.txt", { "O*NET-SOC Code": "11-1011.00", "Job Zone": "6" }, 'job zone "6" is not 1-5'],
            ["Job Zones.txt", { "O*NET-SOC Code": "11-1011.00", "Job Zone": "5" }, "duplicate of line 2"],
            ["Skills.txt", rating("11-1011.00", "2.Z.9", "IM", "3"), "element 2.Z.9 is not in Content Model Reference.txt"],
            ["Skills.txt", rating("11-1011.00", "2.A.1.a", "XX", "3"), 'scale "XX" is neither IM nor LV'],
            ["Skills.txt", rating("99-9999.01", "2.A.1.a", "IM", "3"), "O*NET-SOC code 99-9999.01 is not in Occupation Data.txt"],
            ["Knowledge.txt", rating("11-1011.00", "2.C.1.a", "IM", "n/a"), 'data value "n/a" is not a number'],
            ["Knowledge.txt", rating("11-1011.00", "2.C.1.a", "IM", "4"), "duplicate of line 2"],
            [
                "Technology Skills.txt",
                { "O*NET-SOC Code": "11-1011.00", "Commodity Code": "43232202", "Commodity Title": "Document management software" },
                "empty Example",
            ],
            [
                "Technology Skills.txt",
                { "O*NET-SOC Code": "11-1011.00", Example: "Adobe Acrobat", "Commodity Code": "43232202", "Commodity Title": "Document management software" },
                "duplicate of line 2",
            ],
        ];
        const crosswalkCases: [string, Record<string, string>, string][] = [
            [
                "esco_onet_crosswalk_Nov2020.csv",
                crosswalk(SOFTWARE_DEVELOPER, "99-9999.00"),
                "O*NET-SOC 2010 code 99-9999.00 has no 2019 code in onet_soc2010_to_2019.csv",
            ],
            [
                "esco_onet_crosswalk_Nov2020.csv",
                crosswalk(SOFTWARE_DEVELOPER, "99-9998.00"),
                "none of the 2019 codes of 99-9998.00 is an occupation of this O*NET release",
            ],
            ["esco_onet_crosswalk_Nov2020.csv", crosswalk(SOFTWARE_DEVELOPER, ""), "empty onet_code"],
            ["esco_onet_crosswalk_Nov2020.csv", crosswalk(`${ESCO}/occupation/0ee67d5e-8de9-48f0-97c5-ba23d486b1e9`, "11-1011.00"), "duplicate of line 2"],
        ];
        const onet = copyWithRows(
            ONET_DIR,
            cases.map(([file, fields]) => ({ file, fields })),
        );
        const crosswalks = copyWithRows(CROSSWALK_DIR, [
            ...crosswalkCases.map(([file, fields]) => ({ file, fields })),
            // A 2010 code whose only 2019 successor is not an occupation of this release.
            { file: "onet_soc2010_to_2019.csv", fields: { soc2010_code: "99-9998.00", soc2019_code: "99-9998.01" } },
        ]);
        const escoRejects = new RejectLog(path.join(onet.dir, "esco-rejects.csv"));
        const escoRoles = readEscoSource(ESCO_DIR, DEFAULT_ESCO_LEVELS, escoRejects).roles;
        await escoRejects.close();
        const rejectsFile = path.join(onet.dir, "rejects.csv");
        const rejects = new RejectLog(rejectsFile);
        const source = readOnetSource(onet.dir, crosswalks.dir, new Set(escoRoles.map((role) => role.id)), rejects);
        await rejects.close();
        expect(rejectLines(rejectsFile)).toEqual(
            [
                ...ONET_REJECTS,
                ...cases.map(([file, , reason], i) => `${file},${onet.lines[i]},${reason}`),
                ...crosswalkCases.map(([file, , reason], i) => `${file},${crosswalks.lines[i]},${reason}`),
            ].sort(),
        );
        expect(source.expected).toMatchObject({
            Skill: 30,
            Role: 11,
            "REQUIRES (skills and knowledge)": 78,
            "EQUIVALENT_TO (ESCO to O*NET)": 7,
            "Role with job zone": 11,
        });
    });
});

describe("an interrupted import", () => {
    it("leaves no half-written batch and resumes after the last committed one", async () => {
        const rows = [1, 2, 3, 4].map((n) => ({ id: `resume-${n}`, props: { name: `Resume ${n}`, taxonomy: "INTERNAL" } }));
        const step = (batchRows: unknown[]) => [{ name: "skills", cypherFile: "import/merge-skills" as const, rows: batchRows }];
        const run = (batchRows: unknown[]) =>
            runImport("test:resume", step(batchRows), {}, {}, new RejectLog(path.join(scratch, "resume.csv")), "import/esco/count-imported", {
                ...options(),
                batchSize: 2,
            });
        const stored = async () =>
            (await driver.executeQuery("MATCH (s:Skill) WHERE s.id STARTS WITH 'resume-' RETURN s.id AS id ORDER BY id")).records.map((r): unknown =>
                r.get("id"),
            );

        // The second batch fails inside its transaction (MERGE on a null id): the first stays committed.
        await expect(run([rows[0], rows[1], rows[2], { id: null, props: {} }])).rejects.toThrow(/null/);
        expect(await stored()).toEqual(["resume-1", "resume-2"]);

        const report = await run(rows);
        expect(report.resumed).toBe(true);
        expect(report.rowsWritten).toBe(2);
        expect(await stored()).toEqual(["resume-1", "resume-2", "resume-3", "resume-4"]);
    });
});

describe("a malformed ESCO download", () => {
    const importFrom = async (files: Record<string, string>) => {
        const dir = mkdtempSync(path.join(scratch, "bad-"));
        for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
        const rejects = new RejectLog(path.join(dir, "rejects.csv"));
        try {
            return await importEsco(dir, DEFAULT_ESCO_LEVELS, rejects, options());
        } finally {
            await rejects.close();
        }
    };
    const header = "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code\n";

    it("stops at a broken quote, naming the file and line", async () => {
        const error = await importFrom({
            "skillGroups_en.csv": `${header}SkillGroup,http://x/1,ok,,,released,,,,,S1\nSkillGroup,http://x/2,"broken,,,released,,,,,S2\n`,
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportFileError);
        expect((error as Error).message).toMatch(/skillGroups_en\.csv, line 3: .*quote/i);
    });

    it("stops at a row with the wrong number of fields", async () => {
        await expect(importFrom({ "skillGroups_en.csv": `${header}SkillGroup,http://x/1,ok\n` })).rejects.toThrow(/skillGroups_en\.csv, line 2: .*fields/i);
    });

    it("stops when a required column is missing", async () => {
        await expect(importFrom({ "skillGroups_en.csv": "conceptUri,label\nhttp://x/1,a\n" })).rejects.toThrow(
            /skillGroups_en\.csv, line 1: missing column\(s\) preferredLabel/,
        );
    });

    it("stops when a file is missing", async () => {
        await expect(importFrom({})).rejects.toThrow(/skillGroups_en\.csv: file not found/);
    });
});

describe("a malformed O*NET download", () => {
    /** The O*NET and crosswalk fixtures copied into scratch, with one file changed (or removed, when `change` returns undefined). */
    const importWith = async (folder: "onet-29.3" | "crosswalks", file: string, change: (text: string) => string | undefined) => {
        const dir = mkdtempSync(path.join(scratch, "bad-onet-"));
        cpSync(ONET_DIR, path.join(dir, "onet-29.3"), { recursive: true });
        cpSync(CROSSWALK_DIR, path.join(dir, "crosswalks"), { recursive: true });
        const full = path.join(dir, folder, file);
        const text = change(readFileSync(full, "utf8"));
        if (text === undefined) rmSync(full);
        else writeFileSync(full, text);
        const rejects = new RejectLog(path.join(dir, "rejects.csv"));
        try {
            return await importOnet(path.join(dir, "onet-29.3"), path.join(dir, "crosswalks"), rejects, options());
        } finally {
            await rejects.close();
        }
    };

    it("stops at a row with the wrong number of fields, naming the file and line", async () => {
        // Line 5 of Skills.txt loses everything after its element name.
        const truncate = (text: string) => text.replace(/^((?:[^\n]*\n){4})((?:[^\t\n]*\t){3}[^\t\n]*)[^\n]*/, "$1$2");
        const error = await importWith("onet-29.3", "Skills.txt", truncate).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportFileError);
        expect((error as Error).message).toMatch(/Skills\.txt, line 5: the row has 4 fields where the header has 15$/);
    });

    it("stops when a required column is missing", async () => {
        const error = await importWith("onet-29.3", "Knowledge.txt", (text) => text.replace("\tNot Relevant\t", "\tNot Applicable\t")).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportFileError);
        expect((error as Error).message).toMatch(/Knowledge\.txt, line 1: missing column\(s\) Not Relevant;/);
    });

    it("stops when a crosswalk file is missing", async () => {
        await expect(importWith("crosswalks", "onet_soc2010_to_2019.csv", () => undefined)).rejects.toThrow(/onet_soc2010_to_2019\.csv: file not found/);
    });
});
