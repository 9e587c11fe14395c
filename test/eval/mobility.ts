/**
 * `npm run eval:mobility`: mobility rankings measured on a development set anyone can rebuild from public data:
 * O*NET's Career Changers Matrix (for each occupation, up to 10 occupations people in it could move to, ranked),
 * joined to ESCO through the Nesta crosswalk and O*NET's 2010 to 2019 codes, one-to-one pairs only. For each ESCO
 * source occupation, every other ESCO occupation in the database is ranked and scored against the links:
 * Recall@5/10/20, MRR and nDCG@10 (gain (11 - Index) / 10: the matrix's first link 1, its tenth 0.1), with 95 %
 * bootstrap intervals, on a fixed split by the source URI: `tune` and `test` (only ever reported).
 * Needs a database holding the ESCO import (npm run import -- esco <folder>).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { DEFAULTS, loadConfig } from "../../src/config";
import { OnnxEmbedder } from "../../src/embeddings/embedder";
import { refreshVectors } from "../../src/embeddings/node-vectors";
import { MOBILITY_SIGNALS, MobilityBlend, type MobilitySignal, type SignalValues, type SignalWeights } from "../../src/domain/mobility-blend";
import { createLogger } from "../../src/logger";
import { connectDatabase } from "../../src/neo4j/connect";
import { type Db, plain } from "../../src/neo4j/read-rows";
import { MobilityCatalogue, type MobilitySnapshot } from "../../src/use-cases/mobility-catalogue";
import { resolveStart } from "../../src/use-cases/career-mobility";
import { enumFlag, intFlag, parseFlags, runCli } from "../../tools/cli-flags";
import { toolCypher } from "../../tools/cypher-catalogue";
import { requireDataDir } from "../../tools/data-dir";
import { meanWithInterval, partOf, readCsv, recallAt } from "./metrics";

const USAGE = `usage: npm run eval:mobility -- [--split tune|test|both] [--limit <n>]

Ranks every other ESCO occupation from each source occupation of the development set (O*NET's Career Changers Matrix
joined to ESCO through the crosswalks) and scores each ranking method against the matrix's links. Reads the data from
SKILLGRAPH_DATA_DIR (or ../shared/data); the database must hold the ESCO import (npm run import -- esco <folder>).

  --split <part>   tune, test or both (default both); the split is fixed by a hash of the source occupation's URI
  --limit <n>      at most n source occupations per part, 1 to 100000 (default all)`;

export const CAREER_CHANGERS = path.join("onet-extra", "Career Changers Matrix.txt");

/** Each O*NET-SOC 2019 occupation's career-changer links: target code and Index (1 = closest). */
export function readCareerChangers(file: string): Map<string, { target: string; index: number }[]> {
    const links = new Map<string, { target: string; index: number }[]>();
    const [header, ...lines] = readFileSync(file, "utf8").split(/\r?\n/);
    const columns = header.replace(/^\uFEFF/, "").split("\t");
    const at = (name: string) => {
        const i = columns.indexOf(name);
        if (i < 0) throw new Error(`${file} has no column "${name}"`);
        return i;
    };
    const [from, to, rank] = [at("O*NET-SOC Code"), at("Related O*NET-SOC Code"), at("Index")];
    for (const line of lines) {
        const cells = line.split("\t");
        if (cells.length <= rank) continue;
        const list = links.get(cells[from]) ?? [];
        list.push({ target: cells[to], index: Number(cells[rank]) });
        links.set(cells[from], list);
    }
    return links;
}

/**
 * ESCO occupation <-> O*NET-SOC 2019 pairs where each side has exactly one partner: the Nesta crosswalk's ESCO URI ->
 * SOC 2010 rows mapped through the 2010 -> 2019 table (one 2010 code may split into several 2019 codes).
 */
export function oneToOnePairs(escoToSoc2010: readonly { esco: string; soc2010: string }[], soc2010To2019: readonly { from: string; to: string }[]) {
    const to2019 = new Map<string, string[]>();
    for (const { from, to } of soc2010To2019) to2019.set(from, [...(to2019.get(from) ?? []), to]);
    const pairs = new Set<string>();
    for (const { esco, soc2010 } of escoToSoc2010) for (const onet of to2019.get(soc2010) ?? []) pairs.add(`${esco}\t${onet}`);
    const escoCount = new Map<string, number>();
    const onetCount = new Map<string, number>();
    for (const pair of pairs) {
        const [esco, onet] = pair.split("\t");
        escoCount.set(esco, (escoCount.get(esco) ?? 0) + 1);
        onetCount.set(onet, (onetCount.get(onet) ?? 0) + 1);
    }
    const escoOf = new Map<string, string>();
    for (const pair of pairs) {
        const [esco, onet] = pair.split("\t");
        if (escoCount.get(esco) === 1 && onetCount.get(onet) === 1) escoOf.set(onet, esco);
    }
    return escoOf;
}

export interface MobilityCase {
    readonly source: string;
    /** Relevant ESCO occupations and their gain, (11 - Index) / 10. */
    readonly relevant: ReadonlyMap<string, number>;
    readonly part: "tune" | "test";
}

/** The cases: each O*NET source with an ESCO partner in the database and at least one link whose target has one too. */
export function buildCases(
    links: ReadonlyMap<string, readonly { target: string; index: number }[]>,
    escoOf: ReadonlyMap<string, string>,
    roles: ReadonlySet<string>,
) {
    const cases: MobilityCase[] = [];
    for (const [onet, targets] of links) {
        const source = escoOf.get(onet);
        if (!source || !roles.has(source)) continue;
        const relevant = new Map<string, number>();
        for (const { target, index } of targets) {
            const esco = escoOf.get(target);
            if (esco && esco !== source && roles.has(esco)) relevant.set(esco, Math.max(relevant.get(esco) ?? 0, (11 - index) / 10));
        }
        if (relevant.size > 0) cases.push({ source, relevant, part: partOf(source) });
    }
    return cases.sort((a, b) => (a.source < b.source ? -1 : 1));
}

/** 1 / the rank of the first relevant item; 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlyMap<string, number>): number {
    const i = ranked.findIndex((id) => relevant.has(id));
    return i < 0 ? 0 : 1 / (i + 1);
}

/** nDCG@k with graded gains. */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlyMap<string, number>, k: number): number {
    const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (relevant.get(id) ?? 0) / Math.log2(i + 2), 0);
    const ideal = [...relevant.values()]
        .sort((a, b) => b - a)
        .slice(0, k)
        .reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
    return ideal > 0 ? dcg / ideal : 0;
}

export interface Occupation {
    readonly id: string;
    readonly iscoGroup: string | null;
    readonly title?: string;
    /** Title and description, as the semantic signal embeds them. */
    readonly text?: string;
    /** Required skills: weight 1 for essential, 0.5 for optional. */
    readonly skills: ReadonlyMap<string, number>;
}

/** A fixed pseudo-random order, the same in every run: the tie-break of every method and the random baseline. */
const tieBreaks = new Map<string, number>();
const tieBreak = (source: string, id: string) => {
    const key = `${source}|${id}`;
    let tie = tieBreaks.get(key);
    if (tie === undefined) tieBreaks.set(key, (tie = createHash("sha256").update(key).digest().readUInt32BE(0)));
    return tie;
};

function byScore(source: string, candidates: readonly string[], score: (id: string) => number): string[] {
    const keyed = candidates.map((id) => ({ id, score: score(id), tie: tieBreak(source, id) }));
    keyed.sort((a, b) => b.score - a.score || a.tie - b.tie);
    return keyed.map((item) => item.id);
}

const commonPrefix = (a: string | null, b: string | null) => {
    if (!a || !b) return 0;
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
};

/** TF-IDF vectors of requirement sets: a skill's weight times log(roles / roles requiring it), unit length. */
export function tfidfVectors(occupations: readonly Occupation[]): Map<string, Map<string, number>> {
    const df = new Map<string, number>();
    for (const occupation of occupations) for (const skillId of occupation.skills.keys()) df.set(skillId, (df.get(skillId) ?? 0) + 1);
    const vectors = new Map<string, Map<string, number>>();
    for (const occupation of occupations) {
        const vector = new Map([...occupation.skills].map(([skillId, weight]) => [skillId, weight * Math.log(occupations.length / df.get(skillId)!)]));
        const norm = Math.sqrt([...vector.values()].reduce((sum, x) => sum + x * x, 0)) || 1;
        for (const [skillId, x] of vector) vector.set(skillId, x / norm);
        vectors.set(occupation.id, vector);
    }
    return vectors;
}

const dot = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => {
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    let sum = 0;
    for (const [key, x] of small) sum += x * (large.get(key) ?? 0);
    return sum;
};

export type Ranker = (source: string, candidates: readonly string[]) => string[];

/**
 * The share of `of`'s required skills (weighted by requirement weight times IDF) that `by` also requires: directional,
 * unlike the cosine. Ranking targets by how much of the source's profile they require too favours roles that use what
 * the source's holders have; by how much of theirs the source covers, roles whose needs are already met.
 */
export function idfCoverage(occupations: readonly Occupation[]): (of: Occupation, by: Occupation) => number {
    const df = new Map<string, number>();
    for (const occupation of occupations) for (const skillId of occupation.skills.keys()) df.set(skillId, (df.get(skillId) ?? 0) + 1);
    return (of, by) => {
        let covered = 0;
        let total = 0;
        for (const [skillId, weight] of of.skills) {
            const x = weight * Math.log(occupations.length / df.get(skillId)!);
            total += x;
            if (by.skills.has(skillId)) covered += x;
        }
        return total > 0 ? covered / total : 0;
    };
}

export function baselineRankers(occupations: readonly Occupation[]): [string, Ranker][] {
    const byId = new Map(occupations.map((o) => [o.id, o]));
    const vectors = tfidfVectors(occupations);
    const jaccard = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => {
        const shared = [...a.keys()].filter((id) => b.has(id)).length;
        return shared / Math.max(1, a.size + b.size - shared);
    };
    return [
        ["random", (source, candidates) => byScore(source, candidates, () => 0)],
        [
            "same ISCO group first (longest common ISCO-08 code prefix)",
            (source, candidates) => byScore(source, candidates, (id) => commonPrefix(byId.get(source)!.iscoGroup, byId.get(id)!.iscoGroup)),
        ],
        ["Jaccard over required skills", (source, candidates) => byScore(source, candidates, (id) => jaccard(byId.get(source)!.skills, byId.get(id)!.skills))],
        ["TF-IDF cosine over required skills", (source, candidates) => byScore(source, candidates, (id) => dot(vectors.get(source)!, vectors.get(id)!))],
    ];
}

/** adjacentRoles' ranking from a role as the API computes it: transition cost, cheapest first. */
export function transitionCostRanker(snapshot: MobilitySnapshot): Ranker {
    return (source, candidates) => {
        const allowed = new Set(candidates);
        const ranked = snapshot
            .ranked(snapshot.index.levelsOfRole(source), source, new Set([source]))
            .map((role) => role.roleId)
            .filter((id) => allowed.has(id));
        const seen = new Set(ranked);
        return [
            ...ranked,
            ...byScore(
                source,
                candidates.filter((id) => !seen.has(id)),
                () => 0,
            ),
        ];
    };
}

const METRICS = ["R@5", "R@10", "R@20", "MRR", "nDCG@10"] as const;

function scoreRanking(ranked: readonly string[], relevant: ReadonlyMap<string, number>): number[] {
    const set = new Set(relevant.keys());
    return [recallAt(ranked, set, 5), recallAt(ranked, set, 10), recallAt(ranked, set, 20), reciprocalRank(ranked, relevant), ndcgAt(ranked, relevant, 10)];
}

/** Each method's metrics (mean with its 95 % interval) over the cases, from their rankings (rankings[case][method]). */
export function evaluate(cases: readonly MobilityCase[], rankings: readonly (readonly (readonly string[])[])[], names: readonly string[]) {
    return names.map((name, m) => {
        const perCase = cases.map((c, i) => scoreRanking(rankings[i][m], c.relevant));
        return { name, metrics: METRICS.map((_, j) => meanWithInterval(perCase.map((scores) => scores[j]))) };
    });
}

async function readOccupations(db: Db): Promise<Occupation[]> {
    const { records } = await db.driver.executeQuery(toolCypher("eval/read-esco-occupations"), {}, { database: db.database, routing: neo4j.routing.READ });
    return records.map((record) => {
        const row = plain(record.toObject()) as {
            id: string;
            title: string;
            description: string | null;
            iscoGroup: string | null;
            skillIds: string[];
            essential: boolean[];
        };
        return {
            id: row.id,
            iscoGroup: row.iscoGroup,
            title: row.title,
            text: row.description ? `${row.title}. ${row.description}` : row.title,
            skills: new Map(row.skillIds.map((skillId, i) => [skillId, row.essential[i] ? 1 : 0.5])),
        };
    });
}

/** The blend's signals from one source, as adjacentRoles computes them (MobilitySnapshot.signalsFrom). */
export interface CaseSignals {
    readonly values: SignalValues;
    readonly candidates: readonly number[];
}

/** Candidates by blended score (as adjacentRoles orders them), then the roles outside the blend by the fixed tie-break. */
export function blendRanking(source: string, roleIds: readonly string[], signals: CaseSignals, weights: SignalWeights, all: readonly string[]): string[] {
    const blend = new MobilityBlend(signals.values, weights, signals.candidates);
    const keyed = signals.candidates.map((i) => ({ id: roleIds[i], score: blend.score(i), tie: tieBreak(source, roleIds[i]) }));
    keyed.sort((a, b) => b.score - a.score || a.tie - b.tie);
    const ranked = keyed.map((item) => item.id);
    const seen = new Set(ranked);
    return [
        ...ranked,
        ...byScore(
            source,
            all.filter((id) => !seen.has(id)),
            () => 0,
        ),
    ];
}

/** One signal alone: its weight 1, the others 0. */
export const only = (signal: MobilitySignal): SignalWeights => ({ ...NO_WEIGHTS, [signal]: 1 });
const NO_WEIGHTS: SignalWeights = { requirements: 0, coverage: 0, related: 0, transition: 0, semantic: 0, hierarchy: 0 };

/**
 * Coordinate search of the signal weights on mean nDCG@10 over the given (tune) cases, from each of `starts` (a local
 * search: equal weights, and the configured ones), keeping the best.
 */
export function tuneSignalWeights(
    cases: readonly MobilityCase[],
    rank: (c: MobilityCase, i: number, weights: SignalWeights) => readonly string[],
    starts: readonly SignalWeights[] = [EQUAL_WEIGHTS],
    steps: readonly number[] = [0, 0.25, 0.5, 1, 1.5, 2, 3],
): SignalWeights {
    const quality = (weights: SignalWeights) => cases.reduce((sum, c, i) => sum + ndcgAt(rank(c, i, weights), c.relevant, 10), 0) / Math.max(1, cases.length);
    let overall: { weights: SignalWeights; quality: number } | null = null;
    for (const start of starts) {
        let best = start;
        let bestQuality = quality(best);
        for (let round = 0; round < 3; round++) {
            let improved = false;
            for (const signal of MOBILITY_SIGNALS) {
                for (const weight of steps) {
                    const candidate = { ...best, [signal]: weight };
                    if (Object.values(candidate).every((w) => w === 0)) continue;
                    const q = quality(candidate);
                    if (q > bestQuality + 1e-9) [best, bestQuality, improved] = [candidate, q, true];
                }
            }
            if (!improved) break;
        }
        if (!overall || bestQuality > overall.quality + 1e-9) overall = { weights: best, quality: bestQuality };
    }
    return overall!.weights;
}

const EQUAL_WEIGHTS: SignalWeights = { requirements: 1, coverage: 1, related: 1, transition: 1, semantic: 1, hierarchy: 1 };

const SIGNAL_NAMES: Record<MobilitySignal, string> = {
    requirements: "signal requirements: cosine of IDF-weighted requirement profiles",
    coverage: "signal coverage: the target requires the source's skills (IDF-weighted share)",
    related: "signal related: the target requires a broader, narrower or related skill of the source's (IDF-weighted share)",
    transition: "signal transition: 1 - transition cost",
    semantic: "signal semantic: MiniLM cosine of titles and descriptions",
    hierarchy: "signal hierarchy: shared ISCO-08 code digits",
};

function printTable(title: string, rows: ReturnType<typeof evaluate>): void {
    console.log(`\n${title}\n`);
    console.log(`| method | ${METRICS.join(" | ")} |\n|---|${METRICS.map(() => "---").join("|")}|`);
    for (const row of rows)
        console.log(`| ${row.name} | ${row.metrics.map((m) => `${m.mean.toFixed(3)} (${m.low.toFixed(3)}-${m.high.toFixed(3)})`).join(" | ")} |`);
}

/**
 * The same cases from a person: a current holder of the source role (generated by npm run generate), started from
 * their effective levels and current role as adjacentRoles does, against the role's own ranking on the same cases.
 */
async function personStarts(
    db: Db,
    snapshot: MobilitySnapshot,
    cases: readonly MobilityCase[],
    roleIds: readonly string[],
    others: (source: string) => string[],
    parts: readonly ("tune" | "test")[],
    limit: number,
): Promise<void> {
    const { records } = await db.driver.executeQuery(
        toolCypher("eval/read-role-holders"),
        { roleIds: cases.map((c) => c.source) },
        { database: db.database, routing: neo4j.routing.READ },
    );
    const holderOf = new Map(records.map((record) => [record.get("roleId") as string, record.get("personId") as string]));
    if (holderOf.size === 0) {
        console.log("\nPerson starts: no source occupation has a holder; generate a workforce first (npm run generate -- --people 10000).");
        return;
    }
    const weights = DEFAULTS.mobility.signalWeights;
    for (const part of parts) {
        const partCases = cases.filter((c) => c.part === part && holderOf.has(c.source)).slice(0, limit);
        const rankings = [];
        for (const c of partCases) {
            const person = await resolveStart(db, snapshot, { personId: holderOf.get(c.source)! }, new Date(), "");
            const exclude = new Set([c.source]);
            const fromRole = snapshot.signalsFrom({ kind: "ROLE", roleId: c.source, levels: snapshot.index.levelsOfRole(c.source) }, exclude);
            const fromPerson = snapshot.signalsFrom(person, exclude);
            rankings.push([
                blendRanking(c.source, roleIds, fromRole, weights, others(c.source)),
                blendRanking(c.source, roleIds, fromPerson, weights, others(c.source)),
                blendRanking(c.source, roleIds, fromPerson, only("transition"), others(c.source)),
            ]);
        }
        const rows = evaluate(partCases, rankings, ["blend from the role", "**blend from a person in the role**", "transition cost from the person"]);
        printTable(`${part} part, person starts: ${partCases.length} source occupations with a generated holder (the first by id)`, rows);
    }
}

async function main(argv: string[]): Promise<void> {
    const { values } = parseFlags(argv, { split: { type: "string" }, limit: { type: "string" } });
    const split = enumFlag(values, "--split", ["tune", "test", "both"], "both");
    const limit = intFlag(values, "--limit", { min: 1, max: 100_000, default: 100_000 });
    const dataDir = requireDataDir("the mobility evaluation");
    const crosswalks = path.join(dataDir, "crosswalks");
    const escoOf = oneToOnePairs(
        readCsv(path.join(crosswalks, "esco_onet_crosswalk_Nov2020.csv")).map((row) => ({ esco: row.concept_uri, soc2010: row.onet_code })),
        readCsv(path.join(crosswalks, "onet_soc2010_to_2019.csv"), ";").map((row) => ({ from: row.soc2010_code, to: row.soc2019_code })),
    );
    const links = readCareerChangers(path.join(dataDir, CAREER_CHANGERS));
    const config = loadConfig();
    const log = createLogger("warn", "eval");
    const database = await connectDatabase(config, log);
    const db: Db = { driver: database.driver, database: database.name };
    try {
        const occupations = await readOccupations(db);
        const candidates = occupations.map((o) => o.id);
        const cases = buildCases(links, escoOf, new Set(candidates));
        if (cases.length === 0) throw new Error("no source occupation of the development set is in the database: import ESCO first");
        console.error("embedding the roles whose title or description changed");
        const embedder = await OnnxEmbedder.provision(config.embeddings.home, log, 0);
        await refreshVectors(db, "roles", embedder, log).finally(() => embedder.close());
        const snapshot = await new MobilityCatalogue(DEFAULTS.mobility, DEFAULTS.fitWeights).current(db);
        const roleIds = snapshot.index.roles.map((role) => role.id);
        const baselines: [string, Ranker][] = [
            ...baselineRankers(occupations),
            ["transition cost (adjacentRoles before the blend)", transitionCostRanker(snapshot)],
        ];
        const parts: ("tune" | "test")[] = split === "both" ? ["tune", "test"] : [split];
        const casesOf = (part: "tune" | "test") => cases.filter((c) => c.part === part).slice(0, limit);
        console.error("computing the signals");
        const signalsOf = (partCases: readonly MobilityCase[]) =>
            partCases.map((c): CaseSignals =>
                snapshot.signalsFrom({ kind: "ROLE", roleId: c.source, levels: snapshot.index.levelsOfRole(c.source) }, new Set([c.source])),
            );
        const tuneCases = casesOf("tune");
        const tuneSignals = signalsOf(tuneCases);
        console.error("tuning the signal weights on the tune part");
        const others = (source: string) => candidates.filter((id) => id !== source);
        const defaults = DEFAULTS.mobility.signalWeights;
        const weights = tuneSignalWeights(tuneCases, (c, i, w) => blendRanking(c.source, roleIds, tuneSignals[i], w, others(c.source)), [
            EQUAL_WEIGHTS,
            defaults,
        ]);
        const methods: [string, (c: MobilityCase, signals: CaseSignals) => readonly string[]][] = [
            ...baselines.map(([name, rank]): [string, (c: MobilityCase) => readonly string[]] => [name, (c) => rank(c.source, others(c.source))]),
            ...MOBILITY_SIGNALS.map((signal): [string, (c: MobilityCase, signals: CaseSignals) => readonly string[]] => [
                SIGNAL_NAMES[signal],
                (c, signals) => blendRanking(c.source, roleIds, signals, only(signal), others(c.source)),
            ]),
            [`**blend (adjacentRoles)**, the configured weights`, (c, signals) => blendRanking(c.source, roleIds, signals, defaults, others(c.source))],
            [`blend, the weights tuned in this run`, (c, signals) => blendRanking(c.source, roleIds, signals, weights, others(c.source))],
        ];
        console.log(
            `Development set: ${links.size} O*NET occupations with career-changer links, ${escoOf.size} one-to-one ESCO pairs, ${cases.length} source occupations ` +
                `(${(cases.reduce((sum, c) => sum + c.relevant.size, 0) / cases.length).toFixed(1)} relevant each), ${candidates.length} ESCO occupations ranked`,
        );
        for (const part of parts) {
            const partCases = casesOf(part);
            const partSignals = part === "tune" ? tuneSignals : signalsOf(partCases);
            const rankings = partCases.map((c, i) => methods.map(([, rank]) => rank(c, partSignals[i])));
            const rows = evaluate(
                partCases,
                rankings,
                methods.map(([name]) => name),
            );
            printTable(`${part} part: ${partCases.length} source occupations`, rows);
        }
        await personStarts(db, snapshot, cases, roleIds, others, parts, limit);
        const show = (w: SignalWeights) => MOBILITY_SIGNALS.map((signal) => `${signal}=${w[signal]}`).join(",");
        console.log(`\nConfigured weights (SKILLGRAPH_MOBILITY_WEIGHTS): ${show(defaults)}`);
        console.log(`Weights searched on the tune part in this run (for nDCG@10, from equal and from the configured weights): ${show(weights)}`);
    } finally {
        await database.close();
    }
}

if (require.main === module) void runCli(main, USAGE);
