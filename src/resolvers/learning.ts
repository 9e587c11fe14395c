import type { QueryResolvers } from "../generated/resolvers-types";
import { credentialProgress, credentialStack, expiringCredentials, nearestCredentials } from "../use-cases/credential-progress";
import { learningPlan } from "../use-cases/learning-plan";
import { asOfArg, numberArg, pageSize, planOptionsArg } from "./arguments";

type Resolver<K extends keyof QueryResolvers> = NonNullable<QueryResolvers[K]>;

export const learningPlanResolver: Resolver<"learningPlan"> = async (_source, args, context) => {
    await context.access.person(args.personId, "personId");
    return learningPlan(
        context.db,
        context.compute,
        { personId: args.personId, target: args.target, options: planOptionsArg(args.options), asOf: asOfArg(args.asOf, context.now) },
        context.fitWeights,
    );
};

export const credentialStackResolver: Resolver<"credentialStack"> = (_source, args, context) => credentialStack(context.db, args.credentialId);

export const credentialProgressResolver: Resolver<"credentialProgress"> = async (_source, args, context) => {
    await context.access.person(args.personId, "personId");
    return credentialProgress(context.db, context.compute, args.personId, args.credentialId, planOptionsArg(args.options), asOfArg(args.asOf, context.now));
};

export const nearestCredentialsResolver: Resolver<"nearestCredentials"> = async (_source, args, context) => {
    await context.access.person(args.personId, "personId");
    return nearestCredentials(
        context.db,
        context.compute,
        args.personId,
        pageSize(args.first, "first", 5, 50),
        planOptionsArg(args.options),
        asOfArg(args.asOf, context.now),
    );
};

export const expiringCredentialsResolver: Resolver<"expiringCredentials"> = (_source, args, context) => {
    const orgUnitId = context.access.planningUnit(args.orgUnitId ?? null, "orgUnitId", "list people's expiring credentials");
    return expiringCredentials(context.db, numberArg(args.withinDays)!, orgUnitId, pageSize(args.first, "first", 100, 1000), asOfArg(args.asOf, context.now));
};
