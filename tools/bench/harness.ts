/**
 * The pure parts of the benchmark harness (tools/bench/run.ts): comparing what a baseline read with what the API
 * answered, counting errors apart from throughput, the sample-size rule for tail latencies, and splitting inputs into
 * warm-up and measured ones. Kept apart from the driver and HTTP so that unit tests pin them down.
 */

/**
 * How one aspect of an answer is compared. `ordered`: the same ids in the same order (the operation ranks);
 * `set`: the same ids in any order; `subset`: every id the API answered was also read by the baseline (the API
 * chooses among what it read with a solver the baseline does not run).
 */
export type CompareMode = "ordered" | "set" | "subset";

/** A comparable projection of an answer: per aspect, a list of ids (or short id-like facts such as "count 3"). */
export type Projection = Readonly<Record<string, readonly string[]>>;

const SHOWN = 10;
const list = (ids: readonly string[]) => (ids.length > SHOWN ? `${ids.slice(0, SHOWN).join(", ")}, and ${ids.length - SHOWN} more` : ids.join(", "));
const missingFrom = (ids: readonly string[], other: readonly string[]) => {
    const present = new Set(other);
    return ids.filter((id) => !present.has(id));
};

/** One aspect's difference in words, or null when the two agree under the mode. */
function aspectDifference(aspect: string, mode: CompareMode, api: readonly string[], baseline: readonly string[]): string | null {
    if (mode === "subset") {
        const unread = missingFrom(api, baseline);
        return unread.length ? `${aspect}: the API answered ${unread.length} the baseline did not read: ${list(unread)}` : null;
    }
    if (mode === "set") {
        const onlyApi = [...new Set(missingFrom(api, baseline))];
        const onlyBaseline = [...new Set(missingFrom(baseline, api))];
        if (!onlyApi.length && !onlyBaseline.length && api.length === baseline.length) return null;
        const parts = [`${aspect} (any order): API ${api.length}, baseline ${baseline.length}`];
        if (onlyApi.length) parts.push(`only in the API's answer: ${list(onlyApi)}`);
        if (onlyBaseline.length) parts.push(`only in the baseline's: ${list(onlyBaseline)}`);
        return parts.join("; ");
    }
    const at = api.findIndex((id, i) => id !== baseline[i]);
    if (at === -1 && api.length === baseline.length) return null;
    const first = at === -1 ? api.length : at;
    return (
        `${aspect} (in order): API ${api.length}, baseline ${baseline.length}; first difference at position ${first + 1}: ` +
        `API ${api[first] ?? "(nothing)"}, baseline ${baseline[first] ?? "(nothing)"}`
    );
}

/**
 * The difference between the API's answer and the baseline's rows, aspect by aspect, one line each; null when they
 * agree. An aspect missing on either side is a difference too (a projection that forgot it must not pass).
 */
export function describeDifference(api: Projection, baseline: Projection, modes: Readonly<Record<string, CompareMode>>): string | null {
    const lines: string[] = [];
    for (const [aspect, mode] of Object.entries(modes)) {
        const [a, b] = [api[aspect], baseline[aspect]];
        if (!a || !b) lines.push(`${aspect}: missing from the ${!a ? "API's" : "baseline's"} projection`);
        else {
            const line = aspectDifference(aspect, mode, a, b);
            if (line) lines.push(line);
        }
    }
    return lines.length ? lines.join("\n") : null;
}

/** Whether an HTTP response to a GraphQL request is an error: any status but 200, or a body with `errors` or without `data`. */
export function isGraphqlError(status: number, body: unknown): boolean {
    if (status !== 200 || !body || typeof body !== "object") return true;
    const { errors, data } = body as { errors?: unknown; data?: unknown };
    return (Array.isArray(errors) && errors.length > 0) || data === undefined || data === null;
}

/** Calls that succeeded and failed over the seconds actually measured (from the first start to the last finish). */
export interface Tally {
    readonly ok: number;
    readonly errors: number;
    readonly seconds: number;
}

/** Successful calls per measured second: errors are not throughput. */
export const perSecond = (tally: Tally): number => (tally.seconds > 0 ? tally.ok / tally.seconds : 0);

/** Tail percentiles from fewer samples than this are noise (p99 of 50 samples is the single slowest call). */
export const MIN_TAIL_SAMPLES = 100;

/** A p95 or p99 figure in milliseconds, or "n<100" when the sample is too small to carry it. */
export const tailFigure = (ms: number, samples: number): string => (samples >= MIN_TAIL_SAMPLES ? ms.toFixed(1) : `n<${MIN_TAIL_SAMPLES}`);

/** "p50 / p95 / p99 (n samples)" for a table cell. */
export function latencyCell(p: { readonly p50: number; readonly p95: number; readonly p99: number }, samples: number): string {
    return `${samples ? p.p50.toFixed(1) : "-"} / ${tailFigure(p.p95, samples)} / ${tailFigure(p.p99, samples)} (n ${samples})`;
}

/** Inputs for warming up (and checking the baseline) and inputs for measuring. */
export interface InputSplit<T> {
    readonly warmup: readonly T[];
    readonly measured: readonly T[];
    /** False when the pool has a single distinct input (an operation without arguments): both phases use it. */
    readonly distinct: boolean;
}

/**
 * Splits a pool of inputs into warm-up and measured ones with no input in both: a warmed-up input would measure a
 * result cache rather than the work. Duplicates (by key) are dropped first; the warm-up takes at most half.
 */
export function splitInputs<T>(pool: readonly T[], warmup: number, key: (input: T) => string): InputSplit<T> {
    const seen = new Set<string>();
    const unique = pool.filter((input) => !seen.has(key(input)) && Boolean(seen.add(key(input))));
    if (unique.length === 0) throw new Error("no inputs to measure with: the graph holds none for this operation");
    if (unique.length === 1) return { warmup: unique, measured: unique, distinct: false };
    const count = Math.max(1, Math.min(warmup, Math.floor(unique.length / 2)));
    return { warmup: unique.slice(0, count), measured: unique.slice(count), distinct: true };
}
