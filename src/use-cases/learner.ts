/**
 * What planning reads about a person and the catalogue: effective levels per skill (the evidence rules of
 * ./evidence.ts), the candidate courses for a set of skills, and credential stacks with the person's holdings.
 */
import { notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import type { CredentialNode } from "../domain/credential-stack";
import { type Evidence, effectiveLevel } from "../domain/evidence";
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

/** A person's effective levels, filled in as planning discovers which skills matter. */
export class Learner {
    readonly levels = new Map<string, number>();
    readonly skillNames = new Map<string, string>();
    private loaded = new Set<string>();

    constructor(
        readonly personId: string,
        readonly asOf: Date,
        public personName = "",
    ) {}

    level(skillId: string): number {
        return this.levels.get(skillId) ?? 0;
    }

    name(skillId: string): string {
        return this.skillNames.get(skillId) ?? skillId;
    }

    /** Records levels already judged elsewhere (for example by a skill-gap report). */
    know(skillId: string, skillName: string, level: number): void {
        this.loaded.add(skillId);
        this.skillNames.set(skillId, skillName);
        if (level > 0) this.levels.set(skillId, level);
    }

    /** Reads the person's evidence for skills not known yet (one round trip); NOT_FOUND for an unknown person. */
    async load(db: Db, skillIds: Iterable<string>): Promise<void> {
        const wanted = [...new Set(skillIds)].filter((id) => !this.loaded.has(id));
        if (wanted.length === 0 && this.personName) return;
        const [row] = await readRows<{ personFound: boolean; personName: string | null; skills: { skillId: string; skillName: string; evidence: Evidence[] }[] }>(
            db,
            "people/read-person-evidence",
            { personId: this.personId, skillIds: wanted },
        );
        if (!row.personFound) throw notFound(`No person with id "${this.personId}".`, { field: "personId", id: this.personId });
        this.personName = row.personName ?? "";
        wanted.forEach((id) => this.loaded.add(id));
        for (const skill of row.skills) this.know(skill.skillId, skill.skillName, effectiveLevel(skill.evidence, this.asOf, false).level);
    }
}

/** Courses teaching any of the skills, with what their prerequisites need; loads the learner's levels for those. */
export async function loadCourses(db: Db, learner: Learner, skillIds: readonly string[]): Promise<CatalogueCourse[]> {
    if (skillIds.length === 0) return [];
    const courses = await readRows<CatalogueCourse>(db, "learning/read-candidate-courses", { skillIds: [...new Set(skillIds)], personId: learner.personId });
    for (const course of courses) for (const link of [...course.teaches, ...course.prerequisites]) learner.skillNames.set(link.skillId, link.skillName);
    await learner.load(db, courses.flatMap((c) => c.prerequisites.map((p) => p.skillId)));
    return courses;
}

export interface TreeRequest {
    readonly rootId: string;
    readonly personId: string | null;
}

/** Credential stacks below each root with a person's holdings (one round trip), in request order; unknown roots are absent. */
export async function loadCredentialTreeRequests(db: Db, requests: readonly TreeRequest[]): Promise<(TreeRequest & { nodes: Map<string, CredentialNode> })[]> {
    if (requests.length === 0) return [];
    const rows = await readRows<{ rootId: string; personId: string | null; nodes: CredentialNode[] }>(db, "credentials/read-credential-trees", { requests });
    return rows.map((row) => ({ rootId: row.rootId, personId: row.personId, nodes: new Map(row.nodes.map((node) => [node.id, node])) }));
}

/** Credential stacks below each root with one person's holdings, keyed by root id. */
export async function loadCredentialTrees(db: Db, rootIds: readonly string[], personId: string | null): Promise<Map<string, Map<string, CredentialNode>>> {
    const rows = await loadCredentialTreeRequests(db, rootIds.map((rootId) => ({ rootId, personId })));
    return new Map(rows.map((row) => [row.rootId, row.nodes]));
}
