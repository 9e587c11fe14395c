/** Rows written by the cypher/seed/*.cypher files: each node with its outgoing relationships. */

export type Props = Record<string, string | number | boolean | string[] | null>;

export interface NodeRow {
    id: string;
    props: Props;
}

export interface LevelLink {
    skillId: string;
    level: number;
}

export interface DemoData {
    organizations: NodeRow[];
    skillGroups: (NodeRow & { broaderGroups: string[] })[];
    skills: (NodeRow & { broaderSkills: string[]; broaderGroups: string[]; related: { skillId: string; importance: string }[] })[];
    roles: (NodeRow & { requires: (LevelLink & { importance: string })[] })[];
    orgUnits: (NodeRow & { organizationId: string; parentId: string | null; positions: { roleId: string; headcount: number; openings: number }[] })[];
    credentials: (NodeRow & {
        awardingBodyId: string;
        certifies: LevelLink[];
        partOf: { credentialId: string; mandatory: boolean }[];
        prerequisites: string[];
    })[];
    courses: (NodeRow & { providerId: string; teaches: LevelLink[]; prerequisites: LevelLink[]; preparesFor: string[] })[];
    people: (NodeRow & {
        roleId: string;
        roleSince: string;
        /** Roles held before the current one, oldest first. */
        pastRoles: { roleId: string; from: string; until: string }[];
        orgUnitId: string;
        aspires: string[];
        skills: (LevelLink & { source: string; confidence: number; assessedAt: string; validUntil: string | null })[];
        credentials: { credentialId: string; issuedAt: string; expiresAt: string | null; verified: boolean; evidenceUrl: string | null }[];
        completed: { courseId: string; completedAt: string }[];
    })[];
    teams: (NodeRow & { orgUnitId: string; needs: (LevelLink & { count: number })[]; members: { personId: string; allocation: number }[] })[];
}
