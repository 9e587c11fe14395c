import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { DEFAULT_ESCO_LEVELS, importEsco } from "../../tools/import/esco/esco-import";
import { importOnet } from "../../tools/import/onet/onet-import";
import { defaultCrosswalkDir } from "../../tools/import/onet/onet-source";
import { ImportFileError } from "../../tools/import/errors";
import { runImport } from "../../tools/import/import-run";
import { RejectLog } from "../../tools/import/rejects";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { createDriver } from "../../src/neo4j/driver";
import { findDataDir } from "../../tools/data-dir";
import { type LocalNeo4j, findFreePort, startLocalNeo4j } from "../../src/neo4j/local/local-server";
import { provisionNeo4j } from "../../src/neo4j/local/provision";

const data = findDataDir();
const ESCO_DIR = path.join(data.dir ?? "", "esco-1.1.1");
const ONET_DIR = path.join(data.dir ?? "", "onet-29.3");
/** The full-download suites: skipped, with the reason in their name, when the downloads are absent. */
const describeFullData = (title: string, body: () => void) =>
    data.dir ? describe(title, body) : describe.skip(`${title} (skipped: ${data.skipReason})`, body);
const log = createLogger("silent");
let scratch: string;
let neo4j: LocalNeo4j;
let driver: Driver;

const options = (restart = false) => ({ driver, database: "neo4j", batchSize: 5000, restart, log, showProgress: false });

/** Its own empty database: the import's counts are exact and no other suite sees ESCO appear. */
beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "skillgraph-import-"));
    const config = loadConfig({});
    const runtime = await provisionNeo4j(config.localNeo4j.home, log);
    neo4j = await startLocalNeo4j({ ...config.localNeo4j, runtime, instanceDir: path.join(scratch, "db"), boltPort: await findFreePort() }, log);
    driver = createDriver(neo4j, log);
    await applyDatabaseSchema(driver, "neo4j", log);
});

afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    rmSync(scratch, { recursive: true, force: true });
});

describeFullData("ESCO import of the full v1.1.1 download", () => {
    let rejectsFile: string;

    it("loads every concept and relation, with counts checked against the source", async () => {
        rejectsFile = path.join(scratch, "rejects.csv");
        const rejects = new RejectLog(rejectsFile);
        const report = await importEsco(ESCO_DIR, DEFAULT_ESCO_LEVELS, rejects, options());
        await rejects.close();
        expect(report.ok).toBe(true);
        const counts = Object.fromEntries(report.counts.map((c) => [c.kind, c.actual]));
        // The README of the shared data gives these totals; rejected rows are the only difference.
        expect(counts).toMatchObject({
            Skill: 13896,
            Role: 3007,
            OccupationGroup: 619,
            REQUIRES: 123855 - 67,
            RELATED_TO: 5899,
            "BROADER (skill pillar)": 20656 - 7,
        });
        expect(report.sourceRows["occupationSkillRelations.csv"]).toBe(123855);
    });

    it("lists the 67 relation rows that point at a missing occupation, with the reason", () => {
        const lines = readFileSync(rejectsFile, "utf8").trim().split("\n").slice(1);
        const missingOccupation = lines.filter((line) => line.startsWith("occupationSkillRelations.csv,") && line.includes("is not in occupations_en.csv"));
        expect(missingOccupation).toHaveLength(67);
        expect(lines.every((line) => /^[\w.]+\.csv,\d+,[^,]+,/.test(line))).toBe(true);
    });

    it("stores ESCO's defaults for levels and keeps the URI as id", async () => {
        const { records } = await driver.executeQuery(
            `MATCH (r:Role {title: 'software developer'})-[q:REQUIRES]->(s:Skill)
             RETURN r.id AS id, r.escoCode AS code, collect(DISTINCT [q.importance, q.level]) AS levels`,
        );
        expect(records[0].get("id")).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
        expect(records[0].get("code")).toBe("2512.4");
        expect(new Set(records[0].get("levels").map((pair: [string, { toNumber(): number }]) => `${pair[0]}:${pair[1].toNumber()}`))).toEqual(
            new Set(["ESSENTIAL:3", "OPTIONAL:2"]),
        );
    });

    it("changes nothing when run again", async () => {
        const before = await driver.executeQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels");
        const rejects = new RejectLog(path.join(scratch, "rejects-again.csv"));
        const report = await importEsco(ESCO_DIR, DEFAULT_ESCO_LEVELS, rejects, options());
        await rejects.close();
        expect(report.ok).toBe(true);
        expect(report.resumed).toBe(false);
        const after = await driver.executeQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels");
        expect(after.records[0].toObject()).toEqual(before.records[0].toObject());
    });
});

describeFullData("O*NET 29.3 import, after ESCO", () => {
    it("loads occupations, skills, knowledge, technology and the ESCO crosswalk, with counts checked", async () => {
        const rejectsFile = path.join(scratch, "rejects-onet.csv");
        const rejects = new RejectLog(rejectsFile);
        const report = await importOnet(ONET_DIR, defaultCrosswalkDir(ONET_DIR), rejects, options());
        await rejects.close();
        expect(report.ok).toBe(true);
        const counts = Object.fromEntries(report.counts.map((c) => [c.kind, c.actual]));
        expect(counts.Role).toBe(1016);
        expect(counts["EQUIVALENT_TO (ESCO to O*NET)"]).toBeGreaterThan(1500);
        expect(report.sourceRows).toMatchObject({ "Skills.txt": 61530, "Knowledge.txt": 58014 });
        const reasons = readFileSync(rejectsFile, "utf8");
        expect(reasons).toMatch(/Skills\.txt,\d+,O\*NET marks this element not relevant for the occupation,/);
        expect(reasons).toMatch(/Knowledge\.txt,\d+,O\*NET recommends suppressing this value \(low precision\),/);
    });

    it("keeps O*NET's raw importance and level beside the 1-5 level", async () => {
        const { records } = await driver.executeQuery(
            `MATCH (r:Role {id: 'onet:11-1011.00'})-[q:REQUIRES]->(s:Skill {id: 'onet:2.A.1.a'})
             RETURN q.level AS level, q.importance AS importance, q.onetLevel AS lv, q.onetImportance AS im`,
        );
        const row = records[0].toObject();
        // Skills.txt: Chief Executives, Reading Comprehension: IM 4.12, LV 4.62.
        expect([row.im, row.lv]).toEqual([4.12, 4.62]);
        expect([Number(row.level), row.importance]).toEqual([4, "ESSENTIAL"]);
    });

    it("links software developers in ESCO to their O*NET equivalent", async () => {
        const { records } = await driver.executeQuery(
            "MATCH (:Role {title: 'software developer', taxonomy: 'ESCO'})-[:EQUIVALENT_TO]->(o:Role) RETURN collect(o.onetSocCode) AS codes",
        );
        expect(records[0].get("codes").length).toBeGreaterThan(0);
    });
});

describe("an interrupted import", () => {
    it("leaves no half-written batch and resumes after the last committed one", async () => {
        const rows = [1, 2, 3, 4].map((n) => ({ id: `resume-${n}`, props: { name: `Resume ${n}`, taxonomy: "INTERNAL" } }));
        const step = (batchRows: unknown[]) => [{ name: "skills", cypherFile: "import/merge-skills" as const, rows: batchRows }];
        const run = (batchRows: unknown[]) =>
            runImport("test:resume", step(batchRows), {}, {}, new RejectLog(path.join(scratch, "resume.csv")), "import/esco/count-imported", { ...options(), batchSize: 2 });
        const stored = async () =>
            (await driver.executeQuery("MATCH (s:Skill) WHERE s.id STARTS WITH 'resume-' RETURN s.id AS id ORDER BY id")).records.map((r) => r.get("id"));

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
        const error = await importFrom({ "skillGroups_en.csv": `${header}SkillGroup,http://x/1,ok,,,released,,,,,S1\nSkillGroup,http://x/2,"broken,,,released,,,,,S2\n` }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportFileError);
        expect((error as Error).message).toMatch(/skillGroups_en\.csv, line 3: .*quote/i);
    });

    it("stops at a row with the wrong number of fields", async () => {
        await expect(importFrom({ "skillGroups_en.csv": `${header}SkillGroup,http://x/1,ok\n` })).rejects.toThrow(/skillGroups_en\.csv, line 2: .*fields/i);
    });

    it("stops when a required column is missing", async () => {
        await expect(importFrom({ "skillGroups_en.csv": "conceptUri,label\nhttp://x/1,a\n" })).rejects.toThrow(/skillGroups_en\.csv, line 1: missing column\(s\) preferredLabel/);
    });

    it("stops when a file is missing", async () => {
        await expect(importFrom({})).rejects.toThrow(/skillGroups_en\.csv: file not found/);
    });
});
