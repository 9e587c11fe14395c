import { type CredentialFacts, euCompliance } from "../../src/domain/eu-compliance";

const complete: CredentialFacts = {
    title: "Cloud foundations",
    awardingBody: "Issuer O",
    issuerCountry: "DE",
    learningOutcomes: ["Deploys a service"],
    workloadHours: 50,
    ects: 2,
    eqfLevel: 5,
    assessmentType: "EXAM",
    participationForm: "ONLINE",
    qualityAssurance: "Accredited",
    prerequisites: [],
    identityVerification: null,
    gradingScheme: null,
    stackable: false,
    furtherInformation: null,
    language: "en",
};

describe("EU micro-credential elements (Council Recommendation 2022/C 243/02, Annex I)", () => {
    it("finds a credential with every mandatory element compliant, optional ones present or missing", () => {
        const report = euCompliance(complete);
        expect(report.compliant).toBe(true);
        expect(report.missing).toEqual([]);
        expect(report.elements.filter((e) => e.mandatory)).toHaveLength(11);
        expect(report.elements.filter((e) => !e.mandatory).map((e) => [e.element.split(" ")[0], e.present])).toEqual([
            ["Prerequisites", false],
            ["Supervision", false],
            ["Grade", false],
            ["Integration/stackability", false],
            ["Further", false],
            ["Language", true],
        ]);
    });

    it.each([
        ["title", { title: " " }, "Title of the micro-credential"],
        ["issuer country", { issuerCountry: null }, "Country(ies)/Region(s) of the issuer"],
        ["awarding body", { awardingBody: null }, "Awarding body(ies)"],
        ["learning outcomes", { learningOutcomes: [] }, "Learning outcomes"],
        ["workload", { ects: null, workloadHours: null }, "Notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)"],
        ["EQF level", { eqfLevel: null }, "Level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA), if applicable"],
        ["quality assurance", { qualityAssurance: null }, "Type of quality assurance used to underpin the micro-credential"],
    ])("names a missing %s and is not compliant", (_name, change, element) => {
        const report = euCompliance({ ...complete, ...change });
        expect([report.compliant, report.missing]).toEqual([false, [element]]);
    });

    it("counts workload from hours alone and says both when given", () => {
        expect(euCompliance({ ...complete, ects: null }).elements[6]).toMatchObject({ present: true, value: "50 hours" });
        expect(euCompliance(complete).elements[6].value).toBe("2 ECTS, 50 hours");
    });
});
