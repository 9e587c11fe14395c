import DataLoader from "dataloader";
import neo4j from "neo4j-driver";
import { type Db, readRows } from "../neo4j/read-rows";
import type { FitWeights } from "../domain/evidence";
import { type SkillGapReport, skillGaps } from "../use-cases/skill-gap";

export interface GapKey {
    readonly personId: string;
    readonly roleId: string;
    readonly includeNarrower: boolean;
    /** ISO-8601 instant evidence validity is judged at. */
    readonly asOf: string;
}

export interface CourseNeed {
    readonly skillId: string;
    readonly level: number;
}

export interface SuggestedCourse {
    readonly courseId: string;
    readonly title: string;
    readonly minutes: number;
    readonly cost: number | null;
    readonly currency: string | null;
    readonly level: number;
    readonly reachesLevel: boolean;
}

const gapKey = (key: GapKey) => [key.personId, key.roleId, key.includeNarrower, key.asOf].join("\u0000");

/**
 * The per-request DataLoaders (one set per request, built in the context factory, never shared between users).
 * A list of people asking for `fitFor` costs one round trip per distinct (includeNarrower, asOf); asOf defaults to
 * the request's start, so a page normally costs one.
 */
export function createLoaders(db: Db, weights: FitWeights) {
    return {
        skillGapByPersonRole: new DataLoader<GapKey, SkillGapReport, string>(
            async (keys) => {
                const groups = new Map<string, number[]>();
                keys.forEach((key, index) => {
                    const group = `${key.includeNarrower}\u0000${key.asOf}`;
                    groups.set(group, [...(groups.get(group) ?? []), index]);
                });
                const results = new Array<SkillGapReport | Error>(keys.length);
                await Promise.all(
                    [...groups.values()].map(async (indexes) => {
                        const { includeNarrower, asOf } = keys[indexes[0]];
                        const reports = await skillGaps(
                            db,
                            indexes.map((i) => keys[i]),
                            { includeNarrower, asOf: new Date(asOf), weights },
                        );
                        indexes.forEach((i, n) => (results[i] = reports[n]));
                    }),
                );
                return results;
            },
            { cacheKeyFn: gapKey },
        ),
        /** Suggested courses per (skill, level) need, for TransitionGap.suggestedCourses: one query per request. */
        coursesForNeed: new DataLoader<CourseNeed, SuggestedCourse[], string>(
            async (needs) => {
                const rows = await readRows<{ courses: (Omit<SuggestedCourse, "reachesLevel"> & { id: string | null })[] }>(
                    db,
                    "mobility/read-courses-for-skills",
                    {
                        needs: needs.map((need) => ({ skillId: need.skillId, level: neo4j.int(need.level) })),
                    },
                );
                return rows.map((row, i) =>
                    row.courses
                        .filter((c) => c.id !== null)
                        .map(({ id, ...course }) => ({ ...course, courseId: id!, reachesLevel: course.level >= needs[i].level })),
                );
            },
            { cacheKeyFn: (need) => `${need.skillId}\u0000${need.level}` },
        ),
    };
}

export type Loaders = ReturnType<typeof createLoaders>;
