/**
 * Naive baselines, as many internal tools compute these answers: load every person in scope with all their evidence
 * into Node (tools/cypher/bench/read-people-with-evidence.cypher) and compute there. Each is checked against the API's
 * answer on every input before its time counts, and reported as a ratio to the API's time on the same inputs.
 */
import { type EvidencePolicy, type FitWeights, countedLevel, requirementWeight, type Importance } from "../../src/domain/evidence";
import { byFitThenId } from "../../src/domain/workforce-index";
import type { AnyQueryName } from "../cypher-catalogue";
import { percentiles } from "./stats";
import { completionParam } from "../../src/neo4j/evidence-params";

type Row = Record<string, unknown>;
type RunCypher = (file: AnyQueryName, params: Record<string, unknown>) => Promise<Row[]>;
type Graphql = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

interface PersonRow {
    id: string;
    evidence: { skillId: string; source: string; level: number | null; validUntil: string | null }[];
}

export interface NaiveResult {
    readonly name: string;
    readonly inputs: number;
    readonly calls: number;
    readonly naiveP50Ms: number;
    readonly apiP50Ms: number;
    /** Naive p50 over the API's p50, on the same inputs. */
    readonly speedUp: number;
}

/** Each person's best valid level per skill at `asOf` (the rules of src/domain/evidence.ts, policy included, without narrower skills). */
function bestLevels(people: readonly PersonRow[], asOf: number, policy: EvidencePolicy): Map<string, Map<string, number>> {
    const levels = new Map<string, Map<string, number>>();
    for (const person of people) {
        const best = new Map<string, number>();
        for (const e of person.evidence) {
            if (e.level == null || (e.validUntil !== null && Date.parse(e.validUntil) <= asOf)) continue;
            const level = countedLevel(e.source, e.level, policy);
            if (level > (best.get(e.skillId) ?? 0)) best.set(e.skillId, level);
        }
        levels.set(person.id, best);
    }
    return levels;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
    const started = performance.now();
    const value = await work();
    return { ms: performance.now() - started, value };
}

const differs = (a: readonly string[], b: readonly string[]) => a.length !== b.length || a.some((x, i) => x !== b[i]);

async function compare<I>(
    name: string,
    inputs: readonly I[],
    calls: number,
    naive: (input: I) => Promise<string[]>,
    api: (input: I) => Promise<string[]>,
): Promise<NaiveResult> {
    const naiveMs: number[] = [];
    const apiMs: number[] = [];
    for (let i = 0; i < calls; i++) {
        const input = inputs[i % inputs.length];
        const theirs = await timed(() => naive(input));
        const ours = await timed(() => api(input));
        if (differs(theirs.value, ours.value))
            throw new Error(
                `${name}: the naive baseline and the API differ on ${JSON.stringify(input)}: ${JSON.stringify({ naive: theirs.value, api: ours.value })}`,
            );
        naiveMs.push(theirs.ms);
        apiMs.push(ours.ms);
    }
    const naiveP50Ms = percentiles(naiveMs).p50;
    const apiP50Ms = percentiles(apiMs).p50;
    return { name, inputs: Math.min(calls, inputs.length), calls, naiveP50Ms, apiP50Ms, speedUp: naiveP50Ms / apiP50Ms };
}

export async function naiveComparisons(
    run: RunCypher,
    graphql: { admin: Graphql; planner: Graphql },
    inputs: { roleUnits: readonly { roleId: string; orgUnitId: string }[] },
    weights: FitWeights,
    policy: EvidencePolicy,
    calls: number,
): Promise<NaiveResult[]> {
    const results: NaiveResult[] = [];
    results.push(
        await compare(
            "candidatesForRole (first 20): people and evidence of the unit loaded into Node",
            inputs.roleUnits,
            calls,
            async ({ roleId, orgUnitId }) => {
                const asOf = Date.now();
                const [role] = (await run("workforce/read-role-requirements", { roleId })) as unknown as {
                    requirements: { skillId: string; level: number; importance: Importance }[];
                }[];
                const people = (await run("bench/read-people-with-evidence", { orgUnitId, completion: completionParam(policy) })) as unknown as PersonRow[];
                const levels = bestLevels(people, asOf, policy);
                const total = role.requirements.reduce((s, q) => s + requirementWeight(q.importance, weights), 0);
                const ranked = [...levels]
                    .filter(([, best]) => role.requirements.some((q) => best.has(q.skillId)))
                    .map(([id, best]) => ({
                        id,
                        fit:
                            role.requirements.reduce(
                                (s, q) => s + requirementWeight(q.importance, weights) * Math.min((best.get(q.skillId) ?? 0) / q.level, 1),
                                0,
                            ) / total,
                    }))
                    .sort(byFitThenId);
                return ranked.slice(0, 20).map((c) => c.id);
            },
            async (input) => {
                const data = await graphql.planner(
                    `query($roleId: ID!, $orgUnitId: ID!) { candidatesForRole(roleId: $roleId, filter: { orgUnitId: $orgUnitId }, first: 20) { edges { node { personId } } } }`,
                    input,
                );
                return (data.candidatesForRole as { edges: { node: { personId: string } }[] }).edges.map((e) => e.node.personId);
            },
        ),
    );
    results.push(
        await compare(
            "skillSupplyDemand (whole organisation, first 50): everyone's evidence loaded into Node",
            [null],
            Math.min(calls, 3),
            async () => {
                const asOf = Date.now();
                const [{ skills }] = (await run("bench/read-demand", { orgUnitId: null })) as unknown as {
                    skills: { skillId: string; skillName: string; level: number; headcount: number; openings: number }[];
                }[];
                const levels = bestLevels(
                    (await run("bench/read-people-with-evidence", { orgUnitId: null, completion: completionParam(policy) })) as unknown as PersonRow[],
                    asOf,
                    policy,
                );
                // One pass over everyone's levels, counting each person once per demanded skill they hold at its level.
                const demanded = new Map(skills.map((s) => [s.skillId, s.level]));
                const supplyOf = new Map<string, number>();
                for (const best of levels.values())
                    for (const [skillId, level] of best)
                        if (level >= (demanded.get(skillId) ?? Infinity)) supplyOf.set(skillId, (supplyOf.get(skillId) ?? 0) + 1);
                const rows = skills.map((s) => {
                    const supply = supplyOf.get(s.skillId) ?? 0;
                    const demand = s.headcount + s.openings;
                    return { s, gap: Math.max(0, demand - supply), spof: Number(supply <= 1), ratio: demand > 0 ? supply / demand : 0 };
                });
                rows.sort((a, b) => b.gap - a.gap || b.spof - a.spof || a.ratio - b.ratio || a.s.skillName.localeCompare(b.s.skillName));
                return rows.slice(0, 50).map((r) => r.s.skillId);
            },
            async () => {
                const data = await graphql.admin(`{ skillSupplyDemand(first: 50) { skills { skillId } } }`, {});
                return (data.skillSupplyDemand as { skills: { skillId: string }[] }).skills.map((s) => s.skillId);
            },
        ),
    );
    return results;
}

export function naiveTable(results: readonly NaiveResult[]): string {
    return [
        "| operation | inputs | calls | naive p50 ms | API p50 ms | API speed-up |",
        "|---|---:|---:|---:|---:|---:|",
        ...results.map((r) => `| ${r.name} | ${r.inputs} | ${r.calls} | ${r.naiveP50Ms.toFixed(0)} | ${r.apiP50Ms.toFixed(1)} | ${r.speedUp.toFixed(1)} |`),
    ].join("\n");
}
