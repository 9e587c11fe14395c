import { ROOT_CONTEXT, SpanKind, TraceFlags, trace } from "@opentelemetry/api";
import { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, SamplingDecision, TraceIdRatioBasedSampler } from "@opentelemetry/sdk-trace";
import { ConfigError } from "../../src/config";
import { exportRequested, samplerFromEnv } from "../../src/tracing";

/** The standard OTEL_* variables as the API reads them: when spans are exported, and how they are sampled. */
describe("tracing settings", () => {
    it("export only with an OTLP endpoint, and never with the SDK disabled", () => {
        expect(exportRequested({})).toBe(false);
        expect(exportRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe(true);
        expect(exportRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toBe(true);
        expect(exportRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: " " })).toBe(false);
        expect(exportRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "TRUE" })).toBe(false);
    });

    it("sample by OTEL_TRACES_SAMPLER, parent-based always-on by default", () => {
        expect(samplerFromEnv({})).toBeInstanceOf(ParentBasedSampler);
        expect(samplerFromEnv({ OTEL_TRACES_SAMPLER: "always_on" })).toBeInstanceOf(AlwaysOnSampler);
        expect(samplerFromEnv({ OTEL_TRACES_SAMPLER: "always_off" })).toBeInstanceOf(AlwaysOffSampler);
        const ratio = samplerFromEnv({ OTEL_TRACES_SAMPLER: "traceidratio", OTEL_TRACES_SAMPLER_ARG: "0" });
        expect(ratio).toBeInstanceOf(TraceIdRatioBasedSampler);
        expect(ratio.shouldSample(ROOT_CONTEXT, "0af7651916cd43dd8448eb211c80319c", "x", SpanKind.SERVER, {}, []).decision).toBe(SamplingDecision.NOT_RECORD);
        // A sampled caller is followed by the parent-based samplers even when their own root would drop the trace.
        const parent = trace.setSpanContext(ROOT_CONTEXT, {
            traceId: "0af7651916cd43dd8448eb211c80319c",
            spanId: "b7ad6b7169203331",
            traceFlags: TraceFlags.SAMPLED,
        });
        const parentBased = samplerFromEnv({ OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: "0" });
        expect(parentBased.shouldSample(parent, "0af7651916cd43dd8448eb211c80319c", "x", SpanKind.SERVER, {}, []).decision).toBe(
            SamplingDecision.RECORD_AND_SAMPLED,
        );
    });

    it("refuse an unknown sampler or a ratio outside 0 to 1, naming the variable", () => {
        expect(() => samplerFromEnv({ OTEL_TRACES_SAMPLER: "sometimes" })).toThrow(ConfigError);
        expect(() => samplerFromEnv({ OTEL_TRACES_SAMPLER: "sometimes" })).toThrow(/OTEL_TRACES_SAMPLER.*parentbased_always_on/);
        expect(() => samplerFromEnv({ OTEL_TRACES_SAMPLER: "traceidratio", OTEL_TRACES_SAMPLER_ARG: "1.5" })).toThrow(/OTEL_TRACES_SAMPLER_ARG.*0 to 1/);
        expect(() => samplerFromEnv({ OTEL_TRACES_SAMPLER: "traceidratio", OTEL_TRACES_SAMPLER_ARG: "half" })).toThrow(ConfigError);
    });
});
