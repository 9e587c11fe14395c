import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { DEFAULT_ESCO_LEVELS, importEsco } from "../../tools/import/esco/esco-import";
import { importOnet } from "../../tools/import/onet/onet-import";
import { defaultCrosswalkDir } from "../../tools/import/onet/onet-source";
import { RejectLog } from "../../tools/import/rejects";
import { createLogger } from "../../src/logger";
import { findDataDir } from "../../tools/data-dir";
import { type OwnDatabase, startOwnDatabase } from "../../tools/harness/own-database";

const data = findDataDir();
const ESCO_DIR = path.join(data.dir ?? "", "esco-1.1.1");
const ONET_DIR = path.join(data.dir ?? "", "onet-29.3");
/**
 * The full-download suites: skipped, with the reason in their name, when the downloads are absent. The importers' rules
 * (rejects, resuming, malformed files) are tested on committed cuts of the downloads in import-fixtures.test.ts.
 */
const describeFullData = (title: string, body: () => void) =>
    data.dir ? describe(title, body) : describe.skip(`${title} (skipped: ${data.skipReason})`, body);
const log = createLogger("silent");
let scratch: string;
let database: OwnDatabase;
let driver: Driver;

/** A full import takes about 35 s alone and was seen to pass 120 s beside the other project's fuzzing on a 2-core machine. */
const FULL_IMPORT_TIMEOUT_MS = 600_000;
const options = (restart = false) => ({ driver, database: "neo4j", batchSize: 5000, restart, log, showProgress: false });

/** Its own empty database: the import's counts are exact and no other suite sees ESCO appear. */
beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "skillgraph-import-"));
    database = await startOwnDatabase("import", { demo: false });
    driver = database.driver;
}, FULL_IMPORT_TIMEOUT_MS);

afterAll(async () => {
    await database?.stop();
    rmSync(scratch, { recursive: true, force: true });
});

describeFullData("ESCO import of the full v1.1.1 download", () => {
    let rejectsFile: string;

    it(
        "loads every concept and relation, with counts checked against the source",
        async () => {
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
        },
        FULL_IMPORT_TIMEOUT_MS,
    );

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
        expect(new Set((records[0].get("levels") as [string, { toNumber(): number }][]).map((pair) => `${pair[0]}:${pair[1].toNumber()}`))).toEqual(
            new Set(["ESSENTIAL:3", "OPTIONAL:2"]),
        );
    });

    it(
        "changes nothing when run again",
        async () => {
            const before = await driver.executeQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels");
            const rejects = new RejectLog(path.join(scratch, "rejects-again.csv"));
            const report = await importEsco(ESCO_DIR, DEFAULT_ESCO_LEVELS, rejects, options());
            await rejects.close();
            expect(report.ok).toBe(true);
            expect(report.resumed).toBe(false);
            const after = await driver.executeQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels");
            expect(after.records[0].toObject()).toEqual(before.records[0].toObject());
        },
        FULL_IMPORT_TIMEOUT_MS,
    );
});

describeFullData("O*NET 29.3 import, after ESCO", () => {
    it(
        "loads occupations, skills, knowledge, technology and the ESCO crosswalk, with counts checked",
        async () => {
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
        },
        FULL_IMPORT_TIMEOUT_MS,
    );

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
        expect((records[0].get("codes") as string[]).length).toBeGreaterThan(0);
    });
});
