import type { GraphQLError } from "graphql";
import { buildIssuerProfile, buildOpenBadgeCredential, buildStackBundle, hashIdentity, identityMatchesEmail } from "../../src/badges/open-badge";
import { validateAchievementCredential, validateProfile } from "../../src/badges/schema-validation";
import { asDoc, fullCredential, fullInput, minimalInput } from "./badges-fixtures";

describe("OpenBadgeCredential documents", () => {
    it("validate against the official OB 3.0 schema with every EU element, with none, and with or without validUntil", () => {
        const variants = [
            fullCredential(),
            buildOpenBadgeCredential(minimalInput),
            buildOpenBadgeCredential({ ...fullInput, validUntil: null }),
            buildOpenBadgeCredential({ ...minimalInput, validUntil: new Date("2027-01-01T00:00:00Z") }),
            buildOpenBadgeCredential({ ...fullInput, eu: { ects: 1 }, status: undefined }),
        ];
        for (const credential of variants) expect(validateAchievementCredential(credential)).toEqual([]);
        expect(asDoc(variants[0]).validUntil).toBe("2028-01-15T09:00:00.000Z");
        expect(variants[2]).not.toHaveProperty("validUntil");
    });

    it("carries the VC 2.0 and OB 3.0.3 contexts, the types, the issuer country and the status entry", () => {
        const c = asDoc(fullCredential());
        expect(c["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
        expect(c.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
        expect(c.issuer?.address).toEqual({ type: ["Address"], addressCountry: "Austria", addressCountryCode: "AT", addressRegion: "Vienna" });
        expect(c.validFrom).toBe("2026-01-15T09:00:00.000Z");
        expect(c.credentialStatus).toEqual({
            id: "https://skills.example.org/status/acme/revocation#42",
            type: "BitstringStatusListEntry",
            statusPurpose: "revocation",
            statusListIndex: "42",
            statusListCredential: "https://skills.example.org/status/acme/revocation",
        });
    });

    it("aligns each certified skill by its URI and gives the level achieved as a rubric level of the scale", () => {
        const { achievement, result } = asDoc(fullCredential()).credentialSubject;
        expect(achievement.alignment.map((a) => [a.targetUrl, a.targetFramework, a.targetCode])).toEqual([
            ["http://data.europa.eu/esco/skill/2b92e0e4-2e3c-4d6a-9e42-1c1d6c0d0e8f", "ESCO", "2b92e0e4-2e3c-4d6a-9e42-1c1d6c0d0e8f"],
            ["https://www.onetcenter.org/content/2.A.2.a", "O*NET", "2.A.2.a"],
            ["http://data.europa.eu/snb/eqf/5", "European Qualifications Framework", "5"],
        ]);
        const scale = achievement.resultDescription[0];
        expect(scale.rubricCriterionLevel.map((l) => l.level)).toEqual(["1", "2", "3", "4", "5"]);
        expect(result[0]).toMatchObject({ resultDescription: scale.id, achievedLevel: `${achievement.id}#level-3` });
        expect(result[0].alignment[0].targetName).toBe("analyse data");
        expect(result[1].achievedLevel).toBe(`${achievement.id}#level-2`);
        expect(result[2]).toEqual({ type: ["Result"], resultDescription: `${achievement.id}#grade`, value: "B" });
        expect(achievement.criteria?.narrative).toContain("- clean a messy data set\n- summarise data");
    });

    it("puts the EU elements in OB's own properties, and the rest in the documented extension", () => {
        const { achievement, creditsEarned } = asDoc(fullCredential()).credentialSubject;
        expect(achievement).toMatchObject({ achievementType: "MicroCredential", creditsAvailable: 2, inLanguage: "en", fieldOfStudy: "Statistics" });
        expect(creditsEarned).toBe(2);
        expect(achievement.otherIdentifier).toEqual([{ type: "IdentifierEntry", identifier: "cred-data-basics", identifierType: "systemId" }]);
        expect(achievement.euMicroCredential).toEqual({
            type: "EuMicroCredentialElements",
            recommendation: "Council Recommendation 2022/C 243/02, Annex I",
            workloadHours: 50,
            creditSystem: "ECTS",
            assessmentType: "EXAM",
            participationForm: "ONLINE",
            qualityAssurance: "Internal QA by ACME's academic board",
            identityVerification: "Online proctoring with identity check",
            prerequisites: ["None"],
            stackability: "Counts towards the Data analyst certificate",
            furtherInformation: "https://acme.example.org/data-basics",
        });
        const minimal = asDoc(buildOpenBadgeCredential(minimalInput)).credentialSubject;
        expect(Object.keys(minimal.achievement).sort()).toEqual(["achievementType", "criteria", "description", "id", "name", "type"]);
        expect(minimal).not.toHaveProperty("result");
    });

    it("identifies the learner by a salted hash of the lower-cased email, an external id and a name", () => {
        const [email, external, name] = asDoc(fullCredential()).credentialSubject.identifier;
        expect(email).toEqual({
            type: "IdentityObject",
            hashed: true,
            identityHash: hashIdentity("ada@example.org", "pepper"),
            identityType: "emailAddress",
            salt: "pepper",
        });
        // OB 3.0's own example: 'a@example.com' salted with 'Kosher'.
        expect(hashIdentity("a@example.com", "Kosher")).toBe("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
        expect(identityMatchesEmail(email, "ADA@example.org")).toBe(true);
        expect(identityMatchesEmail(email, "eve@example.org")).toBe(false);
        expect(external).toMatchObject({ hashed: false, identityHash: "L-0042", identityType: "sourcedId" });
        expect(name).toMatchObject({ identityHash: "Ada Lovelace", identityType: "name" });
    });

    it.each([
        [{ id: "holding-1" }, "id"],
        [{ learner: {} }, "learner"],
        [{ validUntil: "2025-01-01T00:00:00Z" }, "validUntil"],
        [{ validFrom: "yesterday" }, "validFrom"],
        [{ eu: { eqfLevel: 9 } }, "eu.eqfLevel"],
        [{ eu: { language: "English" } }, "eu.language"],
        [{ achievement: { ...fullInput.achievement, skills: [{ ...fullInput.achievement.skills[0], level: 6 }] } }, "achievement.skills.level"],
    ])("refuses %j with BAD_USER_INPUT naming %s", (change, field) => {
        let error: unknown;
        try {
            buildOpenBadgeCredential({ ...fullInput, ...change });
        } catch (e) {
            error = e;
        }
        expect((error as GraphQLError | undefined)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    });

    it("publishes the issuer profile on its own, valid against the profile schema", () => {
        expect(validateProfile(buildIssuerProfile(fullInput.issuer))).toEqual([]);
        expect(validateProfile({ name: "no id, no type" }).map((e) => e.message)).toEqual(['must have property "id"', 'must have property "type"']);
    });
});

describe("stack bundles", () => {
    const part = (n: number) =>
        buildOpenBadgeCredential({
            ...fullInput,
            id: `https://skills.example.org/holdings/p${n}`,
            achievement: { ...fullInput.achievement, id: `https://skills.example.org/credentials/part-${n}` },
        });
    const stackInput = {
        ...fullInput,
        id: "https://skills.example.org/holdings/stack",
        achievement: { ...fullInput.achievement, id: "https://skills.example.org/credentials/stack", achievementType: "Certificate" },
    };

    it("hold the parts and an isPartOf association from each part's achievement to the stack's, all valid", () => {
        const bundle = asDoc(buildStackBundle(stackInput, [part(1), part(2)]));
        expect(validateAchievementCredential(bundle)).toEqual([]);
        expect(bundle.credentialSubject.verifiableCredential).toHaveLength(2);
        expect(bundle.credentialSubject.association).toEqual(
            [1, 2].map((n) => ({
                type: "Association",
                associationType: "isPartOf",
                sourceId: `https://skills.example.org/credentials/part-${n}`,
                targetId: "https://skills.example.org/credentials/stack",
            })),
        );
    });

    it("report schema errors of a bundled part under its path, and refuse parts that are not credentials", () => {
        const broken = { ...part(1), validFrom: "not a date" };
        const errors = validateAchievementCredential(buildStackBundle(stackInput, [part(2), broken]));
        expect(errors).toEqual([{ path: "/credentialSubject/verifiableCredential/1/validFrom", message: 'must match format "date-time"' }]);
        expect(() => buildStackBundle(stackInput, [])).toThrow(/at least one part/);
        expect(() => buildStackBundle(stackInput, [{ type: ["VerifiableCredential"] } as never])).toThrow(/Part 0 is not an OpenBadgeCredential/);
    });
});
