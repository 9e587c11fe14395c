import { forbidden } from "../auth/principal";
import type { QueryResolvers } from "../generated/resolvers-types";
import { composeTeam } from "../use-cases/team-composition";
import { asOfArg, numberArg } from "./arguments";

/** Query.composeTeam: reads the arguments and delegates to the service. */
export const composeTeamResolver: NonNullable<QueryResolvers["composeTeam"]> = async (_source, args, context) => {
    const orgUnitIds = context.access.planningUnits(args.constraints?.orgUnitIds ?? null, "constraints.orgUnitIds", "compose teams");
    const mustInclude = args.constraints?.mustInclude ?? [];
    if (!(await context.access.inScope(mustInclude)))
        throw forbidden("constraints.mustInclude names people outside the units you cover.", { field: "constraints.mustInclude" });
    return composeTeam(
        context.db,
        context.workforce,
        context.compute,
        {
            requirements: args.requirements.map((r) => ({ skillId: r.skillId, minLevel: numberArg(r.minLevel)!, count: numberArg(r.count) ?? 1 })),
            maxSize: numberArg(args.constraints?.maxSize),
            minAvailability: args.constraints?.minAvailability ?? 0,
            orgUnitIds,
            mustInclude,
            exclude: args.constraints?.exclude ?? [],
            maxPerOrgUnit: numberArg(args.constraints?.maxPerOrgUnit),
            includeNarrower: args.includeNarrower ?? false,
        },
        asOfArg(args.asOf, context.now),
    );
};
