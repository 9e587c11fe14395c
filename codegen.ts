import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types generated from the printed augmented schema (schema/generated/schema.graphql, written by
 * `npm run schema:print`): resolver signatures for src/ and result/variable types for the operations tests send.
 * `npm run codegen` regenerates both; CI fails when the committed output is stale. The client package's typed documents
 * (clients/typescript/) come from the client preset, each carrying its sha256 hash, with the manifest of those hashes
 * that the API's trusted documents read (src/server/trusted-documents.ts).
 */
const scalars = {
    ID: "string",
    Proficiency: "number",
    EqfLevel: "number",
    JobZone: "number",
    PositiveInt: "number",
    NonNegativeInt: "number",
    NonNegativeFloat: "number",
    Fraction: "number",
    SearchText: "string",
    EmailAddress: "string",
    URL: "string",
    CountryCode: "string",
    Currency: "string",
    Locale: "string",
    JSONObject: "Record<string, unknown>",
    DateTime: "string",
    Date: "string",
    Time: "string",
    LocalDateTime: "string",
    LocalTime: "string",
    Duration: "string",
    BigInt: "string",
};

const config: CodegenConfig = {
    overwrite: true,
    schema: "schema/generated/schema.graphql",
    emitLegacyCommonJSImports: true,
    generates: {
        "src/generated/resolvers-types.ts": {
            plugins: ["typescript", "typescript-resolvers"],
            config: {
                contextType: "../server/context#RequestContext",
                scalars,
                useTypeImports: true,
                enumsAsTypes: true,
                // Types whose fields have their own resolvers: the parent value is the service's shape.
                mappers: { TransitionGap: "../domain/transition-cost#TransitionGap as TransitionGapModel" },
            },
        },
        "test/generated/operations.ts": {
            documents: "test/operations/*.graphql",
            plugins: ["typescript-operations"],
            config: { scalars, useTypeImports: true, enumsAsTypes: true },
        },
        "clients/typescript/src/gql/": {
            documents: "clients/typescript/operations/*.graphql",
            preset: "client",
            presetConfig: { fragmentMasking: false, persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" } },
            config: { scalars, useTypeImports: true, enumsAsTypes: true },
        },
    },
};

export default config;
