import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError } from "../../src/config";
import {
    UsageError,
    durationFlag,
    durationSeconds,
    enumFlag,
    enumListFlag,
    existingDir,
    intFlag,
    listFlag,
    noExtraArguments,
    numberFlag,
    outputFile,
    parseFlags,
    runCli,
    textFlag,
    textFlags,
} from "../../tools/cli-flags";
import { OPERATION_NAMES, parseBenchArgs } from "../../tools/bench/run";
import { parseLoadArgs } from "../../tools/bench/load-cli";
import { parseGenerateArgs } from "../../tools/generate/cli";
import { DEFAULT_WORKFORCE } from "../../tools/generate/load-workforce";
import { parseImportArgs } from "../../tools/import/cli";
import { parseTokenArgs } from "../../tools/token-cli";
import { parseNeo4jArgs } from "../../tools/neo4j-cli";
import { parseSeedArgs } from "../../tools/seed-cli";
import { parseTagArgs } from "../../tools/tag-cli";
import { parseExtractArgs } from "../../tools/extract-esco";
import { projectRoot } from "../../src/project-root";

/** The UsageError `run` throws, for asserting on its flag and message together. */
function usageError(run: () => unknown): UsageError {
    try {
        run();
    } catch (error) {
        if (error instanceof UsageError) return error;
        throw error;
    }
    throw new Error("expected a UsageError, but nothing was thrown");
}

let scratch: string;
beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "skillgraph-cli-flags-"));
    mkdirSync(path.join(scratch, "esco"));
    mkdirSync(path.join(scratch, "data", "onet"), { recursive: true });
    mkdirSync(path.join(scratch, "data", "crosswalks"));
    mkdirSync(path.join(scratch, "lonely", "onet"), { recursive: true });
    writeFileSync(path.join(scratch, "file.txt"), "");
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("UsageError", () => {
    it("is a ConfigError naming the flag, worded like one", () => {
        const error = new UsageError("--scale", 'is "small"', "use a whole number");
        expect(error).toBeInstanceOf(ConfigError);
        expect(error).toMatchObject({ name: "UsageError", flag: "--scale", message: '--scale is "small": use a whole number' });
    });
});

describe("parseFlags", () => {
    const options = { scale: { type: "string" }, demo: { type: "boolean" } } as const;

    it("returns the values of known flags", () => {
        expect(parseFlags(["--scale", "5", "--demo"], options).values).toEqual({ scale: "5", demo: true });
    });

    it.each([
        [["--scal", "5"], "--scal", "--scal is not an option of this command: use --scale, --demo or --help"],
        [["--scale"], "--scale", "--scale has no value: write --scale <value>"],
        [["--scale", "--demo"], "--scale", '--scale is followed by "--demo" instead of a value: write --scale <value>, or --scale=--demo if that is the value'],
        [["--scale", "-5"], "--scale", '--scale is followed by "-5" instead of a value: write --scale <value>, or --scale=-5 if that is the value'],
        [["--demo=yes"], "--demo", '--demo is given "yes": it is a switch: write --demo alone'],
        [["stray"], '"stray"', '"stray" is not an argument of this command: give options only (--scale, --demo or --help)'],
    ])("turns parseArgs' refusal of %j into a one-line usage error", (argv, flag, message) => {
        const error = usageError(() => parseFlags(argv, options));
        expect(error.flag).toBe(flag);
        expect(error.message).toBe(message);
    });

    it("takes positional arguments only when allowed", () => {
        expect(parseFlags(["esco", "dir"], {}, { positionals: true }).positionals).toEqual(["esco", "dir"]);
    });
});

describe("intFlag", () => {
    const scale = { min: 1, max: 1_000_000, default: 100_000, unit: "people" };

    it("gives the default when the flag is absent and the number when it is in range", () => {
        expect(intFlag({}, "--scale", scale)).toBe(100_000);
        expect(intFlag({ scale: "1" }, "--scale", scale)).toBe(1);
        expect(intFlag({ scale: "1000000" }, "--scale", scale)).toBe(1_000_000);
    });

    it.each(["small", "", " ", "1.5", "0", "1000001", "-3", "NaN"])("refuses %j naming the flag, the value and the range", (given) => {
        expect(() => intFlag({ scale: given }, "--scale", scale)).toThrow(
            new UsageError("--scale", `is "${given}"`, "use a whole number of people from 1 to 1000000"),
        );
    });

    it("says a whole number without a unit when none is given", () => {
        expect(() => intFlag({ level: "6" }, "--level", { min: 1, max: 5 })).toThrow('--level is "6": use a whole number from 1 to 5');
    });

    it("requires a flag that has no default", () => {
        expect(() => intFlag({}, "--level", { min: 1, max: 5 })).toThrow("--level is missing: use a whole number from 1 to 5");
    });
});

describe("numberFlag", () => {
    const seconds = { min: 0, minExclusive: true, max: 3600, default: 30, unit: "seconds" };

    it("accepts fractions within the range and gives the default when absent", () => {
        expect(numberFlag({ seconds: "2.5" }, "--seconds", seconds)).toBe(2.5);
        expect(numberFlag({}, "--seconds", seconds)).toBe(30);
    });

    it.each(["0", "-1", "3600.5", "abc", "", "Infinity"])("refuses %j when the minimum is excluded", (given) => {
        expect(() => numberFlag({ seconds: given }, "--seconds", seconds)).toThrow(`--seconds is "${given}": use a number of seconds above 0 and at most 3600`);
    });

    it("accepts the minimum itself when it is included, and says so", () => {
        const weight = { min: 0, max: 10 };
        expect(numberFlag({ weight: "0" }, "--weight", weight)).toBe(0);
        expect(() => numberFlag({ weight: "-0.1" }, "--weight", weight)).toThrow('--weight is "-0.1": use a number from 0 to 10');
    });

    it("requires a flag that has no default", () => {
        expect(() => numberFlag({}, "--weight", { min: 0, max: 10 })).toThrow("--weight is missing: use a number from 0 to 10");
    });
});

describe("enumFlag", () => {
    const modes = ["auto", "never"] as const;

    it("gives the word or the default", () => {
        expect(enumFlag({ mode: "never" }, "--mode", modes, "auto")).toBe("never");
        expect(enumFlag({}, "--mode", modes, "auto")).toBe("auto");
    });

    it("refuses another word, listing the allowed ones, and a missing required flag", () => {
        expect(() => enumFlag({ mode: "Auto" }, "--mode", modes)).toThrow('--mode is "Auto": use one of auto, never');
        expect(() => enumFlag({}, "--mode", modes)).toThrow("--mode is missing: use one of auto, never");
    });
});

describe("listFlag and enumListFlag", () => {
    const audiences = ["employee", "planner", "admin"] as const;

    it("splits on commas and trims, or gives undefined when absent and optional", () => {
        expect(enumListFlag({ audience: "admin, planner" }, "--audience", audiences)).toEqual(["admin", "planner"]);
        expect(enumListFlag({}, "--audience", audiences)).toBeUndefined();
    });

    it.each([
        ["boss", '--audience has "boss": use one or more of employee, planner, admin, comma-separated'],
        ["admin,", '--audience is "admin,": use one or more of employee, planner, admin, comma-separated, with nothing empty between the commas'],
        ["", '--audience is "": use one or more of employee, planner, admin, comma-separated, with nothing empty between the commas'],
        ["admin,admin", '--audience has "admin" twice: use one or more of employee, planner, admin, comma-separated, each once'],
    ])("refuses %j", (given, message) => {
        expect(() => enumListFlag({ audience: given }, "--audience", audiences)).toThrow(message);
    });

    it("requires a required list", () => {
        expect(() => enumListFlag({}, "--audience", audiences, { required: true })).toThrow(
            "--audience is missing: use one or more of employee, planner, admin, comma-separated",
        );
    });

    it("applies a custom rule to each item", () => {
        const rule = { accepts: "words starting with a", allows: (item: string) => item.startsWith("a") };
        expect(listFlag({ only: "ab,ac" }, "--only", rule)).toEqual(["ab", "ac"]);
        expect(() => listFlag({ only: "ab,b" }, "--only", rule)).toThrow('--only has "b": use words starting with a');
    });
});

describe("textFlag and textFlags", () => {
    it("passes text through and refuses a blank value", () => {
        expect(textFlag({ subject: "demo:person:0001" }, "--subject", "the person's id")).toBe("demo:person:0001");
        expect(textFlag({}, "--subject", "the person's id")).toBeUndefined();
        expect(() => textFlag({ subject: " " }, "--subject", "the person's id")).toThrow(`--subject is " ": use the person's id`);
    });

    it("refuses a blank value among repeated ones", () => {
        expect(textFlags({ "org-unit": ["a", "b"] }, "--org-unit", "an org unit's id")).toEqual(["a", "b"]);
        expect(textFlags({}, "--org-unit", "an org unit's id")).toEqual([]);
        expect(() => textFlags({ "org-unit": ["a", ""] }, "--org-unit", "an org unit's id")).toThrow(`--org-unit is "": use an org unit's id`);
    });
});

describe("durationSeconds and durationFlag", () => {
    it.each([
        ["8h", 28_800],
        ["30m", 1800],
        ["30 min", 1800],
        ["2 days", 172_800],
        ["1.5d", 129_600],
        ["1w", 604_800],
        ["1y", 31_557_600],
        ["45S", 45],
    ])("reads %j as %d seconds, as jose would", (text, seconds) => {
        expect(durationSeconds(text)).toBe(seconds);
    });

    it.each(["8x", "-1h", "+1h", "1h ago", "h", "8", ""])("does not read %j as a duration", (text) => {
        expect(durationSeconds(text)).toBeUndefined();
    });

    const expires = { min: "1s", max: "1y", default: "8h" };

    it("gives the default's seconds when absent", () => {
        expect(durationFlag({}, "--expires", expires)).toBe(28_800);
        expect(durationFlag({ expires: "7d" }, "--expires", expires)).toBe(604_800);
    });

    it.each(["8x", "0s", "2y", "-1h"])("refuses %j naming the units and the range", (given) => {
        expect(() => durationFlag({ expires: given }, "--expires", expires)).toThrow(
            `--expires is "${given}": use a duration such as 30m, 8h or 7d (units s, m, h, d, w, y) from 1s to 1y`,
        );
    });
});

describe("existingDir and outputFile", () => {
    it("gives an existing folder as an absolute path", () => {
        expect(existingDir("the folder", path.join(scratch, "esco"), "give a folder")).toBe(path.join(scratch, "esco"));
    });

    it("refuses a missing folder, a file and a blank value, saying which", () => {
        const missing = path.join(scratch, "nope");
        expect(() => existingDir("the folder", missing, "give a folder")).toThrow(`the folder is "${missing}", which does not exist: give a folder`);
        const file = path.join(scratch, "file.txt");
        expect(() => existingDir("the folder", file, "give a folder")).toThrow(`the folder is "${file}", which is a file, not a folder: give a folder`);
        expect(() => existingDir("the folder", "", "give a folder")).toThrow('the folder is "": give a folder');
    });

    it("takes a file to write, even in a folder still to create, but not a folder or a blank", () => {
        const file = path.join(scratch, "new", "rejects.csv");
        expect(outputFile("--rejects", file, "give a file")).toBe(file);
        expect(() => outputFile("--rejects", scratch, "give a file")).toThrow(`--rejects is "${scratch}", which is a folder: give a file`);
        expect(() => outputFile("--rejects", " ", "give a file")).toThrow('--rejects is " ": give a file');
    });
});

describe("noExtraArguments", () => {
    it("refuses the first argument beyond the ones a command takes", () => {
        expect(() => noExtraArguments(["a", "b"], 2, "two")).not.toThrow();
        expect(() => noExtraArguments(["a", "b", "c"], 2, "the taxonomy and the folder")).toThrow(
            '"c" is an extra argument: give only the taxonomy and the folder',
        );
    });
});

describe("runCli", () => {
    let out: jest.SpyInstance;
    let err: jest.SpyInstance<void, unknown[]>;
    beforeEach(() => {
        out = jest.spyOn(console, "log").mockImplementation(() => undefined);
        err = jest.spyOn(console, "error").mockImplementation(() => undefined);
    });
    afterEach(() => {
        out.mockRestore();
        err.mockRestore();
        process.exitCode = undefined;
    });

    it("prints the help for --help or -h without running main", async () => {
        const main = jest.fn();
        await runCli(main, "usage: x", { argv: ["--scale", "5", "--help"], help: "the full help" });
        await runCli(main, "usage: x", { argv: ["-h"] });
        expect(main).not.toHaveBeenCalled();
        expect(out.mock.calls).toEqual([["the full help"], ["usage: x"]]);
        expect(process.exitCode).toBeUndefined();
    });

    it("passes --help after -- to main as an argument", async () => {
        const main = jest.fn();
        await runCli(main, "usage: x", { argv: ["--", "--help"] });
        expect(main).toHaveBeenCalledWith(["--", "--help"]);
    });

    it("prints a usage error with the usage and exits with code 2", async () => {
        await runCli(
            () => {
                throw new UsageError("--scale", 'is "small"', "use a whole number of people from 1 to 1000000");
            },
            "usage: npm run bench",
            { argv: [] },
        );
        expect(err.mock.calls).toEqual([['error: --scale is "small": use a whole number of people from 1 to 1000000\n\nusage: npm run bench']]);
        expect(process.exitCode).toBe(2);
    });

    it("prints any other failure's message alone and exits with code 1", async () => {
        await runCli(() => Promise.reject(new Error("the database is unreachable")), "usage: x", { argv: [] });
        expect(err.mock.calls).toEqual([["error: the database is unreachable"]]);
        expect(process.exitCode).toBe(1);
    });

    it("prints the stack of an unexpected failure when the expected ones are listed, and a detail when there is one", async () => {
        class Expected extends Error {
            readonly detail = "last log lines";
        }
        await runCli(
            () => {
                throw new Expected("neo4j did not start");
            },
            "usage: x",
            { argv: [], expected: [Expected] },
        );
        await runCli(
            () => {
                throw new TypeError("x is undefined");
            },
            "usage: x",
            { argv: [], expected: [Expected] },
        );
        await runCli(
            () => {
                throw new ConfigError("PORT", 'is "http"', "set a whole number");
            },
            "usage: x",
            { argv: [], expected: [Expected] },
        );
        expect(err.mock.calls[0]).toEqual(["error: neo4j did not start\nlast log lines"]);
        expect(String(err.mock.calls[1]?.[0])).toMatch(/^error: TypeError: x is undefined\n\s+at /);
        expect(err.mock.calls[2]).toEqual(['error: PORT is "http": set a whole number']);
        expect(process.exitCode).toBe(1);
    });

    it("exits with code 0 untouched when main succeeds, and passes it the arguments", async () => {
        const main = jest.fn();
        await runCli(main, "usage: x", { argv: ["--scale", "5"] });
        expect(main).toHaveBeenCalledWith(["--scale", "5"]);
        expect(process.exitCode).toBeUndefined();
        expect(err).not.toHaveBeenCalled();
    });
});

describe("npm run bench", () => {
    it("keeps its defaults", () => {
        expect(parseBenchArgs([])).toEqual({
            scale: DEFAULT_WORKFORCE.people,
            demo: false,
            calls: 200,
            baselineCalls: undefined,
            seconds: 30,
            concurrency: 16,
            only: undefined,
        });
    });

    it("reads every flag", () => {
        expect(
            parseBenchArgs([
                "--scale",
                "5000",
                "--calls",
                "10",
                "--baseline-calls",
                "3",
                "--seconds",
                "2.5",
                "--concurrency",
                "4",
                "--only",
                "SkillGap, composeTeam",
            ]),
        ).toEqual({
            scale: 5000,
            demo: false,
            calls: 10,
            baselineCalls: 3,
            seconds: 2.5,
            concurrency: 4,
            only: ["SkillGap", "composeTeam"],
        });
        expect(parseBenchArgs(["--demo"]).demo).toBe(true);
    });

    it.each([
        [["--scale", "small"], '--scale is "small": use a whole number of people from 1 to 1000000'],
        [["--calls", "0"], '--calls is "0": use a whole number of calls from 1 to 100000'],
        [["--baseline-calls", "0"], '--baseline-calls is "0": use a whole number of calls from 1 to 100000'],
        [["--seconds", "0"], '--seconds is "0": use a number of seconds above 0 and at most 3600'],
        [["--concurrency", "1.5"], '--concurrency is "1.5": use a whole number of concurrent clients from 1 to 1000'],
        [["--only", "skilgap"], '--only has "skilgap": use comma-separated parts of operation names'],
        [["--only", "skillGap,"], '--only is "skillGap,": use comma-separated parts of operation names'],
        [["--demo", "--scale", "272"], "--scale is given with --demo: use one"],
        [["--scales", "5"], "--scales is not an option of this command"],
    ])("refuses %j", (argv, message) => {
        expect(() => parseBenchArgs(argv)).toThrow(message);
    });

    it("lists for --only exactly the operations it measures", () => {
        const source = readFileSync(path.join(projectRoot, "tools", "bench", "run.ts"), "utf8");
        const measured = [...source.matchAll(/^(?: {12}name: "(.+)",| {8}(?:supplyOp|blendOp)\("(.+?)",.*)$/gm)].map((match) => match[1] ?? match[2]);
        expect(measured.length).toBeGreaterThan(10);
        expect(OPERATION_NAMES).toEqual(measured);
    });
});

describe("npm run load", () => {
    it("keeps its defaults", () => {
        expect(parseLoadArgs([])).toEqual({ seconds: 60, concurrency: 32, warmupSeconds: 60 });
        expect(parseLoadArgs(["--warmup", "0", "--seconds", "1"])).toMatchObject({ warmupSeconds: 0, seconds: 1 });
    });

    it.each([
        [["--seconds", "0"], '--seconds is "0": use a whole number of seconds from 1 to 86400'],
        [["--concurrency", "many"], '--concurrency is "many": use a whole number of concurrent clients from 1 to 1000'],
        [["--warmup=-1"], '--warmup is "-1": use a whole number of seconds from 0 to 86400'],
        [["--duration", "5"], "--duration is not an option of this command"],
    ])("refuses %j", (argv, message) => {
        expect(() => parseLoadArgs(argv)).toThrow(message);
    });
});

describe("npm run generate", () => {
    it("keeps its defaults", () => {
        expect(parseGenerateArgs([])).toEqual({ workforce: DEFAULT_WORKFORCE, batchSize: 1000 });
    });

    it.each([
        [["--people", "0"], '--people is "0": use a whole number of people from 1 to 1000000'],
        [["--courses", "ten"], '--courses is "ten": use a whole number of courses from 1 to 1000000'],
        [["--credentials", "100001"], '--credentials is "100001": use a whole number of credentials from 1 to 100000'],
        [["--teams", "2.5"], '--teams is "2.5": use a whole number of teams from 1 to 100000'],
        [["--seed", "4294967296"], '--seed is "4294967296": use a whole number from 0 to 4294967295'],
        [["--batch-size", "0"], '--batch-size is "0": use a whole number of rows per transaction from 1 to 100000'],
    ])("refuses %j", (argv, message) => {
        expect(() => parseGenerateArgs(argv)).toThrow(message);
    });
});

describe("npm run import", () => {
    it("reads an ESCO import with its defaults", () => {
        expect(parseImportArgs(["esco", path.join(scratch, "esco")])).toEqual({
            taxonomy: "esco",
            folder: path.join(scratch, "esco"),
            crosswalks: undefined,
            rejectsFile: path.resolve("rejected-rows-esco.csv"),
            batchSize: 5000,
            levels: { essential: 3, optional: 2 },
            restart: false,
        });
    });

    it("finds O*NET's crosswalks beside its folder unless given", () => {
        expect(parseImportArgs(["onet", path.join(scratch, "data", "onet")]).crosswalks).toBe(path.join(scratch, "data", "crosswalks"));
        expect(parseImportArgs(["onet", path.join(scratch, "lonely", "onet"), "--crosswalks", path.join(scratch, "esco")]).crosswalks).toBe(
            path.join(scratch, "esco"),
        );
    });

    it.each([
        [[], "the taxonomy is missing: use esco or onet, then the download's folder"],
        [["escoo", "dir"], 'the taxonomy is "escoo": use esco or onet'],
        [["esco"], "the folder is missing: give the folder of the ESCO v1.1.x CSV download, e.g. ../shared/data/esco-1.1.1"],
        [["esco", "no-such-folder"], 'the folder is "no-such-folder", which does not exist: give the folder of the ESCO v1.1.x CSV download'],
        [["esco", "<esco>", "extra"], '"extra" is an extra argument: give only the taxonomy and the folder'],
        [["esco", "<esco>", "--batch-size", "0"], '--batch-size is "0": use a whole number of rows per transaction from 1 to 100000'],
        [["esco", "<esco>", "--essential-level", "6"], '--essential-level is "6": use a whole number from 1 to 5'],
        [["esco", "<esco>", "--optional-level", "0"], '--optional-level is "0": use a whole number from 1 to 5'],
        [["esco", "<esco>", "--crosswalks", "<esco>"], "--crosswalks is given with esco: use it with onet only"],
        [["esco", "<esco>", "--rejects", "<esco>"], "which is a folder: give the file to list rejected rows in"],
        [["onet", "<onet>", "--essential-level", "3"], "--essential-level is given with onet: use it with esco only"],
        [["onet", "<lonely>"], "--crosswalks is not given and its default"],
        [["onet", "<lonely>", "--crosswalks", "no-such-folder"], '--crosswalks is "no-such-folder", which does not exist'],
    ])("refuses %j", (argv, message) => {
        const folders: Record<string, string> = {
            "<esco>": path.join(scratch, "esco"),
            "<onet>": path.join(scratch, "data", "onet"),
            "<lonely>": path.join(scratch, "lonely", "onet"),
        };
        expect(() => parseImportArgs(argv.map((arg) => folders[arg] ?? arg))).toThrow(message);
    });
});

describe("npm run token", () => {
    it("reads the audiences and their claims, with an 8 h expiry by default", () => {
        expect(parseTokenArgs(["--audience", "planner,admin", "--org-unit", "u1", "--org-unit", "u2"])).toEqual({
            audiences: ["planner", "admin"],
            subject: undefined,
            org: undefined,
            orgUnits: ["u1", "u2"],
            expiresInSeconds: 28_800,
        });
        expect(parseTokenArgs(["--audience", "employee", "--subject", "demo:person:0001", "--expires", "30m"])).toMatchObject({
            subject: "demo:person:0001",
            expiresInSeconds: 1800,
        });
    });

    it.each([
        [[], "--audience is missing: use one or more of employee, planner, partner, admin, comma-separated"],
        [["--audience", "boss"], '--audience has "boss": use one or more of employee, planner, partner, admin, comma-separated'],
        [["--audience", "admin", "--expires", "8x"], '--expires is "8x": use a duration such as 30m, 8h or 7d (units s, m, h, d, w, y) from 1s to 1y'],
        [["--audience", "admin", "--expires", "2y"], '--expires is "2y"'],
        [["--audience", "employee"], "--subject is missing: an employee token needs --subject <person id>"],
        [["--audience", "partner"], "--org is missing: a partner token needs --org <organisation id>"],
        [["--audience", "planner"], "--org-unit is missing: a planner token needs one or more --org-unit <unit id>"],
        [["--audience", "employee", "--subject", ""], `--subject is "": use the person's id`],
        [["--audience", "admin", "--sub", "x"], "--sub is not an option of this command"],
    ])("refuses %j", (argv, message) => {
        expect(() => parseTokenArgs(argv)).toThrow(message);
    });
});

describe("npm run neo4j", () => {
    it("reads the command", () => {
        expect(parseNeo4jArgs(["start"])).toEqual({ command: "start" });
        expect(parseNeo4jArgs(["provision"])).toEqual({ command: "provision" });
    });

    it.each([
        [["stat"], 'the command is "stat": use provision or start'],
        [[], "the command is missing: use provision or start"],
        [["start", "now"], '"now" is an extra argument: give only provision or start'],
        [["start", "--port", "7688"], "--port is not an option of this command: it takes none (--help shows the usage)"],
    ])("refuses %j", (argv, message) => {
        expect(() => parseNeo4jArgs(argv)).toThrow(message);
    });
});

describe("npm run seed", () => {
    it("takes no arguments and refuses any", () => {
        expect(() => parseSeedArgs([])).not.toThrow();
        expect(() => parseSeedArgs(["--demo"])).toThrow("--demo is not an option of this command: it takes none (--help shows the usage)");
        expect(() => parseSeedArgs(["demo"])).toThrow('"demo" is not an argument of this command: it takes none (--help shows the usage)');
    });
});

describe("npm run tag", () => {
    it("takes courses or roles with their options, and defaults", () => {
        expect(parseTagArgs(["courses"])).toEqual({ kind: "COURSE", first: 10, providerId: null, acceptAbove: null, level: 2, concurrency: 2 });
        expect(parseTagArgs(["courses", "--provider", "demo:org:x", "--accept-above", "0.6", "--level", "3", "--first", "5"])).toEqual({
            kind: "COURSE",
            first: 5,
            providerId: "demo:org:x",
            acceptAbove: 0.6,
            level: 3,
            concurrency: 2,
        });
        expect(parseTagArgs(["roles"]).kind).toBe("ROLE");
    });

    it("names what is wrong and what is allowed", () => {
        expect(usageError(() => parseTagArgs([])).message).toBe("the catalogue is missing: use courses or roles");
        expect(usageError(() => parseTagArgs(["people"])).message).toBe('the catalogue is "people": use courses or roles');
        expect(usageError(() => parseTagArgs(["roles", "--provider", "x"])).message).toBe("--provider is given with roles: use it with courses only");
        expect(usageError(() => parseTagArgs(["courses", "--accept-above", "1.5"])).flag).toBe("--accept-above");
        expect(usageError(() => parseTagArgs(["courses", "--first", "101"])).message).toContain("1 to 100");
        expect(usageError(() => parseTagArgs(["courses", "--level", "0"])).flag).toBe("--level");
    });
});

describe("npm run seed:extract", () => {
    it("takes an optional existing ESCO folder", () => {
        expect(parseExtractArgs([])).toEqual({ escoDir: undefined });
        expect(parseExtractArgs([path.join(scratch, "esco")])).toEqual({ escoDir: path.join(scratch, "esco") });
    });

    it("refuses a missing folder and a second argument", () => {
        expect(() => parseExtractArgs(["no-such-folder"])).toThrow(
            'the ESCO folder is "no-such-folder", which does not exist: give the folder of the ESCO v1.1.1 CSV download',
        );
        expect(() => parseExtractArgs([path.join(scratch, "esco"), "x"])).toThrow('"x" is an extra argument: give only the ESCO folder');
    });
});
