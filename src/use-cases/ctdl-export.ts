/**
 * Courses and credentials for registries (README, "Portable credentials"): CTDL JSON-LD (src/badges/ctdl.ts), each
 * resource at its own URL under SKILLGRAPH_PUBLIC_URL, its owner named by the organisation's issuer id. Skills
 * without an ESCO or O*NET URI are left out.
 */
import { type CtdlSkill, buildCtdlCourse, buildCtdlCredential } from "../badges/ctdl";
import { badInput, notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import type { Issuing } from "./portable-credentials";

type SkillRow = { uri: string; name: string; taxonomy: string | null };
const FRAMEWORKS: Record<string, CtdlSkill["framework"]> = { ESCO: "ESCO", ONET: "O*NET" };
const publicSkills = (rows: readonly SkillRow[]): CtdlSkill[] =>
    rows.filter((s) => s.taxonomy && FRAMEWORKS[s.taxonomy]).map((s) => ({ uri: s.uri, name: s.name, framework: FRAMEWORKS[s.taxonomy!] }));

export const ctdlCredentialUrl = (issuing: Issuing, id: string) => `${issuing.publicUrl}/ctdl/credentials/${encodeURIComponent(id)}`;
export const ctdlCourseUrl = (issuing: Issuing, id: string) => `${issuing.publicUrl}/ctdl/courses/${encodeURIComponent(id)}`;

export async function ctdlCredential(db: Db, issuing: Issuing, credentialId: string): Promise<Record<string, unknown> | null> {
    const [row] = await readRows<{
        credential: {
            id: string;
            title: string;
            description: string | null;
            language: string | null;
            url: string | null;
            learningOutcomes: string[] | null;
            workloadHours: number | null;
            ects: number | null;
        };
        ownerId: string | null;
        skills: SkillRow[];
        parts: string[];
        partOf: string[];
    }>(db, "credentials/read-ctdl-credential", { credentialId });
    if (!row) return null;
    const c = row.credential;
    return buildCtdlCredential({
        id: ctdlCredentialUrl(issuing, c.id),
        name: c.title,
        description: c.description,
        language: c.language,
        ownerId: row.ownerId && issuing.issuerId(row.ownerId),
        url: c.url,
        skills: publicSkills(row.skills),
        learningOutcomes: c.learningOutcomes ?? [],
        workloadHours: c.workloadHours,
        ects: c.ects,
        parts: row.parts.map((id) => ctdlCredentialUrl(issuing, id)),
        partOf: row.partOf.map((id) => ctdlCredentialUrl(issuing, id)),
    });
}

export async function ctdlCourse(db: Db, issuing: Issuing, courseId: string): Promise<Record<string, unknown> | null> {
    const [row] = await readRows<{
        course: {
            id: string;
            title: string;
            description: string | null;
            language: string | null;
            url: string | null;
            durationMinutes: number;
            format: "ONLINE" | "ONSITE" | "BLENDED";
            cost: number;
            currency: string;
        };
        ownerId: string | null;
        skills: SkillRow[];
    }>(db, "learning/read-ctdl-course", { courseId });
    if (!row) return null;
    const k = row.course;
    return buildCtdlCourse({
        id: ctdlCourseUrl(issuing, k.id),
        name: k.title,
        description: k.description,
        language: k.language,
        ownerId: row.ownerId && issuing.issuerId(row.ownerId),
        url: k.url,
        skills: publicSkills(row.skills),
        durationMinutes: k.durationMinutes,
        format: k.format,
        cost: k.cost,
        currency: k.currency,
    });
}

/** Query.ctdl: exactly one of a credential and a course. */
export async function ctdlDocument(db: Db, issuing: Issuing, ids: { credentialId?: string | null; courseId?: string | null }) {
    const { credentialId, courseId } = ids;
    if (!credentialId === !courseId) throw badInput("Name exactly one of credentialId and courseId.", { field: credentialId ? "courseId" : "credentialId" });
    const document = credentialId ? await ctdlCredential(db, issuing, credentialId) : await ctdlCourse(db, issuing, courseId!);
    if (!document) {
        const [field, id] = credentialId ? ["credentialId", credentialId] : ["courseId", courseId!];
        throw notFound(`No ${credentialId ? "credential" : "course"} with id "${id}".`, { field, id });
    }
    return document;
}
