import { storedToken } from "../shared/session";

export class ApiError extends Error {
    constructor(
        message: string,
        readonly code: string,
    ) {
        super(message);
    }
}

interface GraphQLBody<T> {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs an operation against this origin's /graphql with the tab's bearer token; GraphQL errors become an ApiError. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const token = storedToken();
    const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLBody<T>;
    const error = body.errors?.[0];
    if (error) throw new ApiError(error.message, error.extensions?.code ?? `HTTP_${response.status}`);
    if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`, `HTTP_${response.status}`);
    return body.data;
}
