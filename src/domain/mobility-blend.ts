/**
 * The blended mobility ranking behind adjacentRoles (README, "Mobility"). Each signal scores every candidate role
 * from the start, in [0, 1]:
 * - requirements: cosine of the IDF-weighted requirement profiles (a person's: their skills, as essential);
 * - coverage: the share of the start's profile weight on skills the candidate requires too;
 * - related: the share on skills the candidate does not require but requires a broader, narrower or related skill of;
 * - transition: 1 - the transition cost (observed moves included);
 * - semantic: cosine of the roles' title-and-description embeddings (from a person: their current role's);
 * - hierarchy: the ISCO-08 code prefix both roles share, in digits, over 4.
 * Each signal is standardised over the candidates (z-score), and a role's score is the weighted sum; a signal this
 * start cannot have (no embedding, no ISCO code) is left out, the others keep their weights. Pure: no database.
 */
export const MOBILITY_SIGNALS = ["requirements", "coverage", "related", "transition", "semantic", "hierarchy"] as const;
export type MobilitySignal = (typeof MOBILITY_SIGNALS)[number];
export type SignalWeights = Readonly<Record<MobilitySignal, number>>;
/**
 * Per signal, its value for each role (index order); undefined when the start cannot have the signal, NaN for a role
 * that cannot (a role not yet embedded): it counts as average on that signal.
 */
export type SignalValues = Partial<Record<MobilitySignal, ArrayLike<number>>>;

export interface SignalScore {
    readonly signal: MobilitySignal;
    readonly value: number;
    /** Its standardised value times its weight: its part of the blended score. */
    readonly contribution: number;
}

/** Digits of the ISCO-08 code both have, over 4 (4 digits: the same unit group); 0 when either has none. */
export function iscoProximity(a: string | null | undefined, b: string | null | undefined): number {
    if (!a || !b) return 0;
    let n = 0;
    while (n < a.length && n < b.length && n < 4 && a[n] === b[n]) n++;
    return n / 4;
}

interface Standardised {
    readonly signal: MobilitySignal;
    readonly values: ArrayLike<number>;
    readonly mean: number;
    readonly spread: number;
    readonly weight: number;
}

const contribution = (s: Standardised, i: number) => (Number.isNaN(s.values[i]) ? 0 : (s.weight * (s.values[i] - s.mean)) / s.spread);

/** Blended scores of the candidate roles (given by index) and each one's signal breakdown on demand. */
export class MobilityBlend {
    private readonly used: Standardised[];

    constructor(values: SignalValues, weights: SignalWeights, candidates: readonly number[]) {
        this.used = MOBILITY_SIGNALS.flatMap((signal) => {
            const of = values[signal];
            if (!of || weights[signal] === 0 || candidates.length === 0) return [];
            const known = candidates.filter((i) => !Number.isNaN(of[i]));
            if (known.length === 0) return [];
            let sum = 0;
            for (const i of known) sum += of[i];
            const mean = sum / known.length;
            let squares = 0;
            for (const i of known) squares += (of[i] - mean) ** 2;
            const spread = Math.sqrt(squares / known.length);
            // A signal equal for every candidate cannot order them.
            return spread > 1e-12 ? [{ signal, values: of, mean, spread, weight: weights[signal] }] : [];
        });
    }

    /** The signals that order the candidates (available, weighted, not constant). */
    get signals(): MobilitySignal[] {
        return this.used.map((s) => s.signal);
    }

    score(i: number): number {
        let score = 0;
        for (const s of this.used) score += contribution(s, i);
        return score;
    }

    /** The signals' values and contributions for role i (a signal it lacks left out). */
    breakdown(i: number): SignalScore[] {
        return this.used.filter((s) => !Number.isNaN(s.values[i])).map((s) => ({ signal: s.signal, value: s.values[i], contribution: contribution(s, i) }));
    }
}

/** What put a role where it is, strongest first: the signals that raised its score, or "no signal above average". */
export function describeBlend(breakdown: readonly SignalScore[], facts: { sharedRequirements: number; requirements: number; sameIscoDigits: number }): string {
    const phrase: Record<MobilitySignal, (value: number) => string> = {
        requirements: (v) => `requirement profiles ${percent(v)} similar`,
        coverage: (v) => `requires ${percent(v)} of the start's skills (by specificity)`,
        related: (v) => `requires skills next to ${percent(v)} of the start's skills (broader, narrower or related)`,
        transition: (v) => `transition cost ${(1 - v).toFixed(3)}`,
        semantic: (v) => `descriptions ${v >= 0.7 ? "very " : ""}similar (${v.toFixed(2)})`,
        hierarchy: () =>
            facts.sameIscoDigits >= 4 ? "same ISCO unit group" : `same ISCO group at ${facts.sameIscoDigits} digit${facts.sameIscoDigits === 1 ? "" : "s"}`,
    };
    const raised = [...breakdown].filter((s) => s.contribution > 0).sort((a, b) => b.contribution - a.contribution);
    const shares = `shares ${facts.sharedRequirements} of its ${facts.requirements} requirements`;
    if (raised.length === 0) return `${shares}; no signal above the average role`;
    return [shares, ...raised.map((s) => phrase[s.signal](s.value))].join("; ");
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Parses "requirements=1,semantic=0.5,..." (signals left out weigh 0); throws a message naming what is wrong. */
export function parseSignalWeights(text: string): SignalWeights {
    const weights: Record<MobilitySignal, number> = { requirements: 0, coverage: 0, related: 0, transition: 0, semantic: 0, hierarchy: 0 };
    for (const part of text
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [name, value, extra] = part.split("=").map((p) => p.trim());
        if (!(MOBILITY_SIGNALS as readonly string[]).includes(name) || extra !== undefined)
            throw new Error(`"${part}" is not signal=weight with a signal among ${MOBILITY_SIGNALS.join(", ")}`);
        const weight = Number(value);
        if (!(value !== "" && weight >= 0 && weight <= 100)) throw new Error(`the weight of ${name} must be a number from 0 to 100, not "${value}"`);
        weights[name as MobilitySignal] = weight;
    }
    if (Object.values(weights).every((w) => w === 0)) throw new Error("at least one signal needs a weight above 0");
    return weights;
}
