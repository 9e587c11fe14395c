import { isSpanContextValid, trace } from "@opentelemetry/api";
import pino from "pino";

export type Logger = pino.Logger;

/** The trace id of the span the line is logged in (a request's, see src/tracing.ts), when there is one. */
function traceOfLine(): { traceId?: string } {
    const span = trace.getActiveSpan()?.spanContext();
    return span && isSpanContextValid(span) ? { traceId: span.traceId } : {};
}

/** Structured JSON logs on stdout; LOG_LEVEL picks the threshold. Lines logged during a request carry its trace id. */
export function createLogger(level: string, name = "skillgraph", destination?: pino.DestinationStream): Logger {
    return pino({ name, level, base: { service: name }, mixin: traceOfLine }, destination);
}
