/**
 * Credential Transparency Description Language (CTDL, Credential Engine) JSON-LD for registries: a credential as a
 * ceterms:MicroCredential, a course as a ceterms:Course, in the shape of Credential Engine's published examples
 * (language maps, CredentialAlignmentObject for skills and vocabulary terms, ConditionProfile, DurationProfile,
 * CostProfile). Pure: callers give the graph's facts and the @ids.
 */
import { createHash } from "node:crypto";

export const CTDL_CONTEXT = "https://credreg.net/ctdl/schema/context/json";

export interface CtdlSkill {
    readonly uri: string;
    readonly name: string;
    readonly framework: "ESCO" | "O*NET";
    readonly code?: string;
}

interface Common {
    /** The resource's URL (@id). */
    readonly id: string;
    readonly name: string;
    readonly description: string | null;
    /** BCP 47; the language of the text maps, "en" when unknown. */
    readonly language: string | null;
    /** The owning organisation's @id. */
    readonly ownerId: string | null;
    readonly url: string | null;
    readonly skills: readonly CtdlSkill[];
}

export interface CtdlCredentialInput extends Common {
    readonly learningOutcomes: readonly string[];
    readonly workloadHours: number | null;
    readonly ects: number | null;
    /** @ids of the credentials that stack into this one, and of those it stacks into. */
    readonly parts: readonly string[];
    readonly partOf: readonly string[];
}

export interface CtdlCourseInput extends Common {
    readonly durationMinutes: number;
    readonly format: "ONLINE" | "ONSITE" | "BLENDED";
    readonly cost: number;
    readonly currency: string;
}

/** A registry identifier derived from the @id: "ce-" and a UUID, the same for the same resource. */
export function ctidOf(id: string): string {
    const hex = createHash("sha256").update(id).digest("hex");
    return `ce-${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const FRAMEWORKS = {
    ESCO: { url: "http://data.europa.eu/esco/skill", name: "ESCO skills" },
    "O*NET": { url: "https://www.onetcenter.org/content.html", name: "O*NET Content Model" },
} as const;

function term(framework: string, frameworkName: string, targetNode: string, name: string, lang: string) {
    return {
        "@type": "ceterms:CredentialAlignmentObject",
        "ceterms:framework": framework,
        "ceterms:targetNode": targetNode,
        "ceterms:frameworkName": { [lang]: frameworkName },
        "ceterms:targetNodeName": { [lang]: name },
    };
}

const compact = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));

function common(kind: string, input: Common) {
    const lang = input.language ?? "en";
    return {
        lang,
        fields: {
            "@context": CTDL_CONTEXT,
            "@id": input.id,
            "@type": kind,
            "ceterms:ctid": ctidOf(input.id),
            "ceterms:name": { [lang]: input.name },
            "ceterms:description": input.description ? { [lang]: input.description } : null,
            "ceterms:ownedBy": input.ownerId ? [input.ownerId] : null,
            "ceterms:offeredBy": input.ownerId ? [input.ownerId] : null,
            "ceterms:inLanguage": [lang],
            "ceterms:subjectWebpage": input.url,
        },
    };
}

const skillAlignments = (skills: readonly CtdlSkill[], lang: string) =>
    skills.map((skill) => ({
        ...term(FRAMEWORKS[skill.framework].url, FRAMEWORKS[skill.framework].name, skill.uri, skill.name, lang),
        ...(skill.code ? { "ceterms:codedNotation": skill.code } : {}),
    }));

/** A credential as a ceterms:MicroCredential: what it requires (outcomes, competencies), its workload and stack links. */
export function buildCtdlCredential(input: CtdlCredentialInput): Record<string, unknown> {
    const { lang, fields } = common("ceterms:MicroCredential", input);
    const requires = {
        "@type": "ceterms:ConditionProfile",
        "ceterms:name": { [lang]: "Learning outcomes assessed" },
        "ceterms:condition": input.learningOutcomes.length ? { [lang]: [...input.learningOutcomes] } : undefined,
        "ceterms:assertedBy": input.ownerId ? [input.ownerId] : undefined,
        "ceterms:targetCompetency": input.skills.length ? skillAlignments(input.skills, lang) : undefined,
    };
    const duration =
        input.workloadHours !== null
            ? [{ "@type": "ceterms:DurationProfile", "ceterms:exactDuration": `PT${input.workloadHours}H` }]
            : input.ects !== null
              ? [{ "@type": "ceterms:DurationProfile", "ceterms:description": { [lang]: `${input.ects} ECTS credits` } }]
              : null;
    return compact({
        ...fields,
        "ceterms:requires": Object.values(requires).filter((v) => v !== undefined).length > 2 ? [compact(requires)] : null,
        "ceterms:estimatedDuration": duration,
        "ceterms:hasPart": [...input.parts],
        "ceterms:isPartOf": [...input.partOf],
        "ceterms:credentialStatusType": term("https://credreg.net/ctdl/terms/CredentialStatus", "Credential Status", "credentialStat:Active", "Active", lang),
    });
}

const DELIVERY = {
    ONLINE: ["deliveryType:OnlineOnly", "Online Only"],
    ONSITE: ["deliveryType:InPerson", "In Person Only"],
    BLENDED: ["deliveryType:BlendedDelivery", "Blended Delivery"],
} as const;

/** A micro-course as a ceterms:Course: the competencies it teaches, its duration, delivery and cost. */
export function buildCtdlCourse(input: CtdlCourseInput): Record<string, unknown> {
    const { lang, fields } = common("ceterms:Course", input);
    const [node, name] = DELIVERY[input.format];
    return compact({
        ...fields,
        "ceterms:teaches": skillAlignments(input.skills, lang),
        "ceterms:deliveryType": [term("https://credreg.org/ctdl/terms/Delivery", "Delivery Type", node, name, lang)],
        "ceterms:estimatedDuration": [{ "@type": "ceterms:DurationProfile", "ceterms:exactDuration": `PT${input.durationMinutes}M` }],
        "ceterms:estimatedCost": [
            {
                "@type": "ceterms:CostProfile",
                "ceterms:name": { [lang]: input.name },
                "ceterms:price": input.cost,
                "ceterms:currency": input.currency,
                "ceterms:directCostType": term("https://credreg.org/ctdl/terms/CostType", "Cost Type", "costType:EnrollmentFee", "Enrollment Fee", lang),
            },
        ],
        "ceterms:lifeCycleStatusType": term("https://credreg.org/ctdl/terms/LifeCycleStatus", "Life Cycle Status", "lifeCycle:Active", "Active", lang),
    });
}
