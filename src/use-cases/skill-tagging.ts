import {
    type CoherenceSettings,
    type FusionSettings,
    PhraseIndex,
    RoleSkillSets,
    coherenceScores,
    type LabelledSkill,
    type PhraseMatch,
    type TagMethod,
    type TextSpan,
    type TextMethod,
    type FusedTag,
    rerankByCoherence,
    combineSentences,
    fuseRankings,
    splitSentences,
} from "../domain/skill-tagging";
import type { Embeddings } from "../embeddings/embeddings";
import { badInput, unavailable } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";

export const MAX_TAG_TEXT = 20_000;
export const MAX_TAGS = 100;
const VERSION_CHECK_MS = 1000;

export interface TaggingSettings {
    readonly fusion: FusionSettings;
    /** Share of a skill's scores in its other sentences added to its best one. */
    readonly otherSentences: number;
    /** Candidates each method takes per sentence. */
    readonly perSentence: number;
    /** An alternative label's match counts this much of a preferred label's. */
    readonly altLabel: number;
    /** The co-occurrence re-ranking of the fused candidates (GRAPH). */
    readonly coherence: CoherenceSettings;
}

/** Chosen on the development set's tuning part (npm run eval:tagging -- --tune; README, "Skill tagging"). */
export const TAGGING_DEFAULTS: TaggingSettings = Object.freeze({
    fusion: Object.freeze({ k: 20, weights: Object.freeze({ EXACT: 1, LEXICAL: 0.6, SEMANTIC: 1.5 }) }),
    otherSentences: 0.25,
    perSentence: 30,
    altLabel: 0.8,
    coherence: Object.freeze({ boost: 1, optional: 0.5, seeds: 25, roles: 5 }),
});

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

export interface Hit {
    /** The sentence (or query) it answers, by index. */
    readonly query: number;
    readonly skillId: string;
    readonly score: number;
}

/** What the methods found in a text, before ranking: a method that did not run is undefined. */
export interface TextEvidence {
    readonly text: string;
    readonly sentences: readonly TextSpan[];
    readonly exact?: readonly PhraseMatch[];
    readonly lexical?: readonly Hit[];
    readonly semantic?: readonly Hit[];
    /** Roles' essential skills, for the co-occurrence re-ranking (absent: no re-ranking). */
    readonly roleSets?: RoleSkillSets;
    /** Roles the re-ranking leaves out (the evaluation's own occupation). */
    readonly excludeRoles?: ReadonlySet<string>;
}

/** Per skill, the text's score from per-sentence hits (each sentence's scores scaled to its best), and its best sentence. */
function perText(hits: readonly Hit[], otherSentences: number, bestSentence: Map<string, { score: number; sentence: number }>): Map<string, number> {
    const topOfQuery = new Map<number, number>();
    for (const hit of hits) topOfQuery.set(hit.query, Math.max(topOfQuery.get(hit.query) ?? 0, hit.score));
    const bySkill = new Map<string, number[]>();
    for (const hit of hits) {
        const scaled = hit.score / (topOfQuery.get(hit.query) || 1);
        const scores = bySkill.get(hit.skillId) ?? [];
        scores.push(scaled);
        bySkill.set(hit.skillId, scores);
        const best = bestSentence.get(hit.skillId);
        if (!best || scaled > best.score) bestSentence.set(hit.skillId, { score: scaled, sentence: hit.query });
    }
    return new Map([...bySkill].map(([skillId, values]) => [skillId, combineSentences(values, otherSentences)]));
}

/** Each method's score per skill for the whole text. */
export function methodScores(evidence: TextEvidence, settings: TaggingSettings, bestSentence = new Map<string, { score: number; sentence: number }>()) {
    const scores = new Map<TextMethod, Map<string, number>>();
    if (evidence.exact) {
        const byId = new Map<string, number>();
        for (const match of evidence.exact) {
            const weight = (match.preferred ? 1 : settings.altLabel) * (1 + 0.1 * (match.words - 1));
            byId.set(match.skillId, (byId.get(match.skillId) ?? 0) + weight);
        }
        scores.set("EXACT", byId);
    }
    if (evidence.lexical) scores.set("LEXICAL", perText(evidence.lexical, settings.otherSentences, bestSentence));
    if (evidence.semantic) scores.set("SEMANTIC", perText(evidence.semantic, settings.otherSentences, bestSentence));
    return scores;
}

/** The text methods fused, then fused again with the co-occurrence re-ranking of their candidates. */
export function fuseWithCoherence(evidence: TextEvidence, scores: Map<TextMethod, Map<string, number>>, settings: TaggingSettings): FusedTag[] {
    const textOnly = fuseRankings(scores, settings.fusion);
    if (!evidence.roleSets || settings.coherence.boost <= 0 || textOnly.length === 0) return textOnly;
    return rerankByCoherence(textOnly, coherenceScores(textOnly, evidence.roleSets, settings.coherence, evidence.excludeRoles), settings.coherence.boost);
}

/** The ranking step of tagging: methods' scores fused, the first `first` tags with their spans. */
export function rankTags(evidence: TextEvidence, settings: TaggingSettings, first: number): TaggingAnswer {
    const bestSentence = new Map<string, { score: number; sentence: number }>();
    const scores = methodScores(evidence, settings, bestSentence);
    const exactBySkill = new Map<string, PhraseMatch>();
    for (const match of evidence.exact ?? []) {
        const kept = exactBySkill.get(match.skillId);
        if (!kept || match.words > kept.words) exactBySkill.set(match.skillId, match);
    }
    const tags = fuseWithCoherence(evidence, scores, settings)
        .slice(0, first)
        .map((tag): SkillTagAnswer => {
            const exact = exactBySkill.get(tag.skillId);
            const sentence = bestSentence.get(tag.skillId)?.sentence;
            const span = exact
                ? { start: exact.start, end: exact.end, text: evidence.text.slice(exact.start, exact.end) }
                : sentence !== undefined
                  ? (evidence.sentences[sentence] ?? null)
                  : null;
            return { skillId: tag.skillId, score: tag.score, methods: tag.methods, span };
        });
    return { tags, methodsRun: [...scores.keys(), ...(evidence.roleSets && settings.coherence.boost > 0 ? (["GRAPH"] as const) : [])] };
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
/**
 * The phrase index built 1,000 skills at a time, yielding to the event loop between slices: the whole ESCO taxonomy
 * (13,896 skills, 92,000 phrases) takes about 0.5 s, which would otherwise stall every request at once.
 */
async function phraseIndexInSlices(skills: readonly LabelledSkill[]): Promise<PhraseIndex> {
    const index = new PhraseIndex();
    for (let start = 0; start < skills.length; start += 1000) {
        index.addSkills(skills.slice(start, start + 1000));
        await new Promise((resolve) => setImmediate(resolve));
    }
    return index;
}

/** Stored scalar properties of a skill, as cypher/skills/read-skill-labels.cypher reads them. */
export type SkillProperties = Readonly<Record<string, unknown>>;

/** The skills as tagging knows them: their labels' phrase index and their stored properties, of one skills version. */
interface SkillCatalogue {
    readonly phrases: PhraseIndex;
    readonly properties: ReadonlyMap<string, SkillProperties>;
}

async function readSkillCatalogue(db: Db): Promise<SkillCatalogue> {
    const rows = await readRows<LabelledSkill & { properties: SkillProperties }>(db, "skills/read-skill-labels", {});
    return { phrases: await phraseIndexInSlices(rows), properties: new Map(rows.map((row) => [row.skillId, row.properties])) };
}

/** A value built from the graph, kept until its version changes; concurrent callers share one build. */
class VersionedValue<T> {
    private current: { version: string; value: T } | undefined;
    private building: { version: string; value: Promise<T> } | undefined;

    /** The value of this version if it is built already. */
    peek(version: string): T | undefined {
        return this.current?.version === version ? this.current.value : undefined;
    }

    async get(version: string, build: () => Promise<T>): Promise<T> {
        if (this.current?.version === version) return this.current.value;
        if (this.building?.version !== version) {
            const value = build();
            this.building = { version, value };
            void value.then(
                (built) => {
                    if (this.building?.value === value) [this.current, this.building] = [{ version, value: built }, undefined];
                },
                () => {
                    if (this.building?.value === value) this.building = undefined;
                },
            );
        }
        return this.building.value;
    }
}

export class SkillTagger {
    private readonly catalogue = new VersionedValue<SkillCatalogue>();
    private readonly roleSets = new VersionedValue<RoleSkillSets>();
    private versions: { skills: string; roles: string; readAt: number } | undefined;

    constructor(
        private readonly embeddings: Embeddings,
        private readonly settings: TaggingSettings = TAGGING_DEFAULTS,
    ) {}

    /** The embedding model's id while it is loaded. */
    get modelId(): string | null {
        return this.embeddings.embedder?.modelId ?? null;
    }

    /**
     * The phrase index and the roles' skill sets, rebuilt when their graph versions or counts change. The versions are
     * read at most once a second (a label edited a moment ago may be matched a second later), not on every call.
     */
    private async currentVersions(db: Db): Promise<{ skills: string; roles: string }> {
        if (!this.versions || Date.now() - this.versions.readAt > VERSION_CHECK_MS) {
            const [read] = await readRows<{ skills: string; roles: string }>(db, "skills/read-skills-version", {});
            this.versions = { ...read, readAt: Date.now() };
        }
        return this.versions;
    }

    async indexes(db: Db): Promise<{ catalogue: SkillCatalogue; roleSets: RoleSkillSets }> {
        const { skills, roles } = await this.currentVersions(db);
        const [catalogue, roleSets] = await Promise.all([
            this.catalogue.get(skills, () => readSkillCatalogue(db)),
            this.roleSets.get(roles, async () => {
                const rows = await readRows<{ roleId: string; skillIds: string[]; essential: boolean[] }>(db, "skills/read-role-skill-sets", {});
                const weighted = (row: (typeof rows)[number]) =>
                    row.skillIds.map((skillId, i) => ({ skillId, weight: row.essential[i] ? 1 : this.settings.coherence.optional }));
                return new RoleSkillSets(new Map(rows.map((row) => [row.roleId, weighted(row)])));
            }),
        ]);
        return { catalogue, roleSets };
    }

    /**
     * The stored properties of these skills as of the skills version read at most a second ago (as the tags themselves),
     * or null when that version's copy is not built yet (it starts building; nobody waits for it) or one of the skills
     * is not in it: the caller then reads them.
     */
    async skillProperties(db: Db, ids: readonly string[]): Promise<Map<string, SkillProperties> | null> {
        const { skills } = await this.currentVersions(db);
        const catalogue = this.catalogue.peek(skills);
        if (!catalogue) {
            this.catalogue.get(skills, () => readSkillCatalogue(db)).catch(() => undefined);
            return null;
        }
        const { properties } = catalogue;
        const found = new Map<string, SkillProperties>();
        for (const id of ids) {
            const skill = properties.get(id);
            if (!skill) return null;
            found.set(id, skill);
        }
        return found;
    }

    async tag(db: Db, text: string, options: TagOptions): Promise<TaggingAnswer> {
        return this.rank(await this.gather(db, text, options), options.first);
    }

    /** The ranking step with this tagger's settings. */
    rank(evidence: TextEvidence, first: number): TaggingAnswer {
        return rankTags(evidence, this.settings, first);
    }

    /** Runs the methods on the text's sentences: the read step of tagging (rankTags is the rest). */
    async gather(db: Db, text: string, options: Omit<TagOptions, "first">): Promise<TextEvidence> {
        return (await this.gatherMany(db, [text], options))[0];
    }

    /**
     * gather for several texts at once (batch tagging): one embedding call and one query per method for all their
     * sentences, so a catalogue costs a few round trips per batch rather than per text.
     */
    async gatherMany(db: Db, texts: readonly string[], options: Omit<TagOptions, "first">): Promise<TextEvidence[]> {
        texts.forEach((text, i) => checkTagText(text, texts.length > 1 ? `texts[${i}]` : "text"));
        const wanted = new Set<TagMethod>(options.methods ?? ["EXACT", "LEXICAL", "SEMANTIC", "GRAPH"]);
        const embedder = wanted.has("SEMANTIC") ? this.embeddings.embedder : undefined;
        const split = texts.map((text) => {
            const sentences = splitSentences(text);
            return sentences.length > 0 ? sentences : [{ start: 0, end: text.length, text }];
        });
        // Every sentence of every text is one query, numbered globally; `owner` maps a number back to its text and
        // sentence. With several sentences the whole text is one more semantic query, answering as sentence n.
        const owner: { text: number; sentence: number }[] = [];
        const number = (text: number, sentence: number) => owner.push({ text, sentence }) - 1;
        const lexicalQueries = split.flatMap((sentences, t) => sentences.map((sentence, i) => ({ query: number(t, i), text: luceneQuery(sentence.text) })));
        const semanticTexts = split.flatMap((sentences, t) => [
            ...sentences.map((sentence, i) => ({ query: number(t, i), text: sentence.text })),
            ...(sentences.length > 1 ? [{ query: number(t, sentences.length), text: sentences.map((sentence) => sentence.text).join(" ") }] : []),
        ]);
        const [indexes, lexical, semantic] = await Promise.all([
            this.indexes(db),
            wanted.has("LEXICAL") ? this.lexical(db, lexicalQueries, this.settings.perSentence, options.taxonomy) : undefined,
            embedder ? this.semantic(db, embedder, semanticTexts, this.settings.perSentence, options.taxonomy) : undefined,
        ]);
        // Each text's hits, numbered by its own sentences again.
        const byText = (hits: readonly Hit[] | undefined) => {
            if (!hits) return undefined;
            const grouped = texts.map((): Hit[] => []);
            for (const hit of hits) grouped[owner[hit.query].text].push({ ...hit, query: owner[hit.query].sentence });
            return grouped;
        };
        const [lexicalByText, semanticByText] = [byText(lexical), byText(semantic)];
        return texts.map((text, t) => ({
            text,
            sentences: split[t],
            exact: wanted.has("EXACT") ? indexes.catalogue.phrases.match(text, options.taxonomy) : undefined,
            lexical: lexicalByText?.[t],
            semantic: semanticByText?.[t],
            roleSets: wanted.has("GRAPH") ? indexes.roleSets : undefined,
        }));
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
        const byVector = async () => (embedder ? this.semantic(db, embedder, [{ query: 0, text: query }], first, taxonomy) : []);
        if (mode === "LEXICAL") return (await byNames()).slice(0, first).map((row) => row.skillId);
        if (mode === "SEMANTIC") return (await byVector()).slice(0, first).map((row) => row.skillId);
        const text = luceneQuery(query);
        const [names, bm25, vector] = await Promise.all([byNames(), this.lexical(db, [{ query: 0, text }], k, taxonomy), byVector()]);
        const asScores = (rows: readonly { skillId: string; score: number }[]) => new Map(rows.map((row) => [row.skillId, row.score]));
        const fused = fuseRankings(
            new Map<TextMethod, Map<string, number>>([
                ["EXACT", asScores(names)],
                ["LEXICAL", asScores(bm25)],
                ["SEMANTIC", asScores(vector)],
            ]),
            this.settings.fusion,
        );
        return fused.slice(0, first).map((tag) => tag.skillId);
    }

    /** BM25 hits for each query's words, `k` per query. */
    private async lexical(db: Db, queries: readonly { query: number; text: string }[], k: number, taxonomy: string | null): Promise<Hit[]> {
        const asked = queries.filter((q) => q.text.length > 0);
        if (asked.length === 0) return [];
        return readRows<Hit>(db, "skills/search-skill-text", { queries: asked, k, taxonomy });
    }

    private async semantic(
        db: Db,
        embedder: NonNullable<Embeddings["embedder"]>,
        texts: readonly { query: number; text: string }[],
        k: number,
        taxonomy: string | null,
    ): Promise<Hit[]> {
        const vectors = await embedder.embed(texts.map((item) => item.text));
        const queries = vectors.map((vector, i) => ({ query: texts[i].query, vector: Array.from(vector) }));
        // A taxonomy filter is applied after the index's nearest k: ask for more then.
        return readRows<Hit>(db, "skills/search-skill-vectors", { queries, k: taxonomy ? k * 3 : k, taxonomy });
    }
}
