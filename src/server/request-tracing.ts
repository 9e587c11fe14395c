/**
 * Each /graphql request as an OpenTelemetry server span (a child of the caller's trace when it sends a W3C
 * traceparent), named by its GraphQL operation once Apollo knows it and carrying its audience and outcome, never its
 * variables; and one log line per request with its id, operation, outcome and trace id.
 */
import { SpanStatusCode, context } from "@opentelemetry/api";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../logger";
import { startServerSpan } from "../tracing";
import { locals, requestOutcome } from "./request-guards";

export function traceRequests(log: Logger) {
    return (req: Request, res: Response, next: NextFunction): void => {
        const started = process.hrtime.bigint();
        const { span, context: traced } = startServerSpan("graphql", req.headers, {
            "http.request.method": req.method,
            "url.path": req.originalUrl.split("?")[0],
        });
        locals(res).traceContext = traced;
        res.once("finish", () => {
            const { requestId, operation, operationType, principal } = locals(res);
            const outcome = requestOutcome(res);
            const audience = principal ? [...principal.audiences].join(",") || "anonymous" : "anonymous";
            span.updateName(operation ? `${operationType ?? "graphql"} ${operation}` : "graphql");
            span.setAttributes({
                "graphql.operation.name": operation ?? "none",
                ...(operationType ? { "graphql.operation.type": operationType } : {}),
                "skillgraph.audience": audience,
                "skillgraph.outcome": outcome,
                "skillgraph.request_id": requestId,
                "http.response.status_code": res.statusCode,
            });
            if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
            span.end();
            const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
            log.info(
                { requestId, operation: operation ?? "none", outcome, status: res.statusCode, ms, audience, traceId: span.spanContext().traceId },
                "request",
            );
        });
        context.with(traced, next);
    };
}

/** Re-enters the request's trace context: stream events (the JSON body parser's) run outside the one it began in. */
export function resumeTrace(_req: Request, res: Response, next: NextFunction): void {
    const traced = locals(res).traceContext;
    if (traced) context.with(traced, next);
    else next();
}
