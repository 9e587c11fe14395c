import type { QueryResolvers } from "../generated/resolvers-types";
import { skillGap } from "../services/skill-gap";

/** Query.skillGap: reads the arguments and delegates to the service. */
export const skillGapResolver: NonNullable<QueryResolvers["skillGap"]> = (_source, args, context) =>
    skillGap(
        context.driver,
        context.database,
        { personId: args.personId, roleId: args.roleId, includeNarrower: args.includeNarrower ?? false, asOf: args.asOf ? new Date(String(args.asOf)) : new Date() },
        context.fitWeights,
    );
