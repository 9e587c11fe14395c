export { type ClientOptions, type GraphQLErrorBody, type SkillgraphClient, SkillgraphError, type TokenSource, createClient, documentHash } from "./client";
export * from "./gql/graphql";
export { graphql } from "./gql/gql";
