import { DEFAULTS } from "../../src/config";
import { Random } from "../../seed/demo/random";
import {
    DEFAULT_EVIDENCE_POLICY,
    type Evidence,
    countedLevel,
    creditNarrower,
    effectiveLevel,
    evidenceFor,
    explainRequirement,
    fitOf,
} from "../../src/domain/evidence";

const now = new Date("2026-06-01T00:00:00Z");
const policy = DEFAULT_EVIDENCE_POLICY;
const item = (level: number, extra: Partial<Evidence> = {}): Evidence => ({
    source: "SELF",
    level,
    assessedAt: "2026-01-01T00:00:00Z",
    validUntil: null,
    skillId: "k8s",
    skillName: "Kubernetes",
    viaNarrower: false,
    ...extra,
});

describe("effectiveLevel", () => {
    it("takes the highest valid evidence and reports expired evidence apart", () => {
        const result = effectiveLevel(
            [item(2), item(4, { source: "ASSESSED", validUntil: "2026-03-01T00:00:00Z" }), item(3, { source: "CREDENTIAL", credentialTitle: "CKA" })],
            now,
            false,
            policy,
        );
        expect(result.level).toBe(3);
        expect(result.counted.map((e) => e.level)).toEqual([3, 2]);
        expect(result.expired.map((e) => [e.level, e.validUntil])).toEqual([[4, "2026-03-01T00:00:00Z"]]);
        expect(explainRequirement("Kubernetes", 4, "ESSENTIAL", result)).toBe(
            'Kubernetes: essential, level 4 required; level 3 from credential "CKA" of 2026-01-01; 1 level short. Kubernetes 4 (assessed) expired on 2026-03-01.',
        );
    });

    it("counts a narrower skill at one level less, only when asked", () => {
        const narrower = item(4, { source: "ASSESSED", skillId: "helm", skillName: "Helm", viaNarrower: true });
        expect(effectiveLevel([narrower], now, false, policy).level).toBe(0);
        const result = effectiveLevel([narrower, item(2)], now, true, policy);
        expect([result.level, result.viaNarrower]).toEqual([3, true]);
        expect(effectiveLevel([item(1, { viaNarrower: true })], now, true, policy).level).toBe(1);
    });

    it("names a completed course apart from the person's own claim, and says when it lapsed", () => {
        const course = (level: number, validUntil: string) =>
            item(level, { source: "INFERRED", courseId: "c", courseTitle: "K8s in practice", confidence: 0.6, assessedAt: "2025-06-01T00:00:00Z", validUntil });
        const result = effectiveLevel([item(2), course(3, "2028-06-01T00:00:00Z")], now, false, policy);
        expect(explainRequirement("Kubernetes", 3, "ESSENTIAL", result)).toBe(
            'Kubernetes: essential, level 3 required; level 3 from completed course "K8s in practice" (inferred) of 2025-06-01; own claim 2 (self); met.',
        );
        // A credential is not an own claim: none is named beside the course.
        const withCredential = effectiveLevel(
            [item(2, { source: "CREDENTIAL", credentialId: "x", credentialTitle: "CKA" }), course(3, "2028-06-01T00:00:00Z")],
            now,
            false,
            policy,
        );
        expect(explainRequirement("Kubernetes", 3, "ESSENTIAL", withCredential)).not.toContain("own claim");
        const lapsed = effectiveLevel([course(3, "2026-05-01T00:00:00Z")], now, false, policy);
        expect(explainRequirement("Kubernetes", 3, "ESSENTIAL", lapsed)).toBe(
            "Kubernetes: essential, level 3 required; no valid evidence; 3 levels short. Kubernetes 3 (K8s in practice) expired on 2026-05-01.",
        );
    });

    it("counts each source at most at the policy's level for it, and says so", () => {
        expect([1, 3, 4, 5].map((level) => countedLevel("SELF", level, policy))).toEqual([1, 3, 3, 3]);
        expect([4, 5].map((level) => countedLevel("PEER", level, policy))).toEqual([4, 4]);
        for (const source of ["ASSESSED", "MANAGER", "CREDENTIAL", "INFERRED"]) expect(countedLevel(source, 5, policy)).toBe(5);
        expect(countedLevel("SELF", 5, { maxLevel: {}, completionValidityMonths: 36 })).toBe(5);

        const result = effectiveLevel(
            [item(4, { confidence: 0.6 }), item(3, { source: "MANAGER", confidence: 0.8, assessedAt: "2025-01-01T00:00:00Z" })],
            now,
            false,
            policy,
        );
        // Both count 3: the manager's word comes first though older, being surer.
        expect(result.counted.map((e) => [e.source, e.level, e.countsAs, e.capped])).toEqual([
            ["MANAGER", 3, 3, false],
            ["SELF", 4, 3, true],
        ]);
        const selfOnly = effectiveLevel([item(4, { confidence: 0.5 })], now, false, policy);
        expect(explainRequirement("Kubernetes", 4, "ESSENTIAL", selfOnly)).toBe(
            "Kubernetes: essential, level 4 required; level 3 from self evidence (4, counted as 3 by the evidence policy) of 2026-01-01; 1 level short.",
        );
        // Unverified evidence (a holding or completion the person recorded) counts at most like a self-assessment.
        expect(countedLevel("CREDENTIAL", 5, policy, false)).toBe(3);
        expect(countedLevel("INFERRED", 4, policy, null)).toBe(4);
        const unverified = effectiveLevel([item(4, { source: "CREDENTIAL", credentialTitle: "CKA", verified: false })], now, false, policy);
        expect(explainRequirement("Kubernetes", 4, "ESSENTIAL", unverified)).toBe(
            'Kubernetes: essential, level 4 required; level 3 from credential "CKA" (4, unverified, counted as 3 by the evidence policy) of 2026-01-01; 1 level short.',
        );
        // A narrower self-assessment is capped first, then counted one level less.
        expect(effectiveLevel([item(5, { viaNarrower: true })], now, true, policy).level).toBe(2);
    });

    it("is 0 with no evidence", () => {
        expect(effectiveLevel([], now, true, policy)).toEqual({ level: 0, counted: [], expired: [], viaNarrower: false });
    });
});

describe("fitOf", () => {
    it("weighs essential requirements 1.0 and optional ones 0.3", () => {
        const { fit, essentialCoverage } = fitOf(
            [
                { required: 3, effective: 3, importance: "ESSENTIAL" },
                { required: 4, effective: 3, importance: "ESSENTIAL" },
                { required: 3, effective: 0, importance: "ESSENTIAL" },
                { required: 2, effective: 5, importance: "OPTIONAL" },
            ],
            DEFAULTS.fitWeights,
        );
        // (1 + 0.75 + 0 + 0.3 * 1) / 3.3
        expect(fit).toBeCloseTo(2.05 / 3.3, 6);
        expect(essentialCoverage).toBeCloseTo(1 / 3, 6);
    });

    it("gives a role with no requirements fit 1", () => {
        expect(fitOf([], DEFAULTS.fitWeights)).toEqual({ fit: 1, essentialCoverage: 1 });
    });
});

describe("narrower credit on judged levels", () => {
    it("creditNarrower on each skill's effective level equals effectiveLevel over evidenceFor with narrower skills, on random people", () => {
        const random = new Random(17);
        // x is broader than y and z; y is broader than w (two levels: w never counts for x).
        const broader: Record<string, string[]> = { y: ["x"], z: ["x"], w: ["y"] };
        const narrower: Record<string, string[]> = { x: ["y", "z"], y: ["w"] };
        const skills = ["x", "y", "z", "w"];
        let credited = 0;
        for (let round = 0; round < 300; round++) {
            const held = Array.from({ length: random.int(0, 6) }, () => {
                const skillId = random.pick(skills);
                return {
                    source: random.pick(["SELF", "PEER", "ASSESSED", "MANAGER"]),
                    level: random.int(1, 5),
                    assessedAt: null,
                    validUntil: random.pick([null, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"]),
                    skillId,
                    skillName: skillId,
                };
            });
            const direct = new Map(skills.map((s) => [s, effectiveLevel(evidenceFor(held, s, []), now, false, policy).level]));
            const viaLevels = creditNarrower(direct, (s) => broader[s] ?? []);
            for (const s of skills) {
                const viaEvidence = effectiveLevel(evidenceFor(held, s, narrower[s] ?? []), now, true, policy).level;
                expect([s, viaLevels.get(s)]).toEqual([s, viaEvidence]);
                if (viaEvidence > direct.get(s)!) credited++;
            }
        }
        expect(credited).toBeGreaterThan(20);
    });
});
