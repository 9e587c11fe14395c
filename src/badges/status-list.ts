/**
 * W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/): one bit per issued credential,
 * published as a status list credential. Pure: the caller keeps the bitstring (in its database) and serves the credential.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { badInput } from "../errors";

/** §4.1: "a minimum bitstring of 16KB (131,072 entries)", for group privacy. */
export const MIN_STATUS_LIST_BITS = 131_072;
/** A decoded list larger than this (16 Mbit) is refused, so a hostile list cannot exhaust memory when inflated. */
const MAX_STATUS_LIST_BYTES = 2 * 1024 * 1024;

export type StatusPurpose = "revocation" | "suspension";

/** §2.1 BitstringStatusListEntry: where a credential's bit lives. */
export interface BitstringStatusListEntry {
    readonly id: string;
    readonly type: "BitstringStatusListEntry";
    readonly statusPurpose: StatusPurpose;
    /** A decimal integer as a string (§2.1). */
    readonly statusListIndex: string;
    readonly statusListCredential: string;
}

/** §2.2 BitstringStatusListCredential, unsecured (sign it with signCredentialJws to publish it). */
export interface StatusListCredential {
    readonly "@context": readonly string[];
    readonly id: string;
    readonly type: readonly ["VerifiableCredential", "BitstringStatusListCredential"];
    readonly issuer: string;
    readonly validFrom: string;
    readonly validUntil?: string;
    readonly credentialSubject: {
        readonly id: string;
        readonly type: "BitstringStatusList";
        readonly statusPurpose: StatusPurpose;
        readonly encodedList: string;
    };
}

/** A fresh, all-clear bitstring of `bits` entries (a multiple of 8, at least MIN_STATUS_LIST_BITS). */
export function createStatusList(bits: number = MIN_STATUS_LIST_BITS): Uint8Array {
    if (!Number.isInteger(bits) || bits < MIN_STATUS_LIST_BITS || bits % 8 !== 0)
        throw badInput(`A status list has ${bits} entries: use a multiple of 8 of at least ${MIN_STATUS_LIST_BITS} (Bitstring Status List §4.1).`, {
            field: "bits",
            allowed: `a multiple of 8, at least ${MIN_STATUS_LIST_BITS}`,
        });
    return new Uint8Array(bits / 8);
}

function checkIndex(list: Uint8Array, index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= list.length * 8)
        throw badInput(`Status list index ${index} is outside the list of ${list.length * 8} entries.`, {
            field: "index",
            allowed: `an integer from 0 to ${list.length * 8 - 1}`,
        });
}

/** §3.2 bit order: index 0 is the left-most (most significant) bit of the first byte. */
export function getStatus(list: Uint8Array, index: number): boolean {
    checkIndex(list, index);
    return (list[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** Sets or clears one entry in place (same bit order as getStatus). */
export function setStatus(list: Uint8Array, index: number, value: boolean): void {
    checkIndex(list, index);
    const mask = 0x80 >> (index & 7);
    list[index >> 3] = value ? list[index >> 3] | mask : list[index >> 3] & ~mask;
}

/** §3.1 Generate Algorithm: GZIP the bitstring, base64url without padding, multibase prefix "u". */
export function encodeStatusList(list: Uint8Array): string {
    if (list.length * 8 < MIN_STATUS_LIST_BITS)
        throw badInput(`A status list of ${list.length * 8} entries is too short: use at least ${MIN_STATUS_LIST_BITS} (createStatusList).`, { field: "list" });
    return "u" + gzipSync(list).toString("base64url");
}

/** §3.2 Expand Algorithm: the inverse of encodeStatusList; rejects other multibase encodings and short or oversized lists. */
export function decodeStatusList(encodedList: string): Uint8Array {
    if (!encodedList.startsWith("u") || !/^[A-Za-z0-9_-]+$/.test(encodedList.slice(1)))
        throw badInput('encodedList is not multibase base64url: it must start with "u" followed by base64url characters (Bitstring Status List §2.2).', {
            field: "encodedList",
        });
    let bytes: Buffer;
    try {
        bytes = gunzipSync(Buffer.from(encodedList.slice(1), "base64url"), { maxOutputLength: MAX_STATUS_LIST_BYTES });
    } catch (error) {
        throw badInput(`encodedList does not inflate as GZIP: ${(error as Error).message}.`, { field: "encodedList" });
    }
    if (bytes.length * 8 < MIN_STATUS_LIST_BITS)
        throw badInput(`encodedList holds ${bytes.length * 8} entries, fewer than the ${MIN_STATUS_LIST_BITS} the specification requires.`, {
            field: "encodedList",
        });
    return new Uint8Array(bytes);
}

/** The credentialStatus entry of a credential whose bit is `index` in the list published at `listUrl`. */
export function statusListEntry(listUrl: string, index: number, purpose: StatusPurpose = "revocation"): BitstringStatusListEntry {
    if (!Number.isInteger(index) || index < 0) throw badInput(`Status list index ${index} must be a whole number from 0.`, { field: "status.index" });
    return {
        id: `${listUrl}#${index}`,
        type: "BitstringStatusListEntry",
        statusPurpose: purpose,
        statusListIndex: String(index),
        statusListCredential: listUrl,
    };
}

/** §2.2: the status list credential for one purpose, its subject carrying the encoded list. */
export function buildStatusListCredential(input: {
    id: string;
    issuer: string;
    validFrom: Date | string;
    validUntil?: Date | string;
    encodedList: string;
    purpose: StatusPurpose;
}): StatusListCredential {
    const iso = (d: Date | string) => (typeof d === "string" ? d : d.toISOString());
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        id: input.id,
        type: ["VerifiableCredential", "BitstringStatusListCredential"],
        issuer: input.issuer,
        validFrom: iso(input.validFrom),
        ...(input.validUntil === undefined ? {} : { validUntil: iso(input.validUntil) }),
        credentialSubject: { id: `${input.id}#list`, type: "BitstringStatusList", statusPurpose: input.purpose, encodedList: input.encodedList },
    };
}

/**
 * §3.2 Validate Algorithm, steps for one entry against a list credential already trusted by the caller: the list must
 * be the one the entry names, for the same purpose, and long enough. True when the bit is set (revoked or suspended).
 */
export function isStatusSet(listCredential: StatusListCredential, entry: BitstringStatusListEntry): boolean {
    if (listCredential.id !== entry.statusListCredential)
        throw badInput(`The status list ${listCredential.id} is not the one the credential names (${entry.statusListCredential}).`, {
            field: "statusListCredential",
        });
    if (listCredential.credentialSubject.statusPurpose !== entry.statusPurpose)
        throw badInput(
            `The status list is for ${listCredential.credentialSubject.statusPurpose}, the entry for ${entry.statusPurpose} (STATUS_VERIFICATION_ERROR).`,
            {
                field: "statusPurpose",
            },
        );
    if (!/^(0|[1-9][0-9]*)$/.test(entry.statusListIndex))
        throw badInput(`statusListIndex "${entry.statusListIndex}" is not a decimal integer.`, { field: "statusListIndex" });
    return getStatus(decodeStatusList(listCredential.credentialSubject.encodedList), Number(entry.statusListIndex));
}
