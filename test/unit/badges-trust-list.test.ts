import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildOpenBadgeCredential } from "../../src/badges/open-badge";
import { buildStatusListCredential, createStatusList, encodeStatusList, setStatus, statusListEntry } from "../../src/badges/status-list";
import { TrustList, loadTrustList } from "../../src/badges/trust-list";
import { signCredentialJws } from "../../src/badges/vc-jose";
import { loadOrCreateDevKeyRing, type KeyRing } from "../../src/badges/keys";
import { CredentialTrust } from "../../src/use-cases/credential-trust";
import { skillClaims } from "../../src/use-cases/import-credential";
import { fullInput } from "./badges-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "skillgraph-trust-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let ring: KeyRing;
beforeAll(async () => {
    ring = await loadOrCreateDevKeyRing(path.join(dir, "keys"));
});

const write = (name: string, value: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
    return file;
};

describe("trust lists", () => {
    it("match exact issuer ids first, then the longest prefix, one path segment deep", () => {
        const keys = (kid: string) => ({ keys: [{ kty: "OKP", crv: "Ed25519", x: "x", kid }] });
        const list = new TrustList([
            { match: { issuerPrefix: "https://a.example/issuers/" }, jwks: keys("prefix") },
            { match: { issuerPrefix: "https://a.example/" }, jwks: keys("short") },
            { match: { issuer: "https://a.example/issuers/special" }, jwks: keys("exact") },
        ]);
        expect(list.keysOf("https://a.example/issuers/special")?.keys[0].kid).toBe("exact");
        expect(list.keysOf("https://a.example/issuers/acme")?.keys[0].kid).toBe("prefix");
        expect(list.keysOf("https://a.example/other")?.keys[0].kid).toBe("short");
        expect(list.keysOf("https://a.example/issuers/acme/evil")).toBeNull();
        expect(list.keysOf("https://b.example/issuers/acme")).toBeNull();
    });

    it("load from a file, with keys inline or in a file beside it", () => {
        write("b.json", ring.publicJwks());
        const file = write("trust.json", {
            issuers: [
                { issuer: "https://a.example/issuers/acme", jwks: ring.publicJwks() },
                { issuerPrefix: "https://b.example/issuers/", jwksFile: "b.json" },
            ],
        });
        const list = loadTrustList(file);
        expect(list.keysOf("https://a.example/issuers/acme")).toEqual(ring.publicJwks());
        expect(list.keysOf("https://b.example/issuers/x")).toEqual(ring.publicJwks());
    });

    it.each([
        ["not JSON", "{", /is not JSON/],
        ["no list", {}, /has no "issuers" list/],
        [
            "both id forms",
            { issuers: [{ issuer: "https://a.example/i", issuerPrefix: "https://a.example/", jwks: { keys: [{ kty: "OKP" }] } }] },
            /entry 0 needs exactly one of "issuer"/,
        ],
        ["a prefix without /", { issuers: [{ issuerPrefix: "https://a.example/issuers", jwks: { keys: [{ kty: "OKP" }] } }] }, /without a final \//],
        ["not a URL", { issuers: [{ issuer: "acme", jwks: { keys: [{ kty: "OKP" }] } }] }, /names "acme"/],
        ["no keys", { issuers: [{ issuer: "https://a.example/i", jwks: { keys: [] } }] }, /has no keys/],
        ["a private key", { issuers: [{ issuer: "https://a.example/i", jwks: { keys: [{ kty: "OKP", d: "secret" }] } }] }, /private member "d"/],
        ["a missing key file", { issuers: [{ issuer: "https://a.example/i", jwksFile: "nowhere.json" }] }, /cannot be read/],
    ])("refuse %s, naming the entry and the fix", (_name, content, message) => {
        expect(() => loadTrustList(write("bad.json", content))).toThrow(message);
    });

    it("refuse a file that does not exist, naming the setting", () => {
        expect(() => loadTrustList(path.join(dir, "absent.json"))).toThrow(/SKILLGRAPH_TRUSTED_ISSUERS_FILE/);
    });
});

describe("foreign status lists", () => {
    const issuer = "https://a.example/issuers/acme";
    const listUrl = "https://a.example/credentials/status/acme/0";
    const signedList = async (revoked: number[], keys = ring, from = issuer) => {
        const bits = createStatusList();
        for (const index of revoked) setStatus(bits, index, true);
        const list = buildStatusListCredential({
            id: listUrl,
            issuer: from,
            validFrom: new Date(),
            encodedList: encodeStatusList(bits),
            purpose: "revocation",
        });
        return signCredentialJws(list, keys.signingKey);
    };
    const serving = (body: () => Promise<string>) => {
        const calls: string[] = [];
        const fetchList = (async (url: string) => {
            calls.push(url);
            return new Response(await body(), { status: 200 });
        }) as unknown as typeof fetch;
        return { calls, fetchList };
    };
    const trustOf = (fetchList: typeof fetch, cacheSeconds = 0) =>
        new CredentialTrust(new TrustList([{ match: { issuer }, jwks: ring.publicJwks() }]), cacheSeconds, fetchList);

    it("read the bit from a list signed by the trusted issuer, and keep it for the cache period", async () => {
        const server = serving(() => signedList([7]));
        const trust = trustOf(server.fetchList, 60);
        const now = new Date();
        expect(await trust.isRevoked(statusListEntry(listUrl, 7), issuer, now)).toBe(true);
        expect(await trust.isRevoked(statusListEntry(listUrl, 8), issuer, now)).toBe(false);
        expect(server.calls).toEqual([listUrl]);
        await trust.isRevoked(statusListEntry(listUrl, 8), issuer, new Date(now.getTime() + 61_000));
        expect(server.calls).toHaveLength(2);
    });

    it("refuse a list signed by another key, issued by another issuer, or on another origin", async () => {
        const otherKeys = await loadOrCreateDevKeyRing(path.join(dir, "other-keys"));
        await expect(trustOf(serving(() => signedList([], otherKeys)).fetchList).isRevoked(statusListEntry(listUrl, 1), issuer, new Date())).rejects.toThrow(
            /does not verify/,
        );
        await expect(
            trustOf(serving(() => signedList([], ring, "https://a.example/issuers/other")).fetchList).isRevoked(
                statusListEntry(listUrl, 1),
                issuer,
                new Date(),
            ),
        ).rejects.toThrow(/issued by https:\/\/a.example\/issuers\/other/);
        const server = serving(() => signedList([]));
        await expect(trustOf(server.fetchList).isRevoked(statusListEntry("http://169.254.169.254/latest", 1), issuer, new Date())).rejects.toThrow(
            /not on the issuer's origin/,
        );
        expect(server.calls).toEqual([]);
    });
});

describe("what an imported credential claims", () => {
    it("maps each skill alignment to the level its result names, and the EQF alignment to the EQF level", () => {
        const { claims, eqfLevel } = skillClaims(buildOpenBadgeCredential(fullInput));
        expect(eqfLevel).toBe(5);
        expect(claims).toEqual([
            { uri: fullInput.achievement.skills[0].uri, name: "analyse data", level: 3 },
            { uri: fullInput.achievement.skills[1].uri, name: "Critical Thinking", level: 2 },
        ]);
    });

    it("reports an alignment without a result, or with a level off the 1 to 5 scale, with the reason", () => {
        const credential = buildOpenBadgeCredential(fullInput) as unknown as {
            credentialSubject: { result: Record<string, unknown>[]; achievement: Record<string, unknown> };
        };
        credential.credentialSubject.result = credential.credentialSubject.result.slice(1);
        const rubric = (credential.credentialSubject.achievement.resultDescription as { rubricCriterionLevel: { level: string }[] }[])[0].rubricCriterionLevel;
        rubric[1].level = "B+";
        const { claims } = skillClaims(credential);
        expect(claims[0].level).toBeNull();
        expect(claims[0].levelProblem).toContain("no level");
        expect(claims[1]).toMatchObject({ level: null, levelProblem: 'the level "B+" is not on the 1 to 5 proficiency scale' });
    });
});
