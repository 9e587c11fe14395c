/**
 * One GraphQL request over HTTP with a bearer token, as every part of the benchmark sends them: the answer's data, or
 * an error with the status and the start of the body (./harness.ts isGraphqlError: a non-200 status, `errors`, or no
 * `data` is an error).
 */
import { isGraphqlError } from "./harness";

export interface GraphqlCall {
    readonly query: string;
    readonly variables: Record<string, unknown>;
    readonly token: string;
}

export async function postGraphql(url: string, request: GraphqlCall, what: string): Promise<Record<string, unknown>> {
    const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${request.token}` },
        body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    const body: unknown = await response.json().catch(() => null);
    if (isGraphqlError(response.status, body)) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
    return (body as { data: Record<string, unknown> }).data;
}
