import type { QueryResolvers } from "../generated/resolvers-types";
import { benchStrength, candidatesForRole } from "../services/role-candidates";
import { skillSupplyDemand } from "../services/supply-demand";
import { asOfArg, pageSize } from "./arguments";

/** Query.candidatesForRole: reads the arguments and delegates to the service. */
export const candidatesForRoleResolver: NonNullable<QueryResolvers["candidatesForRole"]> = (_source, args, context) =>
    candidatesForRole(
        context.db,
        args.roleId,
        {
            orgUnitId: args.filter?.orgUnitId ?? null,
            minAvailability: args.filter?.minAvailability ?? 0,
            location: args.filter?.location ?? null,
            excludeCurrentHolders: args.filter?.excludeCurrentHolders ?? false,
        },
        pageSize(args.first, "first", 20, 100),
        args.after ?? null,
        asOfArg(args.asOf, context.now),
        context.fitWeights,
    );

/** Query.benchStrength: reads the arguments and delegates to the service. */
export const benchStrengthResolver: NonNullable<QueryResolvers["benchStrength"]> = (_source, args, context) =>
    benchStrength(context.db, args.roleId, args.minFit ?? 0.8, asOfArg(args.asOf, context.now), context.fitWeights);

/** Query.skillSupplyDemand: reads the arguments and delegates to the service. */
export const skillSupplyDemandResolver: NonNullable<QueryResolvers["skillSupplyDemand"]> = (_source, args, context) =>
    skillSupplyDemand(context.db, args.orgUnitId ?? null, pageSize(args.first, "first", 50, 500), asOfArg(args.asOf, context.now));
