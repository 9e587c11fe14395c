/**
 * The information a micro-credential must carry: Annex I of the Council Recommendation on a European approach to
 * micro-credentials (2022/C 243/02), element by element, judged on a credential as the graph holds it.
 */

/** What the graph says about one credential, as the compliance check reads it. */
export interface CredentialFacts {
    readonly title: string | null;
    readonly awardingBody: string | null;
    readonly issuerCountry: string | null;
    readonly learningOutcomes: readonly string[];
    readonly workloadHours: number | null;
    readonly ects: number | null;
    readonly eqfLevel: number | null;
    readonly assessmentType: string | null;
    readonly participationForm: string | null;
    readonly qualityAssurance: string | null;
    readonly prerequisites: readonly string[];
    readonly identityVerification: string | null;
    readonly gradingScheme: string | null;
    readonly stackable: boolean;
    readonly furtherInformation: string | null;
    readonly language: string | null;
}

export interface ComplianceElement {
    /** The element as Annex I names it. */
    readonly element: string;
    readonly mandatory: boolean;
    readonly present: boolean;
    /** What the credential says, in words; null when missing. */
    readonly value: string | null;
    /** Where the element comes from, or what to add. */
    readonly note: string;
}

export interface ComplianceReport {
    readonly compliant: boolean;
    readonly elements: ComplianceElement[];
    /** The mandatory elements missing, in Annex I order. */
    readonly missing: string[];
}

const text = (value: string | null) => (value && value.trim() ? value.trim() : null);

/** Annex I, part 1 (mandatory) then part 2 (optional); the learner and the date of issue are written on each holding. */
export function euCompliance(c: CredentialFacts): ComplianceReport {
    const workload = [c.ects != null ? `${c.ects} ECTS` : null, c.workloadHours != null ? `${c.workloadHours} hours` : null].filter(Boolean).join(", ");
    const element = (name: string, mandatory: boolean, value: string | null, note: string): ComplianceElement => ({
        element: name,
        mandatory,
        present: value !== null,
        value,
        note,
    });
    const elements = [
        element(
            "Identification of the learner",
            true,
            "on each holding",
            "each issued credential names the learner and identifies them by a salted hash of their email",
        ),
        element("Title of the micro-credential", true, text(c.title), "Credential.title"),
        element("Country(ies)/Region(s) of the issuer", true, text(c.issuerCountry), "the awarding body's Organization.country"),
        element("Awarding body(ies)", true, text(c.awardingBody), "the organisation that AWARDS the credential"),
        element("Date of issuing", true, "on each holding", "each holding's issuedAt"),
        element("Learning outcomes", true, c.learningOutcomes.length ? c.learningOutcomes.join("; ") : null, "Credential.learningOutcomes"),
        element(
            "Notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)",
            true,
            workload || null,
            "Credential.ects or workloadHours",
        ),
        element(
            "Level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA), if applicable",
            true,
            c.eqfLevel != null ? `EQF ${c.eqfLevel}` : null,
            "Credential.eqfLevel",
        ),
        element("Type of assessment", true, text(c.assessmentType), "Credential.assessmentType"),
        element("Form of participation in the learning activity", true, text(c.participationForm), "Credential.participationForm"),
        element("Type of quality assurance used to underpin the micro-credential", true, text(c.qualityAssurance), "Credential.qualityAssurance"),
        element(
            "Prerequisites needed to enrol in the learning activity",
            false,
            c.prerequisites.length ? c.prerequisites.join("; ") : null,
            "prerequisite credentials (REQUIRES_CREDENTIAL)",
        ),
        element("Supervision and identity verification during assessment", false, text(c.identityVerification), "Credential.identityVerification"),
        element("Grade achieved", false, text(c.gradingScheme), "Credential.gradingScheme (the grade itself is on each holding)"),
        element("Integration/stackability options", false, c.stackable ? "stacks with other credentials" : null, "PART_OF links to or from other credentials"),
        element("Further information", false, text(c.furtherInformation), "Credential.url"),
        element("Language of the learning activity and assessment", false, text(c.language), "Credential.language"),
    ];
    const missing = elements.filter((e) => e.mandatory && !e.present).map((e) => e.element);
    return { compliant: missing.length === 0, elements, missing };
}
