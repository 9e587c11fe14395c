import {
    type FusedTag,
    type FusionSettings,
    PhraseIndex,
    type LabelledSkill,
    type PhraseMatch,
    type TagMethod,
    type TextSpan,
    combineSentences,
    fuseRankings,
    splitSentences,
} from "../domain/skill-tagging";
import type { Embeddings } from "../embeddings/embeddings";
import { badInput, unavailable } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";

export const MAX_TAG_TEXT = 20_000;
export const MAX_TAGS = 100;

/** How each method is weighted in the fusion, and how its per-sentence scores combine. Chosen on the development set's tuning part (README, "Skill tagging"). */
export const TAGGING_DEFAULTS = Object.freeze({
    fusion: Object.freeze({ k: 20, weights: Object.freeze({ EXACT: 1, LEXICAL: 0.6, SEMANTIC: 1 }) }) satisfies FusionSettings,
    /** Share of a skill's scores in its other sentences added to its best one. */
    otherSentences: 0.25,
    /** Candidates each method takes per sentence. */
    perSentence: 30,
    /** An alternative label's match counts this much of a preferred label's. */
    altLabel: 0.8,
});

export type TaggingSettings = typeof TAGGING_DEFAULTS;

export interface SkillTagAnswer {
    readonly skillId: string;
    readonly score: number;
    readonly methods: TagMethod[];
    /** Where in the text: the label's occurrence for an exact match, else the sentence that scored best. */
    readonly span: TextSpan | null;
}

export interface TaggingAnswer {
    readonly tags: SkillTagAnswer[];
    /** The methods that ran (SEMANTIC is missing when the embedding model is off or not loaded). */
    readonly methodsRun: TagMethod[];
}

export type SkillSearchMode = "LEXICAL" | "SEMANTIC" | "HYBRID";

export interface TagOptions {
    readonly first: number;
    readonly taxonomy: string | null;
    /** Which methods to run (all by default); the development-set evaluation measures each alone. */
    readonly methods?: readonly TagMethod[];
}

interface Hit {
    readonly query: number;
    readonly skillId: string;
    readonly score: number;
}

/** Words for a Lucene query: letters and digits only, so no query syntax reaches the index. */
function luceneQuery(sentence: string): string {
    return sentence
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()
        .split(" ")
        .filter((word) => word.length > 1)
        .slice(0, 64)
        .join(" ");
}

export function checkTagText(text: string, field = "text"): void {
    if (text.trim().length === 0) throw badInput(`${field} is empty: give the text to tag.`, { field, allowed: `1 to ${MAX_TAG_TEXT} characters` });
    if (text.length > MAX_TAG_TEXT) {
        throw badInput(`${field} has ${text.length} characters; at most ${MAX_TAG_TEXT} are tagged at once: split the text.`, {
            field,
            allowed: `1 to ${MAX_TAG_TEXT} characters`,
        });
    }
}

/**
 * Tags a text with the skills it is about: exact label phrases (an in-process phrase index), BM25 over skills' labels
 * and descriptions (full-text index skill_text) and the sentence embeddings' nearest skills (vector index
 * skill_embedding), per sentence, combined per text and fused by weighted reciprocal rank. Process-wide; the phrase
 * index is rebuilt when the 'skills' graph version or the number of skills changes.
 */
export class SkillTagger {
    private phrases: { version: string; index: PhraseIndex } | undefined;
    private building: Promise<PhraseIndex> | undefined;

    constructor(
        private readonly embeddings: Embeddings,
        private readonly settings: TaggingSettings = TAGGING_DEFAULTS,
    ) {}

    async phraseIndex(db: Db): Promise<PhraseIndex> {
        const [{ version }] = await readRows<{ version: string }>(db, "skills/read-skills-version", {});
        if (this.phrases?.version === version) return this.phrases.index;
        this.building ??= readRows<LabelledSkill>(db, "skills/read-skill-labels", {})
            .then((skills) => {
                const index = new PhraseIndex(skills);
                this.phrases = { version, index };
                return index;
            })
            .finally(() => (this.building = undefined));
        return this.building;
    }

    async tag(db: Db, text: string, options: TagOptions): Promise<TaggingAnswer> {
        checkTagText(text);
        const wanted = new Set<TagMethod>(options.methods ?? ["EXACT", "LEXICAL", "SEMANTIC"]);
        const embedder = wanted.has("SEMANTIC") ? this.embeddings.embedder : undefined;
        const sentences = splitSentences(text);
        if (sentences.length === 0) sentences.push({ start: 0, end: text.length, text });
        const scores = new Map<TagMethod, Map<string, number>>();
        const bestSentence = new Map<string, { score: number; sentence: number }>();
        let exactMatches: PhraseMatch[] = [];

        const [phraseIndex, lexicalHits, semanticHits] = await Promise.all([
            wanted.has("EXACT") ? this.phraseIndex(db) : undefined,
            wanted.has("LEXICAL") ? this.lexical(db, sentences, options.taxonomy) : undefined,
            embedder ? this.semantic(db, embedder, sentences, options.taxonomy) : undefined,
        ]);
        if (phraseIndex) {
            exactMatches = phraseIndex.match(text, options.taxonomy);
            const byId = new Map<string, number>();
            for (const match of exactMatches) {
                const weight = (match.preferred ? 1 : this.settings.altLabel) * (1 + 0.1 * (match.words - 1));
                byId.set(match.skillId, (byId.get(match.skillId) ?? 0) + weight);
            }
            scores.set("EXACT", byId);
        }
        for (const [method, hits] of [
            ["LEXICAL", lexicalHits],
            ["SEMANTIC", semanticHits],
        ] as const) {
            if (!hits) continue;
            scores.set(method, this.perText(hits, bestSentence));
        }
        const fused = fuseRankings(scores, this.settings.fusion).slice(0, options.first);
        return {
            tags: fused.map((tag) => ({ ...this.answer(tag, exactMatches, sentences, bestSentence, text) })),
            methodsRun: [...scores.keys()],
        };
    }

    /**
     * searchSkills: the ids of the skills matching a query, best first. LEXICAL is the prefix match on names and
     * alternative labels; SEMANTIC the query embedding's nearest skills; HYBRID fuses both with BM25 over labels and
     * descriptions (and is LEXICAL plus BM25 when the model is not loaded).
     */
    async search(db: Db, query: string, options: { first: number; mode: SkillSearchMode; taxonomy: string | null }): Promise<string[]> {
        const { first, mode, taxonomy } = options;
        const k = taxonomy ? first * 3 : first;
        const embedder = this.embeddings.embedder;
        if (mode === "SEMANTIC" && !embedder) {
            throw unavailable(`Semantic search needs the embedding model, which is ${this.embeddings.status.toLowerCase()} here: use mode LEXICAL or HYBRID.`);
        }
        const byNames = () => readRows<{ skillId: string; score: number }>(db, "skills/search-skill-names", { query, k, taxonomy });
        const byVector = async () => {
            if (!embedder) return [];
            const [vector] = await embedder.embed([query]);
            return readRows<Hit>(db, "skills/search-skill-vectors", { queries: [{ query: 0, vector: Array.from(vector) }], k, taxonomy });
        };
        if (mode === "LEXICAL") return (await byNames()).slice(0, first).map((row) => row.skillId);
        if (mode === "SEMANTIC") return (await byVector()).slice(0, first).map((row) => row.skillId);
        const text = luceneQuery(query);
        const [names, bm25, vector] = await Promise.all([
            byNames(),
            text ? readRows<Hit>(db, "skills/search-skill-text", { queries: [{ query: 0, text }], k, taxonomy }) : [],
            byVector(),
        ]);
        const asScores = (rows: readonly { skillId: string; score: number }[]) => new Map(rows.map((row) => [row.skillId, row.score]));
        const fused = fuseRankings(
            new Map<TagMethod, Map<string, number>>([
                ["EXACT", asScores(names)],
                ["LEXICAL", asScores(bm25)],
                ["SEMANTIC", asScores(vector)],
            ]),
            this.settings.fusion,
        );
        return fused.slice(0, first).map((tag) => tag.skillId);
    }

    /** Per skill, the text's score from its per-sentence scores (each sentence's scores scaled to its best). */
    private perText(hits: readonly Hit[], bestSentence: Map<string, { score: number; sentence: number }>): Map<string, number> {
        const topOfQuery = new Map<number, number>();
        for (const hit of hits) topOfQuery.set(hit.query, Math.max(topOfQuery.get(hit.query) ?? 0, hit.score));
        const bySkill = new Map<string, number[]>();
        for (const hit of hits) {
            const scaled = hit.score / (topOfQuery.get(hit.query) || 1);
            bySkill.set(hit.skillId, [...(bySkill.get(hit.skillId) ?? []), scaled]);
            const best = bestSentence.get(hit.skillId);
            if (!best || scaled > best.score) bestSentence.set(hit.skillId, { score: scaled, sentence: hit.query });
        }
        return new Map([...bySkill].map(([skillId, values]) => [skillId, combineSentences(values, this.settings.otherSentences)]));
    }

    private answer(
        tag: FusedTag,
        exactMatches: readonly PhraseMatch[],
        sentences: readonly TextSpan[],
        bestSentence: ReadonlyMap<string, { sentence: number }>,
        text: string,
    ): SkillTagAnswer {
        const exact = exactMatches.filter((match) => match.skillId === tag.skillId).sort((a, b) => b.words - a.words || a.start - b.start)[0];
        const sentence = bestSentence.get(tag.skillId)?.sentence;
        const span: TextSpan | null = exact
            ? { start: exact.start, end: exact.end, text: text.slice(exact.start, exact.end) }
            : sentence !== undefined && sentences[sentence]
              ? sentences[sentence]
              : null;
        return { skillId: tag.skillId, score: tag.score, methods: tag.methods, span };
    }

    private async lexical(db: Db, sentences: readonly TextSpan[], taxonomy: string | null): Promise<Hit[]> {
        const queries = sentences.map((sentence, query) => ({ query, text: luceneQuery(sentence.text) })).filter((q) => q.text.length > 0);
        if (queries.length === 0) return [];
        return readRows<Hit>(db, "skills/search-skill-text", { queries, k: this.settings.perSentence, taxonomy });
    }

    private async semantic(db: Db, embedder: NonNullable<Embeddings["embedder"]>, sentences: readonly TextSpan[], taxonomy: string | null): Promise<Hit[]> {
        const vectors = await embedder.embed(sentences.map((sentence) => sentence.text));
        // A taxonomy filter is applied after the index's nearest k: ask for more then.
        const k = taxonomy ? this.settings.perSentence * 3 : this.settings.perSentence;
        const queries = vectors.map((vector, query) => ({ query, vector: Array.from(vector) }));
        return readRows<Hit>(db, "skills/search-skill-vectors", { queries, k, taxonomy });
    }
}
