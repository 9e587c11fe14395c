/**
 * A query's first answer after a write that invalidates the in-process index behind it: each call first changes one
 * requirement's level through the API (an admin's generated mutation, which bumps the role-profile version in its
 * transaction), then times the query, which must reload what changed before answering. The same query with no change
 * before it is timed alongside, over the same inputs, as the baseline. The requirement is set back at the end.
 */
import { type GraphqlCall, postGraphql } from "./graphql-http";
import { type Percentiles, percentiles } from "./stats";

export interface AfterChangeResult {
    readonly name: string;
    readonly calls: number;
    readonly afterChange: Percentiles;
    readonly unchanged: Percentiles;
}

export interface Requirement {
    readonly roleId: string;
    readonly skillId: string;
    readonly level: number;
}

const post = (url: string, request: GraphqlCall) => postGraphql(url, request, "GraphQL error after a requirement change");

export const SET_LEVEL = `mutation SetLevel($roleId: ID!, $skillId: ID!, $level: Int!) {
    updateRoles(where: { id: { eq: $roleId } }, update: { requires: [{ update: { where: { node: { id: { eq: $skillId } } }, edge: { level: { set: $level } } } }] }) { roles { id } }
}`;

export async function measureAfterChange(
    url: string,
    name: string,
    queries: readonly GraphqlCall[],
    requirement: Requirement,
    adminToken: string,
    { warmup, calls }: { warmup: number; calls: number },
): Promise<AfterChangeResult> {
    const setLevel = (level: number) => post(url, { query: SET_LEVEL, variables: { ...requirement, level }, token: adminToken });
    const other = requirement.level > 1 ? requirement.level - 1 : requirement.level + 1;
    const timed = async (request: GraphqlCall) => {
        const started = performance.now();
        await post(url, request);
        return performance.now() - started;
    };
    const afterChange: number[] = [];
    const unchanged: number[] = [];
    try {
        for (let i = 0; i < warmup + calls; i++) {
            const query = queries[i % queries.length];
            await setLevel(i % 2 === 0 ? other : requirement.level);
            const first = await timed(query);
            const again = await timed(query);
            if (i < warmup) continue;
            afterChange.push(first);
            unchanged.push(again);
        }
    } finally {
        await setLevel(requirement.level);
    }
    return { name, calls, afterChange: percentiles(afterChange), unchanged: percentiles(unchanged) };
}

export function afterChangeTable(rows: readonly AfterChangeResult[]): string {
    const ms = (p: Percentiles) => `${p.p50.toFixed(1)} / ${p.p95.toFixed(1)} / ${p.p99.toFixed(1)}`;
    return [
        "| operation | calls | first call after the change, p50 / p95 / p99 ms | the same call again, p50 / p95 / p99 ms | ratio (p95) |",
        "|---|---:|---|---|---:|",
        ...rows.map((r) => `| ${r.name} | ${r.calls} | ${ms(r.afterChange)} | ${ms(r.unchanged)} | ${(r.afterChange.p95 / r.unchanged.p95).toFixed(2)} |`),
    ].join("\n");
}
