/**
 * OpenTelemetry traces: a span per GraphQL request (src/server/request-tracing.ts), per hand-written resolver and per
 * named Cypher query (src/neo4j/read-rows.ts). Spans are exported by OTLP/protobuf only when OTEL_EXPORTER_OTLP_ENDPOINT
 * (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set; the exporter reads the other standard OTEL_EXPORTER_OTLP_* variables
 * itself. Without an exporter nothing is recorded, but every request still gets a trace id (the caller's, from a
 * W3C traceparent header, or a new one), which the log lines carry.
 */
import { type Attributes, type Context, type Span, SpanKind, SpanStatusCode, context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import {
    AlwaysOffSampler,
    AlwaysOnSampler,
    BatchSpanProcessor,
    ParentBasedSampler,
    type Sampler,
    type SpanProcessor,
    TraceIdRatioBasedSampler,
    TracerProvider,
} from "@opentelemetry/sdk-trace";
import { ConfigError } from "./config";

const TRACER = "skillgraph";

export const tracer = () => trace.getTracer(TRACER);

export interface Tracing {
    /** Whether spans are recorded and sent anywhere. */
    readonly exporting: boolean;
    /** Sends what is buffered and stops. */
    shutdown(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

const SAMPLERS = ["always_on", "always_off", "traceidratio", "parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio"];

/** OTEL_TRACES_SAMPLER and its argument, as the specification names them (default parentbased_always_on). */
export function samplerFromEnv(env: Env): Sampler {
    const name = env.OTEL_TRACES_SAMPLER?.trim() || "parentbased_always_on";
    if (!SAMPLERS.includes(name)) throw new ConfigError("OTEL_TRACES_SAMPLER", `is "${name}"`, `use one of ${SAMPLERS.join(", ")}`);
    const ratio = (): number => {
        const text = env.OTEL_TRACES_SAMPLER_ARG?.trim();
        const value = text ? Number(text) : 1;
        if (!Number.isFinite(value) || value < 0 || value > 1)
            throw new ConfigError("OTEL_TRACES_SAMPLER_ARG", `is "${text}"`, "give the share of traces to keep, from 0 to 1");
        return value;
    };
    const root = name.endsWith("always_off")
        ? new AlwaysOffSampler()
        : name.endsWith("traceidratio")
          ? new TraceIdRatioBasedSampler(ratio())
          : new AlwaysOnSampler();
    return name.startsWith("parentbased_") ? new ParentBasedSampler({ root }) : root;
}

/** Whether the standard variables ask for spans to be exported. */
export function exportRequested(env: Env): boolean {
    return (
        env.OTEL_SDK_DISABLED?.trim().toLowerCase() !== "true" &&
        Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim())
    );
}

/**
 * Registers the process's tracer provider, context manager and W3C propagator. `exporter` replaces OTLP (tests pass
 * an in-memory one); without either, spans carry ids but are not recorded.
 */
export function startTracing(options: { readonly env?: Env; readonly version?: string; readonly processor?: SpanProcessor } = {}): Tracing {
    const env = options.env ?? process.env;
    const sampler = samplerFromEnv(env);
    const processor = options.processor ?? (exportRequested(env) ? new BatchSpanProcessor({ exporter: new OTLPTraceExporter() }) : null);
    const provider = new TracerProvider({
        sampler: processor ? sampler : new AlwaysOffSampler(),
        resource: defaultResource()
            .merge(resourceFromAttributes({ "service.name": TRACER, ...(options.version ? { "service.version": options.version } : {}) }))
            .merge(detectResources({ detectors: [envDetector] })),
        spanProcessors: processor ? [processor] : [],
    });
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(provider);
    return {
        exporting: processor !== null,
        shutdown: async () => {
            await provider.shutdown();
            trace.disable();
            context.disable();
            propagation.disable();
        },
    };
}

/** Runs `work` inside a child span of the active one; the span records a thrown error and always ends. */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>, kind = SpanKind.INTERNAL): Promise<T> {
    return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
        try {
            return await work(span);
        } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message.split("\n")[0] : String(error) });
            throw error;
        } finally {
            span.end();
        }
    });
}

/** Starts a request's server span, as a child of the caller's trace when its headers carry one. */
export function startServerSpan(name: string, headers: Record<string, unknown>, attributes: Attributes): { span: Span; context: Context } {
    const parent = propagation.extract(context.active(), headers);
    const span = tracer().startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
    return { span, context: trace.setSpan(parent, span) };
}

/** Each resolver of one type inside its own span, named `resolve <Type>.<field>`. */
export function tracedResolvers<T extends Record<string, unknown>>(typeName: string, resolvers: T): T {
    const traced = Object.entries(resolvers).map(([field, resolver]) => {
        if (typeof resolver !== "function") return [field, resolver];
        const attributes = { "graphql.field.name": field, "graphql.field.type": typeName };
        return [
            field,
            (...args: unknown[]) =>
                inSpan(`resolve ${typeName}.${field}`, attributes, () => Promise.resolve((resolver as (...args: unknown[]) => unknown)(...args))),
        ];
    });
    return Object.fromEntries(traced) as T;
}
