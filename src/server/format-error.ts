import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { isUnreachable } from "./database-status";

/** Codes the client may see as they are; graphql-js and Apollo's own request errors are included. */
const EXPOSED_CODES = new Set([
    "BAD_USER_INPUT",
    "NOT_FOUND",
    "CONFLICT",
    "FORBIDDEN",
    "UNAUTHENTICATED",
    "UNAVAILABLE",
    "GRAPHQL_PARSE_FAILED",
    "GRAPHQL_VALIDATION_FAILED",
    "BAD_REQUEST",
    "OPERATION_RESOLUTION_FAILURE",
    "PERSISTED_QUERY_NOT_FOUND",
    "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** @neo4j/graphql's error classes, recognised by name so that no internal text leaks. */
const LIBRARY_ERRORS: Record<string, { code: string; message?: string }> = {
    Neo4jGraphQLConstraintValidationError: { code: "CONFLICT", message: "A node with this id (or email) already exists; choose another." },
    Neo4jGraphQLForbiddenError: { code: "FORBIDDEN", message: "Forbidden." },
    Neo4jGraphQLAuthenticationError: { code: "UNAUTHENTICATED", message: "Authentication required." },
    Neo4jGraphQLRelationshipValidationError: { code: "BAD_USER_INPUT" },
};

/** @neo4j/graphql's generic error class, by message: its authentication and authorization refusals. */
const LIBRARY_REFUSALS: Record<string, { code: string; message: string }> = {
    Unauthenticated: { code: "UNAUTHENTICATED", message: "Sign in to read this: it needs a bearer token (npm run token in development)." },
    Forbidden: { code: "FORBIDDEN", message: "Your token does not allow this." },
};

export interface ClientError {
    readonly code: string;
    readonly message: string;
    /** False for errors the client must not see in detail: they are logged with the request id. */
    readonly expected: boolean;
}

/**
 * The one place errors are classified for clients. `databaseDown`: the database status knows the database is
 * unreachable, so that an error no rule names (the driver's and the library's words for a connection lost
 * mid-request vary) is that outage, UNAVAILABLE (logged as such with its cause), not an internal error.
 */
export function classifyError(formatted: GraphQLFormattedError, error: unknown, databaseDown = false): ClientError {
    const original = unwrapResolverError(error);
    // The library's classes keep GraphQLError's name; their constructors say which they are.
    const className = original instanceof Error ? original.constructor.name : "";
    const library = original instanceof Error ? (LIBRARY_ERRORS[original.name] ?? LIBRARY_ERRORS[className]) : undefined;
    if (library) return { code: library.code, message: library.message ?? (original as Error).message, expected: true };
    const refusal = className === "Neo4jGraphQLError" ? LIBRARY_REFUSALS[(original as Error).message] : undefined;
    if (refusal) return { ...refusal, expected: true };
    // @neo4j/graphql 7 cannot translate some nested inputs of a list create; the input is valid GraphQL, so say how.
    if (original instanceof Error && /^Expected create operation, but found: \w+$/.test(original.message)) {
        return {
            code: "BAD_USER_INPUT",
            message: "This nested input cannot be written in one create: create the nodes first, then connect them with an update.",
            expected: true,
        };
    }
    // Negative limit, offset or first reach the library or the database as they are; they are the user's input.
    if (original instanceof Error && /^Argument "\w+" must be a non-negative integer$/.test(original.message)) {
        return { code: "BAD_USER_INPUT", message: `${original.message}.`, expected: true };
    }
    if (original instanceof Neo4jError && /^(LIMIT|SKIP): Invalid input/.test(original.message)) {
        return { code: "BAD_USER_INPUT", message: "limit and offset must be whole numbers of 0 or more.", expected: true };
    }
    if (original instanceof Neo4jError) {
        if (original.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            return { code: "UNAVAILABLE", message: "The query took too long and was stopped; narrow it down and retry.", expected: true };
        }
        if (/^Neo\.(Client|Transient)Error\.Transaction\.(Terminated|LockClientStopped)$/.test(original.code)) {
            return { code: "UNAVAILABLE", message: "The transaction was stopped before it committed, so nothing of it was written; retry.", expected: true };
        }
        if (original.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError") {
            return {
                code: "UNAVAILABLE",
                message: "The database has no memory to spare for this query right now; retry shortly, or narrow it down (an orgUnitId, a higher minFit).",
                expected: true,
            };
        }
        if (original.code === "Neo.TransientError.Transaction.DeadlockDetected") {
            return { code: "UNAVAILABLE", message: "A concurrent write held the same data, so nothing of this one was written; retry.", expected: true };
        }
        if (isUnreachable(original)) {
            return { code: "UNAVAILABLE", message: "The database is unavailable; retry shortly.", expected: true };
        }
        if (/^Connection acquisition timed out/.test(original.message)) {
            return { code: "UNAVAILABLE", message: "No database connection came free in time; retry shortly.", expected: true };
        }
        return unnamed(databaseDown);
    }
    // A bad scalar literal (level 6, a negative duration) is the user's input, not a malformed document.
    if (formatted.extensions?.scalar) return { code: "BAD_USER_INPUT", message: formatted.message, expected: true };
    const code = formatted.extensions?.code;
    if (typeof code === "string" && EXPOSED_CODES.has(code)) return { code, message: formatted.message, expected: true };
    return unnamed(databaseDown);
}

/** An error no rule names: the outage while the database is known to be down, else an internal error (masked, logged). */
const unnamed = (databaseDown: boolean): ClientError =>
    databaseDown
        ? { code: "UNAVAILABLE", message: "The database is unavailable; retry shortly.", expected: true }
        : { code: "INTERNAL_SERVER_ERROR", message: "Internal error.", expected: false };

/** Apollo's formatError: expected errors keep their code and details; the rest are masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, databaseDown = false): GraphQLFormattedError {
    const { code, message, expected } = classifyError(formatted, error, databaseDown);
    if (expected && code === formatted.extensions?.code) return formatted;
    if (expected) return { ...formatted, message, extensions: { ...formatted.extensions, code } };
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}
