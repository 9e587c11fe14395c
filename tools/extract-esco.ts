import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/project-root";
import { requireDataDir } from "./data-dir";
import { type Row, readSourceFile, splitList } from "./import/csv-file";
import type { EscoExtract } from "../seed/esco-extract/types";
import { existingDir, noExtraArguments, parseFlags, runCli } from "./cli-flags";

/**
 * `npm run seed:extract [-- <esco-dir>]`: cuts the subset of ESCO v1.1.1 the demo organisation needs out of the
 * full download (default: esco-1.1.1 under SKILLGRAPH_DATA_DIR or ../shared/data) into seed/esco-extract/esco-demo.json, which is committed.
 */
export const DEMO_OCCUPATIONS = [
    "software developer",
    "web developer",
    "mobile application developer",
    "software architect",
    "cloud engineer",
    "ICT system administrator",
    "ICT network engineer",
    "ICT security engineer",
    "software tester",
    "database administrator",
    "integration engineer",
    "data scientist",
    "data analyst",
    "chief data officer",
    "data warehouse designer",
    "ICT product manager",
    "user interface designer",
    "user experience analyst",
    "ICT business analyst",
    "ICT project manager",
    "ICT help desk agent",
    "ICT operations manager",
    "chief technology officer",
    "human resources manager",
    "recruitment consultant",
    "accountant",
];

const COLLECTIONS: Record<string, string> = {
    digital: "digitalSkillsCollection_en.csv",
    green: "greenSkillsCollection_en.csv",
    transversal: "transversalSkillsCollection_en.csv",
    language: "languageSkillsCollection_en.csv",
    research: "researchSkillsCollection_en.csv",
};

/** Every row of an ESCO file; the importer's reader, so a malformed file fails the same way. */
const readEscoCsv = (escoDir: string, file: string): Row[] => readSourceFile(escoDir, file, { columns: [] }).map((source) => source.row);

function byUri(rows: Row[]): Map<string, Row> {
    return new Map(rows.map((row) => [row.conceptUri, row]));
}

export function extractEsco(escoDir: string): EscoExtract {
    const occupations = readEscoCsv(escoDir, "occupations_en.csv");
    const byLabel = new Map(occupations.map((row) => [row.preferredLabel, row]));
    const chosen = DEMO_OCCUPATIONS.map((label) => {
        const row = byLabel.get(label);
        if (!row) throw new Error(`ESCO occupation "${label}" not found in ${escoDir}/occupations_en.csv`);
        return row;
    });
    const chosenUris = new Set(chosen.map((row) => row.conceptUri));
    const relations = readEscoCsv(escoDir, "occupationSkillRelations.csv").filter((row) => chosenUris.has(row.occupationUri));

    // Every essential requirement, plus optional ones on skills that matter to two or more demo roles:
    // a few hundred skills with enough overlap between roles to make career moves interesting.
    const rolesPerSkill = new Map<string, number>();
    for (const row of relations) rolesPerSkill.set(row.skillUri, (rolesPerSkill.get(row.skillUri) ?? 0) + 1);
    const essentialSkills = new Set(relations.filter((row) => row.relationType === "essential").map((row) => row.skillUri));
    const kept = relations.filter(
        (row) => row.relationType === "essential" || essentialSkills.has(row.skillUri) || (rolesPerSkill.get(row.skillUri) ?? 0) >= 2,
    );
    const skillUris = new Set(kept.map((row) => row.skillUri));

    const skills = byUri(readEscoCsv(escoDir, "skills_en.csv"));
    const tags = new Map<string, string[]>();
    for (const [tag, file] of Object.entries(COLLECTIONS)) {
        for (const row of readEscoCsv(escoDir, file)) {
            if (skillUris.has(row.conceptUri)) tags.set(row.conceptUri, [...(tags.get(row.conceptUri) ?? []), tag]);
        }
    }

    // Broader links of the kept skills, climbing through skill groups to the top of the pillar.
    const broader = readEscoCsv(escoDir, "broaderRelationsSkillPillar.csv");
    const broaderOf = new Map<string, Row[]>();
    for (const row of broader) broaderOf.set(row.conceptUri, [...(broaderOf.get(row.conceptUri) ?? []), row]);
    const groups = byUri(readEscoCsv(escoDir, "skillGroups_en.csv"));
    const groupUris = new Set<string>();
    const hierarchy: EscoExtract["hierarchy"] = [];
    const queue = [...skillUris];
    const seen = new Set(queue);
    while (queue.length) {
        const uri = queue.shift()!;
        for (const row of broaderOf.get(uri) ?? []) {
            const isGroup = row.broaderType === "SkillGroup";
            if (!isGroup && !skillUris.has(row.broaderUri)) continue;
            hierarchy.push({ narrower: uri, broader: row.broaderUri });
            if (isGroup) groupUris.add(row.broaderUri);
            if (isGroup && !seen.has(row.broaderUri)) {
                seen.add(row.broaderUri);
                queue.push(row.broaderUri);
            }
        }
    }

    return {
        source: "ESCO v1.1.1 (European Commission), English",
        occupations: chosen.map((row) => ({
            uri: row.conceptUri,
            title: row.preferredLabel,
            altTitles: splitList(row.altLabels),
            description: row.description,
            code: row.code,
            iscoGroup: row.iscoGroup,
        })),
        skills: [...skillUris].sort().map((uri) => {
            const row = skills.get(uri);
            if (!row) throw new Error(`skill ${uri} referenced by occupationSkillRelations.csv is missing from skills_en.csv`);
            return {
                uri,
                name: row.preferredLabel,
                altLabels: splitList(row.altLabels),
                description: row.description,
                skillType: row.skillType,
                reuseLevel: row.reuseLevel,
                tags: tags.get(uri) ?? [],
            };
        }),
        groups: [...groupUris].sort().map((uri) => {
            const row = groups.get(uri);
            return { uri, name: row?.preferredLabel ?? uri, code: row?.code ?? "", description: row?.description ?? "" };
        }),
        hierarchy,
        requirements: kept.map((row) => ({ occupation: row.occupationUri, skill: row.skillUri, importance: row.relationType as "essential" | "optional" })),
        skillRelations: readEscoCsv(escoDir, "skillSkillRelations.csv")
            .filter((row) => skillUris.has(row.originalSkillUri) && skillUris.has(row.relatedSkillUri))
            .map((row) => ({ from: row.originalSkillUri, to: row.relatedSkillUri, importance: row.relationType as "essential" | "optional" })),
    };
}

const USAGE = `usage: npm run seed:extract [-- <esco-folder>]
Writes the demo organisation's subset of ESCO v1.1.1 to seed/esco-extract/esco-demo.json.

  <esco-folder>    the ESCO v1.1.1 CSV download (default: esco-1.1.1 under SKILLGRAPH_DATA_DIR or ../shared/data)`;

/** The optional ESCO folder, checked to exist; undefined means the default under the data folder. */
export function parseExtractArgs(argv: readonly string[]): { escoDir: string | undefined } {
    const { positionals } = parseFlags(argv, {}, { positionals: true });
    noExtraArguments(positionals, 1, "the ESCO folder");
    const [given] = positionals;
    return {
        escoDir:
            given === undefined
                ? undefined
                : existingDir("the ESCO folder", given, "give the folder of the ESCO v1.1.1 CSV download, e.g. ../shared/data/esco-1.1.1"),
    };
}

function main(argv: string[]): void {
    const escoDir = parseExtractArgs(argv).escoDir ?? path.join(requireDataDir("Extracting the demo taxonomy without a folder argument"), "esco-1.1.1");
    const extract = extractEsco(escoDir);
    const out = path.join(projectRoot, "seed", "esco-extract", "esco-demo.json");
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(extract, null, 1) + "\n");
    console.log(
        `wrote ${path.relative(process.cwd(), out)}: ${extract.occupations.length} occupations, ${extract.skills.length} skills, ` +
            `${extract.groups.length} skill groups, ${extract.requirements.length} requirements, ${extract.skillRelations.length} skill relations`,
    );
}

if (require.main === module) void runCli(main, USAGE);
