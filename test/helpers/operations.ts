import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { type DefinitionNode, type FragmentDefinitionNode, Kind, parse, print, visit } from "graphql";

const operationsDir = path.join(__dirname, "..", "operations");

const definitions: DefinitionNode[] = readdirSync(operationsDir)
    .filter((file) => file.endsWith(".graphql"))
    .flatMap((file) => parse(readFileSync(path.join(operationsDir, file), "utf8")).definitions);

const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

/** The fragments a definition spreads, transitively. */
function fragmentsUsed(node: DefinitionNode, seen = new Set<string>()): Set<string> {
    visit(node, {
        FragmentSpread(spread) {
            const name = spread.name.value;
            if (seen.has(name)) return;
            seen.add(name);
            const fragment = fragments.get(name);
            if (fragment) fragmentsUsed(fragment, seen);
        },
    });
    return seen;
}

/** Operation name -> document text (with the fragments it uses), from test/operations/*.graphql (the files codegen types). */
export const operations: ReadonlyMap<string, string> = new Map(
    definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name
            ? [[definition.name.value, [definition, ...[...fragmentsUsed(definition)].map((name) => fragments.get(name)!)].map(print).join("\n")] as const]
            : [],
    ),
);
