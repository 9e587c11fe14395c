/**
 * `npm run eval:tagging`: skill tagging measured on a development set anyone can rebuild from the public ESCO
 * download: each ESCO occupation's description is tagged, and its essential skills are the relevant answers.
 * Reports R-Precision@5 and Recall@10 per method, for a label-only baseline and for the fusion, with 95 % bootstrap
 * intervals, on a deterministic split: `tune` (what --tune searches settings on) and `test` (only ever reported).
 * Needs a database holding the ESCO import with its skill embeddings (npm run import -- esco <folder>).
 */
import path from "node:path";
import { loadConfig } from "../../src/config";
import type { TextMethod } from "../../src/domain/skill-tagging";
import { OnnxEmbedder, cosine } from "../../src/embeddings/embedder";
import { Embeddings } from "../../src/embeddings/embeddings";
import { createLogger } from "../../src/logger";
import { connectDatabase } from "../../src/neo4j/connect";
import { type Db, readRows } from "../../src/neo4j/read-rows";
import {
    SkillTagger,
    TAGGING_DEFAULTS,
    type TaggingSettings,
    type TextEvidence,
    fuseWithCoherence,
    methodScores,
    rankTags,
} from "../../src/use-cases/skill-tagging";
import { enumFlag, intFlag, parseFlags, runCli } from "../../tools/cli-flags";
import { requireDataDir } from "../../tools/data-dir";
import { meanWithInterval, partOf, readCsv, recallAt } from "./metrics";

const USAGE = `usage: npm run eval:tagging -- [--split tune|test|both] [--limit <n>] [--tune]

Tags every ESCO occupation description of the chosen part of the development set and scores the tags against the
occupation's essential skills. Reads ESCO from SKILLGRAPH_DATA_DIR (or ../shared/data); the database must hold the
ESCO import (npm run import -- esco <folder>), which also embeds the skills.

  --split <part>   tune, test or both (default both); the split is fixed by a hash of the occupation URI
  --limit <n>      at most n occupations per part, 1 to 100000 (default all)
  --tune           search fusion settings on the tune part and print the best (never looks at test)`;

export interface DevDocument {
    readonly uri: string;
    readonly text: string;
    readonly relevant: ReadonlySet<string>;
    readonly part: "tune" | "test";
}

export function readDevSet(escoDir: string, knownSkills: ReadonlySet<string>): DevDocument[] {
    const essentials = new Map<string, Set<string>>();
    for (const row of readCsv(path.join(escoDir, "occupationSkillRelations.csv"))) {
        if (row.relationType !== "essential" || !knownSkills.has(row.skillUri)) continue;
        const set = essentials.get(row.occupationUri) ?? new Set<string>();
        set.add(row.skillUri);
        essentials.set(row.occupationUri, set);
    }
    return readCsv(path.join(escoDir, "occupations_en.csv"))
        .filter((row) => row.description?.trim() && essentials.has(row.conceptUri))
        .map((row) => ({
            uri: row.conceptUri,
            text: row.description.trim().slice(0, 20_000),
            relevant: essentials.get(row.conceptUri)!,
            part: partOf(row.conceptUri),
        }));
}

/** R-Precision@k: relevant among the first k, over min(k, number relevant). */
export function rPrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
    const hits = ranked.slice(0, k).filter((id) => relevant.has(id)).length;
    return hits / Math.min(k, relevant.size);
}

/** Alternates two rankings, skipping repeats: the "plain interleave" baseline. */
export function interleave(a: readonly string[], b: readonly string[]): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        for (const id of [a[i], b[i]]) {
            if (id !== undefined && !seen.has(id)) {
                seen.add(id);
                out.push(id);
            }
        }
    }
    return out;
}

const ranked = (scores: ReadonlyMap<string, number> | undefined) => [...(scores ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]).map(([id]) => id);

interface Gathered {
    readonly doc: DevDocument;
    readonly evidence: TextEvidence;
    /** The label-only baseline's cosine ranking (the whole text's embedding against preferred labels). */
    readonly labelCosine: string[];
}

type Ranker = (item: Gathered, settings: TaggingSettings) => string[];

function only(method: TextMethod): Ranker {
    return (item, settings) => ranked(methodScores(item.evidence, settings).get(method));
}

const RANKERS: [string, Ranker][] = [
    ["EXACT (label phrases)", only("EXACT")],
    ["LEXICAL (BM25, labels + descriptions)", only("LEXICAL")],
    ["SEMANTIC (MiniLM, label + description, per sentence)", only("SEMANTIC")],
    [
        "baseline: exact+BM25 interleaved with MiniLM label cosine",
        (item, settings) => {
            const scores = methodScores({ ...item.evidence, semantic: undefined }, settings);
            const lexicalFirst = interleave(ranked(scores.get("EXACT")), ranked(scores.get("LEXICAL")));
            return interleave(lexicalFirst, item.labelCosine);
        },
    ],
    [
        "text methods fused (no GRAPH re-ranking)",
        (item, settings) => rankTags({ ...item.evidence, roleSets: undefined }, settings, 10).tags.map((tag) => tag.skillId),
    ],
    ["tagSkills (text methods fused, then GRAPH re-ranking)", (item, settings) => rankTags(item.evidence, settings, 10).tags.map((tag) => tag.skillId)],
];

function report(part: string, gathered: readonly Gathered[], settings: TaggingSettings): void {
    console.log(
        `\n${part}: ${gathered.length} occupation descriptions, ${(gathered.reduce((s, g) => s + g.doc.relevant.size, 0) / Math.max(1, gathered.length)).toFixed(1)} essential skills each on average`,
    );
    console.log("| method | RP@5 (95 % CI) | R@10 (95 % CI) |\n|---|---|---|");
    for (const [name, rank] of RANKERS) {
        const lists = gathered.map((item) => rank(item, settings));
        const rp = meanWithInterval(lists.map((list, i) => rPrecisionAt(list, gathered[i].doc.relevant, 5)));
        const r10 = meanWithInterval(lists.map((list, i) => recallAt(list, gathered[i].doc.relevant, 10)));
        const cell = (m: typeof rp) => `${m.mean.toFixed(3)} (${m.low.toFixed(3)}-${m.high.toFixed(3)})`;
        console.log(`| ${name} | ${cell(rp)} | ${cell(r10)} |`);
    }
}

/** Mean RP@5 and R@10 of the full ranking over the items. */
function score(items: readonly Gathered[], settings: TaggingSettings): { rp: number; r10: number } {
    let rp = 0;
    let r10 = 0;
    for (const item of items) {
        const list = fuseWithCoherence(item.evidence, methodScores(item.evidence, settings), settings).map((tag) => tag.skillId);
        rp += rPrecisionAt(list, item.doc.relevant, 5);
        r10 += recallAt(list, item.doc.relevant, 10);
    }
    return { rp: rp / items.length, r10: r10 / items.length };
}

/**
 * Coordinate search of the fusion's weights and constants on the tune part (two rounds over each setting in turn,
 * keeping a change only when RP@5 rises, R@10 breaking ties). Never reads the test part.
 */
function tune(items: readonly Gathered[]): TaggingSettings {
    const grid: [string, number[], (s: TaggingSettings, v: number) => TaggingSettings][] = [
        ["EXACT", [1, 1.5, 2], (s, v) => ({ ...s, fusion: { ...s.fusion, weights: { ...s.fusion.weights, EXACT: v } } })],
        ["LEXICAL", [0, 0.3, 0.6, 1], (s, v) => ({ ...s, fusion: { ...s.fusion, weights: { ...s.fusion.weights, LEXICAL: v } } })],
        ["SEMANTIC", [0.5, 1, 1.5, 2], (s, v) => ({ ...s, fusion: { ...s.fusion, weights: { ...s.fusion.weights, SEMANTIC: v } } })],
        ["boost", [0, 0.25, 0.5, 1, 2, 4], (s, v) => ({ ...s, coherence: { ...s.coherence, boost: v } })],
        ["k", [5, 10, 20, 60], (s, v) => ({ ...s, fusion: { ...s.fusion, k: v } })],
        ["otherSentences", [0, 0.25, 0.5], (s, v) => ({ ...s, otherSentences: v })],
        ["seeds", [5, 10, 15, 25], (s, v) => ({ ...s, coherence: { ...s.coherence, seeds: v } })],
        ["roles", [3, 5, 10, 20], (s, v) => ({ ...s, coherence: { ...s.coherence, roles: v } })],
    ];
    let best = { settings: TAGGING_DEFAULTS, ...score(items, TAGGING_DEFAULTS) };
    for (let round = 0; round < 2; round++) {
        for (const [, values, set] of grid) {
            for (const value of values) {
                const settings = set(best.settings, value);
                const result = score(items, settings);
                if (result.rp > best.rp + 1e-9 || (Math.abs(result.rp - best.rp) <= 1e-9 && result.r10 > best.r10)) best = { settings, ...result };
            }
        }
    }
    const { fusion, otherSentences, coherence } = best.settings;
    console.log(`\nbest on tune: RP@5 ${best.rp.toFixed(3)}, R@10 ${best.r10.toFixed(3)} with ${JSON.stringify({ fusion, otherSentences, coherence })}`);
    return best.settings;
}

async function labelVectors(db: Db, embedder: OnnxEmbedder): Promise<{ ids: string[]; vectors: Float32Array[] }> {
    const skills = await readRows<{ skillId: string; name: string }>(db, "skills/read-skill-labels", {});
    const started = Date.now();
    const vectors = await embedder.embed(skills.map((skill) => skill.name));
    console.error(`embedded ${skills.length} preferred labels for the baseline in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { ids: skills.map((skill) => skill.skillId), vectors };
}

async function main(argv: string[]): Promise<void> {
    const { values } = parseFlags(argv, { split: { type: "string" }, limit: { type: "string" }, tune: { type: "boolean", default: false } });
    const split = enumFlag(values, "--split", ["tune", "test", "both"], "both");
    const limit = intFlag(values, "--limit", { min: 1, max: 100_000, default: 100_000 });
    const escoDir = path.join(requireDataDir("the tagging evaluation"), "esco-1.1.1");
    const config = loadConfig();
    const log = createLogger("warn", "eval");
    const database = await connectDatabase(config, log);
    const db: Db = { driver: database.driver, database: database.name };
    try {
        const embedder = await OnnxEmbedder.provision(config.embeddings.home, log, 1);
        const tagger = new SkillTagger(Embeddings.ready(embedder));
        const labels = await labelVectors(db, embedder);
        const documents = readDevSet(escoDir, new Set(labels.ids));
        if (documents.length === 0) throw new Error("no occupation of the development set has its essential skills in the database: import ESCO first");
        const parts: ("tune" | "test")[] = split === "both" ? ["tune", "test"] : [split];
        const gathered = new Map<string, Gathered[]>();
        for (const part of parts) {
            const docs = documents.filter((doc) => doc.part === part).slice(0, limit);
            const items: Gathered[] = [];
            const started = Date.now();
            for (const doc of docs) {
                // Leave-one-out: the occupation being tagged does not vote in the co-occurrence re-ranking.
                const evidence = { ...(await tagger.gather(db, doc.text, { taxonomy: null })), excludeRoles: new Set([doc.uri]) };
                const [whole] = await embedder.embed([doc.text]);
                const labelCosine = labels.ids
                    .map((id, i) => [id, cosine(whole, labels.vectors[i])] as const)
                    .sort((a, b) => b[1] - a[1])
                    .slice(0, 50)
                    .map(([id]) => id);
                items.push({ doc, evidence, labelCosine });
                if (items.length % 200 === 0)
                    console.error(`${part}: ${items.length}/${docs.length} tagged, ${((Date.now() - started) / items.length).toFixed(0)} ms each`);
            }
            gathered.set(part, items);
        }
        const settings = values.tune && gathered.has("tune") ? tune(gathered.get("tune")!) : TAGGING_DEFAULTS;
        for (const part of parts) report(part, gathered.get(part)!, settings);
        await embedder.close();
    } finally {
        await database.close();
    }
}

if (require.main === module) void runCli(main, USAGE);
