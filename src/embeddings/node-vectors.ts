import { createHash } from "node:crypto";
import type { Logger } from "../logger";
import type { ApiQueryName } from "../generated/cypher-names";
import { cypher } from "../neo4j/cypher-catalogue";
import { type Db, readRows } from "../neo4j/read-rows";
import type { TextEmbedder } from "./embedder";

/** Bump when nodeText changes: every node is then embedded again. */
const TEXT_RECIPE = 1;
const WRITE_BATCH = 256;

interface NodeText {
    readonly id: string;
    readonly name: string;
    readonly description: string | null;
    readonly embeddingHash: string | null;
}

/** The nodes with stored embeddings: skills (tagging, semantic search) and roles (the mobility ranking's semantic signal). */
export type EmbeddedKind = "skills" | "roles";

const QUERIES: Record<EmbeddedKind, { read: ApiQueryName; write: ApiQueryName }> = {
    skills: { read: "skills/read-skill-texts", write: "skills/write-skill-embeddings" },
    roles: { read: "mobility/read-role-texts", write: "mobility/write-role-embeddings" },
};

/** What an embedding is computed from: the skill's preferred label or the role's title, then its description. */
export function nodeText(node: Pick<NodeText, "name" | "description">): string {
    const description = node.description?.trim();
    return description ? `${node.name}. ${description}` : node.name;
}

export function embeddingHash(text: string, modelId: string): string {
    return createHash("sha256").update(`${modelId}\u0000${TEXT_RECIPE}\u0000${text}`).digest("hex").slice(0, 24);
}

/**
 * One batch in one transaction. A node deleted by another transaction between this one's MATCH and its vector write
 * fails the batch ("Unable to load NODE"); the batch is then written again, without that node.
 */
async function writeVectors(db: Db, write: ApiQueryName, rows: readonly { id: string; hash: string; vector: number[] }[], attempts = 3): Promise<void> {
    try {
        await db.driver.executeQuery(cypher(write), { rows }, { database: db.database });
    } catch (error) {
        if (attempts <= 1 || !/Unable to load NODE|EntityNotFound/.test(error instanceof Error ? error.message : "")) throw error;
        await writeVectors(db, write, rows, attempts - 1);
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
 * Embeds the skills or roles whose text or model changed since their embedding was stored (all of them the first
 * time) and writes the vectors in batches, each batch its own transaction (an interrupted run resumes where it
 * stopped). Returns how many were embedded and how many were already current.
 */
export async function refreshVectors(
    db: Db,
    kind: EmbeddedKind,
    embedder: TextEmbedder,
    log: Logger,
    progress?: RefreshProgress,
): Promise<{ embedded: number; current: number; seconds: number }> {
    const started = Date.now();
    const nodes = await readRows<NodeText>(db, QUERIES[kind].read, {});
    const stale = nodes
        .map((node) => ({ id: node.id, text: nodeText(node), old: node.embeddingHash }))
        .map((row) => ({ ...row, hash: embeddingHash(row.text, embedder.modelId) }))
        .filter((row) => row.hash !== row.old);
    progress?.(0, stale.length);
    for (let start = 0; start < stale.length; start += WRITE_BATCH) {
        const batch = stale.slice(start, start + WRITE_BATCH);
        const vectors = await embedder.embed(
            batch.map((row) => row.text),
            { padded: true },
        );
        await writeVectors(
            db,
            QUERIES[kind].write,
            batch.map((row, i) => ({ id: row.id, hash: row.hash, vector: Array.from(vectors[i]) })),
        );
        progress?.(Math.min(start + WRITE_BATCH, stale.length), stale.length);
    }
    const result = { embedded: stale.length, current: nodes.length - stale.length, seconds: (Date.now() - started) / 1000 };
    if (stale.length > 0) log.info({ ...result, kind, model: embedder.modelId }, `${kind.slice(0, -1)} embeddings refreshed`);
    return result;
}
