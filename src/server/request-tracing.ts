/**
 * What each /graphql request leaves behind once answered, timed by one clock: an OpenTelemetry server span (a child of
 * the caller's trace when it sends a W3C traceparent), named by its GraphQL operation and carrying its audience and
 * outcome, never its variables; its count and latency in the metrics; and one log line with its id, operation,
 * outcome and trace id. The operation and outcome come from Apollo (metricsPlugin) or a refusal before it.
 */
import { SpanStatusCode, context } from "@opentelemetry/api";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../logger";
import { startServerSpan } from "../tracing";
import type { Metrics } from "./metrics";
import { locals, requestOutcome } from "./request-guards";

export function observeRequests(log: Logger, metrics: Metrics) {
    return (req: Request, res: Response, next: NextFunction): void => {
        const started = process.hrtime.bigint();
        const { span, context: traced } = startServerSpan("graphql", req.headers, {
            "http.request.method": req.method,
            "url.path": req.originalUrl.split("?")[0],
        });
        locals(res).traceContext = traced;
        res.once("finish", () => {
            const { requestId, operation: named, operationType, principal } = locals(res);
            const operation = named ?? "none";
            const outcome = requestOutcome(res);
            const audience = principal ? [...principal.audiences].join(",") || "anonymous" : "anonymous";
            span.updateName(named ? `${operationType ?? "graphql"} ${named}` : "graphql");
            span.setAttributes({
                "graphql.operation.name": operation,
                ...(operationType ? { "graphql.operation.type": operationType } : {}),
                "skillgraph.audience": audience,
                "skillgraph.outcome": outcome,
                "skillgraph.request_id": requestId,
                "http.response.status_code": res.statusCode,
            });
            if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
            span.end();
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            metrics.observeRequest(operation, outcome, seconds);
            const ms = Math.round(seconds * 1e5) / 100;
            log.info({ requestId, operation, outcome, status: res.statusCode, ms, audience, traceId: span.spanContext().traceId }, "request");
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
