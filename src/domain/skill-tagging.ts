/**
 * Skill tagging, the pure parts: sentences with their offsets, a phrase index of skill labels matched in text, and the
 * fusion of the methods' rankings. The use case (src/use-cases/skill-tagging.ts) reads and embeds; nothing here does.
 */

export type TagMethod = "EXACT" | "LEXICAL" | "SEMANTIC";

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
        while (from < to && /\s/.test(text[from])) from++;
        while (to > from && /\s/.test(text[to - 1])) to--;
        if (to - from < 3) return;
        if (to - from <= MAX_SENTENCE) {
            spans.push({ start: from, end: to, text: text.slice(from, to) });
            return;
        }
        const cut = text.lastIndexOf(",", from + MAX_SENTENCE);
        const at = cut > from + MAX_SENTENCE / 4 ? cut + 1 : text.lastIndexOf(" ", from + MAX_SENTENCE) > from ? text.lastIndexOf(" ", from + MAX_SENTENCE) : from + MAX_SENTENCE;
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

    constructor(skills: readonly LabelledSkill[]) {
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
    readonly weights: Readonly<Record<TagMethod, number>>;
}

/** Weighted reciprocal-rank fusion of each method's scores (higher is better); ties keep the methods' own order. */
export function fuseRankings(scores: ReadonlyMap<TagMethod, ReadonlyMap<string, number>>, settings: FusionSettings): FusedTag[] {
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
