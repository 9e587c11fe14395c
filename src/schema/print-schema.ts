import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "./build-schema";
import { schemaDir } from "./type-defs";

/** Writes the augmented schema, sorted, to schema/generated/schema.graphql: the input of codegen and of review. */
async function main(): Promise<void> {
    const schema = await buildSchema();
    const out = path.join(schemaDir, "generated", "schema.graphql");
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, printSchema(lexicographicSortSchema(schema)) + "\n");
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
