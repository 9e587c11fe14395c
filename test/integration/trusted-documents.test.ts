import { createHash } from "node:crypto";
import { CLIENT_MANIFEST } from "../../src/config";
import { MeDocument, SkillGapDocument, documentHash } from "../../clients/typescript/src";
import { adminToken, mintToken } from "../../tools/harness/tokens";
import { type TestApi, startTestApi } from "../helpers/test-api";

/**
 * Trusted documents (src/server/trusted-documents.ts): a registered hash runs its document in either form (the
 * client preset's documentId, Apollo's persistedQuery extension), an unknown hash is refused and never registered,
 * and in production with SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY only admins may send query text.
 */
let dev: TestApi;
let production: TestApi;
let tokens: Record<"admin" | "partner" | "planner" | "employee", string>;

const ME_HASH = documentHash(MeDocument)!;
const hexOf = (hash: string) => hash.replace(/^sha256:/, "");
const FREE_TEXT = "query Mine { me { subject } }";

beforeAll(async () => {
    const trusted = { manifests: [CLIENT_MANIFEST], only: true };
    // Trusted-only is set on both: it applies in production only.
    dev = await startTestApi({ embeddings: "off", trustedDocuments: trusted });
    production = await startTestApi({ embeddings: "off", production: true, trustedDocuments: trusted });
    tokens = {
        admin: await adminToken(),
        partner: await mintToken({ sub: "test:trusted-partner", roles: ["partner"], org: "demo:org:eurocert-institute" }),
        planner: await mintToken({ sub: "test:trusted-planner", roles: ["planner"], orgUnits: ["demo:unit:data"] }),
        employee: await mintToken({ sub: "demo:person:0001", roles: ["employee"] }),
    };
});

afterAll(async () => {
    await dev.stop();
    await production.stop();
});

describe("a registered document", () => {
    it("runs when named by the client preset's documentId or by Apollo's persistedQuery hash", async () => {
        for (const body of [
            { documentId: ME_HASH },
            { documentId: hexOf(ME_HASH) },
            { extensions: { persistedQuery: { version: 1, sha256Hash: hexOf(ME_HASH) } } },
        ]) {
            const response = await production.post({ ...body, operationName: "Me" }, tokens.partner);
            expect(response).toMatchObject({
                status: 200,
                data: { me: { subject: "test:trusted-partner", organization: { id: "demo:org:eurocert-institute" } } },
            });
            expect(response.errors).toBeUndefined();
        }
    });

    it("runs when named in a GET request's parameters", async () => {
        const response = await fetch(`${production.url}?documentId=${encodeURIComponent(ME_HASH)}&operationName=Me`, {
            headers: { authorization: `Bearer ${tokens.employee}`, "apollo-require-preflight": "true" },
        });
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ data: { me: { subject: "demo:person:0001", person: { id: "demo:person:0001" } } } });
    });

    it("still checks its variables: a missing one is BAD_USER_INPUT", async () => {
        const response = await production.post({ documentId: documentHash(SkillGapDocument), variables: { roleId: "x" } }, tokens.employee);
        expect(response.status).toBe(400);
        expect(response.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
        expect(response.errors?.[0].message).toContain("$personId");
    });
});

describe("an unknown hash", () => {
    it("is PERSISTED_QUERY_NOT_FOUND with HTTP 200 and no caching (Apollo's convention), in both forms", async () => {
        const unknown = createHash("sha256").update(FREE_TEXT).digest("hex");
        for (const body of [
            { documentId: `sha256:${unknown}` },
            { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } },
            { documentId: "Me" },
        ]) {
            const response = await fetch(dev.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
            expect(response.status).toBe(200);
            expect(response.headers.get("cache-control")).toBe("private, no-cache, must-revalidate");
            const json = (await response.json()) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
            expect(json.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
            expect(json.errors[0].extensions.requestId).toBeTruthy();
            expect(json.errors[0].message).toContain("SKILLGRAPH_TRUSTED_DOCUMENTS");
        }
    });

    it("is never registered by sending it with its text (Apollo's automatic persisted queries are off)", async () => {
        const hash = createHash("sha256").update(FREE_TEXT).digest("hex");
        const withText = await dev.post({ query: FREE_TEXT, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
        expect(withText).toMatchObject({ status: 200, data: { me: { subject: "test:admin" } } });
        const hashOnly = await dev.post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
        expect(hashOnly.errors?.[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    });
});

describe("trusted documents only (SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY=true)", () => {
    it.each(["partner", "planner", "employee"] as const)("refuses query text from a %s in production, naming what to do", async (audience) => {
        const response = await production.post({ query: FREE_TEXT }, tokens[audience]);
        expect(response.status).toBe(400);
        expect(response.errors?.[0].extensions.code).toBe("PERSISTED_QUERY_REQUIRED");
        expect(response.errors?.[0].message).toContain("documentId");
        const viaGet = await fetch(`${production.url}?query=${encodeURIComponent(FREE_TEXT)}`, {
            headers: { authorization: `Bearer ${tokens[audience]}`, "apollo-require-preflight": "true" },
        });
        expect(viaGet.status).toBe(400);
    });

    it("refuses query text from anonymous callers, and in a batch", async () => {
        expect((await production.post({ query: FREE_TEXT }, null)).errors?.[0].extensions.code).toBe("PERSISTED_QUERY_REQUIRED");
        expect((await production.post([{ documentId: ME_HASH }, { query: FREE_TEXT }], tokens.partner)).errors?.[0].extensions.code).toBe(
            "PERSISTED_QUERY_REQUIRED",
        );
    });

    it("accepts query text from an admin in production", async () => {
        expect(await production.post({ query: FREE_TEXT }, tokens.admin)).toMatchObject({ status: 200, data: { me: { subject: "test:admin" } } });
    });

    it("is not enforced outside production, and off accepts query text from anyone", async () => {
        for (const audience of ["partner", "planner", "employee"] as const) {
            const response = await dev.post({ query: FREE_TEXT }, tokens[audience]);
            expect(response.status).toBe(200);
            expect(response.errors).toBeUndefined();
        }
        const off = await startTestApi({ embeddings: "off", production: true, trustedDocuments: { manifests: [CLIENT_MANIFEST], only: false } });
        try {
            expect(await off.post({ query: FREE_TEXT }, tokens.partner)).toMatchObject({ status: 200, data: { me: { subject: "test:trusted-partner" } } });
            expect(await off.post({ documentId: ME_HASH }, tokens.partner)).toMatchObject({ status: 200, data: { me: { subject: "test:trusted-partner" } } });
        } finally {
            await off.stop();
        }
    });
});
