import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { projectRoot } from "../../src/project-root";
import { requireDataDir } from "../data-dir";
import type { Row } from "./csv-file";
import { ESCO_FILES } from "./esco/esco-source";
import { CROSSWALK_FILES, ONET_FILES } from "./onet/onet-source";

/**
 * Cuts small, deterministic importer fixtures out of the full ESCO 1.1.1, O*NET 29.3 and crosswalk downloads.
 * Rows are chosen by rule (never at random) and copied byte for byte, so that the importers read the fixtures as
 * they read the downloads, and so that every reject reason the downloads produce occurs in the fixtures too.
 */

const USAGE = `usage: npm run fixtures:cut -- [data folder] [--out <folder>]

  data folder   holds esco-1.1.1/, onet-29.3/ and crosswalks/ (default: SKILLGRAPH_DATA_DIR, else ../shared/data)
  --out         where to write the fixtures (default: test/fixtures); its three data folders are replaced`;

const ESCO = "esco-1.1.1";
const ONET = "onet-29.3";
const CROSSWALKS = "crosswalks";

const ESCO_SKILL_COLLECTIONS = [
    "digitalSkillsCollection_en.csv",
    "digCompSkillsCollection_en.csv",
    "greenSkillsCollection_en.csv",
    "transversalSkillsCollection_en.csv",
    "languageSkillsCollection_en.csv",
    "researchSkillsCollection_en.csv",
];
const ESCO_OCCUPATION_COLLECTION = "researchOccupationsCollection_en.csv";
const BLS_ISCO_SOC = "isco08_soc2010_bls.csv";

/** The occupation the full-download tests and the README use as their example; its 2010 code differs from 2019's. */
const EXAMPLE_OCCUPATION = "software developer";
/** Requirement rows kept per occupation and relation type (file order): both importances occur, files stay small. */
const REQUIREMENTS_PER_TYPE = { essential: 8, optional: 4 } as const;
/** Skill-skill relation rows kept per relation type, among those whose original skill is already kept. */
const SKILL_RELATIONS_PER_TYPE = 6;
/** O*NET elements kept per ratings file besides the ones a reject example needs: the first few in file order. */
const FIRST_ELEMENTS = 3;
const TECHNOLOGY_PER_OCCUPATION = 4;
const ALTERNATE_TITLES_PER_OCCUPATION = 4;

interface SourceRecord {
    readonly raw: string;
    readonly row: Row;
}

/** A source file as header text plus records, each with its exact source text (quoted fields may span lines). */
class Table {
    readonly header: string;
    readonly records: SourceRecord[];

    constructor(
        readonly dir: string,
        readonly file: string,
        delimiter: string,
        quoted: boolean,
    ) {
        const text = readFileSync(path.join(dir, file), "utf8");
        const raws = splitRecords(text, quoted);
        // Parsed with the importers' options, so the columns seen here are the ones the importers see.
        const rows = parse<Row>(text, {
            columns: (header: string[]) => header.map((column) => column.trim()),
            delimiter,
            quote: quoted ? '"' : false,
            bom: true,
            skip_empty_lines: true,
        });
        if (raws.length !== rows.length + 1) throw new Error(`${file}: ${raws.length - 1} raw records but ${rows.length} parsed rows`);
        this.header = raws[0];
        this.records = rows.map((row, i) => ({ raw: raws[i + 1], row }));
    }

    where(keep: (row: Row) => boolean): SourceRecord[] {
        return this.records.filter((record) => keep(record.row));
    }

    column(name: string): string[] {
        return this.records.map((record) => record.row[name]);
    }
}

/** Splits text into records ending with their line break, honouring quotes when the format has them. */
function splitRecords(text: string, quoted: boolean): string[] {
    const records: string[] = [];
    let start = 0;
    let inQuotes = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quoted && c === 34) inQuotes = !inQuotes;
        else if (c === 10 && !inQuotes) {
            if (text.slice(start, i + 1).trim()) records.push(text.slice(start, i + 1));
            start = i + 1;
        }
    }
    if (text.slice(start).trim()) records.push(text.slice(start));
    return records;
}

/** The first `n` records per key, in file order. */
function firstPerKey(records: SourceRecord[], key: (row: Row) => string, n: number): SourceRecord[] {
    const seen = new Map<string, number>();
    return records.filter((record) => {
        const k = key(record.row);
        const count = seen.get(k) ?? 0;
        seen.set(k, count + 1);
        return count < n;
    });
}

function first<T>(items: T[], what: string): T {
    if (!items.length) throw new Error(`the downloads no longer contain ${what}: revisit the rules in cut-fixtures.ts`);
    return items[0];
}

/** Follows `broaderUri` upwards from `start` until nothing new appears: every kept concept keeps its ancestors. */
function upwardClosure(pillar: Table, start: Iterable<string>): Set<string> {
    const broader = new Map<string, string[]>();
    for (const { row } of pillar.records) broader.set(row.conceptUri, [...(broader.get(row.conceptUri) ?? []), row.broaderUri]);
    const kept = new Set<string>();
    const visit = (uri: string) => {
        if (kept.has(uri)) return;
        kept.add(uri);
        for (const parent of broader.get(uri) ?? []) visit(parent);
    };
    for (const uri of start) visit(uri);
    return kept;
}

interface Output {
    readonly folder: string;
    readonly table: Table;
    readonly records: SourceRecord[];
}

export function cutFixtures(dataDir: string): Output[] {
    const escoDir = path.join(dataDir, ESCO);
    const onetDir = path.join(dataDir, ONET);
    const crosswalkDir = path.join(dataDir, CROSSWALKS);
    const esco = (file: string) => new Table(escoDir, file, ",", true);
    const onet = (file: string) => new Table(onetDir, file, "\t", false);

    const occupations = esco(ESCO_FILES.occupations);
    const occupationIds = new Set(occupations.column("conceptUri"));
    const occupationPillar = esco(ESCO_FILES.occupationHierarchy);
    const requirements = esco(ESCO_FILES.requirements);
    const researchOccupations = esco(ESCO_OCCUPATION_COLLECTION);
    const escoToOnet = new Table(crosswalkDir, CROSSWALK_FILES.escoToOnet2010, ",", true);
    const onet2010To2019 = new Table(crosswalkDir, CROSSWALK_FILES.onet2010To2019, ";", true);
    const onetOccupations = onet(ONET_FILES.occupations);
    const onetCodes = new Set(onetOccupations.column("O*NET-SOC Code"));

    const to2019 = new Map<string, string[]>();
    for (const { row } of onet2010To2019.records) to2019.set(row.soc2010_code, [...(to2019.get(row.soc2010_code) ?? []), row.soc2019_code]);
    const mapsTo = (code: string) => to2019.get(code) ?? [];

    // ESCO occupations: each chosen for a case the importers must handle, then their ancestors.
    const orphans = new Set(requirements.column("occupationUri").filter((uri) => !occupationIds.has(uri)));
    const orphanParents = occupationPillar.where((row) => orphans.has(row.conceptUri) && occupationIds.has(row.broaderUri)).map((r) => r.row.broaderUri);
    const crosswalked = escoToOnet.where((row) => occupationIds.has(row.concept_uri));
    const crosswalkCases = [
        first(
            crosswalked.filter((r) => mapsTo(r.row.onet_code).join() === r.row.onet_code),
            "a crosswalk row whose 2010 code is also the 2019 code",
        ),
        first(
            crosswalked.filter((r) => mapsTo(r.row.onet_code).length === 1 && mapsTo(r.row.onet_code)[0] !== r.row.onet_code),
            "a crosswalk row whose 2010 code became another 2019 code",
        ),
        first(
            crosswalked.filter((r) => mapsTo(r.row.onet_code).length > 1),
            "a crosswalk row whose 2010 code split into several 2019 codes",
        ),
    ];
    const anchors = new Set([
        first(
            occupations.where((row) => row.preferredLabel === EXAMPLE_OCCUPATION),
            `the occupation "${EXAMPLE_OCCUPATION}"`,
        ).row.conceptUri,
        first(orphanParents, "requirement rows pointing at a missing occupation that has a known broader occupation"),
        ...crosswalkCases.map((r) => r.row.concept_uri),
    ]);
    const research = new Set(researchOccupations.column("conceptUri"));
    if (![...anchors].some((uri) => research.has(uri))) {
        anchors.add(
            first(
                [...research].filter((uri) => occupationIds.has(uri)),
                "a research occupation",
            ),
        );
    }
    const occupationPillarIds = upwardClosure(occupationPillar, anchors);
    const keptOccupations = new Set([...occupationPillarIds].filter((uri) => occupationIds.has(uri)));

    const keptRequirements = (["essential", "optional"] as const).flatMap((type) =>
        firstPerKey(
            requirements.where((row) => row.relationType === type && (keptOccupations.has(row.occupationUri) || orphans.has(row.occupationUri))),
            (row) => row.occupationUri,
            REQUIREMENTS_PER_TYPE[type],
        ),
    );
    const keptRequirementSet = new Set(keptRequirements);

    // ESCO skills: those the kept requirements and skill relations name, one per collection at least, then ancestors.
    const skills = esco(ESCO_FILES.skills);
    const skillGroups = esco(ESCO_FILES.skillGroups);
    const skillPillar = esco(ESCO_FILES.skillHierarchy);
    const skillRelations = esco(ESCO_FILES.skillRelations);
    const skillIds = new Set(skills.column("conceptUri"));
    const skillPillarIds = new Set([...skillIds, ...skillGroups.column("conceptUri")]);
    const wanted = new Set(keptRequirements.map((r) => r.row.skillUri).filter((uri) => skillIds.has(uri)));
    // Essential skill-skill relations are rare (191 of 5,899): the first of each type in the file is kept as well.
    const keptSkillRelations = new Set(
        (["essential", "optional"] as const).flatMap((type) => {
            const ofType = skillRelations.where((row) => row.relationType === type && skillIds.has(row.originalSkillUri) && skillIds.has(row.relatedSkillUri));
            return [
                first(ofType, `a skill relation of type ${type}`),
                ...ofType.filter((r) => wanted.has(r.row.originalSkillUri)).slice(0, SKILL_RELATIONS_PER_TYPE),
            ];
        }),
    );
    for (const { row } of keptSkillRelations) wanted.add(row.originalSkillUri).add(row.relatedSkillUri);
    const collections = ESCO_SKILL_COLLECTIONS.map(esco);
    for (const collection of collections) {
        const members = collection.column("conceptUri");
        if (!members.some((uri) => wanted.has(uri))) {
            wanted.add(
                first(
                    members.filter((uri) => skillIds.has(uri)),
                    `a skill of ${collection.file}`,
                ),
            );
        }
    }
    // The download's skill-pillar rows naming skill groups it lacks are kept (they are reject cases), with their
    // broader concepts where those exist.
    const brokenSkillPillar = skillPillar.where((row) => !skillPillarIds.has(row.conceptUri) || !skillPillarIds.has(row.broaderUri));
    const keptSkillConcepts = upwardClosure(skillPillar, [
        ...wanted,
        ...brokenSkillPillar.map((r) => r.row.broaderUri).filter((uri) => skillPillarIds.has(uri)),
    ]);
    const brokenSkillPillarSet = new Set(brokenSkillPillar);

    const broaderCount = new Map<string, number>();
    for (const { row } of skillPillar.records) broaderCount.set(row.conceptUri, (broaderCount.get(row.conceptUri) ?? 0) + 1);
    first(
        [...keptSkillConcepts].filter((uri) => skillIds.has(uri) && broaderCount.get(uri)! > 1),
        "a kept skill with several broader concepts",
    );

    // O*NET occupations: those the kept crosswalk rows reach, and those holding the first row of each O*NET reject case.
    const keptCrosswalk = escoToOnet.where((row) => keptOccupations.has(row.concept_uri) || !occupationIds.has(row.concept_uri));
    first(
        keptCrosswalk.filter((r) => !occupationIds.has(r.row.concept_uri)),
        "a crosswalk row naming an ESCO occupation the download lacks",
    );
    const keptSoc2010 = new Set(keptCrosswalk.map((r) => r.row.onet_code));
    const onetKept = new Set([...keptSoc2010].flatMap(mapsTo).filter((code) => onetCodes.has(code)));

    const ratings = [onet(ONET_FILES.skills), onet(ONET_FILES.knowledge)];
    const keptElements = new Map<Table, Set<string>>();
    for (const table of ratings) {
        const elements = new Set([...new Set(table.column("Element ID"))].slice(0, FIRST_ELEMENTS));
        const suppressed = (row: Row) => row["Recommend Suppress"] === "Y";
        const notRelevant = (row: Row) => row["Not Relevant"] === "Y" && !suppressed(row);
        const examples = [
            first(table.where(suppressed), `a suppressed row in ${table.file}`),
            first(table.where(notRelevant), `a not-relevant row in ${table.file}`),
        ];
        // A pair whose IM row is unusable but whose LV row is fine: the LV row is then rejected for want of its partner.
        const unusableIm = table.where((row) => row["Scale ID"] === "IM" && (suppressed(row) || notRelevant(row)));
        const usable = new Set(
            table
                .where((row) => row["Scale ID"] === "LV" && !suppressed(row) && !notRelevant(row))
                .map((r) => `${r.row["O*NET-SOC Code"]}|${r.row["Element ID"]}`),
        );
        examples.push(...unusableIm.filter((r) => usable.has(`${r.row["O*NET-SOC Code"]}|${r.row["Element ID"]}`)).slice(0, 1));
        for (const { row } of examples) {
            onetKept.add(row["O*NET-SOC Code"]);
            elements.add(row["Element ID"]);
        }
        keptElements.set(table, elements);
    }
    const alternateTitles = onet(ONET_FILES.alternateTitles);
    const titleKey = (row: Row) => `${row["O*NET-SOC Code"]}|${row["Alternate Title"].trim().toLowerCase()}`;
    const titleCounts = new Map<string, number>();
    for (const { row } of alternateTitles.records) titleCounts.set(titleKey(row), (titleCounts.get(titleKey(row)) ?? 0) + 1);
    const duplicateTitles = alternateTitles.where((row) => titleCounts.get(titleKey(row))! > 1);
    for (const { row } of duplicateTitles) onetKept.add(row["O*NET-SOC Code"]);

    const contentModel = onet(ONET_FILES.contentModel);
    const ratedElements = new Set([...keptElements.values()].flatMap((set) => [...set]));
    const elementAncestors = new Set([...ratedElements].flatMap((id) => id.split(".").map((_, i, parts) => parts.slice(0, i + 1).join("."))));

    const technology = onet(ONET_FILES.technology);
    const jobZones = onet(ONET_FILES.jobZones);
    const isOnetKept = (row: Row) => onetKept.has(row["O*NET-SOC Code"]);
    const duplicateTitleSet = new Set(duplicateTitles);
    const keptTitles = new Set(firstPerKey(alternateTitles.where(isOnetKept), (row) => row["O*NET-SOC Code"], ALTERNATE_TITLES_PER_OCCUPATION));

    const keptIscoCodes = new Set(occupations.where((row) => keptOccupations.has(row.conceptUri)).map((r) => r.row.iscoGroup));
    const bls = new Table(crosswalkDir, BLS_ISCO_SOC, ";", true);
    const iscoGroups = esco(ESCO_FILES.iscoGroups);

    const inSkillConcepts = (uri: string) => keptSkillConcepts.has(uri);
    return [
        ...[
            { table: skillGroups, records: skillGroups.where((row) => inSkillConcepts(row.conceptUri)) },
            { table: skills, records: skills.where((row) => inSkillConcepts(row.conceptUri)) },
            { table: skillPillar, records: skillPillar.records.filter((r) => inSkillConcepts(r.row.conceptUri) || brokenSkillPillarSet.has(r)) },
            { table: skillRelations, records: skillRelations.records.filter((r) => keptSkillRelations.has(r)) },
            ...collections.map((table) => ({ table, records: table.where((row) => inSkillConcepts(row.conceptUri)) })),
            { table: iscoGroups, records: iscoGroups.where((row) => occupationPillarIds.has(row.conceptUri)) },
            { table: occupations, records: occupations.where((row) => keptOccupations.has(row.conceptUri)) },
            { table: researchOccupations, records: researchOccupations.where((row) => keptOccupations.has(row.conceptUri)) },
            { table: occupationPillar, records: occupationPillar.where((row) => occupationPillarIds.has(row.conceptUri) || orphans.has(row.conceptUri)) },
            { table: requirements, records: requirements.records.filter((r) => keptRequirementSet.has(r)) },
        ].map((output) => ({ folder: ESCO, ...output })),
        ...[
            { table: onetOccupations, records: onetOccupations.where(isOnetKept) },
            { table: contentModel, records: contentModel.where((row) => elementAncestors.has(row["Element ID"])) },
            ...ratings.map((table) => ({ table, records: table.where((row) => isOnetKept(row) && keptElements.get(table)!.has(row["Element ID"])) })),
            { table: technology, records: firstPerKey(technology.where(isOnetKept), (row) => row["O*NET-SOC Code"], TECHNOLOGY_PER_OCCUPATION) },
            { table: alternateTitles, records: alternateTitles.records.filter((r) => keptTitles.has(r) || duplicateTitleSet.has(r)) },
            { table: jobZones, records: jobZones.where(isOnetKept) },
        ].map((output) => ({ folder: ONET, ...output })),
        ...[
            { table: escoToOnet, records: keptCrosswalk },
            { table: onet2010To2019, records: onet2010To2019.where((row) => keptSoc2010.has(row.soc2010_code)) },
            { table: bls, records: bls.where((row) => keptIscoCodes.has(row.isco08_code)) },
        ].map((output) => ({ folder: CROSSWALKS, ...output })),
    ];
}

/** Files copied whole: the crosswalk's licence and O*NET's own read-me and scale list (tiny, and they carry the terms). */
const COPIED = [path.join(CROSSWALKS, "LICENSE-nesta-MIT"), path.join(ONET, "Read Me.txt"), path.join(ONET, "Scales Reference.txt")];

function main(): void {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" }, help: { type: "boolean", default: false } } });
    if (values.help || positionals.length > 1) {
        console.error(USAGE);
        process.exitCode = values.help ? 0 : 2;
        return;
    }
    const dataDir = positionals[0] ? path.resolve(positionals[0]) : requireDataDir("fixtures:cut");
    const outDir = path.resolve(values.out ?? path.join(projectRoot, "test", "fixtures"));
    const outputs = cutFixtures(dataDir);
    for (const folder of [ESCO, ONET, CROSSWALKS]) {
        rmSync(path.join(outDir, folder), { recursive: true, force: true });
        mkdirSync(path.join(outDir, folder), { recursive: true });
    }
    const lines = ["| file | rows | of | bytes |", "|---|---:|---:|---:|"];
    let total = 0;
    for (const { folder, table, records } of outputs) {
        const file = path.join(outDir, folder, table.file);
        writeFileSync(file, table.header + records.map((record) => record.raw).join(""));
        const bytes = statSync(file).size;
        total += bytes;
        lines.push(`| ${folder}/${table.file} | ${records.length} | ${table.records.length} | ${bytes} |`);
    }
    for (const file of COPIED) {
        copyFileSync(path.join(dataDir, file), path.join(outDir, file));
        total += statSync(path.join(outDir, file)).size;
        lines.push(`| ${file} | copied | | ${statSync(path.join(outDir, file)).size} |`);
    }
    console.log([...lines, "", `${total} bytes in ${outDir}`].join("\n"));
}

if (require.main === module) main();
