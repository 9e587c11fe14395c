import type { Config } from "../src/config";
import { OnnxEmbedder } from "../src/embeddings/embedder";
import { refreshVectors } from "../src/embeddings/node-vectors";
import type { Logger } from "../src/logger";
import type { Db } from "../src/neo4j/read-rows";
import { ImportProgress } from "./import/progress";

/**
 * After an import or a seed: embeds the skills and roles whose text changed (all of them the first time) with a
 * progress bar, on every core (the API is not serving from this process). Nothing when SKILLGRAPH_EMBEDDINGS=off.
 */
export async function refreshEmbeddings(db: Db, config: Config, log: Logger, showProgress = true): Promise<void> {
    if (!config.embeddings.enabled) {
        log.info("SKILLGRAPH_EMBEDDINGS=off: skill and role embeddings not refreshed");
        return;
    }
    const embedder = await OnnxEmbedder.provision(config.embeddings.home, log, 0);
    const progress = new ImportProgress(showProgress);
    try {
        for (const kind of ["skills", "roles"] as const) {
            let bar: ReturnType<ImportProgress["start"]> | undefined;
            let shown = 0;
            const result = await refreshVectors(db, kind, embedder, log, (done, total) => {
                bar ??= total > 0 ? progress.start(`${kind.slice(0, -1)} embeddings`, total) : undefined;
                bar?.increment(done - shown);
                shown = done;
            });
            bar?.stop();
            log.info({ ...result, model: embedder.modelId }, `${kind.slice(0, -1)} embeddings up to date`);
        }
    } finally {
        progress.stop();
        await embedder.close();
    }
}
