/**
 * Catalogue tagging: a generated catalogue of course texts is tagged as `npm run tag -- courses` does (batches of 32,
 * two at a time, suggestions written), against the baseline of the same work one course at a time, in this process.
 * The texts are consecutive ESCO skill descriptions joined to a catalogue blurb's length, titled with the first skill.
 */
import neo4j from "neo4j-driver";
import type { Db } from "../../src/neo4j/read-rows";
import { proposeSkillsFor } from "../../src/use-cases/skill-suggestions";
import type { SkillTagger } from "../../src/use-cases/skill-tagging";
import { ImportProgress } from "../import/progress";
import { tagCatalogue } from "../tag-cli";
import { toolCypher } from "../cypher-catalogue";
import { courseLengthTexts } from "./texts";

const PROVIDER = "bench:org:catalogue";
/** Courses tagged one at a time for the baseline rate. */
const BASELINE_COURSES = 200;

export interface CatalogueResult {
    readonly courses: number;
    readonly characters: number;
    readonly seconds: number;
    readonly perSecond: number;
    readonly proposed: number;
    readonly baselinePerSecond: number;
    readonly ratio: number;
}

export async function measureCatalogueTagging(db: Db, tagger: SkillTagger, courses: number, characters: number): Promise<CatalogueResult> {
    const { records } = await db.driver.executeQuery(
        toolCypher("bench/read-skill-descriptions"),
        { count: neo4j.int(courses + 200) },
        { database: db.database, routing: neo4j.routing.READ },
    );
    const skills = records.map((record) => ({ name: record.get("name") as string, text: record.get("text") as string }));
    const texts = courseLengthTexts(
        skills.map((skill) => skill.text),
        characters,
        courses,
    );
    if (texts.length < courses) throw new Error(`only ${texts.length} course texts of ${characters} characters: import the full ESCO taxonomy first`);
    const rows = texts.map((description, i) => ({ id: `bench:course:${String(i + 1).padStart(5, "0")}`, title: skills[i].name, description }));
    for (let start = 0; start < rows.length; start += 2000) {
        await db.driver.executeQuery(
            toolCypher("bench/merge-catalogue-courses"),
            { providerId: PROVIDER, providerName: "Benchmark catalogue", rows: rows.slice(start, start + 2000) },
            { database: db.database },
        );
    }
    const ids = rows.map((row) => row.id);

    const progress = new ImportProgress(true);
    const bar = progress.start("courses tagged (batches)", ids.length);
    const batch = await tagCatalogue(db, tagger, ids, { kind: "COURSE", first: 10, acceptAbove: null, level: 2, concurrency: 2 }, (done) =>
        bar.increment(done),
    );
    bar.stop();

    const started = Date.now();
    for (const id of ids.slice(0, BASELINE_COURSES)) {
        await proposeSkillsFor(
            db,
            tagger,
            { authenticated: true, subject: "bench", audiences: new Set(["admin"]), organizationId: null, orgUnits: [] },
            {
                kind: "COURSE",
                targetIds: [id],
                text: null,
                first: 10,
                now: new Date(),
            },
        );
    }
    progress.stop();
    const baselinePerSecond = BASELINE_COURSES / ((Date.now() - started) / 1000);
    const perSecond = ids.length / batch.seconds;
    return {
        courses: ids.length,
        characters,
        seconds: batch.seconds,
        perSecond,
        proposed: batch.proposed,
        baselinePerSecond,
        ratio: perSecond / baselinePerSecond,
    };
}

export function catalogueLine(result: CatalogueResult): string {
    return (
        `${result.courses} courses of ${result.characters} characters tagged (first 10, suggestions written) in ${result.seconds.toFixed(0)} s: ` +
        `${result.perSecond.toFixed(1)} courses/s (target: 10,000 in 600 s, 16.7/s); one course at a time ${result.baselinePerSecond.toFixed(1)} courses/s ` +
        `(${BASELINE_COURSES} courses); batches ${result.ratio.toFixed(2)}x`
    );
}
