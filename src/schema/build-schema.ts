import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { scalarResolvers } from "./scalars";
import { loadTypeDefs } from "./type-defs";

/** The @neo4j/graphql instance: type definitions from schema/, scalars, and the hand-written resolvers. */
export function createNeo4jGraphQL(driver?: Driver): Neo4jGraphQL {
    return new Neo4jGraphQL({
        typeDefs: loadTypeDefs(),
        resolvers: { ...scalarResolvers },
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

export async function buildSchema(driver?: Driver): Promise<GraphQLSchema> {
    return createNeo4jGraphQL(driver).getSchema();
}
