import type { QueryResolvers } from "../generated/resolvers-types";
import { credentialProgress, credentialStack, expiringCredentials, nearestCredentials } from "../services/credential-progress";
import { learningPlan } from "../services/learning-plan";
import { asOfArg, numberArg, pageSize, planOptionsArg } from "./arguments";

type Resolver<K extends keyof QueryResolvers> = NonNullable<QueryResolvers[K]>;

export const learningPlanResolver: Resolver<"learningPlan"> = (_source, args, context) =>
    learningPlan(context.db, args.personId, args.target, planOptionsArg(args.options), asOfArg(args.asOf, context.now), context.fitWeights);

export const credentialStackResolver: Resolver<"credentialStack"> = (_source, args, context) => credentialStack(context.db, args.credentialId);

export const credentialProgressResolver: Resolver<"credentialProgress"> = (_source, args, context) =>
    credentialProgress(context.db, args.personId, args.credentialId, planOptionsArg(args.options), asOfArg(args.asOf, context.now));

export const nearestCredentialsResolver: Resolver<"nearestCredentials"> = (_source, args, context) =>
    nearestCredentials(context.db, args.personId, pageSize(args.first, "first", 5, 50), planOptionsArg(args.options), asOfArg(args.asOf, context.now));

export const expiringCredentialsResolver: Resolver<"expiringCredentials"> = (_source, args, context) =>
    expiringCredentials(context.db, numberArg(args.withinDays)!, args.orgUnitId ?? null, pageSize(args.first, "first", 100, 1000), asOfArg(args.asOf, context.now));
