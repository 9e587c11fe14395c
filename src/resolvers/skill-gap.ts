import type { PersonResolvers, QueryResolvers } from "../generated/resolvers-types";
import { skillGap } from "../use-cases/skill-gap";
import { asOfArg } from "./arguments";

/** Query.skillGap: reads the arguments and delegates to the service. */
export const skillGapResolver: NonNullable<QueryResolvers["skillGap"]> = async (_source, args, context) => {
    await context.access.person(args.personId, "personId");
    return skillGap(
        context.db,
        { personId: args.personId, roleId: args.roleId },
        { includeNarrower: args.includeNarrower ?? false, asOf: asOfArg(args.asOf, context.now), weights: context.fitWeights },
    );
};

/**
 * Person.fitFor: the same report, batched across a list of people by the request's DataLoader. The parent passed the
 * Person rules already, so whoever sees the person may see their fit.
 */
export const fitForResolver: NonNullable<PersonResolvers["fitFor"]> = (person, args, context) =>
    context.loaders.skillGapByPersonRole.load({
        personId: person.id,
        roleId: args.roleId,
        includeNarrower: args.includeNarrower ?? false,
        asOf: asOfArg(args.asOf, context.now).toISOString(),
    });
