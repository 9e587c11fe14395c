/**
 * Skill tagging, the pure parts: sentences with their offsets, a phrase index of skill labels matched in text, and the
 * fusion of the methods' rankings. The use case (src/use-cases/skill-tagging.ts) reads and embeds; nothing here does.
 */

/** The text methods, then GRAPH: the co-occurrence re-ranking of their candidates (coherenceScores). */
export type TagMethod = "EXACT" | "LEXICAL" | "SEMANTIC" | "GRAPH";
export type TextMethod = Exclude<TagMethod, "GRAPH">;

export interface TextSpan {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** Longest sentence fed to a method as one piece; longer ones are cut at commas (the model reads 256 word pieces). */
const MAX_SENTENCE = 400;

/** Sentences and list items of a text, with their character offsets, trimmed; fragments of fewer than 3 characters are dropped. */
export function splitSentences(text: string): TextSpan[] {
    const spans: TextSpan[] = [];
    const boundary = /[.!?](?=\s)|[;\n\r•·▪●]|\s[-*–]\s/g;
    let start = 0;
    const push = (from: number, to: number) => {
        // Leading white space and list markers ("- ", "* ", "• ") are not part of the sentence.
        while (from < to && (/\s/.test(text[from]) || (/[-*–•·▪●]/.test(text[from]) && /\s/.test(text[from + 1] ?? "")))) from++;
        while (to > from && /\s/.test(text[to - 1])) to--;
        if (to - from < 3) return;
        if (to - from <= MAX_SENTENCE) {
            spans.push({ start: from, end: to, text: text.slice(from, to) });
            return;
        }
        const cut = text.lastIndexOf(",", from + MAX_SENTENCE);
        const at =
            cut > from + MAX_SENTENCE / 4
                ? cut + 1
                : text.lastIndexOf(" ", from + MAX_SENTENCE) > from
                  ? text.lastIndexOf(" ", from + MAX_SENTENCE)
                  : from + MAX_SENTENCE;
        push(from, at);
        push(at, to);
    };
    for (const match of text.matchAll(boundary)) {
        const end = match.index + (/[.!?]/.test(match[0]) ? 1 : 0);
        push(start, end);
        start = match.index + match[0].length;
    }
    push(start, text.length);
    return spans;
}

interface Token {
    readonly term: string;
    readonly start: number;
    readonly end: number;
}

/** Words, keeping the marks of names such as C++, C# and Node.js; hyphens and slashes separate. */
const WORD = /[\p{L}\p{N}]+(?:[+#]+|(?:\.[\p{L}\p{N}]+)+)?/gu;

/** Lower case and a light plural folding (skills → skill, technologies → technology), the same on both sides. */
export function normaliseTerm(word: string): string {
    const lower = word.toLowerCase();
    if (lower.length > 4 && lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
    if (lower.length > 3 && lower.endsWith("s") && !/(ss|us|is)$/.test(lower)) return lower.slice(0, -1);
    return lower;
}

function tokens(text: string): Token[] {
    return [...text.matchAll(WORD)].map((match) => ({ term: normaliseTerm(match[0]), start: match.index, end: match.index + match[0].length }));
}

export interface LabelledSkill {
    readonly skillId: string;
    readonly name: string;
    readonly altLabels: readonly string[] | null;
    readonly taxonomy: string | null;
}

export interface PhraseMatch {
    readonly skillId: string;
    readonly start: number;
    readonly end: number;
    /** Matched the preferred label (else an alternative label). */
    readonly preferred: boolean;
    readonly words: number;
}

interface PhraseEntry {
    readonly skillId: string;
    readonly preferred: boolean;
    readonly taxonomy: string | null;
}

/** Phrases shorter than this many characters are not matched (single letters would match everywhere). */
const MIN_PHRASE_CHARS = 2;
const MAX_PHRASE_WORDS = 10;

/**
 * Every skill's preferred and alternative labels as word sequences (a label's parenthesised qualifier is also
 * dropped: "Java (computer programming)" is matched as "java" too), looked up for every word span of a text.
 */
export class PhraseIndex {
    private readonly phrases = new Map<string, PhraseEntry[]>();
    private longest = 1;

    constructor(skills: readonly LabelledSkill[] = []) {
        this.addSkills(skills);
    }

    /** Adds skills' labels (the use case adds them in slices, so a large taxonomy does not hold the event loop). */
    addSkills(skills: readonly LabelledSkill[]): void {
        for (const skill of skills) {
            this.add(skill.name, { skillId: skill.skillId, preferred: true, taxonomy: skill.taxonomy });
            for (const label of skill.altLabels ?? []) this.add(label, { skillId: skill.skillId, preferred: false, taxonomy: skill.taxonomy });
        }
    }

    get size(): number {
        return this.phrases.size;
    }

    private add(label: string, entry: PhraseEntry): void {
        const variants = new Set([label, label.replace(/\s*\([^)]*\)\s*/g, " ")]);
        for (const variant of variants) {
            const words = tokens(variant).map((token) => token.term);
            const key = words.join(" ");
            if (words.length === 0 || words.length > MAX_PHRASE_WORDS || key.length < MIN_PHRASE_CHARS) continue;
            const entries = this.phrases.get(key) ?? [];
            const same = entries.find((existing) => existing.skillId === entry.skillId);
            if (!same) entries.push(entry);
            else if (entry.preferred && !same.preferred) entries[entries.indexOf(same)] = entry;
            this.phrases.set(key, entries);
            this.longest = Math.max(this.longest, words.length);
        }
    }

    /** Every label occurrence in the text, at every position and length. */
    match(text: string, taxonomy: string | null = null): PhraseMatch[] {
        const words = tokens(text);
        const matches: PhraseMatch[] = [];
        for (let i = 0; i < words.length; i++) {
            let key = "";
            for (let n = 1; n <= this.longest && i + n <= words.length; n++) {
                key = n === 1 ? words[i].term : `${key} ${words[i + n - 1].term}`;
                for (const entry of this.phrases.get(key) ?? []) {
                    if (taxonomy && entry.taxonomy !== taxonomy) continue;
                    matches.push({ skillId: entry.skillId, start: words[i].start, end: words[i + n - 1].end, preferred: entry.preferred, words: n });
                }
            }
        }
        return matches;
    }
}

/**
 * A text's score for a skill from per-sentence scores: the best sentence, plus a share of the others (a skill named
 * or meant in several sentences is more likely a topic of the text than one that one sentence touches).
 */
export function combineSentences(scores: readonly number[], otherShare: number): number {
    let best = 0;
    let sum = 0;
    for (const score of scores) {
        best = Math.max(best, score);
        sum += score;
    }
    return best + otherShare * (sum - best);
}

export interface FusedTag {
    readonly skillId: string;
    /** 0..1: the weighted reciprocal-rank sum divided by its largest possible value. */
    readonly score: number;
    /** The methods that found the skill, in the order given. */
    readonly methods: TagMethod[];
    /** Per method, the skill's rank (1 = first) in its ranking. */
    readonly ranks: Partial<Record<TagMethod, number>>;
}

export interface FusionSettings {
    /** Reciprocal-rank fusion's constant: larger flattens the head of each ranking. */
    readonly k: number;
    readonly weights: Readonly<Record<TextMethod, number>>;
}

/** Weighted reciprocal-rank fusion of each method's scores (higher is better); ties keep the methods' own order. */
export function fuseRankings(scores: ReadonlyMap<TextMethod, ReadonlyMap<string, number>>, settings: FusionSettings): FusedTag[] {
    const fused = new Map<string, { sum: number; methods: TagMethod[]; ranks: Partial<Record<TagMethod, number>> }>();
    let maximum = 0;
    for (const [method, byId] of scores) {
        const weight = settings.weights[method];
        if (byId.size === 0 || weight <= 0) continue;
        maximum += weight / (settings.k + 1);
        const ranked = [...byId].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        ranked.forEach(([skillId], index) => {
            const entry = fused.get(skillId) ?? { sum: 0, methods: [], ranks: {} };
            entry.sum += weight / (settings.k + index + 1);
            entry.methods.push(method);
            entry.ranks[method] = index + 1;
            fused.set(skillId, entry);
        });
    }
    return [...fused]
        .map(([skillId, entry]) => ({ skillId, score: maximum > 0 ? entry.sum / maximum : 0, methods: entry.methods, ranks: entry.ranks }))
        .sort((a, b) => b.score - a.score || (a.skillId < b.skillId ? -1 : 1));
}

export interface RoleSkill {
    readonly skillId: string;
    /** 1 for an essential requirement, less for an optional one. */
    readonly weight: number;
}

/** Roles' requirements, both ways: what the graph knows about which skills occupations need together. */
export class RoleSkillSets {
    readonly rolesOf = new Map<string, { roleId: string; weight: number }[]>();

    constructor(readonly skillsOf: ReadonlyMap<string, readonly RoleSkill[]>) {
        for (const [roleId, skills] of skillsOf) {
            for (const { skillId, weight } of skills) {
                const roles = this.rolesOf.get(skillId) ?? [];
                roles.push({ roleId, weight });
                this.rolesOf.set(skillId, roles);
            }
        }
    }
}

export interface CoherenceSettings {
    /** An optional requirement's weight in the votes (an essential one's is 1). */
    readonly optional: number;
    /** How much the re-ranking may raise a score: by up to a factor 1 + boost (0 turns it off). */
    readonly boost: number;
    /** How many of the best candidates vote for roles. */
    readonly seeds: number;
    /** How many of the roles they point to then vote for candidates. */
    readonly roles: number;
}

/**
 * Co-occurrence re-ranking: the best candidates vote for the roles that need them (each vote by the candidate's score,
 * a role's total divided by the square root of its size, so that broad roles do not win by size), and the best roles
 * vote for every candidate they need. Only candidates are scored: the graph reorders what the text gave, it adds
 * nothing. `excludeRoles` leaves roles out (the evaluation leaves out the occupation whose description it tags).
 */
export function coherenceScores(
    candidates: readonly FusedTag[],
    sets: RoleSkillSets,
    settings: CoherenceSettings,
    excludeRoles: ReadonlySet<string> = new Set(),
): Map<string, number> {
    const roleScores = new Map<string, number>();
    for (const seed of candidates.slice(0, settings.seeds)) {
        for (const { roleId, weight } of sets.rolesOf.get(seed.skillId) ?? []) {
            if (excludeRoles.has(roleId)) continue;
            roleScores.set(roleId, (roleScores.get(roleId) ?? 0) + seed.score * weight);
        }
    }
    const bestRoles = [...roleScores]
        .map(([roleId, score]) => [roleId, score / Math.sqrt(sets.skillsOf.get(roleId)?.length ?? 1)] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, settings.roles);
    const candidateIds = new Set(candidates.map((candidate) => candidate.skillId));
    const scores = new Map<string, number>();
    for (const [roleId, score] of bestRoles) {
        for (const { skillId, weight } of sets.skillsOf.get(roleId) ?? []) {
            if (candidateIds.has(skillId)) scores.set(skillId, (scores.get(skillId) ?? 0) + score * weight);
        }
    }
    return scores;
}

/**
 * The re-ranking itself: each candidate's fused score times 1 + boost × its coherence relative to the best one,
 * scaled back to 0..1. A multiplicative boost keeps the text's evidence first: the graph lifts a candidate the text
 * found, it cannot put a weakly found skill above a clearly named one by much.
 */
export function rerankByCoherence(candidates: readonly FusedTag[], coherence: ReadonlyMap<string, number>, boost: number): FusedTag[] {
    const best = Math.max(0, ...coherence.values());
    if (best === 0 || boost <= 0) return [...candidates];
    return candidates
        .map((candidate) => {
            const share = (coherence.get(candidate.skillId) ?? 0) / best;
            return share > 0
                ? { ...candidate, score: (candidate.score * (1 + boost * share)) / (1 + boost), methods: [...candidate.methods, "GRAPH" as const] }
                : { ...candidate, score: candidate.score / (1 + boost) };
        })
        .sort((a, b) => b.score - a.score || (a.skillId < b.skillId ? -1 : 1));
}
