import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print } from "graphql";

const operationsDir = path.join(__dirname, "..", "operations");

/** Operation name -> document text, from test/operations/*.graphql (the same files codegen types). */
export const operations: ReadonlyMap<string, string> = new Map(
    readdirSync(operationsDir)
        .filter((file) => file.endsWith(".graphql"))
        .flatMap((file) =>
            parse(readFileSync(path.join(operationsDir, file), "utf8")).definitions.flatMap((definition) =>
                definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [[definition.name.value, print(definition)] as const] : [],
            ),
        ),
);
