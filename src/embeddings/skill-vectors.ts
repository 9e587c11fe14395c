import { createHash } from "node:crypto";
import type { Logger } from "../logger";
import { cypher } from "../neo4j/cypher-catalogue";
import { type Db, readRows } from "../neo4j/read-rows";
import type { TextEmbedder } from "./embedder";

/** Bump when skillText changes: every skill is then embedded again. */
const TEXT_RECIPE = 1;
const WRITE_BATCH = 256;

interface SkillText {
    readonly skillId: string;
    readonly name: string;
    readonly description: string | null;
    readonly embeddingHash: string | null;
}

/** What a skill's embedding is computed from: its preferred label, then its description (labels carry most meaning). */
export function skillText(skill: Pick<SkillText, "name" | "description">): string {
    const description = skill.description?.trim();
    return description ? `${skill.name}. ${description}` : skill.name;
}

export function embeddingHash(text: string, modelId: string): string {
    return createHash("sha256").update(`${modelId}\u0000${TEXT_RECIPE}\u0000${text}`).digest("hex").slice(0, 24);
}

/**
 * One batch in one transaction. A skill deleted by another transaction between this one's MATCH and its vector write
 * fails the batch ("Unable to load NODE"); the batch is then written again, without that skill.
 */
async function writeVectors(db: Db, rows: readonly { skillId: string; hash: string; vector: number[] }[], attempts = 3): Promise<void> {
    try {
        await db.driver.executeQuery(cypher("skills/write-skill-embeddings"), { rows }, { database: db.database });
    } catch (error) {
        if (attempts <= 1 || !/Unable to load NODE|EntityNotFound/.test(error instanceof Error ? error.message : "")) throw error;
        await writeVectors(db, rows, attempts - 1);
    }
}

export type RefreshProgress = (done: number, total: number) => void;

/** Progress as a log line at most every 5 seconds (the API's start-up; command-line tools draw a bar instead). */
export function progressLog(log: Logger, step: string): RefreshProgress {
    let last = Date.now();
    return (done, total) => {
        if (done > 0 && done < total && Date.now() - last < 5000) return;
        last = Date.now();
        if (total > 0) log.info({ step, done, total }, step);
    };
}

/**
 * Embeds the skills whose text or model changed since their embedding was stored (all of them the first time) and
 * writes the vectors in batches, each batch its own transaction (an interrupted run resumes where it stopped).
 * Returns how many skills were embedded and how many were already current.
 */
export async function refreshSkillVectors(
    db: Db,
    embedder: TextEmbedder,
    log: Logger,
    progress?: RefreshProgress,
): Promise<{ embedded: number; current: number; seconds: number }> {
    const started = Date.now();
    const skills = await readRows<SkillText>(db, "skills/read-skill-texts", {});
    const stale = skills
        .map((skill) => ({ skill, text: skillText(skill) }))
        .map(({ skill, text }) => ({ skillId: skill.skillId, text, hash: embeddingHash(text, embedder.modelId), old: skill.embeddingHash }))
        .filter((row) => row.hash !== row.old);
    progress?.(0, stale.length);
    for (let start = 0; start < stale.length; start += WRITE_BATCH) {
        const batch = stale.slice(start, start + WRITE_BATCH);
        const vectors = await embedder.embed(batch.map((row) => row.text));
        const rows = batch.map((row, i) => ({ skillId: row.skillId, hash: row.hash, vector: Array.from(vectors[i]) }));
        await writeVectors(db, rows);
        progress?.(Math.min(start + WRITE_BATCH, stale.length), stale.length);
    }
    const result = { embedded: stale.length, current: skills.length - stale.length, seconds: (Date.now() - started) / 1000 };
    if (stale.length > 0) log.info({ ...result, model: embedder.modelId }, "skill embeddings refreshed");
    return result;
}
