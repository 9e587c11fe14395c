import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/project-root";

/**
 * Where the full public downloads live (ESCO, O*NET, crosswalks): SKILLGRAPH_DATA_DIR, else ../shared/data beside the
 * project when it exists. A clone on its own has neither; tests that need the downloads are then skipped with the reason.
 */
export type DataDir = { readonly dir: string; readonly skipReason?: undefined } | { readonly dir?: undefined; readonly skipReason: string };

export function findDataDir(env: NodeJS.ProcessEnv = process.env): DataDir {
    const configured = env.SKILLGRAPH_DATA_DIR;
    if (configured) {
        const dir = path.resolve(projectRoot, configured);
        if (!existsSync(dir))
            throw new Error(
                `SKILLGRAPH_DATA_DIR is "${configured}", which does not exist: point it at the folder holding esco-1.1.1/ and onet-29.3/, or unset it.`,
            );
        return { dir };
    }
    const beside = path.join(projectRoot, "..", "shared", "data");
    if (existsSync(beside)) return { dir: beside };
    return { skipReason: "needs the full ESCO and O*NET downloads: set SKILLGRAPH_DATA_DIR (unset, and ../shared/data is absent)" };
}

/** The data folder, or an error naming the setting (for commands that cannot run without it). */
export function requireDataDir(what: string): string {
    const found = findDataDir();
    if (found.dir === undefined) throw new Error(`${what} ${found.skipReason}`);
    return found.dir;
}
