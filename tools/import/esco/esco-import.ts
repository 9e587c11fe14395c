import type { LoadStep } from "../batch-loader";
import { type ImportReport, type ImportRunOptions, runIdFor, runImport } from "../import-run";
import type { RejectLog } from "../rejects";
import { type EscoLevels, readEscoSource } from "./esco-source";

export const DEFAULT_ESCO_LEVELS: EscoLevels = { essential: 3, optional: 2 };

/** Imports an ESCO v1.1.x CSV download; concepts keep their ESCO URI as id, so a re-import updates in place. */
export async function importEsco(dir: string, levels: EscoLevels, rejects: RejectLog, options: ImportRunOptions): Promise<ImportReport> {
    const source = readEscoSource(dir, levels, rejects);
    const steps: LoadStep[] = [
        { name: "skill groups", cypherFile: "import/merge-skill-groups", rows: source.skillGroups },
        { name: "skills", cypherFile: "import/merge-skills", rows: source.skills },
        { name: "skill hierarchy", cypherFile: "import/link-skill-hierarchy", rows: source.skillHierarchy },
        { name: "skill relations", cypherFile: "import/esco/link-related-skills", rows: source.skillRelations },
        { name: "ISCO groups", cypherFile: "import/esco/merge-occupation-groups", rows: source.occupationGroups },
        { name: "occupations", cypherFile: "import/merge-roles", rows: source.roles },
        { name: "occupation hierarchy", cypherFile: "import/esco/link-occupation-hierarchy", rows: source.occupationHierarchy },
        { name: "requirements", cypherFile: "import/link-requirements", rows: source.requirements },
    ];
    const runId = runIdFor("esco", dir, levels);
    return runImport(runId, steps, source.expected, source.sourceRows, rejects, "import/esco/count-imported", options);
}
