import type { Config } from "../src/config";
import { OnnxEmbedder } from "../src/embeddings/embedder";
import { refreshSkillVectors } from "../src/embeddings/skill-vectors";
import type { Logger } from "../src/logger";
import type { Db } from "../src/neo4j/read-rows";
import { ImportProgress } from "./import/progress";

/**
 * After an import or a seed: embeds the skills whose text changed (all of them the first time) with a progress bar,
 * on every core (the API is not serving from this process). Nothing when SKILLGRAPH_EMBEDDINGS=off.
 */
export async function embedSkills(db: Db, config: Config, log: Logger, showProgress = true): Promise<void> {
    if (!config.embeddings.enabled) {
        log.info("SKILLGRAPH_EMBEDDINGS=off: skill embeddings not refreshed");
        return;
    }
    const embedder = await OnnxEmbedder.provision(config.embeddings.home, log, 0);
    const progress = new ImportProgress(showProgress);
    let bar: ReturnType<ImportProgress["start"]> | undefined;
    let shown = 0;
    try {
        const result = await refreshSkillVectors(db, embedder, log, (done, total) => {
            bar ??= total > 0 ? progress.start("skill embeddings", total) : undefined;
            bar?.increment(done - shown);
            shown = done;
        });
        bar?.stop();
        log.info({ ...result, model: embedder.modelId }, "skill embeddings up to date");
    } finally {
        progress.stop();
        await embedder.close();
    }
}
