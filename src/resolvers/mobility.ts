import type { QueryResolvers, TransitionGapResolvers } from "../generated/resolvers-types";
import { adjacentRoles, careerPaths } from "../use-cases/career-mobility";
import { benchStrength, candidatesForRole } from "../use-cases/role-candidates";
import { skillSupplyDemand } from "../use-cases/supply-demand";
import { growthPositions } from "../use-cases/growth-positions";
import { is, unauthenticated } from "../auth/principal";
import { badInput } from "../errors";
import { asOfArg, numberArg, pageSize } from "./arguments";

/** Query.candidatesForRole: reads the arguments and delegates to the service. */
export const candidatesForRoleResolver: NonNullable<QueryResolvers["candidatesForRole"]> = (_source, args, context) =>
    candidatesForRole(
        context.db,
        context.workforce,
        {
            roleId: args.roleId,
            filter: {
                orgUnitId: context.access.planningUnit(args.filter?.orgUnitId ?? null, "filter.orgUnitId", "rank people for a role"),
                minAvailability: args.filter?.minAvailability ?? 0,
                location: args.filter?.location ?? null,
                excludeCurrentHolders: args.filter?.excludeCurrentHolders ?? false,
            },
            first: pageSize(args.first, "first", 20, 100),
            after: args.after ?? null,
            asOf: asOfArg(args.asOf, context.now),
            includeNarrower: args.includeNarrower ?? false,
        },
        context.fitWeights,
    );

/** Query.benchStrength: reads the arguments and delegates to the service. */
export const benchStrengthResolver: NonNullable<QueryResolvers["benchStrength"]> = (_source, args, context) =>
    benchStrength(
        context.db,
        context.workforce,
        {
            roleId: args.roleId,
            minFit: args.minFit ?? 0.8,
            orgUnitId: context.access.planningUnit(args.orgUnitId ?? null, "orgUnitId", "count who could step into a role"),
            asOf: asOfArg(args.asOf, context.now),
            includeNarrower: args.includeNarrower ?? false,
        },
        context.fitWeights,
    );

/** Query.skillSupplyDemand: reads the arguments and delegates to the service. */
export const skillSupplyDemandResolver: NonNullable<QueryResolvers["skillSupplyDemand"]> = async (_source, args, context) => {
    const { namedPersonIds, ...answer } = await skillSupplyDemand(
        context.db,
        context.workforce,
        context.mobility,
        context.access.planningUnit(args.orgUnitId ?? null, "orgUnitId", "compare skill supply and demand"),
        pageSize(args.first, "first", 50, 500),
        asOfArg(args.asOf, context.now),
        args.includeNarrower ?? false,
    );
    // An explanation naming a sole holder reads that person's data.
    context.accessLog.saw(context.principal, "skillSupplyDemand", namedPersonIds, context.now);
    return answer;
};

/** Query.adjacentRoles: reads the arguments and delegates to the service. */
export const adjacentRolesResolver: NonNullable<QueryResolvers["adjacentRoles"]> = async (_source, args, context) => {
    if (args.personId) await context.access.person(args.personId, "personId");
    return adjacentRoles(context.db, context.mobility, {
        from: { roleId: args.roleId, personId: args.personId },
        first: numberArg(args.first) ?? 10,
        maxCost: args.maxCost ?? null,
        rankBy: args.rankBy ?? "BLEND",
        asOf: asOfArg(args.asOf, context.now),
        includeNarrower: args.includeNarrower ?? false,
    });
};

/** Query.careerPaths: reads the arguments and delegates to the service. */
export const careerPathsResolver: NonNullable<QueryResolvers["careerPaths"]> = async (_source, args, context) => {
    if (args.from.personId) await context.access.person(args.from.personId, "from.personId");
    return careerPaths(context.db, context.mobility, {
        from: args.from,
        toRoleId: args.toRoleId,
        k: numberArg(args.k) ?? 3,
        maxSteps: numberArg(args.maxSteps) ?? 4,
        asOf: asOfArg(args.asOf, context.now),
        includeNarrower: args.includeNarrower ?? false,
    });
};

/** Query.growthPositions: the person asked for (an employee's own by default), checked, then the service. */
export const growthPositionsResolver: NonNullable<QueryResolvers["growthPositions"]> = async (_source, args, context) => {
    const principal = context.access.principal;
    const own = is(principal, "employee") ? principal.subject : null;
    const personId = args.personId ?? own;
    if (!personId) {
        if (!principal.authenticated) throw unauthenticated("Sign in to list growth positions: send a bearer token.");
        throw badInput("Give personId: the person whose growth positions to list.", { field: "personId" });
    }
    await context.access.person(personId, "personId");
    const orgUnitId = args.orgUnitId ?? null;
    return growthPositions(
        context.db,
        context.workforce,
        context.mobility,
        {
            personId,
            orgUnitId,
            first: pageSize(args.first, "first", 10, 50),
            includeNarrower: args.includeNarrower ?? false,
            asOf: asOfArg(args.asOf, context.now),
            askedBySelf: personId === own,
        },
        context.fitWeights,
    );
};

/** TransitionGap.suggestedCourses: batched over every gap in the response. */
export const suggestedCoursesResolver: NonNullable<TransitionGapResolvers["suggestedCourses"]> = (gap, _args, context) =>
    context.loaders.coursesForNeed.load({ skillId: gap.skillId, level: gap.requiredLevel });
