import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { CLIENT_MANIFEST } from "../../src/config";
import { projectRoot } from "../../src/project-root";
import {
    AdjacentRolesDocument,
    BenchStrengthDocument,
    CandidatesForRoleDocument,
    CareerPathsDocument,
    ClaimCredentialDocument,
    ComposeTeamDocument,
    ExportCredentialDocument,
    IssueCredentialsDocument,
    IssuedCredentialsDocument,
    LearningPlanDocument,
    MeDocument,
    MicroCoursesDocument,
    PublishCourseDocument,
    RenewalsDocument,
    SkillGapDocument,
    SkillgraphError,
    VerifyCredentialDocument,
    WalletDocument,
    createClient,
} from "../../clients/typescript/src";
import { printSkillGap } from "../../clients/typescript/example/readme-example";
import { adminToken, mintToken } from "../../tools/harness/tokens";
import { type TestApi, startTestApi, uniquePrefix } from "../helpers/test-api";

/**
 * The client package (clients/typescript/) against the real API on the demo organisation: each audience's
 * operations through createClient, as query text and as registered hashes, errors as SkillgraphError with their
 * codes, the README's example, and the packed package installed into a new project.
 */
const p = uniquePrefix("client");
const ISSUER = "demo:org:eurocert-institute";
const CREDENTIAL = "demo:credential:cloud-foundations";
const AS_OF = "2026-11-01T00:00:00Z";
const GAP_ROLE = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
const ARCHITECT = "http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e";
const DATA_SCIENTIST = "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30";
const CHIEF_DATA_OFFICER = "http://data.europa.eu/esco/occupation/e297ec12-4712-40a4-ad98-ba004cacb205";
const CLOUD_ARCHITECTURE = "http://data.europa.eu/esco/skill/11430d93-c835-48ed-8e70-285fa69c9ae6";

let api: TestApi;
const client = (token?: string | (() => Promise<string>), persisted = false) => createClient({ url: api.url, token, persisted });
const employee = (personId: string) => mintToken({ sub: personId, roles: ["employee"] });

/** The SkillgraphError a request rejects with. */
async function failure(request: Promise<unknown>): Promise<SkillgraphError> {
    const error = await request.then(
        () => null,
        (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(SkillgraphError);
    return error as SkillgraphError;
}

beforeAll(async () => {
    api = await startTestApi({ embeddings: "off", trustedDocuments: { manifests: [CLIENT_MANIFEST], only: false } });
    await api.cypher("CREATE (:Person {id: $p + 'L', name: 'Learner L', email: $p + 'L@example.org', availability: 1.0})", { p });
});

afterAll(async () => {
    await api.cypher("MATCH (o:CredentialOffer) WHERE o.recipient STARTS WITH $p DETACH DELETE o", { p });
    await api.cypher("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
    await api.stop();
});

describe("an employee", () => {
    it("reads who they are and their own gap, by query text and by hash alike", async () => {
        for (const persisted of [false, true]) {
            const me = client(await employee("demo:person:0001"), persisted);
            expect((await me.request(MeDocument)).me).toMatchObject({
                subject: "demo:person:0001",
                audiences: ["EMPLOYEE"],
                person: { id: "demo:person:0001" },
            });
            const { skillGap } = await me.request(SkillGapDocument, { personId: "demo:person:0001", roleId: GAP_ROLE, includeNarrower: true });
            expect(skillGap.requirements.length).toBeGreaterThan(0);
            expect(skillGap.fit).toBeGreaterThanOrEqual(0);
            expect(skillGap.requirements.every((row) => row.explanation.length > 0)).toBe(true);
        }
    });

    it("gets FORBIDDEN for someone else's gap, with the request id and the HTTP status", async () => {
        const error = await failure(client(await employee("demo:person:0001")).request(SkillGapDocument, { personId: "demo:person:0002", roleId: GAP_ROLE }));
        expect(error).toMatchObject({ code: "FORBIDDEN", status: 200 });
        expect(error.requestId).toMatch(/^[\w-]+$/);
    });

    it("plans their learning, and sees their career paths and adjacent roles", async () => {
        const felix = client(() => employee("demo:person:0004"));
        const { learningPlan } = await felix.request(LearningPlanDocument, {
            personId: "demo:person:0004",
            target: { roleId: ARCHITECT },
            options: { objective: "MINUTES", essentialOnly: true },
            asOf: AS_OF,
        });
        expect(learningPlan.steps.length + learningPlan.open.length).toBeGreaterThan(0);
        expect(learningPlan.explanation).toBeTruthy();
        const analyst = client(await employee("demo:person:0169"), true);
        const { careerPaths } = await analyst.request(CareerPathsDocument, {
            from: { personId: "demo:person:0169" },
            toRoleId: CHIEF_DATA_OFFICER,
            k: 3,
            maxSteps: 3,
            asOf: AS_OF,
        });
        expect(careerPaths.explanation).toBeTruthy();
        const { adjacentRoles } = await analyst.request(AdjacentRolesDocument, { personId: "demo:person:0169", first: 5, asOf: AS_OF });
        expect(adjacentRoles.roles).toHaveLength(5);
        const { courses } = await analyst.request(MicroCoursesDocument, { maxMinutes: 30, maxCost: 50 });
        expect(courses.every((course) => course.durationMinutes <= 30)).toBe(true);
    });

    it("gets BAD_USER_INPUT for a malformed instant, naming the variable", async () => {
        const error = await failure(
            client(await employee("demo:person:0001")).request(SkillGapDocument, { personId: "demo:person:0001", roleId: GAP_ROLE, asOf: "yesterday" }),
        );
        expect(error.code).toBe("BAD_USER_INPUT");
        expect(error.message).toContain("$asOf");
    });
});

describe("a planner and an admin", () => {
    it("ranks candidates for a role in the units they cover, best fit first", async () => {
        const planner = client(await mintToken({ sub: "test:client-planner", roles: ["planner"], orgUnits: ["demo:unit:data"] }), true);
        const { candidatesForRole } = await planner.request(CandidatesForRoleDocument, { roleId: DATA_SCIENTIST, first: 5, asOf: AS_OF });
        const fits = candidatesForRole.edges.map((edge) => edge.node.fit);
        expect(fits.length).toBeGreaterThan(0);
        expect([...fits].sort((a, b) => b - a)).toEqual(fits);
        const { benchStrength } = await planner.request(BenchStrengthDocument, { roleId: DATA_SCIENTIST, minFit: 0.5, asOf: AS_OF });
        expect(benchStrength.count).toBeGreaterThanOrEqual(benchStrength.people.length);
        const { expiringCredentials } = await planner.request(RenewalsDocument, { withinDays: 90, orgUnitId: "demo:unit:data", asOf: AS_OF });
        expect(expiringCredentials.every((holding) => holding.daysLeft <= 90)).toBe(true);
    });

    it("compose teams (a planner within the units they cover); contradictory constraints are BAD_USER_INPUT", async () => {
        const admin = client(await adminToken());
        const planner = client(await mintToken({ sub: "test:client-planner", roles: ["planner"], orgUnits: ["demo:unit:data"] }), true);
        const requirements = [{ skillId: CLOUD_ARCHITECTURE, minLevel: 4 }];
        const scoped = await planner.request(ComposeTeamDocument, { requirements, constraints: { orgUnitIds: ["demo:unit:data"] }, asOf: AS_OF });
        expect(scoped.composeTeam.coverage).toHaveLength(1);
        const { composeTeam } = await admin.request(ComposeTeamDocument, { requirements, constraints: { minAvailability: 0.2 }, asOf: AS_OF });
        expect(composeTeam.coverage).toEqual([expect.objectContaining({ minLevel: 4, met: composeTeam.uncovered.length === 0 })]);
        const conflict = await failure(
            admin.request(ComposeTeamDocument, { requirements, constraints: { mustInclude: ["demo:person:0001"], exclude: ["demo:person:0001"] } }),
        );
        expect(conflict.code).toBe("BAD_USER_INPUT");
    });
});

describe("a partner portal and its learner", () => {
    it("issues by hash, the learner claims, sees it in the wallet and exports it; anyone verifies it", async () => {
        const partner = client(await mintToken({ sub: "test:client-partner", roles: ["partner"], org: ISSUER }), true);
        const course = {
            id: `${p}cloud-101`,
            title: "Cloud in 30 minutes",
            durationMinutes: 30,
            cost: 0,
            currency: "EUR",
            format: "ONLINE" as const,
            language: "en",
        };
        const { updateOrganizations } = await partner.request(PublishCourseDocument, { organizationId: ISSUER, course, courseId: course.id });
        expect(updateOrganizations.organizations).toEqual([
            { id: ISSUER, courses: [{ id: course.id, title: course.title, provider: { name: "EuroCert Institute" } }] },
        ]);
        const { issueCredentials } = await partner.request(IssueCredentialsDocument, {
            items: [
                { credentialId: CREDENTIAL, email: `${p}L@example.org` },
                { credentialId: CREDENTIAL, email: "not an address" },
            ],
        });
        expect(issueCredentials).toMatchObject({ accepted: 1, rejected: 1, written: true });
        expect(issueCredentials.items[1].rejection?.field).toBe("email");
        const { issuedCredentials } = await partner.request(IssuedCredentialsDocument, { credentialId: CREDENTIAL, first: 1000 });
        expect(issuedCredentials.filter((row) => row.recipient === `${p}L@example.org`)).toEqual([
            expect.objectContaining({ status: "ACTIVE", recipientKind: "EMAIL" }),
        ]);

        const learner = client(await employee(`${p}L`), true);
        const { claimCredential } = await learner.request(ClaimCredentialDocument, { claimCode: issueCredentials.items[0].claimCode });
        expect(claimCredential).toMatchObject({ alreadyClaimed: false, holding: { issuerId: ISSUER, credentialTitle: "Cloud Foundations" } });
        const { wallet } = await learner.request(WalletDocument, {});
        expect(wallet).toEqual([expect.objectContaining({ holdingId: claimCredential.holding.holdingId, status: "VALID", verified: true })]);
        const { exportCredential } = await learner.request(ExportCredentialDocument, { holdingId: claimCredential.holding.holdingId });
        expect(exportCredential.mediaType).toBe("application/vc+jwt");
        const { verifyCredential } = await client().request(VerifyCredentialDocument, { credential: exportCredential.jws });
        expect(verifyCredential.checks.find((check) => check.check === "signature")?.ok).toBe(true);
    });

    it("gets FORBIDDEN for planner queries; a malformed claim code is BAD_USER_INPUT naming the field", async () => {
        const partner = client(await mintToken({ sub: "test:client-partner", roles: ["partner"], org: ISSUER }));
        expect((await failure(partner.request(CandidatesForRoleDocument, { roleId: DATA_SCIENTIST }))).code).toBe("FORBIDDEN");
        const learner = client(await employee(`${p}L`));
        expect(await failure(learner.request(ClaimCredentialDocument, { claimCode: "no-such-code" }))).toMatchObject({
            code: "BAD_USER_INPUT",
            field: "claimCode",
        });
    });
});

describe("errors before GraphQL", () => {
    it("are SkillgraphErrors too: an anonymous me is UNAUTHENTICATED, a bad token 401", async () => {
        expect((await failure(client().request(MeDocument))).code).toBe("UNAUTHENTICATED");
        expect(await failure(client("not-a-token").request(MeDocument))).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    });
});

describe("the README's example", () => {
    it("prints an employee's gap to a role", async () => {
        const lines: string[] = [];
        await printSkillGap(client(await employee("demo:person:0001")), GAP_ROLE, (line: string) => lines.push(line));
        expect(lines[0]).toMatch(/^.+ → .+: fit \d\.\d\d, \d+ essentials missing$/);
        expect(lines.length).toBeGreaterThan(1);
    });

    it("is the code the README shows", () => {
        const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
        const section = readme.slice(readme.indexOf("## Client package"));
        const shown = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
        const example = readFileSync(path.join(projectRoot, "clients/typescript/example/readme-example.ts"), "utf8");
        // From the import on: the file's opening comment says how to run it in the repository.
        expect(shown).toBe(example.slice(example.indexOf("import {")).replace('from "../src"', 'from "@skillgraph/client"'));
    });
});

// Once per run (the bolt:// project): the package does not depend on how the API reaches Neo4j, and two packs at
// once would both build its dist/.
const routing = process.env.SKILLGRAPH_TEST_SCHEME === "neo4j";
const describeOncePerRun = (title: string, body: () => void) =>
    routing ? describe.skip(`${title} (skipped: packed once per run, in the bolt:// project)`, body) : describe(title, body);

describeOncePerRun("the packed package", () => {
    it("installs into a new project and answers through the API", async () => {
        const run = promisify(execFile);
        const project = mkdtempSync(path.join(tmpdir(), "skillgraph-client-"));
        try {
            const packed = await run("npm", ["pack", "--silent", "--pack-destination", project], { cwd: path.join(projectRoot, "clients/typescript") });
            const tarball = packed.stdout.trim().split("\n").pop()!;
            writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "client-try", version: "1.0.0", private: true }));
            try {
                await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", `./${tarball}`], { cwd: project, timeout: 120_000 });
            } catch (error) {
                console.log(`skipped installing the packed client: npm could not install from its cache or registry (${String(error).split("\n")[0]})`);
                return;
            }
            const script = `const { createClient, MeDocument } = require("@skillgraph/client");
createClient({ url: process.argv[1], token: process.argv[2], persisted: true }).request(MeDocument).then((data) => console.log(JSON.stringify(data)));`;
            const { stdout } = await run("node", ["-e", script, api.url, await employee("demo:person:0001")], { cwd: project });
            expect(JSON.parse(stdout)).toMatchObject({ me: { subject: "demo:person:0001" } });
        } finally {
            rmSync(project, { recursive: true, force: true });
        }
    });
});
