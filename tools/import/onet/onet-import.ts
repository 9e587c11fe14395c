import type { LoadStep } from "../batch-loader";
import { type ImportReport, type ImportRunOptions, runIdFor, runImport } from "../import-run";
import type { RejectLog } from "../rejects";
import { toolCypher } from "../../cypher-catalogue";
import { readOnetSource } from "./onet-source";

/** Imports O*NET 29.x text files and links ESCO occupations already in the database through the crosswalks. */
export async function importOnet(dir: string, crosswalkDir: string, rejects: RejectLog, options: ImportRunOptions): Promise<ImportReport> {
    const { records } = await options.driver.executeQuery(toolCypher("import/onet/read-esco-role-ids"), {}, { database: options.database });
    const source = readOnetSource(dir, crosswalkDir, new Set(records.map((r) => r.get("id") as string)), rejects);
    const steps: LoadStep[] = [
        { name: "content-model groups", cypherFile: "import/merge-skill-groups", rows: source.groups },
        { name: "skills and knowledge", cypherFile: "import/merge-skills", rows: source.skills },
        { name: "skill hierarchy", cypherFile: "import/link-skill-hierarchy", rows: source.hierarchy },
        { name: "occupations", cypherFile: "import/merge-roles", rows: source.roles },
        { name: "requirements", cypherFile: "import/link-requirements", rows: source.requirements },
        { name: "ESCO crosswalk", cypherFile: "import/onet/link-crosswalk", rows: source.crosswalk },
    ];
    const runId = runIdFor("onet", dir, { crosswalkDir, esco: records.length });
    return runImport(runId, steps, source.expected, source.sourceRows, rejects, "import/onet/count-imported", options);
}
