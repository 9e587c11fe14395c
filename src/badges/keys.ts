/**
 * An issuer's signing keys (VC-JOSE-COSE §3.1.1: EdDSA with Ed25519, or ES256 with P-256), loaded from a folder of JWK
 * files or a JWK set in an environment variable, or generated for development. Key ids are RFC 7638 thumbprints.
 * Pure of configuration: callers pass the folder or the variable's text.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CompactSign, type JWK, type KeyLike, calculateJwkThumbprint, compactVerify, exportJWK, generateKeyPair, importJWK } from "jose";
import { ConfigError } from "../config";

export type SigningAlgorithm = "EdDSA" | "ES256";

/** A public JWK as published (RFC 7517 §4): no private members. */
export interface PublicJwk extends JWK {
    readonly kid: string;
    readonly alg: SigningAlgorithm;
    readonly use: "sig";
}

export interface JwkSet {
    readonly keys: readonly JWK[];
}

export interface IssuerKey {
    /** RFC 7638 SHA-256 thumbprint of the public key. */
    readonly kid: string;
    readonly alg: SigningAlgorithm;
    readonly privateKey: KeyLike;
    readonly publicJwk: PublicJwk;
}

export interface KeyRing {
    readonly keys: readonly IssuerKey[];
    /** The key new credentials are signed with: the first one (files in name order). */
    readonly signingKey: IssuerKey;
    /** RFC 7517 §5 JWK set of the public parts, for the published JWKS endpoint. */
    publicJwks(): { keys: PublicJwk[] };
}

const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

function algorithmOf(jwk: JWK): SigningAlgorithm | undefined {
    if (jwk.kty === "OKP" && jwk.crv === "Ed25519") return "EdDSA";
    if (jwk.kty === "EC" && jwk.crv === "P-256") return "ES256";
    return undefined;
}

/** RFC 7638 thumbprint (SHA-256, base64url) of a JWK's public members. */
export const jwkThumbprint = (jwk: JWK): Promise<string> => calculateJwkThumbprint(jwk, "sha256");

/** The public members of a JWK with kid, alg and use: what may be published. */
export function publicPart(jwk: JWK, kid: string, alg: SigningAlgorithm): PublicJwk {
    const pub = Object.fromEntries(Object.entries(jwk).filter(([k]) => !PRIVATE_MEMBERS.includes(k) && !["kid", "alg", "use", "key_ops"].includes(k)));
    return { ...pub, kty: jwk.kty ?? "", kid, alg, use: "sig" };
}

/** Reads one private JWK, checking that it is a supported signing key whose private and public halves match. */
async function toIssuerKey(jwk: unknown, source: string): Promise<IssuerKey> {
    const fail = (problem: string, fix: string) => new ConfigError(source, problem, fix);
    if (typeof jwk !== "object" || jwk === null || Array.isArray(jwk))
        throw fail("is not a JWK object", 'give a JSON object such as {"kty":"OKP","crv":"Ed25519","x":"...","d":"..."}');
    const key = jwk as JWK;
    const alg = algorithmOf(key);
    if (!alg) throw fail(`has kty ${key.kty} and crv ${key.crv}`, "use an Ed25519 (kty OKP) or P-256 (kty EC) key");
    if (key.alg !== undefined && key.alg !== alg) throw fail(`says alg ${key.alg} for a ${key.crv} key`, `set alg to ${alg} or remove it`);
    if (typeof key.d !== "string") throw fail("is a public key", "a signing key needs its private member d");
    const kid = await jwkThumbprint(key).catch(() => undefined);
    if (!kid) throw fail("lacks its public members", key.kty === "EC" ? "give x and y" : "give x");
    if (key.kid !== undefined && key.kid !== kid) throw fail(`has kid "${key.kid}", not its RFC 7638 thumbprint`, `remove kid or set it to "${kid}"`);
    const publicJwk = publicPart(key, kid, alg);
    let privateKey: KeyLike;
    try {
        privateKey = (await importJWK({ ...key, alg }, alg)) as KeyLike;
        const probe = await new CompactSign(new Uint8Array([1])).setProtectedHeader({ alg }).sign(privateKey);
        await compactVerify(probe, await importJWK(publicJwk, alg));
    } catch (error) {
        throw fail(`is not a usable key (${(error as Error).message})`, "export the key pair again: d and the public members must belong together");
    }
    return { kid, alg, privateKey, publicJwk };
}

function parseJson(text: string, source: string): unknown {
    try {
        return JSON.parse(text);
    } catch (error) {
        throw new ConfigError(source, `is not valid JSON (${(error as Error).message})`, 'write a JWK object or a JWK set {"keys": [...]}');
    }
}

/** A JWK or a JWK set → its keys, each named by its source for errors. */
const keysOf = (value: unknown): unknown[] =>
    typeof value === "object" && value !== null && Array.isArray((value as { keys?: unknown }).keys) ? (value as { keys: unknown[] }).keys : [value];

function keyRing(keys: IssuerKey[], source: string): KeyRing {
    if (keys.length === 0) throw new ConfigError(source, "holds no keys", "add a private JWK (Ed25519 or P-256)");
    const kids = new Set(keys.map((k) => k.kid));
    if (kids.size !== keys.length) throw new ConfigError(source, "holds the same key twice", "remove the duplicate");
    return { keys, signingKey: keys[0], publicJwks: () => ({ keys: keys.map((k) => ({ ...k.publicJwk })) }) };
}

/** Loads every *.json file of a folder (each a private JWK or a JWK set), in file name order. */
export async function loadKeyRingFromFolder(dir: string): Promise<KeyRing> {
    if (!existsSync(dir)) throw new ConfigError(`The key folder ${dir}`, "does not exist", "create it and put a private JWK file (*.json) in it");
    const files = readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort();
    const keys: IssuerKey[] = [];
    for (const file of files) {
        const source = `The key file ${path.join(dir, file)}`;
        const entries = keysOf(parseJson(readFileSync(path.join(dir, file), "utf8"), source));
        for (const [i, jwk] of entries.entries()) keys.push(await toIssuerKey(jwk, entries.length > 1 ? `${source} (key ${i})` : source));
    }
    return keyRing(keys, `The key folder ${dir}`);
}

/** Loads a JWK set (or a single JWK) given as JSON text, e.g. an environment variable's value; `variable` names it in errors. */
export async function loadKeyRingFromJwks(text: string, variable: string): Promise<KeyRing> {
    const entries = keysOf(parseJson(text, variable));
    const keys: IssuerKey[] = [];
    for (const [i, jwk] of entries.entries()) keys.push(await toIssuerKey(jwk, `${variable} (key ${i})`));
    return keyRing(keys, variable);
}

/**
 * Development keys: the folder's keys when it has any, else a new Ed25519 key written there as <kid>.json (folder
 * 0700, file 0600), so restarts keep signing with the same key.
 */
export async function loadOrCreateDevKeyRing(dir: string): Promise<KeyRing> {
    if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".json"))) return loadKeyRingFromFolder(dir);
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = await jwkThumbprint(jwk);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path.join(dir, `${kid}.json`), JSON.stringify({ ...jwk, kid, alg: "EdDSA" }, null, 2) + "\n", { mode: 0o600, flag: "wx" });
    return loadKeyRingFromFolder(dir);
}
