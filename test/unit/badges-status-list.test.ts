import { gzipSync } from "node:zlib";
import {
    MIN_STATUS_LIST_BITS,
    buildStatusListCredential,
    createStatusList,
    decodeStatusList,
    encodeStatusList,
    getStatus,
    isStatusSet,
    setStatus,
    statusListEntry,
} from "../../src/badges/status-list";

/** A deterministic generator, so a failure can be reproduced. */
function random(seed: number) {
    return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe("Bitstring Status List", () => {
    it("round-trips against a plain boolean array, random indices and both ends", () => {
        const next = random(7);
        const bits = MIN_STATUS_LIST_BITS * 2;
        const plain = new Array<boolean>(bits).fill(false);
        const list = createStatusList(bits);
        const indices = [0, 1, 7, 8, bits - 8, bits - 1, ...Array.from({ length: 500 }, () => Math.floor(next() * bits))];
        for (const i of indices) {
            const value = next() < 0.8;
            plain[i] = value;
            setStatus(list, i, value);
        }
        const decoded = decodeStatusList(encodeStatusList(list));
        expect(decoded.length * 8).toBe(bits);
        const mismatches = plain.flatMap((v, i) => (getStatus(decoded, i) === v ? [] : [i]));
        expect(mismatches).toEqual([]);
        expect(plain.filter(Boolean).length).toBeGreaterThan(300);
    });

    it("puts index 0 in the left-most bit of the first byte (§3.2)", () => {
        const list = createStatusList();
        setStatus(list, 0, true);
        setStatus(list, 9, true);
        setStatus(list, MIN_STATUS_LIST_BITS - 1, true);
        expect([list[0], list[1], list[list.length - 1]]).toEqual([0b1000_0000, 0b0100_0000, 0b0000_0001]);
        setStatus(list, 0, false);
        expect(list[0]).toBe(0);
        // A list built by hand: first byte 0b1010_0000 sets entries 0 and 2 only.
        const bytes = new Uint8Array(MIN_STATUS_LIST_BITS / 8);
        bytes[0] = 0b1010_0000;
        const decoded = decodeStatusList("u" + gzipSync(bytes).toString("base64url"));
        expect([0, 1, 2, 3, 7].map((i) => getStatus(decoded, i))).toEqual([true, false, true, false, false]);
    });

    it("decodes the specification's example encodedList as 131,072 clear entries", () => {
        const decoded = decodeStatusList("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
        expect(decoded.length * 8).toBe(MIN_STATUS_LIST_BITS);
        expect(decoded.every((b) => b === 0)).toBe(true);
    });

    it("holds at least 131,072 entries and refuses shorter, foreign or broken lists", () => {
        expect(createStatusList().length).toBe(16_384);
        expect(encodeStatusList(createStatusList())).toMatch(/^u[A-Za-z0-9_-]+$/);
        expect(() => createStatusList(1024)).toThrow(/at least 131072/);
        expect(() => encodeStatusList(new Uint8Array(128))).toThrow(/too short/);
        expect(() => decodeStatusList("u" + gzipSync(new Uint8Array(128)).toString("base64url"))).toThrow(/fewer than the 131072/);
        expect(() => decodeStatusList("zH4sI")).toThrow(/multibase base64url/);
        expect(() => decodeStatusList("uAAAA")).toThrow(/does not inflate/);
        expect(() => getStatus(createStatusList(), MIN_STATUS_LIST_BITS)).toThrow(/outside the list/);
        expect(() => setStatus(createStatusList(), -1, true)).toThrow(/outside the list/);
    });

    it("builds the status list credential and answers an entry against it", () => {
        const list = createStatusList();
        setStatus(list, 42, true);
        const url = "https://skills.example.org/status/acme/revocation";
        const credential = buildStatusListCredential({
            id: url,
            issuer: "https://skills.example.org/issuers/acme",
            validFrom: new Date("2026-01-01T00:00:00Z"),
            encodedList: encodeStatusList(list),
            purpose: "revocation",
        });
        expect(credential).toMatchObject({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            type: ["VerifiableCredential", "BitstringStatusListCredential"],
            validFrom: "2026-01-01T00:00:00.000Z",
            credentialSubject: { id: `${url}#list`, type: "BitstringStatusList", statusPurpose: "revocation" },
        });
        expect(isStatusSet(credential, statusListEntry(url, 42))).toBe(true);
        expect(isStatusSet(credential, statusListEntry(url, 41))).toBe(false);
        expect(() => isStatusSet(credential, statusListEntry(url, 42, "suspension"))).toThrow(/for revocation, the entry for suspension/);
        expect(() => isStatusSet(credential, statusListEntry("https://elsewhere.example/list", 42))).toThrow(/not the one the credential names/);
        expect(() => isStatusSet(credential, { ...statusListEntry(url, 1), statusListIndex: "01" })).toThrow(/not a decimal integer/);
    });
});
