/**
 * The issuers of other deployments whose credentials this one accepts: a JSON file of entries, each an issuer id (or
 * an issuer id prefix: every organisation of another Skillgraph deployment, `https://other.example/issuers/`) with the
 * public JWK set its credentials are checked against. Read once at start-up; nothing is fetched for keys.
 *
 *   { "issuers": [ { "issuer": "https://a.example/issuers/acme", "jwks": { "keys": [ ... ] } },
 *                  { "issuerPrefix": "https://b.example/issuers/", "jwksFile": "b-jwks.json" } ] }
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { JWK } from "jose";
import { ConfigError } from "../config";
import type { JwkSet } from "./keys";

const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];
const HTTP_URL = /^https?:\/\/[^/\s]+(\/\S*)?$/;

export interface TrustedIssuer {
    /** An exact issuer id, or a prefix ending in "/" that every trusted issuer id starts with. */
    readonly match: { readonly issuer: string } | { readonly issuerPrefix: string };
    readonly jwks: JwkSet;
}

export class TrustList {
    constructor(readonly entries: readonly TrustedIssuer[]) {}

    static empty = () => new TrustList([]);

    /** The public keys of a trusted issuer, or null: exact ids first, then the longest matching prefix. */
    keysOf(issuerId: string): JwkSet | null {
        const exact = this.entries.find((e) => "issuer" in e.match && e.match.issuer === issuerId);
        if (exact) return exact.jwks;
        const prefixed = this.entries
            .filter((e) => "issuerPrefix" in e.match && issuerId.startsWith(e.match.issuerPrefix) && !issuerId.slice(e.match.issuerPrefix.length).includes("/"))
            .sort((a, b) => prefixOf(b).length - prefixOf(a).length);
        return prefixed[0]?.jwks ?? null;
    }
}

const prefixOf = (entry: TrustedIssuer) => ("issuerPrefix" in entry.match ? entry.match.issuerPrefix : "");

function parseJson(text: string, source: string): unknown {
    try {
        return JSON.parse(text);
    } catch (error) {
        throw new ConfigError(source, `is not JSON (${(error as Error).message})`, "fix the file");
    }
}

function publicJwks(value: unknown, source: string): JwkSet {
    const keys = (value as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(keys) || keys.length === 0)
        throw new ConfigError(source, "has no keys", 'give a JWK set: {"keys": [ ... ]} with the issuer\'s public keys');
    keys.forEach((key: unknown, i) => {
        if (typeof key !== "object" || key === null || typeof (key as JWK).kty !== "string")
            throw new ConfigError(`${source} key ${i}`, "is not a JWK", "give a JSON object with kty (OKP or EC) and its public members");
        const secret = PRIVATE_MEMBERS.find((member) => member in key);
        if (secret)
            throw new ConfigError(
                `${source} key ${i}`,
                `holds the private member "${secret}"`,
                "a trust list holds public keys only: remove it and rotate that key",
            );
    });
    return { keys: keys as JWK[] };
}

/** Reads and checks a trust list file; every problem names the entry and says how to fix it. */
export function loadTrustList(file: string): TrustList {
    const source = `The trust list ${file}`;
    let text: string;
    try {
        text = readFileSync(file, "utf8");
    } catch (error) {
        throw new ConfigError(
            source,
            `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
            "check SKILLGRAPH_TRUSTED_ISSUERS_FILE",
        );
    }
    const issuers = (parseJson(text, source) as { issuers?: unknown } | null)?.issuers;
    if (!Array.isArray(issuers))
        throw new ConfigError(source, 'has no "issuers" list', 'write {"issuers": [{"issuer": "<issuer id>", "jwks": {"keys": [...]}}]}');
    const entries = issuers.map((raw: unknown, i): TrustedIssuer => {
        const at = `${source} entry ${i}`;
        const entry = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
        const { issuer, issuerPrefix, jwks, jwksFile } = entry;
        if ((issuer === undefined) === (issuerPrefix === undefined))
            throw new ConfigError(
                at,
                'needs exactly one of "issuer" and "issuerPrefix"',
                "name one issuer id, or a prefix ending in / for all of a deployment's issuers",
            );
        const id = issuer ?? issuerPrefix;
        if (typeof id !== "string" || !HTTP_URL.test(id))
            throw new ConfigError(at, `names ${JSON.stringify(id)}`, "use the http(s) issuer id the credentials carry");
        if (issuerPrefix !== undefined && !id.endsWith("/")) throw new ConfigError(at, `has the prefix "${id}" without a final /`, `write "${id}/"`);
        if ((jwks === undefined) === (jwksFile === undefined))
            throw new ConfigError(at, 'needs exactly one of "jwks" and "jwksFile"', "give the issuer's public JWK set inline or as a file");
        const keys =
            jwks !== undefined
                ? publicJwks(jwks, at)
                : typeof jwksFile === "string"
                  ? publicJwks(parseJson(readKeysFile(path.resolve(path.dirname(file), jwksFile), at), at), at)
                  : (() => {
                        throw new ConfigError(at, "has a jwksFile that is not a path", "give the file name, relative to the trust list");
                    })();
        return { match: issuer !== undefined ? { issuer: id } : { issuerPrefix: id }, jwks: keys };
    });
    return new TrustList(entries);
}

function readKeysFile(file: string, at: string): string {
    try {
        return readFileSync(file, "utf8");
    } catch (error) {
        throw new ConfigError(
            at,
            `names the key file ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? ""})`,
            "fix the path (relative to the trust list)",
        );
    }
}
