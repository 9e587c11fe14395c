import type { QueryResolvers } from "../generated/resolvers-types";
import { composeTeam } from "../services/team-composition";
import { asOfArg, numberArg } from "./arguments";

/** Query.composeTeam: reads the arguments and delegates to the service. */
export const composeTeamResolver: NonNullable<QueryResolvers["composeTeam"]> = (_source, args, context) =>
    composeTeam(
        context.db,
        {
            requirements: args.requirements.map((r) => ({ skillId: r.skillId, minLevel: numberArg(r.minLevel)!, count: numberArg(r.count) ?? 1 })),
            maxSize: numberArg(args.constraints?.maxSize),
            minAvailability: args.constraints?.minAvailability ?? 0,
            orgUnitIds: args.constraints?.orgUnitIds ?? null,
            mustInclude: args.constraints?.mustInclude ?? [],
            exclude: args.constraints?.exclude ?? [],
            maxPerOrgUnit: numberArg(args.constraints?.maxPerOrgUnit),
        },
        asOfArg(args.asOf, context.now),
    );
