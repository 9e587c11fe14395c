import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CLIENT_MANIFEST, ConfigError, loadConfig } from "../../src/config";
import { loadTrustedDocuments } from "../../src/server/trusted-documents";

const folder = mkdtempSync(path.join(tmpdir(), "trusted-documents-"));
const manifest = (name: string, content: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
};
const DOCUMENT = "query Me { me { subject } }";
const HASH = createHash("sha256").update(DOCUMENT).digest("hex");

describe("trusted document manifests", () => {
    it("registers each document under the SHA-256 of its exact text, with or without the sha256: prefix", () => {
        const other = "query Wallet { wallet { holdingId } }";
        const otherHash = createHash("sha256").update(other).digest("hex");
        const documents = loadTrustedDocuments([
            manifest("ok.json", JSON.stringify({ [`sha256:${HASH}`]: DOCUMENT })),
            manifest("apollo.json", JSON.stringify({ [otherHash]: other })),
        ]);
        expect([...documents]).toEqual([
            [HASH, DOCUMENT],
            [otherHash, other],
        ]);
    });

    it("reads the client package's manifest, every entry checked", () => {
        expect(loadTrustedDocuments([CLIENT_MANIFEST]).size).toBeGreaterThanOrEqual(15);
    });

    it.each([
        ["a missing file", () => path.join(folder, "missing.json"), /SKILLGRAPH_TRUSTED_DOCUMENTS names .*missing\.json, which cannot be read \(ENOENT\)/],
        ["a file that is not JSON", () => manifest("bad.json", "{ not json"), /bad\.json, which is not JSON .*regenerate it with the codegen client preset/],
        [
            "JSON that is not an object",
            () => manifest("list.json", JSON.stringify([DOCUMENT])),
            /list\.json, which is not a JSON object of hash → document text/,
        ],
        [
            "a hash that is not the document's",
            () => manifest("edited.json", JSON.stringify({ [`sha256:${HASH}`]: `${DOCUMENT} ` })),
            /edited\.json, whose entry "sha256:[0-9a-f]{64}" is not "sha256:<hex>" of its document text/,
        ],
        ["a key that is not a hash", () => manifest("key.json", JSON.stringify({ Me: DOCUMENT })), /whose entry "Me" is not/],
        ["a value that is not a text", () => manifest("value.json", JSON.stringify({ [HASH]: { query: DOCUMENT } })), /whose entry/],
    ])("refuses %s with a ConfigError naming the variable", (_what, file, message) => {
        expect(() => loadTrustedDocuments([file()])).toThrow(ConfigError);
        expect(() => loadTrustedDocuments([file()])).toThrow(message);
    });
});

describe("trusted document settings", () => {
    it("register the client package's manifest by default, and take a comma-separated list", () => {
        expect(loadConfig({}).trustedDocuments).toEqual({ manifests: [CLIENT_MANIFEST], only: false });
        const settings = loadConfig({ SKILLGRAPH_TRUSTED_DOCUMENTS: "a.json, /b.json", SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY: "true" }).trustedDocuments;
        expect(settings).toEqual({ manifests: [path.resolve("a.json"), "/b.json"], only: true });
    });

    it.each([
        [
            { SKILLGRAPH_TRUSTED_DOCUMENTS: "a.json,,b.json" },
            /SKILLGRAPH_TRUSTED_DOCUMENTS is "a.json,,b.json": list manifest files separated by single commas/,
        ],
        [{ SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY: "yes" }, /SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY is "yes": use one of true, false/],
    ])("refuse %p", (env, message) => {
        expect(() => loadConfig(env)).toThrow(message);
    });
});
