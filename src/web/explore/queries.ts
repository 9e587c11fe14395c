/** The operations the explorer sends, with the shapes of their answers (the fields asked for, as schema/ defines them). */

export const CATALOGUE = `query ExplorerCatalogue {
  people(limit: 500, sort: [{ id: ASC }]) { id name currentRole { id title } aspiredRoles { id title } }
  roles(limit: 500, sort: [{ title: ASC }]) { id title }
  credentials(limit: 500, sort: [{ title: ASC }]) { id title parts { id } }
}`;

export interface NamedRole {
    id: string;
    title: string;
}
export interface CatalogueData {
    people: { id: string; name: string; currentRole: NamedRole | null; aspiredRoles: NamedRole[] }[];
    roles: NamedRole[];
    credentials: { id: string; title: string; parts: { id: string }[] }[];
}

export const SKILL_GAP = `query ExplorerSkillGap($personId: ID!, $roleId: ID!, $includeNarrower: Boolean) {
  skillGap(personId: $personId, roleId: $roleId, includeNarrower: $includeNarrower) {
    personName roleTitle fit essentialCoverage missingEssentials asOf
    requirements {
      skillId skillName requiredLevel importance effectiveLevel deficit met metViaNarrower explanation
      evidence { source level countsAs capped credentialTitle courseTitle skillName viaNarrower }
      expiredEvidence { source level countsAs validUntil credentialTitle }
    }
  }
}`;

export interface EvidenceUsed {
    source: string;
    level: number;
    countsAs: number;
    capped?: boolean;
    credentialTitle: string | null;
    courseTitle?: string | null;
    validUntil?: string | null;
    skillName?: string;
    viaNarrower?: boolean;
}
export interface GapRow {
    skillId: string;
    skillName: string;
    requiredLevel: number;
    importance: "ESSENTIAL" | "OPTIONAL";
    effectiveLevel: number;
    deficit: number;
    met: boolean;
    metViaNarrower: boolean;
    explanation: string;
    evidence: EvidenceUsed[];
    expiredEvidence: EvidenceUsed[];
}
export interface SkillGapData {
    skillGap: {
        personName: string;
        roleTitle: string;
        fit: number;
        essentialCoverage: number;
        missingEssentials: number;
        asOf: string;
        requirements: GapRow[];
    };
}

export const MOBILITY = `query ExplorerMobility($personId: ID!, $toRoleId: ID!, $first: Int, $k: Int, $maxSteps: Int) {
  adjacentRoles(personId: $personId, first: $first) {
    from { id name roleId }
    roles { roleId roleTitle cost observedMoves missingEssentials explanation }
  }
  careerPaths(from: { personId: $personId }, toRoleId: $toRoleId, k: $k, maxSteps: $maxSteps) {
    from { id name roleId }
    toRoleId toRoleTitle reachable directCost explanation
    paths { roleIds cost explanation steps { roleId roleTitle cost observedMoves missingEssentials } }
    closestReachable { roleTitle costToTarget }
  }
}`;

export interface TransitionStart {
    id: string;
    name: string;
    roleId: string | null;
}
export interface Step {
    roleId: string;
    roleTitle: string;
    cost: number;
    observedMoves: number;
    missingEssentials: number;
}
export interface MobilityData {
    adjacentRoles: { from: TransitionStart; roles: (Step & { explanation: string })[] };
    careerPaths: {
        from: TransitionStart;
        toRoleId: string;
        toRoleTitle: string;
        reachable: boolean;
        directCost: number;
        explanation: string;
        paths: { roleIds: string[]; cost: number; explanation: string; steps: Step[] }[];
        closestReachable: { roleTitle: string; costToTarget: number } | null;
    };
}

export const ROLE_REQUIREMENTS = `query ExplorerRoleRequirements($roleId: ID!) {
  roles(where: { id: { eq: $roleId } }) {
    requiresConnection(sort: [{ edge: { level: DESC } }]) { edges { properties { level importance } node { id name } } }
  }
}`;

export interface RoleRequirementsData {
    roles: { requiresConnection: { edges: { properties: { level: number; importance: string }; node: { id: string; name: string } }[] } }[];
}

export const COMPOSE_TEAM = `query ExplorerComposeTeam($requirements: [TeamRequirementInput!]!) {
  composeTeam(requirements: $requirements) {
    size solver optimal explanation
    members { personId name orgUnitName availability fit covers { skillId level evidence { source level credentialTitle courseTitle } } }
    coverage { skillId skillName minLevel count coveredBy met available }
    uncovered { skillId skillName minLevel count available bestLevel explanation }
  }
}`;

export interface TeamRequirement {
    skillId: string;
    skillName: string;
    minLevel: number;
    count: number;
}
export interface ComposeTeamData {
    composeTeam: {
        size: number;
        solver: string;
        optimal: boolean;
        explanation: string;
        members: {
            personId: string;
            name: string;
            orgUnitName: string | null;
            availability: number;
            fit: number;
            covers: { skillId: string; level: number; evidence: EvidenceUsed[] }[];
        }[];
        coverage: { skillId: string; skillName: string; minLevel: number; count: number; coveredBy: string[]; met: boolean; available: number }[];
        uncovered: { skillId: string; skillName: string; minLevel: number; count: number; available: number; bestLevel: number; explanation: string }[];
    };
}

export const CREDENTIAL_PROGRESS = `query ExplorerCredentialProgress($personId: ID!, $credentialId: ID!) {
  credentialProgress(personId: $personId, credentialId: $credentialId) {
    personName title complete status shareComplete remainingMinutes explanation
    parts { credentialId title parentId depth mandatory rule status complete ruleSatisfied share expiresAt }
    rules { credentialId title rule requiredParts completeParts satisfied }
  }
}`;

export interface PartProgress {
    credentialId: string;
    title: string;
    parentId: string | null;
    depth: number;
    mandatory: boolean | null;
    rule: string | null;
    status: "VALID" | "EXPIRED" | "NONE";
    complete: boolean;
    ruleSatisfied: boolean | null;
    share: number;
    expiresAt: string | null;
}
export interface CredentialProgressData {
    credentialProgress: {
        personName: string;
        title: string;
        complete: boolean;
        status: string;
        shareComplete: number;
        remainingMinutes: number;
        explanation: string;
        parts: PartProgress[];
        rules: { credentialId: string; title: string; rule: string; requiredParts: number; completeParts: number; satisfied: boolean }[];
    };
}

export const WALLET = `query ExplorerWallet($personId: ID) {
  wallet(personId: $personId) { holdingId credentialId title issuedAt expiresAt revokedAt revocationReason status issuer { id name } imported verified }
}`;

export interface WalletData {
    wallet: {
        holdingId: string;
        credentialId: string;
        title: string;
        issuedAt: string;
        expiresAt: string | null;
        revokedAt: string | null;
        revocationReason: string | null;
        status: "VALID" | "EXPIRED" | "REVOKED";
        issuer: { id: string; name: string } | null;
        imported: boolean;
        verified: boolean;
    }[];
}
