import { type CredentialNode, completionAlternatives, evaluateStack, flattenStack, ruleText } from "../../src/domain/credential-stack";

const now = new Date("2026-06-01T00:00:00Z");
const valid = [{ issuedAt: "2026-01-01T00:00:00Z", expiresAt: "2027-01-01T00:00:00Z", verified: true }];
const expired = [{ issuedAt: "2024-01-01T00:00:00Z", expiresAt: "2026-03-01T00:00:00Z", verified: true }];
const node = (id: string, extra: Partial<CredentialNode> = {}): CredentialNode => ({
    id,
    title: id.toUpperCase(),
    requiredParts: null,
    validityMonths: null,
    certifies: [],
    parts: [],
    prerequisites: [],
    holdings: [],
    ...extra,
});
const map = (...nodes: CredentialNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe("credential stacks", () => {
    // stack: any 2 of a (mandatory), b, c. a is held, b expired, c certifies x 3.
    const stack = map(
        node("stack", {
            requiredParts: 2,
            parts: [
                { id: "a", mandatory: true },
                { id: "b", mandatory: false },
                { id: "c", mandatory: false },
            ],
        }),
        node("a", { holdings: valid, certifies: [{ skillId: "w", skillName: "W", level: 2 }] }),
        node("b", { holdings: expired, certifies: [{ skillId: "y", skillName: "Y", level: 2 }] }),
        node("c", { certifies: [{ skillId: "x", skillName: "X", level: 3 }], prerequisites: ["a"] }),
    );

    it("states the rule in words", () => {
        expect(ruleText(stack.get("stack")!)).toBe("any 2 of 3 parts, including 1 mandatory");
        expect(ruleText(node("all", { parts: [{ id: "a", mandatory: false }] }))).toBe("all 1 parts");
        expect(ruleText(stack.get("a")!)).toBeNull();
    });

    it("judges holdings, rules and shares, crediting skill readiness when levels are given", () => {
        const progress = evaluateStack(stack, now, new Map([["x", 2]]));
        expect(progress.get("a")).toMatchObject({ status: "VALID", complete: true, share: 1 });
        expect(progress.get("b")).toMatchObject({ status: "EXPIRED", complete: false, share: 0 });
        expect(progress.get("c")!.share).toBeCloseTo(2 / 3);
        // a (1) plus the best optional part c (2/3), over 2 required parts.
        expect(progress.get("stack")).toMatchObject({ complete: false, ruleSatisfied: false });
        expect(progress.get("stack")!.share).toBeCloseTo(5 / 6);
        expect(evaluateStack(stack, now).get("stack")!.share).toBe(0.5);
    });

    it("lists the ways to complete a stack: one missing optional part each, with prerequisites met", () => {
        const progress = evaluateStack(stack, now);
        const ways = completionAlternatives("stack", stack, progress);
        expect(ways).toEqual([
            { needs: [{ skillId: "y", level: 2 }], earn: ["b", "stack"] },
            { needs: [{ skillId: "x", level: 3 }], earn: ["c", "stack"] },
        ]);
    });

    it("is complete without further needs once the rule is met by held parts", () => {
        const held = map(...[...stack.values()].map((n) => (n.id === "b" ? { ...n, holdings: valid } : n)));
        const progress = evaluateStack(held, now);
        expect(progress.get("stack")).toMatchObject({ complete: true, ruleSatisfied: true, status: "NONE" });
        expect(completionAlternatives("stack", held, progress)).toEqual([{ needs: [], earn: [] }]);
    });

    it("survives a part-of cycle already in the data", () => {
        const cyclic = map(node("p", { parts: [{ id: "q", mandatory: true }] }), node("q", { parts: [{ id: "p", mandatory: true }] }));
        expect(flattenStack("p", cyclic).map((e) => [e.id, e.depth])).toEqual([
            ["p", 0],
            ["q", 1],
        ]);
        expect(evaluateStack(cyclic, now).get("p")!.complete).toBe(false);
        expect(completionAlternatives("p", cyclic, evaluateStack(cyclic, now))).toEqual([]);
    });
});
