import { CompactSign } from "jose";
import { type KeyRing, loadKeyRingFromJwks } from "../../src/badges/keys";
import { buildOpenBadgeCredential } from "../../src/badges/open-badge";
import type { BitstringStatusListEntry } from "../../src/badges/status-list";
import { type VerifyOptions, signCredentialJws, verifyCredentialJws } from "../../src/badges/vc-jose";
import { exportJWK, generateKeyPair } from "jose";
import { fullCredential, fullInput, minimalInput } from "./badges-fixtures";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const issuerId = fullInput.issuer.id;
const during = new Date("2027-01-01T00:00:00Z");

async function ring(alg: "EdDSA" | "ES256"): Promise<KeyRing> {
    const { privateKey } = await generateKeyPair(alg, alg === "EdDSA" ? { crv: "Ed25519", extractable: true } : { extractable: true });
    return loadKeyRingFromJwks(JSON.stringify(await exportJWK(privateKey)), "test key");
}

const trusting = (keys: KeyRing, revoked: number[] = []): VerifyOptions => ({
    resolveIssuerKeys: (id) => Promise.resolve(id === issuerId ? keys.publicJwks() : undefined),
    now: during,
    isRevoked: (entry: BitstringStatusListEntry) => Promise.resolve(revoked.includes(Number(entry.statusListIndex))),
});

const failed = (result: { checks: { check: string; ok: boolean; reason?: string }[] }) => result.checks.filter((c) => !c.ok).map((c) => [c.check, c.reason]);

describe("VC-JOSE compact JWS", () => {
    let ed: KeyRing;
    let es: KeyRing;
    beforeAll(async () => {
        [ed, es] = [await ring("EdDSA"), await ring("ES256")];
    });

    it.each(["EdDSA", "ES256"])("signs and verifies with %s, the payload being the credential itself", async (alg) => {
        const keys = alg === "EdDSA" ? ed : es;
        const credential = fullCredential();
        const jws = await signCredentialJws(credential, keys.signingKey);
        const [header, payload] = jws
            .split(".")
            .slice(0, 2)
            .map((s) => JSON.parse(Buffer.from(s, "base64url").toString()) as unknown);
        expect(header).toEqual({ alg, kid: keys.signingKey.kid, typ: "vc+jwt", cty: "vc" });
        expect(payload).toEqual(credential);
        const result = await verifyCredentialJws(jws, trusting(keys));
        expect(result).toEqual({
            valid: true,
            credential,
            issuerId,
            checks: ["format", "issuer", "signature", "validity", "status", "schema"].map((check) => ({ check, ok: true })),
        });
    });

    it.each(["EdDSA", "ES256"])("fails when any single character of a %s JWS is changed", async (alg) => {
        const keys = alg === "EdDSA" ? ed : es;
        const jws = await signCredentialJws(buildOpenBadgeCredential(minimalInput), keys.signingKey);
        const options = trusting(keys);
        const accepted: number[] = [];
        for (let i = 0; i < jws.length; i++) {
            const c = jws[i];
            // The nearest other character of the alphabet: for the last character of a segment it may differ only in unused bits.
            const flipped = c === "." ? "A" : ALPHABET[(ALPHABET.indexOf(c) + 1) % 64];
            const result = await verifyCredentialJws(jws.slice(0, i) + flipped + jws.slice(i + 1), options);
            if (result.valid || result.credential) accepted.push(i);
        }
        expect(accepted).toEqual([]);
        expect((await verifyCredentialJws(jws, options)).valid).toBe(true);
    });

    it("says which issuer is unknown, and refuses a key of a trusted issuer that is not its own", async () => {
        const jws = await signCredentialJws(fullCredential(), ed.signingKey);
        expect(await verifyCredentialJws(jws, { ...trusting(ed), resolveIssuerKeys: () => Promise.resolve(null) })).toEqual({
            valid: false,
            issuerId,
            checks: [
                { check: "format", ok: true },
                { check: "issuer", ok: false, reason: `unknown issuer: ${issuerId} is not trusted` },
            ],
        });
        const result = await verifyCredentialJws(jws, trusting(es));
        expect(failed(result)).toEqual([["signature", `bad signature: the issuer has no EdDSA key with kid "${ed.signingKey.kid}"`]]);
        expect(result.credential).toBeUndefined();
        const other = await ring("EdDSA");
        const forged = await new CompactSign(Buffer.from(JSON.stringify(fullCredential())))
            .setProtectedHeader({ alg: "EdDSA", kid: ed.signingKey.kid, typ: "vc+jwt", cty: "vc" })
            .sign(other.signingKey.privateKey);
        expect(failed(await verifyCredentialJws(forged, trusting(ed)))).toEqual([["signature", "bad signature"]]);
    });

    it("reports not yet valid, expired and revoked, each with its reason, while the signature holds", async () => {
        const jws = await signCredentialJws(fullCredential(), ed.signingKey);
        const early = await verifyCredentialJws(jws, { ...trusting(ed), now: new Date("2026-01-15T08:59:59Z") });
        expect(failed(early)).toEqual([["validity", "not yet valid: valid from 2026-01-15T09:00:00.000Z"]]);
        const late = await verifyCredentialJws(jws, { ...trusting(ed), now: new Date("2028-01-15T09:00:00Z") });
        expect(failed(late)).toEqual([["validity", "expired: valid until 2028-01-15T09:00:00.000Z"]]);
        expect(failed(await verifyCredentialJws(jws, trusting(ed, [42])))).toEqual([["status", "revoked"]]);
        expect(failed(await verifyCredentialJws(jws, trusting(ed, [41])))).toEqual([]);
        expect(failed(await verifyCredentialJws(jws, { ...trusting(ed), isRevoked: undefined }))).toEqual([
            ["status", "status not checked: no status list available"],
        ]);
        const down = { ...trusting(ed), isRevoked: () => Promise.reject(new Error("list not found")) };
        expect(failed(await verifyCredentialJws(jws, down))).toEqual([["status", "status list unavailable: list not found"]]);
    });

    it("reports schema errors of a signed document that is not a valid OpenBadgeCredential", async () => {
        const { credentialSubject: _, ...noSubject } = fullCredential();
        const result = await verifyCredentialJws(await signCredentialJws(noSubject, ed.signingKey), trusting(ed));
        expect(failed(result)).toEqual([["schema", 'schema errors: / must have property "credentialSubject"']]);
        expect(result.valid).toBe(false);
    });

    it.each([
        ["not a JWS", "malformed: a compact JWS has 3 dot-separated parts, this has 1"],
        ["a.b.c.d", "malformed: a compact JWS has 3 dot-separated parts, this has 4"],
        ["ab$c.def.ghi", "malformed: a part is not canonical base64url"],
        ["a.b.c", "malformed: a part is not canonical base64url"],
        [`${Buffer.from("[1]").toString("base64url")}.e30.AAAA`, "malformed: the protected header is not a JSON object"],
        [`${Buffer.from('{"alg":"EdDSA","typ":"JWT"}').toString("base64url")}.e30.AAAA`, 'malformed: the header\'s typ is "JWT", not "vc+jwt"'],
        [`${Buffer.from('{"alg":"HS256","typ":"vc+jwt"}').toString("base64url")}.e30.AAAA`, 'malformed: alg "HS256" is not one of EdDSA, ES256'],
        [
            `${Buffer.from('{"alg":"EdDSA","typ":"vc+jwt"}').toString("base64url")}.${Buffer.from("not json").toString("base64url")}.AAAA`,
            "malformed: the payload is not a JSON object",
        ],
        [`${Buffer.from('{"alg":"EdDSA","typ":"vc+jwt"}').toString("base64url")}.e30.AAAA`, "malformed: the credential names no issuer"],
    ])("refuses %s as malformed", async (jws, reason) => {
        expect(await verifyCredentialJws(jws, trusting(ed))).toEqual({ valid: false, checks: [{ check: "format", ok: false, reason }] });
    });
});
