import { isInt } from "neo4j-driver";
import { badInput } from "../errors";
import type { LearningPlanOptions } from "../generated/resolvers-types";
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "../use-cases/learning-plan";

/** Integer scalars (PositiveInt, NonNegativeInt) arrive as Neo4j integers, ready for Cypher; services want numbers. */
export function numberArg(value: unknown): number | null {
    if (value === null || value === undefined) return null;
    return isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
}

/** The instant evidence validity is judged at: `asOf` when given, otherwise the request's start. */
export const asOfArg = (value: string | null | undefined, now: Date) => (value ? new Date(value) : now);

/** A page size with a default and an upper bound; above the bound is BAD_USER_INPUT naming the field. */
export function pageSize(value: unknown, field: string, fallback: number, max: number): number {
    const size = numberArg(value) ?? fallback;
    if (size > max) throw badInput(`${field} may be at most ${max}; page through larger answers.`, { field, allowed: `1 to ${max}` });
    return size;
}

export function planOptionsArg(options: LearningPlanOptions | null | undefined): PlanOptions {
    return {
        objective: options?.objective ?? DEFAULT_PLAN_OPTIONS.objective,
        maxMinutes: numberArg(options?.maxMinutes),
        maxCost: options?.maxCost ?? null,
        essentialOnly: options?.essentialOnly ?? false,
        courseFilter: {
            maxCourseMinutes: numberArg(options?.maxCourseMinutes),
            formats: nonEmpty(options?.formats, "options.formats", "one or more of ONLINE, ONSITE, BLENDED"),
            languages: nonEmpty(options?.languages, "options.languages", "one or more language tags, such as en or de"),
            providerIds: nonEmpty(options?.providerIds, "options.providerIds", "one or more organisation ids"),
        },
        includeNarrower: options?.includeNarrower ?? false,
    };
}

/** A list filter: absent means any; an empty list would allow nothing, so it is refused. */
function nonEmpty<T>(values: readonly T[] | null | undefined, field: string, allowed: string): readonly T[] | null {
    if (values === null || values === undefined) return null;
    if (values.length === 0) throw badInput(`${field} is empty, which would leave no course; leave it out to allow any.`, { field, allowed });
    return [...new Set(values)];
}
