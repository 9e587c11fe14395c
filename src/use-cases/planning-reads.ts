/**
 * The read step of learning plans and credential queries: everything a plan needs is read before anything is
 * computed, in a fixed number of round trips. The person's levels follow the evidence rules of src/domain/evidence.ts.
 */
import neo4j from "neo4j-driver";
import { notFound } from "../errors";
import { type Db, evidencePolicyOf, readRows } from "../neo4j/read-rows";
import { completionParam } from "../neo4j/evidence-params";
import type { CredentialNode } from "../domain/credential-stack";
import { type Evidence, creditNarrower, effectiveLevel } from "../domain/evidence";
import type { PlanCourse } from "../domain/plan-solver";

export interface NamedLevel {
    readonly skillId: string;
    readonly skillName: string;
    readonly level: number;
}

export interface CatalogueCourse extends PlanCourse {
    readonly title: string;
    readonly currency: string;
    readonly completedBefore: boolean;
    readonly teaches: readonly NamedLevel[];
    readonly prerequisites: readonly NamedLevel[];
}

/** A person's effective levels (0 where absent) for every skill a plan may touch, as read at asOf. */
export interface LearnerLevels {
    readonly personId: string;
    readonly personName: string;
    readonly asOf: Date;
    readonly levels: ReadonlyMap<string, number>;
    readonly skillNames: ReadonlyMap<string, string>;
}

export const levelOf = (learner: LearnerLevels, skillId: string): number => learner.levels.get(skillId) ?? 0;
export const skillNameOf = (learner: LearnerLevels, skillId: string): string => learner.skillNames.get(skillId) ?? skillId;

export interface PersonLevels {
    readonly personName: string;
    readonly currentRoleId: string | null;
    readonly levels: Map<string, number>;
    readonly skillNames: Map<string, string>;
}

/**
 * One round trip: a person's effective levels for the skills (null: every skill they have evidence for), with
 * narrower credit when asked (src/domain/evidence.ts, creditNarrower); null for an unknown person.
 */
export async function readPersonLevels(
    db: Db,
    personId: string,
    asOf: Date,
    skillIds: Iterable<string> | null,
    includeNarrower: boolean,
): Promise<PersonLevels | null> {
    const [row] = await readRows<{
        personFound: boolean;
        personName: string | null;
        currentRoleId: string | null;
        skills: { skillId: string; skillName: string; broaderIds: string[]; evidence: Evidence[] }[];
    }>(db, "people/read-person-evidence", {
        personId,
        skillIds: skillIds === null ? null : [...new Set(skillIds)],
        includeNarrower,
        completion: completionParam(evidencePolicyOf(db)),
    });
    if (!row.personFound) return null;
    const direct = new Map<string, number>();
    const skillNames = new Map<string, string>();
    const broader = new Map<string, string[]>();
    for (const skill of row.skills) {
        skillNames.set(skill.skillId, skill.skillName);
        broader.set(skill.skillId, skill.broaderIds);
        const level = effectiveLevel(skill.evidence, asOf, false, evidencePolicyOf(db)).level;
        if (level > 0) direct.set(skill.skillId, level);
    }
    const levels = includeNarrower ? creditNarrower(direct, (id) => broader.get(id) ?? []) : direct;
    return { personName: row.personName ?? "", currentRoleId: row.currentRoleId, levels, skillNames };
}

/** One round trip: the person's effective levels for the skills; NOT_FOUND for an unknown person. */
export async function readLearnerLevels(
    db: Db,
    personId: string,
    asOf: Date,
    skillIds: Iterable<string>,
    knownNames: ReadonlyMap<string, string> = new Map(),
    includeNarrower = false,
): Promise<LearnerLevels> {
    const read = await readPersonLevels(db, personId, asOf, skillIds, includeNarrower);
    if (!read) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    return { personId, personName: read.personName, asOf, levels: read.levels, skillNames: new Map([...knownNames, ...read.skillNames]) };
}

/** Which courses a learner will take; null fields limit nothing. */
export interface CourseFilter {
    readonly maxCourseMinutes: number | null;
    readonly formats: readonly string[] | null;
    readonly languages: readonly string[] | null;
    readonly providerIds: readonly string[] | null;
}

export const ANY_COURSE: CourseFilter = Object.freeze({ maxCourseMinutes: null, formats: null, languages: null, providerIds: null });

/** The filter in words, for explanations; "" when it limits nothing. */
export function describeCourseFilter(filter: CourseFilter): string {
    return [
        filter.maxCourseMinutes !== null ? `at most ${filter.maxCourseMinutes} minutes each` : null,
        filter.formats ? `format ${filter.formats.join(" or ")}` : null,
        filter.languages ? `in ${filter.languages.join(" or ")}` : null,
        filter.providerIds ? `from ${filter.providerIds.join(" or ")}` : null,
    ]
        .filter(Boolean)
        .join(", ");
}

/** Courses within the filter teaching any of the skills and, up to three steps back, those teaching their prerequisites (one round trip). */
export async function readCandidateCourses(
    db: Db,
    personId: string,
    skillIds: Iterable<string>,
    filter: CourseFilter = ANY_COURSE,
): Promise<CatalogueCourse[]> {
    const wanted = [...new Set(skillIds)];
    if (wanted.length === 0) return [];
    const { maxCourseMinutes, ...lists } = filter;
    return readRows<CatalogueCourse>(db, "learning/read-candidate-courses", {
        skillIds: wanted,
        personId,
        filter: { ...lists, maxCourseMinutes: maxCourseMinutes === null ? null : neo4j.int(maxCourseMinutes) },
    });
}

export interface TreeRequest {
    readonly rootId: string;
    readonly personId: string | null;
}

/** Credential stacks below each root with a person's holdings (one round trip), in request order; unknown roots are absent. */
export async function readCredentialTreeRequests(db: Db, requests: readonly TreeRequest[]): Promise<(TreeRequest & { nodes: Map<string, CredentialNode> })[]> {
    if (requests.length === 0) return [];
    const rows = await readRows<{ rootId: string; personId: string | null; nodes: CredentialNode[] }>(db, "credentials/read-credential-trees", { requests });
    return rows.map((row) => ({ rootId: row.rootId, personId: row.personId, nodes: new Map(row.nodes.map((node) => [node.id, node])) }));
}

/** Credential stacks below each root with one person's holdings, keyed by root id. */
export async function readCredentialTrees(db: Db, rootIds: readonly string[], personId: string | null): Promise<Map<string, Map<string, CredentialNode>>> {
    const rows = await readCredentialTreeRequests(
        db,
        rootIds.map((rootId) => ({ rootId, personId })),
    );
    return new Map(rows.map((row) => [row.rootId, row.nodes]));
}

/**
 * The credentials a plan over these courses could make the person eligible for: those certifying any skill the
 * courses teach, with their stacks and the person's holdings (two round trips), merged into one node map.
 */
export async function readEligibilityCatalogue(db: Db, personId: string, courses: readonly CatalogueCourse[]): Promise<Map<string, CredentialNode>> {
    const taught = [...new Set(courses.flatMap((c) => c.teaches.map((t) => t.skillId)))];
    if (taught.length === 0) return new Map();
    const [{ ids }] = await readRows<{ ids: string[] }>(db, "credentials/read-certifying-skills", { skillIds: taught });
    const nodes = new Map<string, CredentialNode>();
    for (const tree of (await readCredentialTrees(db, ids, personId)).values()) for (const [id, node] of tree) nodes.set(id, node);
    return nodes;
}

/** What a plan computes over: the candidate courses, the credentials they could lead to, and the person's levels. */
export interface PlanningInputs {
    readonly learner: LearnerLevels;
    readonly courses: readonly CatalogueCourse[];
    readonly eligibility: ReadonlyMap<string, CredentialNode>;
}

/**
 * The read step of a plan towards skills: candidate courses, the eligibility catalogue, then the person's levels for
 * every skill any of them (or `otherSkillIds`) names. Four round trips; nothing is read once computing starts.
 */
export async function readPlanningInputs(
    db: Db,
    personId: string,
    asOf: Date,
    skillIds: readonly string[],
    otherSkillIds: readonly string[] = [],
    filter: CourseFilter = ANY_COURSE,
    includeNarrower = false,
): Promise<PlanningInputs> {
    const courses = await readCandidateCourses(db, personId, skillIds, filter);
    const eligibility = await readEligibilityCatalogue(db, personId, courses);
    const names = new Map<string, string>();
    for (const course of courses) for (const link of [...course.teaches, ...course.prerequisites]) names.set(link.skillId, link.skillName);
    for (const node of eligibility.values()) for (const c of node.certifies) names.set(c.skillId, c.skillName);
    const learner = await readLearnerLevels(db, personId, asOf, [...skillIds, ...otherSkillIds, ...names.keys()], names, includeNarrower);
    return { learner, courses, eligibility };
}
