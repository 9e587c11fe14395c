import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { customResolvers } from "../resolvers";
import { describeRanges, guardInputs, rangesOf } from "./input-guard";
import { guardMutations } from "./mutation-guard";
import { scalarResolvers } from "./scalars";
import { loadTypeDefs } from "./type-defs";

/**
 * The @neo4j/graphql instance: type definitions from schema/, scalars, and the hand-written resolvers.
 * The library's own document validation is off here: its check of `@customResolver(requires: ...)` re-prints the
 * schema and fails on `@default(value: [])` (a list default it accepts everywhere else). test/unit/type-defs.test.ts
 * runs that validation over the same definitions with only the `requires` arguments removed.
 */
export function createNeo4jGraphQL(driver?: Driver, typeDefs: string[] = loadTypeDefs(), validate = false): Neo4jGraphQL {
    return new Neo4jGraphQL({
        typeDefs,
        validate,
        resolvers: { ...scalarResolvers, ...customResolvers },
        driver,
        features: {
            excludeDeprecatedFields: {
                mutationOperations: true,
                aggregationFilters: true,
                aggregationFiltersOutsideConnection: true,
                relationshipFilters: true,
                attributeFilters: true,
            },
        },
    });
}

/** The printed schema: type definitions only, no database needed. */
export async function buildSchema(): Promise<GraphQLSchema> {
    return describeRanges(await createNeo4jGraphQL().getSchema(), rangesOf(loadTypeDefs()));
}

/** The schema the server runs: generated resolvers plus the checks that need the database. */
export async function buildExecutableSchema(neoSchema: Neo4jGraphQL, driver: Driver): Promise<GraphQLSchema> {
    const handWritten = new Set([...Object.keys(customResolvers.Query), ...Object.keys(customResolvers.Mutation)]);
    const ranges = rangesOf(loadTypeDefs());
    return guardMutations(guardInputs(describeRanges(await neoSchema.getSchema(), ranges), handWritten, ranges), driver, handWritten);
}
