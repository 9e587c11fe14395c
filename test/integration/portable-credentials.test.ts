/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return -- the test reads the credential documents' members as JSON */
import { mintToken } from "../../tools/harness/tokens";
import { validateAchievementCredential, validateProfile } from "../../src/badges/schema-validation";
import { decodeStatusList, getStatus } from "../../src/badges/status-list";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * Portable credentials end to end on one deployment: a partner issues, the holder exports an Open Badges 3.0
 * credential, anyone verifies it, the issuer revokes it, and from then on verification says "revoked", the published
 * status list has the bit set and the holding counts for nothing. Fixture: organisation O (awards C, which certifies
 * the ESCO skill S at 4 and is valid 12 months), O2 (another issuer), role R requiring S at 3, Ada (names O a learning
 * partner) and Ben.
 */
let api: TestApi;
const p = uniquePrefix("portable");
const id = (key: string) => `${p}${key}`;
const skillUri = `http://data.europa.eu/esco/skill/${p}s`;
const tokens = { partner: "", otherPartner: "", ada: "", ben: "", planner: "", admin: "" };
let base = "";

beforeAll(async () => {
    api = await startTestApi();
    base = api.url.replace(/\/graphql$/, "");
    await api.cypher(
        `CREATE (o:Organization {id: $p + 'O', name: 'Issuer O', kinds: ['CREDENTIAL_ISSUER'], country: 'DE', url: 'https://issuer-o.example'}),
                (o2:Organization {id: $p + 'O2', name: 'Issuer O2', kinds: ['CREDENTIAL_ISSUER']})
         CREATE (s:Skill {id: $p + 'S', name: 'Skill S', uri: $uri, taxonomy: 'ESCO', altLabels: [], tags: []})
         CREATE (o)-[:AWARDS]->(c:Credential {id: $p + 'C', title: 'Credential C', description: 'Certifies S.',
                 learningOutcomes: ['Applies S at work'], ects: 2.0, workloadHours: 50.0, eqfLevel: 5, assessmentType: 'EXAM',
                 participationForm: 'ONLINE', qualityAssurance: 'Accredited by the chamber', validityMonths: 12,
                 language: 'de', identityVerification: 'Proctored online with an identity document'})-[:CERTIFIES {level: 4}]->(s)
         CREATE (u:OrgUnit {id: $p + 'U', name: 'Unit U'}), (r:Role {id: $p + 'R', title: 'Role R', altTitles: [], tags: []})-[:REQUIRES {level: 3, importance: 'ESSENTIAL'}]->(s)
         CREATE (:Person {id: $p + 'Ada', name: 'Ada Portable', email: $p + 'ada@example.com', availability: 1.0, learningPartnerIds: [$p + 'O']})-[:MEMBER_OF]->(u),
                (:Person {id: $p + 'Ben', name: 'Ben Portable', email: $p + 'ben@example.com', availability: 1.0})-[:MEMBER_OF]->(u)`,
        { p, uri: skillUri },
    );
    tokens.partner = await mintToken({ sub: "test:partner-o", roles: ["partner"], org: id("O") });
    tokens.otherPartner = await mintToken({ sub: "test:partner-o2", roles: ["partner"], org: id("O2") });
    tokens.ada = await mintToken({ sub: id("Ada"), roles: ["employee"] });
    tokens.ben = await mintToken({ sub: id("Ben"), roles: ["employee"] });
    tokens.planner = await mintToken({ sub: "test:planner", roles: ["planner"], orgUnits: [id("U")] });
    tokens.admin = await mintToken({ sub: "test:admin", roles: ["admin"] });
});

afterAll(async () => {
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

async function as<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return (await api.post({ query, variables }, token)) as GraphQLResponse<T>;
}

async function ok<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await as<T>(token, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
}

type Verification = { valid: boolean; issuerId: string | null; checks: { check: string; ok: boolean; reason: string | null }[] };
const verify = async (jws: string) =>
    (
        await ok<{ verifyCredential: Verification }>(
            null,
            `query($c: String!) { verifyCredential(credential: $c) { valid issuerId checks { check ok reason } } }`,
            { c: jws },
        )
    ).verifyCredential;
const wallet = async (token: string) =>
    (
        await ok<{ wallet: Record<string, unknown>[] }>(
            token,
            `{ wallet { holdingId credentialId status expiresAt revokedAt revocationReason issuer { id name } verified } }`,
        )
    ).wallet;
const fit = async () =>
    (
        await ok<{ skillGap: { fit: number } }>(tokens.admin, `query($p: ID!, $r: ID!) { skillGap(personId: $p, roleId: $r) { fit } }`, {
            p: id("Ada"),
            r: id("R"),
        })
    ).skillGap.fit;
type Document = Record<string, any>;
const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split(".")[1], "base64url").toString("utf8")) as Document;
const revoke = `mutation($h: ID!, $why: String!) { revokeCredential(holdingId: $h, reason: $why) { holdingId credentialId revokedAt reason alreadyRevoked } }`;

describe("portable credentials: issue, export, verify, revoke", () => {
    let holdingId = "";
    let jws = "";

    it("issues with the credential's validity and lists the holding in the holder's wallet", async () => {
        const issued = await ok<{ issueCredential: { holdingId: string; expiresAt: string } }>(
            tokens.partner,
            `mutation($p: ID!, $c: ID!) { issueCredential(personId: $p, credentialId: $c, issuedAt: "2026-01-10T00:00:00Z") { holdingId expiresAt } }`,
            { p: id("Ada"), c: id("C") },
        );
        holdingId = issued.issueCredential.holdingId;
        // validityMonths 12 applies when the partner gives no expiry.
        expect(issued.issueCredential.expiresAt).toBe("2027-01-10T00:00:00.000Z");
        expect(await wallet(tokens.ada)).toEqual([
            {
                holdingId,
                credentialId: id("C"),
                status: "VALID",
                expiresAt: "2027-01-10T00:00:00.000Z",
                revokedAt: null,
                revocationReason: null,
                issuer: { id: id("O"), name: "Issuer O" },
                verified: true,
            },
        ]);
        expect(await wallet(tokens.ben)).toEqual([]);
        expect(await fit()).toBe(1);
    });

    it("exports an Open Badges 3.0 credential that validates against the official schema and verifies", async () => {
        const exported = (
            await ok<{ exportCredential: { holdingId: string; mediaType: string; jws: string; credential: Document } }>(
                tokens.ada,
                `query($h: ID!) { exportCredential(holdingId: $h) { holdingId mediaType jws credential } }`,
                { h: holdingId },
            )
        ).exportCredential;
        jws = exported.jws;
        expect(exported.mediaType).toBe("application/vc+jwt");
        expect(payloadOf(jws)).toEqual(exported.credential);
        const credential = exported.credential;
        expect(validateAchievementCredential(credential)).toEqual([]);
        expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
        expect(credential.issuer).toMatchObject({ id: `http://localhost:4000/issuers/${encodeURIComponent(id("O"))}`, name: "Issuer O" });
        expect(credential.validFrom).toBe("2026-01-10T00:00:00.000Z");
        expect(credential.validUntil).toBe("2027-01-10T00:00:00.000Z");
        const achievement = credential.credentialSubject.achievement;
        expect(achievement.name).toBe("Credential C");
        expect(achievement.alignment.map((a: { targetUrl: string }) => a.targetUrl)).toContain(skillUri);
        expect(credential.credentialStatus).toMatchObject({ type: "BitstringStatusListEntry", statusPurpose: "revocation" });
        expect(achievement.inLanguage).toBe("de");
        expect(achievement.creditsAvailable).toBe(2);
        expect(achievement.euMicroCredential).toMatchObject({
            identityVerification: "Proctored online with an identity document",
            qualityAssurance: "Accredited by the chamber",
        });

        const verification = await verify(jws);
        expect(verification.checks).toEqual(
            ["format", "issuer", "signature", "validity", "status", "schema"].map((check) => expect.objectContaining({ check, ok: true })),
        );
        expect(verification.valid).toBe(true);
        // The same holding exports under the same credential id.
        const again = await ok<{ exportCredential: { credential: { id: string } } }>(
            tokens.admin,
            `query($h: ID!) { exportCredential(holdingId: $h) { credential } }`,
            { h: holdingId },
        );
        expect(again.exportCredential.credential.id).toBe(credential.id);
        // The admin's export is in Ada's access log; her own is not.
        const log = await ok<{ myAccessLog: { actor: string; operation: string }[] }>(tokens.ada, `{ myAccessLog { actor operation } }`);
        expect(log.myAccessLog.filter((r) => r.operation === "exportCredential")).toEqual([{ actor: "test:admin", operation: "exportCredential" }]);
    });

    it("refuses a changed credential, an unknown issuer and malformed input, each with its reason", async () => {
        const [header, , signature] = jws.split(".");
        const claims = payloadOf(jws);
        const forged = Buffer.from(JSON.stringify({ ...claims, validUntil: "2099-01-01T00:00:00.000Z" })).toString("base64url");
        const tampered = await verify(`${header}.${forged}.${signature}`);
        expect([tampered.valid, tampered.checks.at(-1)]).toEqual([false, expect.objectContaining({ check: "signature", ok: false })]);
        const foreign = Buffer.from(JSON.stringify({ ...claims, issuer: { ...claims.issuer, id: "https://elsewhere.example/issuers/x" } })).toString(
            "base64url",
        );
        expect((await verify(`${header}.${foreign}.${signature}`)).checks.at(-1)).toEqual({
            check: "issuer",
            ok: false,
            reason: expect.stringContaining("unknown issuer"),
        });
        expect((await verify("not a credential")).checks).toEqual([{ check: "format", ok: false, reason: expect.stringContaining("malformed") }]);
    });

    it("publishes the keys, the issuer profile and the status list", async () => {
        const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
        const kid = JSON.parse(Buffer.from(jws.split(".")[0], "base64url").toString("utf8")).kid;
        expect(jwks.keys.map((k) => k.kid)).toContain(kid);
        expect(jwks.keys.every((k) => !("d" in k))).toBe(true);
        const profile = (await (await fetch(`${base}/issuers/${encodeURIComponent(id("O"))}`)).json()) as Record<string, unknown>;
        expect(validateProfile(profile)).toEqual([]);
        expect(profile).toMatchObject({ name: "Issuer O", url: "https://issuer-o.example" });
        expect((await fetch(`${base}/issuers/${encodeURIComponent(id("nobody"))}`)).status).toBe(404);
        expect(await statusBit()).toBe(false);
    });

    async function statusBit() {
        const status = payloadOf(jws).credentialStatus as { statusListCredential: string; statusListIndex: string };
        const response = await fetch(status.statusListCredential.replace("http://localhost:4000", base));
        expect(response.headers.get("content-type")).toContain("application/vc+jwt");
        const list = payloadOf(await response.text());
        return getStatus(decodeStatusList(list.credentialSubject.encodedList), Number(status.statusListIndex));
    }

    it("lets only the issuing partner (or an admin) revoke, answering another issuer as an unknown holding", async () => {
        for (const token of [null, tokens.ada, tokens.planner])
            expect((await as(token, revoke, { h: holdingId, why: "x" })).errors?.[0].extensions.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
        const otherIssuer = await as(tokens.otherPartner, revoke, { h: holdingId, why: "fraud" });
        const unknownHolding = Buffer.from(JSON.stringify([id("Ada"), id("C"), "2020-01-01T00:00:00.000Z"])).toString("base64url");
        const unknown = await as(tokens.otherPartner, revoke, { h: unknownHolding, why: "fraud" });
        const shape = (response: GraphQLResponse<unknown>, holding: string) =>
            JSON.stringify(response.errors?.map(({ extensions: { requestId: _r, ...extensions }, ...error }) => ({ ...error, extensions }))).replaceAll(
                holding,
                "H",
            );
        expect(otherIssuer.errors?.[0].extensions.code).toBe("FORBIDDEN");
        expect(shape(otherIssuer, holdingId)).toBe(shape(unknown, unknownHolding));
        expect((await as(tokens.partner, revoke, { h: "not-a-holding", why: "x" })).errors?.[0].extensions).toMatchObject({
            code: "BAD_USER_INPUT",
            field: "holdingId",
        });
        expect((await as(tokens.partner, revoke, { h: holdingId, why: " " })).errors?.[0].extensions).toMatchObject({
            code: "BAD_USER_INPUT",
            field: "reason",
        });
        expect((await wallet(tokens.ada))[0].status).toBe("VALID");
    });

    it("revokes: verification says revoked, the status list shows it, the holding stops counting, and revoking again changes nothing", async () => {
        const first = (await ok<{ revokeCredential: Record<string, unknown> }>(tokens.partner, revoke, { h: holdingId, why: "Assessment found invalid" }))
            .revokeCredential;
        expect(first).toMatchObject({ holdingId, credentialId: id("C"), reason: "Assessment found invalid", alreadyRevoked: false });
        const again = (await ok<{ revokeCredential: Record<string, unknown> }>(tokens.admin, revoke, { h: holdingId, why: "other" })).revokeCredential;
        expect(again).toEqual({ ...first, alreadyRevoked: true });

        const verification = await verify(jws);
        expect(verification.valid).toBe(false);
        expect(verification.checks.find((c) => c.check === "status")).toEqual({ check: "status", ok: false, reason: "revoked" });
        expect(await statusBit()).toBe(true);
        expect(await fit()).toBe(0);
        expect((await wallet(tokens.ada))[0]).toMatchObject({
            status: "REVOKED",
            revocationReason: "Assessment found invalid",
            expiresAt: "2027-01-10T00:00:00.000Z",
        });
    });

    it("exports only for the holder and admins", async () => {
        const query = `query($h: ID!) { exportCredential(holdingId: $h) { holdingId } }`;
        expect((await as(null, query, { h: holdingId })).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
        for (const token of [tokens.ben, tokens.planner, tokens.partner])
            expect((await as(token, query, { h: holdingId })).errors?.[0].extensions.code).toBe("FORBIDDEN");
        expect((await as(tokens.ben, `{ wallet(personId: "${id("Ada")}") { holdingId } }`)).errors?.[0].extensions.code).toBe("FORBIDDEN");
        expect((await ok<{ wallet: unknown[] }>(tokens.admin, `{ wallet(personId: "${id("Ada")}") { holdingId } }`)).wallet).toHaveLength(1);
    });

    it("revokes a person's issued holdings when they are erased: a credential exported before verifies as revoked", async () => {
        const issued = await ok<{ issueCredential: { holdingId: string } }>(
            tokens.admin,
            `mutation($p: ID!, $c: ID!) { issueCredential(personId: $p, credentialId: $c, issuedAt: "2026-03-01T00:00:00Z") { holdingId } }`,
            { p: id("Ben"), c: id("C") },
        );
        const exported = await ok<{ exportCredential: { jws: string } }>(tokens.ben, `query($h: ID!) { exportCredential(holdingId: $h) { jws } }`, {
            h: issued.issueCredential.holdingId,
        });
        expect((await verify(exported.exportCredential.jws)).valid).toBe(true);
        await ok(tokens.admin, `mutation($p: ID!) { erasePerson(personId: $p) { personId } }`, { p: id("Ben") });
        const after = await verify(exported.exportCredential.jws);
        expect([after.valid, after.checks.find((c) => c.check === "status")]).toEqual([false, { check: "status", ok: false, reason: "revoked" }]);
        // Ada's revoked holding keeps its bit beside Ben's.
        expect((await verify(jws)).checks.find((c) => c.check === "status")?.reason).toBe("revoked");
        await api.cypher("MATCH (t:ErasedPerson {personId: $b}) DELETE t", { b: id("Ben") });
    });

    it("reports the EU micro-credential elements, mandatory ones missing named", async () => {
        const query = `query($c: ID!) { credentialCompliance(credentialId: $c) { credentialId compliant missing elements { element mandatory present value } } }`;
        const report = (
            await ok<{
                credentialCompliance: { compliant: boolean; missing: string[]; elements: { element: string; present: boolean; value: string | null }[] };
            }>(null, query, { c: id("C") })
        ).credentialCompliance;
        expect([report.compliant, report.missing]).toEqual([true, []]);
        expect(report.elements.find((e) => e.element.startsWith("Country"))).toMatchObject({ present: true, value: "DE" });
        expect(report.elements.find((e) => e.element.startsWith("Language"))).toMatchObject({ present: true, value: "de" });
        await api.cypher("MATCH (c:Credential {id: $c}) REMOVE c.qualityAssurance", { c: id("C") });
        const after = (await ok<{ credentialCompliance: { compliant: boolean; missing: string[] } }>(null, query, { c: id("C") })).credentialCompliance;
        expect(after).toMatchObject({ compliant: false, missing: ["Type of quality assurance used to underpin the micro-credential"] });
        expect((await as(null, query, { c: id("nothing") })).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "credentialId" });
    });
    it("bundles a stack with the parts its holder holds validly, as one signed document that verifies", async () => {
        await api.cypher(
            `MATCH (o:Organization {id: $p + 'O'}), (c:Credential {id: $p + 'C'}), (ada:Person {id: $p + 'Ada'})
             CREATE (o)-[:AWARDS]->(k:Credential {id: $p + 'K', title: 'Stack K', learningOutcomes: ['Combines S'], assessmentType: 'PROJECT', participationForm: 'BLENDED'})
             CREATE (c)-[:PART_OF {mandatory: true}]->(k), (:Credential {id: $p + 'C2', title: 'Part C2', assessmentType: 'EXAM', participationForm: 'ONLINE'})-[:PART_OF {mandatory: false}]->(k)
             CREATE (ada)-[:HOLDS {issuedAt: datetime('2026-06-01T00:00:00Z'), verified: true, issuerId: $p + 'O'}]->(c)
             CREATE (ada)-[:HOLDS {issuedAt: datetime('2026-07-01T00:00:00Z'), verified: true, issuerId: $p + 'O'}]->(k)`,
            { p },
        );
        const holding = (credentialId: string, issuedAt: string) => Buffer.from(JSON.stringify([id("Ada"), credentialId, issuedAt])).toString("base64url");
        const query = `query($h: ID!) { exportCredentialStack(holdingId: $h) { holdingId mediaType jws credential } }`;
        const bundle = (
            await ok<{ exportCredentialStack: { jws: string; credential: any } }>(tokens.ada, query, { h: holding(id("K"), "2026-07-01T00:00:00.000Z") })
        ).exportCredentialStack;
        const subject = bundle.credential.credentialSubject;
        expect(subject.achievement.name).toBe("Stack K");
        // C is held (its earlier holding was revoked, this one is valid); C2 is not held, so it is not in the bundle.
        expect(subject.verifiableCredential.map((part: any) => part.credentialSubject.achievement.name)).toEqual(["Credential C"]);
        expect(subject.association).toEqual([
            {
                type: "Association",
                associationType: "isPartOf",
                sourceId: subject.verifiableCredential[0].credentialSubject.achievement.id,
                targetId: subject.achievement.id,
            },
        ]);
        expect(validateAchievementCredential(bundle.credential)).toEqual([]);
        expect(await verify(bundle.jws)).toMatchObject({ valid: true });
        // A credential nothing stacks into is not a stack; someone else's holding is not theirs to export.
        const notStack = await as(tokens.ada, query, { h: holding(id("C"), "2026-06-01T00:00:00.000Z") });
        expect(notStack.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "holdingId" });
        expect((await as(tokens.ben, query, { h: holding(id("K"), "2026-07-01T00:00:00.000Z") })).errors?.[0].extensions.code).toBe("FORBIDDEN");
    });
    it("refuses a partner's EU micro-credential while a mandatory element is missing, naming each, and writes nothing", async () => {
        const publish = `mutation($org: ID!, $node: CredentialCreateInput!) {
            updateOrganizations(where: { id: { eq: $org } }, update: { credentials: [{ create: [{ node: $node }] }] }) { organizations { id } } }`;
        const draft = { id: id("EU"), title: "EU credential", euMicroCredential: true, assessmentType: "EXAM", participationForm: "ONLINE" };
        const refused = await as(tokens.partner, publish, { org: id("O"), node: draft });
        expect(refused.errors?.[0].extensions).toMatchObject({
            code: "BAD_USER_INPUT",
            field: "euMicroCredential",
            incomplete: [
                {
                    credentialId: id("EU"),
                    missing: [
                        "Learning outcomes",
                        "Notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)",
                        "Level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA), if applicable",
                        "Type of quality assurance used to underpin the micro-credential",
                    ],
                },
            ],
        });
        expect(await api.cypher("MATCH (c:Credential {id: $c}) RETURN c.id", { c: id("EU") })).toEqual([]);
        const complete = { ...draft, learningOutcomes: ["Applies S"], ects: 1, eqfLevel: 4, qualityAssurance: "Chamber accreditation" };
        await ok(tokens.partner, publish, { org: id("O"), node: complete });
        const update = `mutation($c: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { qualityAssurance: { set: null } }) { credentials { id } } }`;
        expect((await as(tokens.partner, update, { c: id("EU") })).errors?.[0].extensions).toMatchObject({
            code: "BAD_USER_INPUT",
            field: "euMicroCredential",
        });
        expect(await api.cypher("MATCH (c:Credential {id: $c}) RETURN c.qualityAssurance AS qa", { c: id("EU") })).toEqual([{ qa: "Chamber accreditation" }]);
        // Unmarked, the same credential may lack it; an admin's save is not held to the rule.
        await ok(
            tokens.partner,
            `mutation($c: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { euMicroCredential: { set: false }, qualityAssurance: { set: null } }) { credentials { id } } }`,
            { c: id("EU") },
        );
        await ok(
            tokens.admin,
            `mutation($c: ID!) { updateCredentials(where: { id: { eq: $c } }, update: { euMicroCredential: { set: true } }) { credentials { id } } }`,
            { c: id("EU") },
        );
    });
    it("describes credentials and courses in CTDL for registries, the same document at its @id", async () => {
        await api.cypher(
            `MATCH (o:Organization {id: $p + 'O'}), (s:Skill {id: $p + 'S'})
             CREATE (o)-[:PROVIDES]->(:Course {id: $p + 'K1', title: 'S in 20 minutes', durationMinutes: 20, cost: 15.0, currency: 'EUR', format: 'ONLINE', language: 'de'})-[:TEACHES {level: 3}]->(s)`,
            { p },
        );
        const query = `query($c: ID, $k: ID) { ctdl(credentialId: $c, courseId: $k) }`;
        const credential = (await ok<{ ctdl: any }>(null, query, { c: id("C") })).ctdl;
        expect(credential).toMatchObject({
            "@type": "ceterms:MicroCredential",
            "@id": `http://localhost:4000/ctdl/credentials/${encodeURIComponent(id("C"))}`,
            "ceterms:name": { de: "Credential C" },
            "ceterms:ownedBy": [`http://localhost:4000/issuers/${encodeURIComponent(id("O"))}`],
            "ceterms:estimatedDuration": [{ "ceterms:exactDuration": "PT50H" }],
        });
        expect(credential["ceterms:requires"][0]["ceterms:targetCompetency"].map((a: any) => a["ceterms:targetNode"])).toEqual([skillUri]);
        const course = (await ok<{ ctdl: any }>(null, query, { k: id("K1") })).ctdl;
        expect(course).toMatchObject({ "@type": "ceterms:Course", "ceterms:estimatedDuration": [{ "ceterms:exactDuration": "PT20M" }] });
        expect(course["ceterms:teaches"].map((a: any) => a["ceterms:targetNode"])).toEqual([skillUri]);
        const served = await fetch(`${base}/ctdl/courses/${encodeURIComponent(id("K1"))}`);
        expect([served.status, served.headers.get("content-type")?.split(";")[0], await served.json()]).toEqual([200, "application/ld+json", course]);
        expect((await fetch(`${base}/ctdl/credentials/nothing`)).status).toBe(404);
        expect((await as(null, query, { c: id("C"), k: id("K1") })).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
        expect((await as(null, query, { k: id("nothing") })).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "courseId" });
    });
});
