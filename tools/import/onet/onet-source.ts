import path from "node:path";
import { type SourceRow, readSourceFile } from "../csv-file";
import type { RejectLog } from "../rejects";
import { Acceptor, type NodeRow, missing } from "../source-rows";

/**
 * O*NET 29.x text files (tab-separated, no quoting). Ids: roles `onet:<O*NET-SOC code>`, skills and knowledge
 * `onet:<element id>`, content-model groups `onet:<element id>`, technology commodities `onet:tech:<commodity code>`.
 */
export const ONET_FILES = {
    occupations: "Occupation Data.txt",
    contentModel: "Content Model Reference.txt",
    skills: "Skills.txt",
    knowledge: "Knowledge.txt",
    technology: "Technology Skills.txt",
    alternateTitles: "Alternate Titles.txt",
    jobZones: "Job Zones.txt",
} as const;

export const CROSSWALK_FILES = {
    escoToOnet2010: "esco_onet_crosswalk_Nov2020.csv",
    onet2010To2019: "onet_soc2010_to_2019.csv",
} as const;

/** O*NET importance (IM 1-5) at or above this makes a requirement essential. */
export const ESSENTIAL_IMPORTANCE = 3;

/** O*NET level (LV 0-7) onto our proficiency 1-5: 0 -> 1, 3.5 -> 3, 7 -> 5. */
export const levelFromOnet = (lv: number) => Math.max(1, Math.min(5, 1 + Math.round((lv * 4) / 7)));

export interface OnetRequirement {
    role: string;
    skill: string;
    level: number;
    importance: string;
    extra: Record<string, number | boolean | string[]>;
}

export interface OnetSource {
    readonly groups: NodeRow[];
    readonly skills: NodeRow[];
    readonly hierarchy: { narrower: string; broader: string }[];
    readonly roles: NodeRow[];
    readonly requirements: OnetRequirement[];
    readonly crosswalk: { esco: string; onet: string; confidence: number; similarity: number }[];
    readonly expected: Record<string, number>;
    readonly sourceRows: Record<string, number>;
}

const roleId = (code: string) => `onet:${code}`;
const elementId = (id: string) => `onet:${id}`;
const TECHNOLOGY_GROUP = "onet:technology";

/** Reads O*NET and the crosswalks; `escoRoleIds` are the ESCO occupations already in the database. */
export function readOnetSource(dir: string, crosswalkDir: string, escoRoleIds: Set<string>, rejects: RejectLog): OnetSource {
    const sourceRows: Record<string, number> = {};
    const read = (folder: string, file: string, columns: string[], delimiter = "\t") => {
        const rows = readSourceFile(folder, file, { columns, delimiter, quoted: delimiter !== "\t" });
        sourceRows[file] = rows.length;
        return rows;
    };

    // Occupations, with alternate titles and job zones.
    const occupationAcceptor = new Acceptor(ONET_FILES.occupations, rejects);
    const occupations = new Map<string, { title: string; description: string }>();
    for (const source of read(dir, ONET_FILES.occupations, ["O*NET-SOC Code", "Title", "Description"])) {
        const { row } = source;
        const code = row["O*NET-SOC Code"];
        if (occupationAcceptor.accept(source, code, missing(row, "O*NET-SOC Code", "Title")))
            occupations.set(code, { title: row.Title, description: row.Description });
    }
    const knownOccupation = (code: string) => (occupations.has(code) ? undefined : `O*NET-SOC code ${code} is not in ${ONET_FILES.occupations}`);

    const altTitles = new Map<string, string[]>();
    const altAcceptor = new Acceptor(ONET_FILES.alternateTitles, rejects);
    for (const source of read(dir, ONET_FILES.alternateTitles, ["O*NET-SOC Code", "Alternate Title"])) {
        const { row } = source;
        const code = row["O*NET-SOC Code"];
        const title = row["Alternate Title"].trim();
        if (!altAcceptor.accept(source, `${code}|${title.toLowerCase()}`, missing(row, "O*NET-SOC Code", "Alternate Title") ?? knownOccupation(code))) continue;
        altTitles.set(code, [...(altTitles.get(code) ?? []), title]);
    }

    const jobZones = new Map<string, number>();
    const zoneAcceptor = new Acceptor(ONET_FILES.jobZones, rejects);
    for (const source of read(dir, ONET_FILES.jobZones, ["O*NET-SOC Code", "Job Zone"])) {
        const { row } = source;
        const code = row["O*NET-SOC Code"];
        const zone = Number(row["Job Zone"]);
        const problem = knownOccupation(code) ?? (Number.isInteger(zone) && zone >= 1 && zone <= 5 ? undefined : `job zone "${row["Job Zone"]}" is not 1-5`);
        if (zoneAcceptor.accept(source, code, problem)) jobZones.set(code, zone);
    }

    // Skills and Knowledge ratings: one row per (occupation, element, scale); pivot IM and LV into one requirement.
    const elements = new Map(read(dir, ONET_FILES.contentModel, ["Element ID", "Element Name", "Description"]).map((s) => [s.row["Element ID"], s.row]));
    const ratings = new Map<string, { im?: number; lv?: number; lines: SourceRow[] }>();
    const rated = new Map<string, "SKILL_COMPETENCE" | "KNOWLEDGE">();
    for (const [file, type] of [
        [ONET_FILES.skills, "SKILL_COMPETENCE"],
        [ONET_FILES.knowledge, "KNOWLEDGE"],
    ] as const) {
        const acceptor = new Acceptor(file, rejects);
        for (const source of read(dir, file, ["O*NET-SOC Code", "Element ID", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"])) {
            const { row } = source;
            const code = row["O*NET-SOC Code"];
            const element = row["Element ID"];
            const scale = row["Scale ID"];
            const value = Number(row["Data Value"]);
            const problem =
                knownOccupation(code) ??
                (elements.has(element) ? undefined : `element ${element} is not in ${ONET_FILES.contentModel}`) ??
                (scale === "IM" || scale === "LV" ? undefined : `scale "${scale}" is neither IM nor LV`) ??
                (Number.isFinite(value) && row["Data Value"] !== "" ? undefined : `data value "${row["Data Value"]}" is not a number`) ??
                (row["Recommend Suppress"] === "Y" ? "O*NET recommends suppressing this value (low precision)" : undefined) ??
                (row["Not Relevant"] === "Y" ? "O*NET marks this element not relevant for the occupation" : undefined);
            if (!acceptor.accept(source, `${code}|${element}|${scale}`, problem)) continue;
            const key = `${code}|${element}`;
            const rating = ratings.get(key) ?? { lines: [] };
            rating[scale === "IM" ? "im" : "lv"] = value;
            rating.lines.push(source);
            ratings.set(key, rating);
            rated.set(element, type);
        }
    }
    const requirements: OnetRequirement[] = [];
    for (const [key, rating] of ratings) {
        const [code, element] = key.split("|");
        if (rating.im === undefined || rating.lv === undefined) {
            // The other scale of this pair was suppressed or not relevant: without both there is no requirement.
            const file = rated.get(element) === "KNOWLEDGE" ? ONET_FILES.knowledge : ONET_FILES.skills;
            for (const source of rating.lines)
                rejects.add(file, source.line, `its ${rating.im === undefined ? "IM" : "LV"} row was not usable, so no requirement is made`, source.row);
            continue;
        }
        requirements.push({
            role: roleId(code),
            skill: elementId(element),
            level: levelFromOnet(rating.lv),
            importance: rating.im >= ESSENTIAL_IMPORTANCE ? "ESSENTIAL" : "OPTIONAL",
            extra: { onetImportance: rating.im, onetLevel: rating.lv },
        });
    }

    // The content-model hierarchy above the rated elements becomes skill groups.
    const groupIds = new Set<string>();
    const parentOf = (id: string): string | undefined => {
        let parent = id;
        while (parent.includes(".")) {
            parent = parent.slice(0, parent.lastIndexOf("."));
            if (elements.has(parent)) return parent;
        }
        return undefined;
    };
    const hierarchy: { narrower: string; broader: string }[] = [];
    const climb = (id: string) => {
        const parent = parentOf(id);
        if (!parent) return;
        hierarchy.push({ narrower: elementId(id), broader: elementId(parent) });
        if (!groupIds.has(parent)) {
            groupIds.add(parent);
            climb(parent);
        }
    };
    for (const element of rated.keys()) climb(element);
    const groups: NodeRow[] = [...groupIds].sort().map((id) => ({
        id: elementId(id),
        props: { name: elements.get(id)!["Element Name"], code: id, description: elements.get(id)!.Description || null, taxonomy: "ONET", uri: null },
    }));
    groups.push({
        id: TECHNOLOGY_GROUP,
        props: {
            name: "Technology Skills",
            code: null,
            description: "Software and technology commodities (O*NET Technology Skills).",
            taxonomy: "ONET",
            uri: null,
        },
    });
    const skills: NodeRow[] = [...rated].sort().map(([id, type]) => ({
        id: elementId(id),
        props: {
            name: elements.get(id)!["Element Name"],
            altLabels: [],
            description: elements.get(id)!.Description || null,
            type,
            reuseLevel: null,
            tags: [],
            taxonomy: "ONET",
            uri: null,
        },
    }));

    // Technology Skills: each commodity becomes a skill (examples as alternative labels), optional for its occupations.
    const techAcceptor = new Acceptor(ONET_FILES.technology, rejects);
    const commodities = new Map<string, { title: string; examples: Set<string> }>();
    const techByPair = new Map<string, { examples: string[]; hot: boolean; inDemand: boolean }>();
    for (const source of read(dir, ONET_FILES.technology, ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"])) {
        const { row } = source;
        const code = row["O*NET-SOC Code"];
        const commodity = row["Commodity Code"];
        if (!techAcceptor.accept(source, `${code}|${row.Example}`, missing(row, "Commodity Code", "Commodity Title", "Example") ?? knownOccupation(code)))
            continue;
        const entry = commodities.get(commodity) ?? { title: row["Commodity Title"], examples: new Set<string>() };
        entry.examples.add(row.Example);
        commodities.set(commodity, entry);
        const pair = techByPair.get(`${code}|${commodity}`) ?? { examples: [], hot: false, inDemand: false };
        pair.examples.push(row.Example);
        pair.hot ||= row["Hot Technology"] === "Y";
        pair.inDemand ||= row["In Demand"] === "Y";
        techByPair.set(`${code}|${commodity}`, pair);
    }
    for (const [commodity, entry] of [...commodities].sort()) {
        skills.push({
            id: `onet:tech:${commodity}`,
            props: {
                name: entry.title,
                altLabels: [...entry.examples].sort(),
                description: null,
                type: "KNOWLEDGE",
                reuseLevel: null,
                tags: ["technology"],
                taxonomy: "ONET",
                uri: null,
            },
        });
        hierarchy.push({ narrower: `onet:tech:${commodity}`, broader: TECHNOLOGY_GROUP });
    }
    for (const [key, pair] of techByPair) {
        const [code, commodity] = key.split("|");
        requirements.push({
            role: roleId(code),
            skill: `onet:tech:${commodity}`,
            level: 2,
            importance: "OPTIONAL",
            extra: { hotTechnology: pair.hot, inDemand: pair.inDemand, examples: pair.examples },
        });
    }

    const roles: NodeRow[] = [...occupations].map(([code, occupation]) => ({
        id: roleId(code),
        props: {
            title: occupation.title,
            description: occupation.description || null,
            altTitles: altTitles.get(code) ?? [],
            onetSocCode: code,
            jobZone: jobZones.get(code) ?? null,
            tags: [],
            taxonomy: "ONET",
            uri: null,
        },
    }));

    // Crosswalk: ESCO occupation -> O*NET-SOC 2010 (Nesta) -> O*NET-SOC 2019 codes of this release.
    const to2019 = new Map<string, string[]>();
    for (const source of read(crosswalkDir, CROSSWALK_FILES.onet2010To2019, ["soc2010_code", "soc2019_code"], ";")) {
        const { soc2010_code: from, soc2019_code: to } = source.row;
        if (from && to) to2019.set(from, [...new Set([...(to2019.get(from) ?? []), to])]);
    }
    const crossAcceptor = new Acceptor(CROSSWALK_FILES.escoToOnet2010, rejects);
    const crosswalk: OnetSource["crosswalk"] = [];
    for (const source of read(crosswalkDir, CROSSWALK_FILES.escoToOnet2010, ["concept_uri", "onet_code", "confidence", "semantic_similarity"], ",")) {
        const { row } = source;
        const codes = (to2019.get(row.onet_code) ?? []).filter((code) => occupations.has(code));
        const problem =
            missing(row, "concept_uri", "onet_code") ??
            (escoRoleIds.has(row.concept_uri) ? undefined : `ESCO occupation ${row.concept_uri} is not in the database: import ESCO first`) ??
            (to2019.has(row.onet_code) ? undefined : `O*NET-SOC 2010 code ${row.onet_code} has no 2019 code in ${CROSSWALK_FILES.onet2010To2019}`) ??
            (codes.length ? undefined : `none of the 2019 codes of ${row.onet_code} is an occupation of this O*NET release`);
        if (!crossAcceptor.accept(source, `${row.concept_uri}|${row.onet_code}`, problem)) continue;
        for (const code of codes)
            crosswalk.push({ esco: row.concept_uri, onet: roleId(code), confidence: Number(row.confidence), similarity: Number(row.semantic_similarity) });
    }
    const uniqueCrosswalk = [...new Map(crosswalk.map((link) => [`${link.esco}|${link.onet}`, link])).values()];

    const expected: Record<string, number> = {
        Skill: skills.length,
        SkillGroup: groups.length,
        Role: roles.length,
        BROADER: hierarchy.length,
        "REQUIRES (skills and knowledge)": requirements.filter((r) => !r.skill.startsWith("onet:tech:")).length,
        "REQUIRES (technology)": requirements.filter((r) => r.skill.startsWith("onet:tech:")).length,
        "EQUIVALENT_TO (ESCO to O*NET)": uniqueCrosswalk.length,
        "Role with job zone": jobZones.size,
        "alternate titles": [...altTitles.values()].reduce((sum, titles) => sum + titles.length, 0),
    };
    return { groups, skills, hierarchy, roles, requirements, crosswalk: uniqueCrosswalk, expected, sourceRows };
}

export const defaultCrosswalkDir = (onetDir: string) => path.join(onetDir, "..", "crosswalks");
