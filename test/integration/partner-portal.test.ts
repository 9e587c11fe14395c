import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/project-root";
import { mintToken } from "../../tools/harness/tokens";
import { type GraphQLResponse, type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * The README's "Partner portals" flow, run as written with a partner token on the demo organisation (ids, emails and
 * learner ids made unique per run), then what the flow promises: same answers whether a recipient exists, matching
 * by email, claims, idempotence, bulk limits, all-or-nothing, revocation and erasure.
 */
const p = uniquePrefix("partner");
const ISSUER = "demo:org:eurocert-institute";
const CREDENTIAL = "demo:credential:cloud-foundations";
let api: TestApi;
let partner: string;
let learner: string;

const readmeFlow = () => {
    const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Partner portals"));
    const block = /```graphql\n([\s\S]*?)```/.exec(section)![1];
    return block
        .replaceAll("eurocert:course:cloud-101", `${p}cloud-101`)
        .replaceAll("new.starter@example.org", `${p}new.starter@example.org`)
        .replaceAll("eurocert-learner-1042", `${p}learner-1042`);
};

const data = <T>(response: GraphQLResponse<unknown>): T => {
    expect(response.errors).toBeUndefined();
    return response.data as T;
};

interface Issued {
    issueCredentials: {
        accepted: number;
        rejected: number;
        written: boolean;
        items: {
            index: number;
            accepted: boolean;
            issueId: string | null;
            claimCode: string | null;
            alreadyIssued?: boolean;
            rejection: { field: string; reason: string } | null;
        }[];
    };
}
const ISSUE = `mutation($items: [CredentialIssueInput!]!, $all: Boolean) { issueCredentials(items: $items, allOrNothing: $all) {
  accepted rejected written items { index accepted issueId claimCode alreadyIssued rejection { field reason } } } }`;
const CLAIM = `mutation($code: String, $offer: ID) { claimCredential(claimCode: $code, offerId: $offer) { holding { holdingId personId issuerId } alreadyClaimed } }`;
const LIST = `{ issuedCredentials(first: 1000) { issueId recipientKind recipient status revocationReason } }`;

const holdings = (personId: string) =>
    api.cypher<{ issuer: string; verified: boolean; revoked: boolean }>(
        "MATCH (:Person {id: $personId})-[h:HOLDS]->(:Credential) RETURN h.issuerId AS issuer, h.verified AS verified, h.revokedAt IS NOT NULL AS revoked",
        { personId },
    );

beforeAll(async () => {
    api = await startTestApi();
    await api.cypher(
        "UNWIND ['L', 'M', 'N'] AS key CREATE (:Person {id: $p + key, name: 'Learner ' + key, email: $p + key + '@example.org', availability: 1.0})",
        { p },
    );
    partner = await mintToken({ sub: "test:eurocert", roles: ["partner"], org: ISSUER });
    learner = await mintToken({ sub: `${p}L`, roles: ["employee"] });
});

afterAll(async () => {
    await api.cypher("MATCH (o:CredentialOffer) WHERE o.recipient STARTS WITH $p DETACH DELETE o", { p });
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

describe("the README's partner flow, with a partner token", () => {
    it("publishes a course, issues in bulk, the learner claims, the partner lists and revokes", async () => {
        const operations = readmeFlow();
        const run = (name: string, token: string, replace: Record<string, string> = {}) => {
            let document = operations;
            for (const [from, to] of Object.entries(replace)) document = document.replaceAll(from, to);
            return api.post({ query: document, operationName: name }, token);
        };
        const published = data<{ updateOrganizations: { organizations: { courses: unknown[] }[] } }>(await run("Publish", partner));
        expect(published.updateOrganizations.organizations).toEqual([
            { courses: [{ id: `${p}cloud-101`, title: "Cloud in 30 minutes", provider: { name: "EuroCert Institute" } }] },
        ]);
        expect(
            await api.cypher("MATCH (:Course {id: $id})-[t:TEACHES]->(s:Skill) RETURN s.name AS skill, toFloat(t.level) AS level", { id: `${p}cloud-101` }),
        ).toEqual([{ skill: "cloud technologies", level: 2 }]);

        const issued = data<Issued>(await run("Issue", partner)).issueCredentials;
        expect({ accepted: issued.accepted, rejected: issued.rejected, written: issued.written }).toEqual({ accepted: 2, rejected: 1, written: true });
        expect(issued.items.map((item) => [item.accepted, item.rejection?.field ?? null])).toEqual([
            [true, null],
            [true, null],
            [false, "email"],
        ]);
        const byId = issued.items[1];

        const claimed = data<{ claimCredential: { holding: { issuerId: string; credentialTitle: string }; alreadyClaimed: boolean } }>(
            await run("Claim", learner, { "<claimCode>": byId.claimCode! }),
        ).claimCredential;
        expect(claimed).toMatchObject({ holding: { issuerId: ISSUER, credentialTitle: "Cloud Foundations" }, alreadyClaimed: false });
        expect(await holdings(`${p}L`)).toEqual([{ issuer: ISSUER, verified: true, revoked: false }]);

        const listed = data<{ issuedCredentials: { issueId: string; recipientKind: string; recipient: string; status: string }[] }>(
            await run("Issued", partner),
        );
        const ours = listed.issuedCredentials.filter((row) => row.recipient.startsWith(p));
        expect(ours.map((row) => [row.recipientKind, row.recipient, row.status]).sort()).toEqual([
            ["EMAIL", `${p}new.starter@example.org`, "ACTIVE"],
            ["EXTERNAL_ID", `${p}learner-1042`, "ACTIVE"],
        ]);

        const revoked = data<{ revokeCredential: { alreadyRevoked: boolean } }>(await run("Revoke", partner, { "<issueId>": byId.issueId! })).revokeCredential;
        expect(revoked.alreadyRevoked).toBe(false);
        expect(await holdings(`${p}L`)).toEqual([{ issuer: ISSUER, verified: true, revoked: true }]);
        const after = data<{ issuedCredentials: { issueId: string; status: string }[] }>(await api.post({ query: LIST }, partner));
        expect(after.issuedCredentials.find((row) => row.issueId === byId.issueId)?.status).toBe("REVOKED");
        // A revoked offer cannot be claimed any more, by anyone.
        expect((await api.post({ query: CLAIM, variables: { code: byId.claimCode } }, learner)).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND" });
    });
});

describe("issuing by invitation", () => {
    it("answers alike whether the recipient exists; a learner's email is held at once, anyone else's waits for them", async () => {
        const item = (email: string) => ({ items: [{ credentialId: CREDENTIAL, email }] });
        // M named the issuer a learning partner; W never dealt with it.
        await api.cypher("MATCH (p:Person {id: $id}) SET p.learningPartnerIds = [$issuer]", { id: `${p}M`, issuer: ISSUER });
        const known = data<Issued>(await api.post({ query: ISSUE, variables: item(`${p}M@example.org`) }, partner));
        const unknown = data<Issued>(await api.post({ query: ISSUE, variables: item(`${p}nobody@example.org`) }, partner));
        const shape = (answer: Issued) => JSON.stringify(answer, (key, value: unknown) => (key === "issueId" || key === "claimCode" ? typeof value : value));
        expect(shape(known)).toBe(shape(unknown));
        expect(await holdings(`${p}M`)).toEqual([{ issuer: ISSUER, verified: true, revoked: false }]);
        await api.cypher("CREATE (:Person {id: $id, name: 'Wendy Stranger', email: $id + '@example.org', availability: 1.0})", { id: `${p}W` });
        const notLearner = data<Issued>(await api.post({ query: ISSUE, variables: item(`${p}W@example.org`) }, partner));
        expect(shape(notLearner)).toBe(shape(unknown));
        expect(await holdings(`${p}W`)).toEqual([]);
        const stranger = await mintToken({ sub: `${p}W`, roles: ["employee"] });
        const waiting = data<{ credentialOffers: { offerId: string }[] }>(await api.post({ query: "{ credentialOffers { offerId } }" }, stranger));
        expect(waiting.credentialOffers.map((offer) => offer.offerId)).toEqual([notLearner.issueCredentials.items[0].issueId]);
        await api.cypher("MATCH (o:CredentialOffer {id: $id}) DETACH DELETE o", { id: notLearner.issueCredentials.items[0].issueId });
        // Matched by email means claimed: the code then works for that person only.
        const other = await api.post({ query: CLAIM, variables: { code: known.issueCredentials.items[0].claimCode } }, learner);
        expect(other.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "claimCode" });
    });

    it("lets a person who arrives later with the address claim by offer id, nobody else", async () => {
        const email = `${p}later@example.org`;
        const issued = data<Issued>(await api.post({ query: ISSUE, variables: { items: [{ credentialId: CREDENTIAL, email }] } }, partner));
        const offerId = issued.issueCredentials.items[0].issueId!;
        await api.cypher("CREATE (:Person {id: $p + 'Later', name: 'Later', email: $email, availability: 1.0})", { p, email });
        const later = await mintToken({ sub: `${p}Later`, roles: ["employee"] });
        const offers = data<{ credentialOffers: { offerId: string; credentialId: string; issuer: { id: string } }[] }>(
            await api.post({ query: "{ credentialOffers { offerId credentialId issuer { id } } }" }, later),
        );
        expect(offers.credentialOffers).toEqual([{ offerId, credentialId: CREDENTIAL, issuer: { id: ISSUER } }]);
        const refused = await api.post({ query: CLAIM, variables: { offer: offerId } }, learner);
        expect(refused.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "offerId" });
        const claim = data<{ claimCredential: { holding: { personId: string }; alreadyClaimed: boolean } }>(
            await api.post({ query: CLAIM, variables: { offer: offerId } }, later),
        );
        expect(claim.claimCredential).toMatchObject({ holding: { personId: `${p}Later` }, alreadyClaimed: false });
        const again = data<{ claimCredential: { alreadyClaimed: boolean } }>(await api.post({ query: CLAIM, variables: { offer: offerId } }, later));
        expect(again.claimCredential.alreadyClaimed).toBe(true);
        expect(data<{ credentialOffers: unknown[] }>(await api.post({ query: "{ credentialOffers { offerId } }" }, later)).credentialOffers).toEqual([]);
    });

    it("changes nothing when the same item is issued again, and writes nothing with allOrNothing and one bad item", async () => {
        const item = { credentialId: CREDENTIAL, externalId: `${p}again`, issuedAt: "2026-06-01T00:00:00Z" };
        const first = data<Issued>(await api.post({ query: ISSUE, variables: { items: [item] } }, partner)).issueCredentials.items[0];
        const second = data<Issued>(await api.post({ query: ISSUE, variables: { items: [item] } }, partner)).issueCredentials.items[0];
        expect(second).toMatchObject({ accepted: true, issueId: first.issueId, alreadyIssued: true, claimCode: null });
        expect(first.claimCode).toMatch(/^offer-/);

        const batch = data<Issued>(
            await api.post(
                {
                    query: ISSUE,
                    variables: {
                        all: true,
                        items: [
                            { credentialId: CREDENTIAL, externalId: `${p}atomic-1` },
                            { credentialId: "demo:credential:no-such", externalId: `${p}atomic-2` },
                            { credentialId: CREDENTIAL, externalId: `${p}atomic-1` },
                        ],
                    },
                },
                partner,
            ),
        ).issueCredentials;
        expect(batch).toMatchObject({ accepted: 0, rejected: 2, written: false });
        expect(batch.items.map((row) => row.rejection?.field)).toEqual(["items", "credentialId", "recipient"]);
        expect(await api.cypher("MATCH (o:CredentialOffer) WHERE o.recipient STARTS WITH $r RETURN o.id", { r: `${p}atomic` })).toEqual([]);
    });

    it("rejects another issuer's credential item by item, and more than 1000 items as a whole", async () => {
        const [other] = await api.cypher<{ id: string }>(
            "MATCH (c:Credential)<-[:AWARDS]-(o:Organization) WHERE o.id <> $issuer RETURN c.id AS id ORDER BY id LIMIT 1",
            { issuer: ISSUER },
        );
        if (other) {
            const answer = data<Issued>(await api.post({ query: ISSUE, variables: { items: [{ credentialId: other.id, externalId: `${p}x` }] } }, partner));
            expect(answer.issueCredentials.items[0].rejection).toMatchObject({ field: "credentialId" });
        }
        const items = Array.from({ length: 1001 }, (_, n) => ({ credentialId: CREDENTIAL, externalId: `${p}bulk-${n}` }));
        const tooMany = await api.post({ query: ISSUE, variables: { items } }, partner);
        expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "items" });
        const accepted = data<Issued>(await api.post({ query: ISSUE, variables: { items: items.slice(0, 1000) } }, partner)).issueCredentials;
        expect({ accepted: accepted.accepted, rejected: accepted.rejected, codes: new Set(accepted.items.map((row) => row.claimCode)).size }).toEqual({
            accepted: 1000,
            rejected: 0,
            codes: 1000,
        });
    });

    it("shows a claimed offer as revoked, naming nobody, once its holder is erased", async () => {
        await api.cypher("MATCH (p:Person {id: $id}) SET p.learningPartnerIds = [$issuer]", { id: `${p}N`, issuer: ISSUER });
        const issued = data<Issued>(
            await api.post({ query: ISSUE, variables: { items: [{ credentialId: CREDENTIAL, email: `${p}N@example.org` }] } }, partner),
        );
        const issueId = issued.issueCredentials.items[0].issueId!;
        data(await api.post({ query: `mutation($p: ID!) { erasePerson(personId: $p) { personId } }`, variables: { p: `${p}N` } }));
        const listed = data<{ issuedCredentials: { issueId: string; status: string; revocationReason: string | null }[] }>(
            await api.post({ query: LIST }, partner),
        );
        expect(listed.issuedCredentials.find((row) => row.issueId === issueId)).toMatchObject({
            status: "REVOKED",
            revocationReason: "Withdrawn by the holder.",
        });
        expect(await api.cypher("MATCH (o:CredentialOffer {id: $issueId}) RETURN o.claimedBy AS claimedBy", { issueId })).toEqual([{ claimedBy: null }]);
        await api.cypher("MATCH (t:ErasedPerson {personId: $id}) DELETE t", { id: `${p}N` });
    });
});
