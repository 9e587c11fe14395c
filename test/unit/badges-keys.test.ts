import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import { jwkThumbprint, loadKeyRingFromFolder, loadKeyRingFromJwks, loadOrCreateDevKeyRing } from "../../src/badges/keys";

const dirs: string[] = [];
const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "skillgraph-keys-"));
    dirs.push(dir);
    return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function privateJwk(alg: "EdDSA" | "ES256") {
    const { privateKey } = await generateKeyPair(alg, alg === "EdDSA" ? { crv: "Ed25519", extractable: true } : { extractable: true });
    return exportJWK(privateKey);
}

describe("issuer key rings", () => {
    it("load a folder of JWK files in name order, with RFC 7638 thumbprints as key ids", async () => {
        const dir = tempDir();
        const [ed, ec] = [await privateJwk("EdDSA"), await privateJwk("ES256")];
        writeFileSync(path.join(dir, "a-ed.json"), JSON.stringify(ed));
        writeFileSync(path.join(dir, "b-set.json"), JSON.stringify({ keys: [ec] }));
        writeFileSync(path.join(dir, "README.txt"), "not a key");
        const ring = await loadKeyRingFromFolder(dir);
        expect(ring.keys.map((k) => k.alg)).toEqual(["EdDSA", "ES256"]);
        expect(ring.signingKey.kid).toBe(await jwkThumbprint(ed));
        expect(ring.keys[1].kid).toBe(await jwkThumbprint(ec));
    });

    it("publish only public members, each with kid, alg and use sig", async () => {
        const ring = await loadKeyRingFromJwks(JSON.stringify({ keys: [await privateJwk("EdDSA"), await privateJwk("ES256")] }), "SKILLGRAPH_ISSUER_JWKS");
        const { keys } = ring.publicJwks();
        expect(keys).toHaveLength(2);
        for (const key of keys) {
            expect(key).not.toHaveProperty("d");
            expect([key.kid.length, key.use]).toEqual([43, "sig"]);
        }
        expect(Object.keys(keys[0]).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x"]);
        expect(Object.keys(keys[1]).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x", "y"]);
        expect(JSON.stringify(ring.publicJwks())).not.toMatch(/"d"/);
    });

    it.each([
        ["{not json", /SKILLGRAPH_ISSUER_JWKS is not valid JSON .*: write a JWK object or a JWK set/],
        ['{"keys": []}', /SKILLGRAPH_ISSUER_JWKS holds no keys: add a private JWK/],
        ['{"kty":"RSA","n":"x","e":"AQAB","d":"y"}', /\(key 0\) has kty RSA .*: use an Ed25519 \(kty OKP\) or P-256 \(kty EC\) key/],
        ['{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}', /is a public key: a signing key needs its private member d/],
        ['{"kty":"OKP","crv":"Ed25519","alg":"ES256","x":"a","d":"b"}', /says alg ES256 for a Ed25519 key: set alg to EdDSA or remove it/],
        ['{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"AAAA"}', /is not a usable key .*: export the key pair again/],
    ])("refuse %s from a variable, naming it and the fix", async (text, message) => {
        await expect(loadKeyRingFromJwks(text, "SKILLGRAPH_ISSUER_JWKS")).rejects.toThrow(message);
    });

    it("name the file that holds a bad key, a mismatched kid, or a missing folder", async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, "broken.json"), "{");
        await expect(loadKeyRingFromFolder(dir)).rejects.toThrow(`The key file ${path.join(dir, "broken.json")} is not valid JSON`);
        writeFileSync(path.join(dir, "broken.json"), JSON.stringify({ ...(await privateJwk("EdDSA")), kid: "mine" }));
        await expect(loadKeyRingFromFolder(dir)).rejects.toThrow(/has kid "mine", not its RFC 7638 thumbprint: remove kid or set it to "[\w-]{43}"/);
        await expect(loadKeyRingFromFolder(path.join(dir, "absent"))).rejects.toThrow(/does not exist: create it/);
    });

    it("generate an Ed25519 development key once, persisted 0600, and reuse it", async () => {
        const dir = path.join(tempDir(), "dev-keys");
        const first = await loadOrCreateDevKeyRing(dir);
        const files = readdirSync(dir);
        expect(files).toEqual([`${first.signingKey.kid}.json`]);
        expect(statSync(path.join(dir, files[0])).mode & 0o777).toBe(0o600);
        expect(statSync(dir).mode & 0o777).toBe(0o700);
        const stored = JSON.parse(readFileSync(path.join(dir, files[0]), "utf8")) as Record<string, unknown>;
        expect([stored.kty, stored.crv, typeof stored.d]).toEqual(["OKP", "Ed25519", "string"]);
        const second = await loadOrCreateDevKeyRing(dir);
        expect(second.signingKey.kid).toBe(first.signingKey.kid);
        expect(readdirSync(dir)).toHaveLength(1);
    });
});
