import { statSync } from "node:fs";
import path from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { ConfigError } from "../src/config";

/**
 * A command line that cannot be used: names the flag (or argument), what it was given and what it accepts, in the
 * style of ConfigError for environment variables. runCli prints it with the usage and exits with code 2.
 */
export class UsageError extends ConfigError {
    constructor(
        readonly flag: string,
        problem: string,
        fix: string,
    ) {
        super(flag, problem, fix);
        this.name = "UsageError";
    }
}

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** The values parseArgs returns, keyed by option name without the dashes. */
export type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** "a, b or c" */
const either = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? ""));

/**
 * node's parseArgs, strict (unknown flags, a missing value or a stray argument are refused), with its TypeError
 * turned into a UsageError naming the culprit, so the user sees one line instead of a stack trace.
 */
export function parseFlags<const O extends OptionsConfig>(argv: readonly string[], options: O, { positionals = false } = {}) {
    try {
        return parseArgs({ args: [...argv], options, allowPositionals: positionals, strict: true });
    } catch (error) {
        // By its code, not instanceof TypeError: node's own TypeError is not the one of a jest or vm context.
        const { code, message } = error as { code?: unknown; message?: unknown };
        if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw error;
        throw explainRefusal(argv, options, positionals, String(message));
    }
}

/** Finds the token strict parsing refused by re-reading the arguments leniently, and says what was wrong with it. */
function explainRefusal(argv: readonly string[], options: OptionsConfig, positionals: boolean, nodeMessage: string): UsageError {
    const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
    const known = [...Object.keys(options), "help"].map((name) => `--${name}`);
    const none = "it takes none (--help shows the usage)";
    for (const token of tokens) {
        if (token.kind === "positional" && !positionals) {
            return new UsageError(`"${token.value}"`, "is not an argument of this command", known.length > 1 ? `give options only (${either(known)})` : none);
        }
        if (token.kind !== "option") continue;
        const option = options[token.name];
        if (!option) return new UsageError(token.rawName, "is not an option of this command", known.length > 1 ? `use ${either(known)}` : none);
        if (option.type === "boolean" && token.value !== undefined) {
            return new UsageError(token.rawName, `is given "${token.value}"`, `it is a switch: write ${token.rawName} alone`);
        }
        if (option.type === "string" && token.value === undefined) return new UsageError(token.rawName, "has no value", `write ${token.rawName} <value>`);
        if (option.type === "string" && !token.inlineValue && token.value!.startsWith("-")) {
            return new UsageError(
                token.rawName,
                `is followed by "${token.value}" instead of a value`,
                `write ${token.rawName} <value>, or ${token.rawName}=${token.value} if that is the value`,
            );
        }
    }
    return new UsageError("the command line", `is refused (${nodeMessage.split("\n")[0]})`, "--help shows the usage");
}

function rawFlag(values: FlagValues, flag: string): string | undefined {
    const value = values[flag.replace(/^--/, "")];
    if (value === undefined || typeof value === "string") return value;
    throw new TypeError(`${flag} is not declared as a single string option`);
}

/** The default when the flag is absent; a flag without a default is required. */
function absent<T>(flag: string, fallback: T | undefined, accepts: string): T {
    if (fallback === undefined) throw new UsageError(flag, "is missing", accepts);
    return fallback;
}

export interface IntRange {
    readonly min: number;
    readonly max: number;
    /** Used when the flag is absent; without one the flag is required. */
    readonly default?: number;
    /** What is counted, for the message: "people" gives "a whole number of people". */
    readonly unit?: string;
}

/** A whole number within [min, max]: `--scale is "small": use a whole number of people from 1 to 1000000`. */
export function intFlag(values: FlagValues, flag: string, range: IntRange): number {
    const accepts = `use a whole number${range.unit ? ` of ${range.unit}` : ""} from ${range.min} to ${range.max}`;
    const text = rawFlag(values, flag);
    if (text === undefined) return absent(flag, range.default, accepts);
    const value = Number(text);
    // Number("") and Number(" ") are 0: a blank value is refused, not read as zero.
    if (text.trim() === "" || !Number.isInteger(value) || value < range.min || value > range.max) throw new UsageError(flag, `is "${text}"`, accepts);
    return value;
}

export interface NumberRange extends IntRange {
    /** min itself is refused: "above 0" for a duration that must not be zero. */
    readonly minExclusive?: boolean;
}

/** A number (fractions allowed) within the range: `--seconds is "0": use a number of seconds above 0 and at most 3600`. */
export function numberFlag(values: FlagValues, flag: string, range: NumberRange): number {
    const of = range.unit ? ` of ${range.unit}` : "";
    const accepts = range.minExclusive
        ? `use a number${of} above ${range.min} and at most ${range.max}`
        : `use a number${of} from ${range.min} to ${range.max}`;
    const text = rawFlag(values, flag);
    if (text === undefined) return absent(flag, range.default, accepts);
    const value = Number(text);
    const tooLow = range.minExclusive ? !(value > range.min) : !(value >= range.min);
    if (text.trim() === "" || !Number.isFinite(value) || tooLow || value > range.max) throw new UsageError(flag, `is "${text}"`, accepts);
    return value;
}

/** One of a fixed set of words, exactly as written. */
export function enumFlag<T extends string>(values: FlagValues, flag: string, allowed: readonly T[], fallback?: T): T {
    const accepts = `use one of ${allowed.join(", ")}`;
    const text = rawFlag(values, flag);
    if (text === undefined) return absent(flag, fallback, accepts);
    if (!(allowed as readonly string[]).includes(text)) throw new UsageError(flag, `is "${text}"`, accepts);
    return text as T;
}

export interface ListRule {
    /** What the flag accepts, for the message: "use <accepts>". */
    readonly accepts: string;
    /** Whether one item (trimmed) is acceptable; any non-empty item is when absent. */
    readonly allows?: (item: string) => boolean;
    readonly required?: boolean;
}

/** A comma-separated list of non-empty, distinct items; undefined when the flag is absent and not required. */
export function listFlag(values: FlagValues, flag: string, rule: ListRule): string[] | undefined {
    const accepts = `use ${rule.accepts}`;
    const text = rawFlag(values, flag);
    if (text === undefined) return rule.required ? absent<string[]>(flag, undefined, accepts) : undefined;
    const items = text.split(",").map((item) => item.trim());
    // An empty item ("a,,b", "a,") would otherwise match everything or nothing, silently.
    if (items.some((item) => item === "")) throw new UsageError(flag, `is "${text}"`, `${accepts}, with nothing empty between the commas`);
    const bad = items.find((item) => rule.allows && !rule.allows(item));
    if (bad !== undefined) throw new UsageError(flag, `has "${bad}"`, accepts);
    const twice = items.find((item, i) => items.indexOf(item) !== i);
    if (twice !== undefined) throw new UsageError(flag, `has "${twice}" twice`, `${accepts}, each once`);
    return items;
}

/** A comma-separated list of words from a fixed set: `--audience has "boss": use one or more of employee, ...`. */
export function enumListFlag<T extends string>(values: FlagValues, flag: string, allowed: readonly T[], { required = false } = {}): T[] | undefined {
    const allows = (item: string) => (allowed as readonly string[]).includes(item);
    return listFlag(values, flag, { accepts: `one or more of ${allowed.join(", ")}, comma-separated`, allows, required }) as T[] | undefined;
}

/** Free text that must not be blank (an id, a name); `what` says what to give: `--subject is "": use the person's id`. */
export function textFlag(values: FlagValues, flag: string, what: string): string | undefined {
    const text = rawFlag(values, flag);
    if (text !== undefined && text.trim() === "") throw new UsageError(flag, `is "${text}"`, `use ${what}`);
    return text;
}

/** A repeatable text flag (`--org-unit a --org-unit b`): every value non-blank. */
export function textFlags(values: FlagValues, flag: string, what: string): string[] {
    const texts = values[flag.replace(/^--/, "")] ?? [];
    if (!Array.isArray(texts) || texts.some((text) => typeof text !== "string")) throw new TypeError(`${flag} is not declared as a multiple string option`);
    const blank = (texts as string[]).find((text) => text.trim() === "");
    if (blank !== undefined) throw new UsageError(flag, `is "${blank}"`, `use ${what}`);
    return texts as string[];
}

/** Seconds per unit: the units jose's setExpirationTime reads, so a duration accepted here means the same there. */
const DURATION_UNITS: Readonly<Record<string, number>> = (() => {
    const units: Record<string, number> = {};
    const add = (seconds: number, ...names: string[]) => names.forEach((name) => (units[name] = seconds));
    add(1, "s", "sec", "secs", "second", "seconds");
    add(60, "m", "min", "mins", "minute", "minutes");
    add(3600, "h", "hr", "hrs", "hour", "hours");
    add(86_400, "d", "day", "days");
    add(604_800, "w", "week", "weeks");
    add(31_557_600, "y", "yr", "yrs", "year", "years");
    return units;
})();

/** Whole seconds in a duration such as "8h", "30 min" or "1.5d"; undefined when it is not one (signs and "ago" included). */
export function durationSeconds(text: string): number | undefined {
    const match = /^(\d+(?:\.\d+)?) ?([a-z]+)$/i.exec(text);
    const unit = match && DURATION_UNITS[match[2].toLowerCase()];
    return unit ? Math.round(Number(match[1]) * unit) : undefined;
}

export interface DurationRange {
    /** Durations as written on the command line ("1s", "1y"), so the message shows them the same way. */
    readonly min: string;
    readonly max: string;
    readonly default?: string;
}

/** A duration within the range, in whole seconds: `--expires is "8x": use a duration such as 30m, 8h or 7d ...`. */
export function durationFlag(values: FlagValues, flag: string, range: DurationRange): number {
    const accepts = `use a duration such as 30m, 8h or 7d (units s, m, h, d, w, y) from ${range.min} to ${range.max}`;
    const [min, max] = [durationSeconds(range.min), durationSeconds(range.max)];
    if (min === undefined || max === undefined) throw new TypeError(`${flag}: the range ${range.min} to ${range.max} is not made of durations`);
    const text = rawFlag(values, flag) ?? range.default;
    if (text === undefined) return absent<number>(flag, undefined, accepts);
    const seconds = durationSeconds(text);
    if (seconds === undefined || seconds < min || seconds > max) throw new UsageError(flag, `is "${text}"`, accepts);
    return seconds;
}

function kindOf(file: string): "folder" | "file" | "missing" {
    try {
        return statSync(file).isDirectory() ? "folder" : "file";
    } catch {
        return "missing";
    }
}

/**
 * A folder that exists, as an absolute path. `name` is the flag or the argument ("--crosswalks", "the folder"),
 * `fix` what to give instead: `the folder is "dir", which does not exist: give the ESCO download's folder`.
 */
export function existingDir(name: string, given: string, fix: string): string {
    // path.resolve("") is the working directory, which exists: a blank value would otherwise pass.
    if (given.trim() === "") throw new UsageError(name, `is "${given}"`, fix);
    const kind = kindOf(path.resolve(given));
    if (kind === "missing") throw new UsageError(name, `is "${given}", which does not exist`, fix);
    if (kind === "file") throw new UsageError(name, `is "${given}", which is a file, not a folder`, fix);
    return path.resolve(given);
}

/** A file to write (its folder is created when missing), as an absolute path: not blank and not an existing folder. */
export function outputFile(name: string, given: string, fix: string): string {
    if (given.trim() === "") throw new UsageError(name, `is "${given}"`, fix);
    if (kindOf(path.resolve(given)) === "folder") throw new UsageError(name, `is "${given}", which is a folder`, fix);
    return path.resolve(given);
}

/** Positional arguments beyond the ones a command takes: `"x" is an extra argument: give only <what>`. */
export function noExtraArguments(positionals: readonly string[], count: number, what: string): void {
    if (positionals.length > count) throw new UsageError(`"${positionals[count]}"`, "is an extra argument", `give only ${what}`);
}

type ErrorClass = abstract new (...args: never[]) => Error;

export interface RunOptions {
    /** Printed for --help instead of the usage (the usage is also printed after each usage error, so keep that short). */
    readonly help?: string;
    /**
     * Failures the user can act on, printed as their message alone (ConfigError always is). When given, any other
     * error prints its stack: it is a bug to report, not a setting to fix. When absent, every failure prints its message.
     */
    readonly expected?: readonly ErrorClass[];
    /** End the process on a failure even if handles remain open (a child process that failed half-way). */
    readonly forceExit?: boolean;
    readonly argv?: readonly string[];
}

/**
 * Runs a command's main: --help (or -h) prints the help and runs nothing; a UsageError prints `error: <message>` and
 * the usage and sets exit code 2; any other failure prints `error: <message>` (and a LocalNeo4jError's detail) with
 * exit code 1. Resolves once main has finished and the outcome is printed.
 */
export async function runCli(main: (argv: string[]) => Promise<void> | void, usage: string, options: RunOptions = {}): Promise<void> {
    const argv = [...(options.argv ?? process.argv.slice(2))];
    const beforeTerminator = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
    if (beforeTerminator.includes("--help") || beforeTerminator.includes("-h")) {
        console.log(options.help ?? usage);
        return;
    }
    try {
        await main(argv);
    } catch (error) {
        const code = error instanceof UsageError ? 2 : 1;
        console.error(describeFailure(error, usage, options.expected));
        process.exitCode = code;
        if (options.forceExit) process.exit(code);
    }
}

function describeFailure(error: unknown, usage: string, expected: readonly ErrorClass[] | undefined): string {
    if (error instanceof UsageError) return `error: ${error.message}\n\n${usage}`;
    if (!(error instanceof Error)) return `error: ${String(error)}`;
    const known = error instanceof ConfigError || !expected || expected.some((type) => error instanceof type);
    const detail = (error as { detail?: unknown }).detail;
    return `error: ${known ? error.message : (error.stack ?? error.message)}${typeof detail === "string" && detail ? `\n${detail}` : ""}`;
}
