import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadTrustList } from "../../src/badges/trust-list";
import { CredentialTrust } from "../../src/use-cases/credential-trust";
import { Issuing } from "../../src/use-cases/portable-credentials";
import { mintToken } from "../../tools/harness/tokens";
import { type OwnDatabase, startOwnDatabase } from "../../tools/harness/own-database";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * Portable credentials across two deployments (two API processes on two databases). A (the shared test database)
 * issues; its holder exports; B (its own database, trusting A's keys through a trust list file) imports and verifies,
 * fetching A's status list over HTTP; A revokes; B's verification then says "revoked", B's recheck revokes the imported
 * holding and its evidence stops counting. Ada has the same email on both; on A, C certifies S (known to B by its
 * URI) at 4 and T (unknown to B); on B, role R requires S at 3.
 */
const p = uniquePrefix("round-trip");
const id = (key: string) => `${p}${key}`;
const uriS = `http://data.europa.eu/esco/skill/${p}s`;
const uriT = `http://data.europa.eu/esco/skill/${p}t`;
const email = `${p}ada@example.com`;
let a: TestApi;
let b: TestApi;
let bDatabase: OwnDatabase;
let scratch: string;
const tokens = { partner: "", ada: "", bob: "", admin: "" };

async function as<T>(api: TestApi, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = (await api.post({ query, variables }, token)) as GraphQLResponse<T>;
    expect(response.errors).toBeUndefined();
    return response.data!;
}

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "skillgraph-round-trip-"));
    let aIssuing: Issuing | undefined;
    a = await startTestApi({ issuing: async (url) => (aIssuing = await Issuing.throwaway(url)) });
    // B trusts every organisation of A, its keys in a file beside the trust list (as an operator would set it up).
    writeFileSync(path.join(scratch, "a-jwks.json"), JSON.stringify(aIssuing!.keys.publicJwks()));
    const trustFile = path.join(scratch, "trusted-issuers.json");
    writeFileSync(trustFile, JSON.stringify({ issuers: [{ issuerPrefix: `${aIssuing!.publicUrl}/issuers/`, jwksFile: "a-jwks.json" }] }));
    bDatabase = await startOwnDatabase("round-trip", { demo: false });
    b = await startTestApi({
        connection: bDatabase.neo4j,
        embeddings: "off",
        issuing: (url) => Issuing.throwaway(url, new CredentialTrust(loadTrustList(trustFile), 0)),
    });
    await a.cypher(
        `CREATE (o:Organization {id: $p + 'O', name: 'Academy A', kinds: ['CREDENTIAL_ISSUER']})
         CREATE (s:Skill {id: $p + 'S', name: 'Skill S', uri: $uriS, taxonomy: 'ESCO', altLabels: [], tags: []}),
                (t:Skill {id: $p + 'T', name: 'Skill T', uri: $uriT, taxonomy: 'ESCO', altLabels: [], tags: []})
         CREATE (o)-[:AWARDS]->(c:Credential {id: $p + 'C', title: 'Credential C', learningOutcomes: ['Applies S'],
                 assessmentType: 'EXAM', participationForm: 'ONLINE', validityMonths: 24})
         CREATE (c)-[:CERTIFIES {level: 4}]->(s), (c)-[:CERTIFIES {level: 2}]->(t)
         CREATE (:Person {id: $p + 'Ada', name: 'Ada', email: $email, availability: 1.0, learningPartnerIds: [$p + 'O']})`,
        { p, uriS, uriT, email },
    );
    await b.cypher(
        `CREATE (s:Skill {id: $p + 'S-b', name: 'Skill S here', uri: $uriS, taxonomy: 'ESCO', altLabels: [], tags: []})
         CREATE (:Role {id: $p + 'R', title: 'Role R', altTitles: [], tags: []})-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s)
         CREATE (:Person {id: $p + 'Ada-b', name: 'Ada', email: $email, availability: 1.0}),
                (:Person {id: $p + 'Bob-b', name: 'Bob', email: $p + 'bob@example.com', availability: 1.0})`,
        { p, uriS, email },
    );
    tokens.partner = await mintToken({ sub: "test:academy-a", roles: ["partner"], org: id("O") });
    tokens.ada = await mintToken({ sub: id("Ada"), roles: ["employee"] });
    tokens.bob = await mintToken({ sub: id("Bob-b"), roles: ["employee"] });
    tokens.admin = await mintToken({ sub: "test:admin", roles: ["admin"] });
}, 180_000);

afterAll(async () => {
    await a?.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await a?.stop();
    await b?.stop();
    await bDatabase?.stop();
    rmSync(scratch, { recursive: true, force: true });
});

const importDoc = `mutation($c: String!) { importCredential(credential: $c) {
    holdingId alreadyImported credentialId title issuer { id name } skills { skillId uri level } unmappedAlignments { targetUrl reason } } }`;
const verifyDoc = `query($c: String!) { verifyCredential(credential: $c) { valid checks { check ok reason } } }`;
type Verification = { verifyCredential: { valid: boolean; checks: { check: string; ok: boolean; reason: string | null }[] } };
const fitOnB = async () =>
    (
        await as<{ skillGap: { fit: number } }>(b, tokens.admin, `query($p: ID!, $r: ID!) { skillGap(personId: $p, roleId: $r) { fit } }`, {
            p: id("Ada-b"),
            r: id("R"),
        })
    ).skillGap.fit;

it("issues on A, imports and verifies on B, and a revocation on A stops the evidence counting on B", async () => {
    // Ada's id on B differs from A's: B's token names B's person.
    const adaOnB = await mintToken({ sub: id("Ada-b"), roles: ["employee"] });
    const issued = await as<{ issueCredential: { holdingId: string } }>(
        a,
        tokens.partner,
        `mutation($p: ID!, $c: ID!) { issueCredential(personId: $p, credentialId: $c) { holdingId } }`,
        {
            p: id("Ada"),
            c: id("C"),
        },
    );
    const { jws } = (
        await as<{ exportCredential: { jws: string } }>(a, tokens.ada, `query($h: ID!) { exportCredential(holdingId: $h) { jws } }`, {
            h: issued.issueCredential.holdingId,
        })
    ).exportCredential;

    const before = await fitOnB();
    expect(before).toBeLessThan(1);
    expect((await as<Verification>(b, null, verifyDoc, { c: jws })).verifyCredential.valid).toBe(true);

    // Someone else cannot import Ada's credential; a tampered one does not import; nothing is written for either.
    const bob = await b.post({ query: importDoc, variables: { c: jws } }, tokens.bob);
    expect(bob.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "credential" });
    const [head, payload, signature] = jws.split(".");
    const tampered = `${head}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    const refused = await b.post({ query: importDoc, variables: { c: tampered } }, adaOnB);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "credential" });
    expect(refused.errors?.[0].message).toContain("signature");
    expect(await b.cypher("MATCH ()-[h:HOLDS]->() RETURN h")).toEqual([]);

    const receipt = (await as<{ importCredential: Record<string, unknown> }>(b, adaOnB, importDoc, { c: jws })).importCredential;
    expect(receipt).toMatchObject({
        alreadyImported: false,
        title: "Credential C",
        issuer: { name: "Academy A" },
        skills: [{ skillId: id("S-b"), uri: uriS, level: 4 }],
        unmappedAlignments: [{ targetUrl: uriT, reason: "no skill in this graph has this URI" }],
    });
    expect((receipt.issuer as { id: string }).id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/issuers\//);
    const again = (await as<{ importCredential: Record<string, unknown> }>(b, adaOnB, importDoc, { c: jws })).importCredential;
    expect(again).toMatchObject({ alreadyImported: true, holdingId: receipt.holdingId });
    expect(await b.cypher("MATCH ()-[h:HOLDS]->() RETURN h.documentId IS NOT NULL AS imported")).toEqual([{ imported: true }]);
    expect(await fitOnB()).toBe(1);

    const wallet = (await as<{ wallet: Record<string, unknown>[] }>(b, adaOnB, `{ wallet { holdingId status imported issuer { name } } }`)).wallet;
    expect(wallet).toEqual([{ holdingId: receipt.holdingId, status: "VALID", imported: true, issuer: { name: "Academy A" } }]);
    const exported = await as<{ exportCredential: { jws: string } }>(b, adaOnB, `query($h: ID!) { exportCredential(holdingId: $h) { jws } }`, {
        h: receipt.holdingId,
    });
    expect(exported.exportCredential.jws).toBe(jws);

    await as(a, tokens.partner, `mutation($h: ID!) { revokeCredential(holdingId: $h, reason: "assessment annulled") { revokedAt } }`, {
        h: issued.issueCredential.holdingId,
    });
    const after = (await as<Verification>(b, null, verifyDoc, { c: jws })).verifyCredential;
    expect(after.valid).toBe(false);
    expect(after.checks.find((c) => c.check === "status")).toEqual({ check: "status", ok: false, reason: "revoked" });
    // Still counted until B rechecks (every SKILLGRAPH_IMPORT_RECHECK_MINUTES, or on demand).
    expect(await fitOnB()).toBe(1);
    const recheck = await as<{ recheckImportedCredentials: unknown }>(
        b,
        tokens.admin,
        `mutation { recheckImportedCredentials { checked revoked unavailable } }`,
    );
    expect(recheck.recheckImportedCredentials).toEqual({ checked: 1, revoked: 1, unavailable: 0 });
    expect(await fitOnB()).toBe(before);
    const revoked = (await as<{ wallet: { status: string }[] }>(b, adaOnB, `{ wallet { status } }`)).wallet;
    expect(revoked).toEqual([{ status: "REVOKED" }]);
    const none = await as<{ recheckImportedCredentials: unknown }>(b, tokens.admin, `mutation { recheckImportedCredentials { checked revoked unavailable } }`);
    expect(none.recheckImportedCredentials).toEqual({ checked: 0, revoked: 0, unavailable: 0 });
});

it("does not verify a credential of an issuer B does not trust", async () => {
    const [head] = (await b.cypher<{ jws: string }>("MATCH ()-[h:HOLDS]->() RETURN h.importedJws AS jws")).map((row) => row.jws);
    const untrusting = await startTestApi({ connection: bDatabase.neo4j, embeddings: "off", issuing: (url) => Issuing.throwaway(url) });
    try {
        const result = (await as<Verification>(untrusting, null, verifyDoc, { c: head })).verifyCredential;
        expect(result.valid).toBe(false);
        expect(result.checks.at(-1)).toMatchObject({ check: "issuer", ok: false });
        expect(result.checks.at(-1)?.reason).toContain("unknown issuer");
    } finally {
        await untrusting.stop();
    }
});
