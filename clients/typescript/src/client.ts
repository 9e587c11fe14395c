import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, Kind, type OperationDefinitionNode, print } from "graphql";

/** A bearer token, or a function giving the current one (asked before every request, so it may refresh). */
export type TokenSource = string | (() => string | Promise<string>);

export interface ClientOptions {
    /** The API's GraphQL endpoint, for example http://localhost:4000/graphql. */
    readonly url: string;
    readonly token?: TokenSource;
    /** Another fetch (a test double, an instrumented one); the global fetch by default. */
    readonly fetch?: typeof fetch;
    /** Extra headers sent with every request. */
    readonly headers?: Readonly<Record<string, string>>;
    /** Send only each document's hash (a deployment with trusted documents); the query text otherwise. */
    readonly persisted?: boolean;
}

export interface GraphQLErrorBody {
    readonly message: string;
    readonly path?: readonly (string | number)[];
    readonly extensions?: { readonly code?: string; readonly field?: string; readonly requestId?: string; readonly [key: string]: unknown };
}

/** The API's answer was an error: its first error's code (FORBIDDEN, BAD_USER_INPUT, ...), field and request id. */
export class SkillgraphError extends Error {
    readonly code: string;
    readonly field: string | undefined;
    readonly requestId: string | undefined;
    constructor(
        readonly errors: readonly GraphQLErrorBody[],
        /** The HTTP status (200 for most GraphQL errors; 400, 401, 403, 429 or 503 for refusals before execution). */
        readonly status: number,
        /** What the API answered besides the errors (partial data), if anything. */
        readonly data: unknown = null,
    ) {
        super(errors.map((error) => error.message).join("; "));
        this.name = "SkillgraphError";
        const extensions = errors[0]?.extensions ?? {};
        this.code = extensions.code ?? "INTERNAL_SERVER_ERROR";
        this.field = extensions.field;
        this.requestId = extensions.requestId;
    }
}

export interface SkillgraphClient {
    /** Runs one operation; resolves with its data, or rejects with a SkillgraphError. */
    request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData>;
}

/** The hash ("sha256:<hex>") the client preset embeds in each generated document: its key in persisted-documents.json. */
export const documentHash = (document: DocumentNode): string | undefined => (document as { __meta__?: { hash?: string } }).__meta__?.hash;

const operationName = (document: DocumentNode) =>
    document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)?.name?.value;

export function createClient(options: ClientOptions): SkillgraphClient {
    const send = options.fetch ?? globalThis.fetch;
    return {
        async request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables) {
            const hash = documentHash(document);
            if (options.persisted && !hash)
                throw new Error("persisted is on, but this document has no hash: generate it with the client preset's persistedDocuments.");
            const token = typeof options.token === "function" ? await options.token() : options.token;
            const response = await send(options.url, {
                method: "POST",
                headers: { "content-type": "application/json", ...options.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
                body: JSON.stringify({
                    ...(options.persisted ? { documentId: hash } : { query: print(document) }),
                    operationName: operationName(document),
                    variables: variables ?? {},
                }),
            });
            let body: { data?: TData | null; errors?: GraphQLErrorBody[] };
            try {
                body = (await response.json()) as typeof body;
            } catch {
                throw new SkillgraphError([{ message: `The API answered HTTP ${response.status} without a GraphQL body.` }], response.status);
            }
            if (body.errors?.length) throw new SkillgraphError(body.errors, response.status, body.data ?? null);
            if (!body.data) throw new SkillgraphError([{ message: `The API answered HTTP ${response.status} without data.` }], response.status);
            return body.data;
        },
    };
}
