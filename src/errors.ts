import { GraphQLError } from "graphql";

/** Error codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "UNAVAILABLE";

export interface ErrorDetail {
    /** The input path of the offending value, for example `input.level`. */
    readonly field?: string;
    /** What is allowed, for example `an integer from 1 to 5`. */
    readonly allowed?: string;
    readonly [key: string]: unknown;
}

export class SkillgraphError extends GraphQLError {
    constructor(code: ErrorCode, message: string, detail: ErrorDetail = {}) {
        super(message, { extensions: { code, ...detail } });
    }
}

export const badInput = (message: string, detail: ErrorDetail = {}) => new SkillgraphError("BAD_USER_INPUT", message, detail);
export const notFound = (message: string, detail: ErrorDetail = {}) => new SkillgraphError("NOT_FOUND", message, detail);
export const conflict = (message: string, detail: ErrorDetail = {}) => new SkillgraphError("CONFLICT", message, detail);
export const unavailable = (message: string) => new SkillgraphError("UNAVAILABLE", message);
