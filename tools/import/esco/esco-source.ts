import { type Row, readSourceFile, splitList } from "../csv-file";
import type { RejectLog } from "../rejects";
import { Acceptor, type NodeRow, missing } from "../source-rows";

/** ESCO has no proficiency levels: requirements get these defaults (see README, Importing data). */
export interface EscoLevels {
    readonly essential: number;
    readonly optional: number;
}

/** Rows ready for cypher/import/esco/*.cypher, plus the counts the database must hold afterwards. */
export interface EscoSource {
    readonly skillGroups: NodeRow[];
    readonly skills: NodeRow[];
    readonly skillHierarchy: { narrower: string; broader: string }[];
    readonly skillRelations: { from: string; to: string; importance: string }[];
    readonly occupationGroups: NodeRow[];
    readonly roles: NodeRow[];
    readonly occupationHierarchy: { narrower: string; broader: string }[];
    readonly requirements: { role: string; skill: string; level: number; importance: string; extra: Record<string, never> }[];
    /** kind (as counted by cypher/import/esco/count-imported.cypher) -> expected count. */
    readonly expected: Record<string, number>;
    /** file -> data rows read. */
    readonly sourceRows: Record<string, number>;
}

export const ESCO_FILES = {
    skillGroups: "skillGroups_en.csv",
    skills: "skills_en.csv",
    skillHierarchy: "broaderRelationsSkillPillar.csv",
    skillRelations: "skillSkillRelations.csv",
    iscoGroups: "ISCOGroups_en.csv",
    occupations: "occupations_en.csv",
    occupationHierarchy: "broaderRelationsOccPillar.csv",
    requirements: "occupationSkillRelations.csv",
} as const;

/** ESCO collections become tags on the concepts they list. */
const SKILL_COLLECTIONS: Record<string, string> = {
    digital: "digitalSkillsCollection_en.csv",
    digcomp: "digCompSkillsCollection_en.csv",
    green: "greenSkillsCollection_en.csv",
    transversal: "transversalSkillsCollection_en.csv",
    language: "languageSkillsCollection_en.csv",
    research: "researchSkillsCollection_en.csv",
};
const OCCUPATION_COLLECTIONS: Record<string, string> = { research: "researchOccupationsCollection_en.csv" };

const SKILL_TYPES: Record<string, string | null> = { "skill/competence": "SKILL_COMPETENCE", knowledge: "KNOWLEDGE", "": null };
const REUSE_LEVELS: Record<string, string | null> = {
    transversal: "TRANSVERSAL",
    "cross-sector": "CROSS_SECTOR",
    "sector-specific": "SECTOR_SPECIFIC",
    "occupation-specific": "OCCUPATION_SPECIFIC",
    "": null,
};
const IMPORTANCE: Record<string, string> = { essential: "ESSENTIAL", optional: "OPTIONAL" };

function readCollections(
    dir: string,
    collections: Record<string, string>,
    known: Set<string>,
    kind: string,
    rejects: RejectLog,
    sourceRows: Record<string, number>,
) {
    const tags = new Map<string, string[]>();
    const counts: Record<string, number> = {};
    for (const [tag, file] of Object.entries(collections)) {
        const rows = readSourceFile(dir, file, { columns: ["conceptUri"] });
        sourceRows[file] = rows.length;
        const acceptor = new Acceptor(file, rejects);
        for (const source of rows) {
            const uri = source.row.conceptUri.trim();
            const problem = missing(source.row, "conceptUri") ?? (known.has(uri) ? undefined : `${kind} ${uri} is not in the download's ${kind} file`);
            if (!acceptor.accept(source, uri, problem)) continue;
            tags.set(uri, [...(tags.get(uri) ?? []), tag]);
            counts[tag] = (counts[tag] ?? 0) + 1;
        }
    }
    return { tags, counts };
}

/** Reads and checks a whole ESCO v1.1.x CSV download (English). Malformed files throw ImportFileError. */
export function readEscoSource(dir: string, levels: EscoLevels, rejects: RejectLog): EscoSource {
    const sourceRows: Record<string, number> = {};
    const read = (file: string, columns: string[]) => {
        const rows = readSourceFile(dir, file, { columns });
        sourceRows[file] = rows.length;
        return rows;
    };

    const groupRows = read(ESCO_FILES.skillGroups, ["conceptUri", "preferredLabel", "altLabels", "description", "code"]);
    const groupAcceptor = new Acceptor(ESCO_FILES.skillGroups, rejects);
    const skillGroups: NodeRow[] = [];
    for (const source of groupRows) {
        const { row } = source;
        if (!groupAcceptor.accept(source, row.conceptUri, missing(row, "conceptUri", "preferredLabel"))) continue;
        skillGroups.push({
            id: row.conceptUri,
            props: { name: row.preferredLabel, code: row.code || null, description: row.description || null, taxonomy: "ESCO", uri: row.conceptUri },
        });
    }

    const skillRows = read(ESCO_FILES.skills, ["conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "description"]);
    const skillIds = new Set(skillRows.map((source) => source.row.conceptUri));
    const skillTags = readCollections(dir, SKILL_COLLECTIONS, skillIds, "skill", rejects, sourceRows);
    const skillAcceptor = new Acceptor(ESCO_FILES.skills, rejects);
    const skills: NodeRow[] = [];
    for (const source of skillRows) {
        const { row } = source;
        const problem =
            missing(row, "conceptUri", "preferredLabel") ??
            (row.skillType in SKILL_TYPES ? undefined : `unknown skillType "${row.skillType}" (allowed: skill/competence, knowledge, empty)`) ??
            (row.reuseLevel in REUSE_LEVELS ? undefined : `unknown reuseLevel "${row.reuseLevel}"`);
        if (!skillAcceptor.accept(source, row.conceptUri, problem)) continue;
        const tags = skillTags.tags.get(row.conceptUri) ?? [];
        // skills_en.csv is authoritative for the type; language and transversal collections refine it.
        const type = tags.includes("language") ? "LANGUAGE" : tags.includes("transversal") ? "TRANSVERSAL" : SKILL_TYPES[row.skillType];
        skills.push({
            id: row.conceptUri,
            props: {
                name: row.preferredLabel,
                altLabels: splitList(row.altLabels),
                description: row.description || null,
                type,
                reuseLevel: REUSE_LEVELS[row.reuseLevel],
                tags,
                taxonomy: "ESCO",
                uri: row.conceptUri,
            },
        });
    }
    const acceptedSkills = new Set(skills.map((skill) => skill.id));
    const skillConcepts = new Set([...acceptedSkills, ...skillGroups.map((group) => group.id)]);

    const links = <T>(file: string, columns: string[], check: (row: Row) => string | undefined, key: (row: Row) => string, make: (row: Row) => T): T[] => {
        const acceptor = new Acceptor(file, rejects);
        return read(file, columns).flatMap((source) => (acceptor.accept(source, key(source.row), check(source.row)) ? [make(source.row)] : []));
    };
    const within = (known: Set<string>, label: string) => (uri: string) => (known.has(uri) ? undefined : `${uri} is not among this download's ${label}`);

    const inSkillPillar = within(skillConcepts, "skills and skill groups");
    const skillHierarchy = links(
        ESCO_FILES.skillHierarchy,
        ["conceptUri", "broaderUri"],
        (row) => missing(row, "conceptUri", "broaderUri") ?? inSkillPillar(row.conceptUri) ?? inSkillPillar(row.broaderUri),
        (row) => `${row.conceptUri} ${row.broaderUri}`,
        (row) => ({ narrower: row.conceptUri, broader: row.broaderUri }),
    );

    const isSkill = within(acceptedSkills, "skills");
    const skillRelations = links(
        ESCO_FILES.skillRelations,
        ["originalSkillUri", "relationType", "relatedSkillUri"],
        (row) =>
            missing(row, "originalSkillUri", "relatedSkillUri") ??
            (IMPORTANCE[row.relationType] ? undefined : `unknown relationType "${row.relationType}" (allowed: essential, optional)`) ??
            isSkill(row.originalSkillUri) ??
            isSkill(row.relatedSkillUri),
        (row) => `${row.originalSkillUri} ${row.relatedSkillUri}`,
        (row) => ({ from: row.originalSkillUri, to: row.relatedSkillUri, importance: IMPORTANCE[row.relationType] }),
    );

    const iscoAcceptor = new Acceptor(ESCO_FILES.iscoGroups, rejects);
    const occupationGroups: NodeRow[] = [];
    for (const source of read(ESCO_FILES.iscoGroups, ["conceptUri", "code", "preferredLabel", "altLabels", "description"])) {
        const { row } = source;
        if (!iscoAcceptor.accept(source, row.conceptUri, missing(row, "conceptUri", "code", "preferredLabel"))) continue;
        occupationGroups.push({
            id: row.conceptUri,
            props: {
                code: row.code,
                title: row.preferredLabel,
                altTitles: splitList(row.altLabels),
                description: row.description || null,
                taxonomy: "ESCO",
                uri: row.conceptUri,
            },
        });
    }

    const occupationRows = read(ESCO_FILES.occupations, ["conceptUri", "iscoGroup", "preferredLabel", "altLabels", "description", "code"]);
    const occupationTags = readCollections(
        dir,
        OCCUPATION_COLLECTIONS,
        new Set(occupationRows.map((s) => s.row.conceptUri)),
        "occupation",
        rejects,
        sourceRows,
    );
    const occupationAcceptor = new Acceptor(ESCO_FILES.occupations, rejects);
    const roles: NodeRow[] = [];
    for (const source of occupationRows) {
        const { row } = source;
        if (!occupationAcceptor.accept(source, row.conceptUri, missing(row, "conceptUri", "preferredLabel"))) continue;
        roles.push({
            id: row.conceptUri,
            props: {
                title: row.preferredLabel,
                altTitles: splitList(row.altLabels),
                description: row.description || null,
                escoCode: row.code || null,
                iscoGroup: row.iscoGroup || null,
                tags: occupationTags.tags.get(row.conceptUri) ?? [],
                taxonomy: "ESCO",
                uri: row.conceptUri,
            },
        });
    }
    const acceptedRoles = new Set(roles.map((role) => role.id));
    const inOccupationPillar = within(new Set([...acceptedRoles, ...occupationGroups.map((group) => group.id)]), "occupations and ISCO groups");
    const occupationHierarchy = links(
        ESCO_FILES.occupationHierarchy,
        ["conceptUri", "broaderUri"],
        (row) => missing(row, "conceptUri", "broaderUri") ?? inOccupationPillar(row.conceptUri) ?? inOccupationPillar(row.broaderUri),
        (row) => `${row.conceptUri} ${row.broaderUri}`,
        (row) => ({ narrower: row.conceptUri, broader: row.broaderUri }),
    );

    const isRole = (uri: string) => (acceptedRoles.has(uri) ? undefined : `occupation ${uri} is not in ${ESCO_FILES.occupations}`);
    const requirements = links(
        ESCO_FILES.requirements,
        ["occupationUri", "relationType", "skillUri"],
        (row) =>
            missing(row, "occupationUri", "skillUri") ??
            (IMPORTANCE[row.relationType] ? undefined : `unknown relationType "${row.relationType}" (allowed: essential, optional)`) ??
            isRole(row.occupationUri) ??
            isSkill(row.skillUri),
        (row) => `${row.occupationUri} ${row.skillUri}`,
        (row) => ({
            role: row.occupationUri,
            skill: row.skillUri,
            level: row.relationType === "essential" ? levels.essential : levels.optional,
            importance: IMPORTANCE[row.relationType],
            extra: {},
        }),
    );

    const expected: Record<string, number> = {
        Skill: skills.length,
        SkillGroup: skillGroups.length,
        Role: roles.length,
        OccupationGroup: occupationGroups.length,
        "BROADER (skill pillar)": skillHierarchy.length,
        RELATED_TO: skillRelations.length,
        "BROADER (occupation pillar)": occupationHierarchy.length,
        REQUIRES: requirements.length,
    };
    for (const [tag, count] of Object.entries(skillTags.counts)) expected[`Skill tag ${tag}`] = count;
    for (const [tag, count] of Object.entries(occupationTags.counts)) expected[`Role tag ${tag}`] = count;

    return { skillGroups, skills, skillHierarchy, skillRelations, occupationGroups, roles, occupationHierarchy, requirements, expected, sourceRows };
}
