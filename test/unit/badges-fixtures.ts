import { type OpenBadgeInput, buildOpenBadgeCredential } from "../../src/badges/open-badge";

/** A holding with every optional element Skillgraph can fill, for the badges tests. */
export const fullInput: OpenBadgeInput = {
    id: "urn:uuid:2f1c3e4a-1b2c-4d5e-8f90-123456789abc",
    issuer: {
        id: "https://skills.example.org/issuers/acme",
        name: "ACME Academy",
        url: "https://acme.example.org",
        email: "badges@acme.example.org",
        country: { name: "Austria", code: "AT", region: "Vienna" },
    },
    learner: { email: { address: " Ada@Example.org ", salt: "pepper" }, externalId: { value: "L-0042" }, name: "Ada Lovelace" },
    validFrom: new Date("2026-01-15T09:00:00Z"),
    validUntil: "2028-01-15T09:00:00Z",
    achievement: {
        id: "https://skills.example.org/credentials/data-basics",
        name: "Data analysis basics",
        description: "Cleaning, summarising and charting tabular data.",
        learningOutcomes: ["clean a messy data set", "summarise data with descriptive statistics"],
        criteriaUrl: "https://acme.example.org/courses/data-basics",
        skills: [
            { uri: "http://data.europa.eu/esco/skill/2b92e0e4-2e3c-4d6a-9e42-1c1d6c0d0e8f", name: "analyse data", framework: "ESCO", level: 3 },
            { uri: "https://www.onetcenter.org/content/2.A.2.a", name: "Critical Thinking", framework: "O*NET", code: "2.A.2.a", level: 2 },
        ],
        fieldOfStudy: "Statistics",
        tags: ["EU micro-credential"],
        systemId: "cred-data-basics",
    },
    eu: {
        workloadHours: 50,
        ects: 2,
        eqfLevel: 5,
        assessmentType: "EXAM",
        participationForm: "ONLINE",
        qualityAssurance: "Internal QA by ACME's academic board",
        identityVerification: "Online proctoring with identity check",
        grade: { value: "B", allowedValues: ["A", "B", "C"] },
        language: "en",
        prerequisites: ["None"],
        stackability: "Counts towards the Data analyst certificate",
        furtherInformation: "https://acme.example.org/data-basics",
    },
    status: { listUrl: "https://skills.example.org/status/acme/revocation", index: 42 },
};

/** Only what OB 3.0 and Annex I require. */
export const minimalInput: OpenBadgeInput = {
    id: "https://skills.example.org/holdings/h-1",
    issuer: { id: "https://skills.example.org/issuers/acme", name: "ACME Academy", url: "https://acme.example.org" },
    learner: { id: "https://people.example.org/ebfeb1f712" },
    validFrom: "2026-01-15T09:00:00Z",
    achievement: {
        id: "https://skills.example.org/credentials/min",
        name: "Minimal",
        description: "The least a credential says.",
        learningOutcomes: [],
        skills: [],
    },
};

export const fullCredential = () => buildOpenBadgeCredential(fullInput);

/** Typed views of built documents, for assertions (the builders return plain JSON). */
export interface AlignmentDoc {
    readonly targetName: string;
    readonly targetUrl: string;
    readonly targetFramework?: string;
    readonly targetCode?: string;
}
export interface IdentityDoc {
    readonly type: string;
    readonly hashed: boolean;
    readonly identityHash: string;
    readonly identityType: string;
    readonly salt?: string;
}
export interface AchievementDoc extends Record<string, unknown> {
    readonly id: string;
    readonly alignment: AlignmentDoc[];
    readonly resultDescription: { id: string; rubricCriterionLevel: { level: string }[] }[];
    criteria?: { narrative?: string };
}
export interface CredentialDoc extends Record<string, unknown> {
    validFrom: unknown;
    validUntil?: string;
    type: string[];
    issuer?: { address?: unknown };
    credentialSubject: Record<string, unknown> & {
        achievement: AchievementDoc;
        identifier: IdentityDoc[];
        result: (Record<string, unknown> & { achievedLevel?: string; alignment: AlignmentDoc[] })[];
        verifiableCredential?: unknown[];
        association?: unknown[];
    };
}
export const asDoc = (credential: unknown) => structuredClone(credential) as CredentialDoc;
