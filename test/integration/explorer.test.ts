import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from "playwright-core";
import { projectRoot } from "../../src/project-root";
import {
    COMPOSE_TEAM,
    CREDENTIAL_PROGRESS,
    type ComposeTeamData,
    type CredentialProgressData,
    MOBILITY,
    type MobilityData,
    SKILL_GAP,
    type SkillGapData,
    WALLET,
    type WalletData,
} from "../../src/web/explore/queries";
import { type TestApi, startTestApi } from "../helpers/test-api";

/**
 * The offline IDE (GraphiQL at /graphql) and the explorer (/explore) in headless Debian Chromium (playwright-core,
 * never a downloaded browser): each view is checked against the API's own answer to the operation the page sent, and
 * no request may leave 127.0.0.1. Skipped, with the reason in its name, when Chromium is absent.
 */
const CHROMIUM = process.env.SKILLGRAPH_CHROMIUM ?? "/usr/bin/chromium";
const skipReason = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}: install Debian's chromium package or set SKILLGRAPH_CHROMIUM`;
const describeBrowser = (title: string, body: () => void) => (skipReason ? describe.skip(`${title} (skipped: ${skipReason})`, body) : describe(title, body));
const SCREENSHOTS = path.join(projectRoot, "test", "screenshots");
const DOC_SCREENSHOTS = process.env.SKILLGRAPH_UPDATE_SCREENSHOTS === "1" ? path.join(projectRoot, "docs", "screenshots") : null;
const FELIX = "demo:person:0004";
const DATA_ANALYST = "demo:person:0169";
const CHIEF_DATA_OFFICER = "http://data.europa.eu/esco/occupation/e297ec12-4712-40a4-ad98-ba004cacb205";
const CLOUD_PROFESSIONAL = "demo:credential:cloud-professional";

let api: TestApi;
let origin: string;

beforeAll(async () => {
    api = await startTestApi({ embeddings: "off", developmentSecret: true });
    origin = new URL(api.url).origin;
});

afterAll(async () => {
    await api?.stop();
});

describe("the browser pages over HTTP", () => {
    it("serve GraphiQL to a browser's GET of /graphql, with a policy allowing only this origin, and leave API clients to Apollo", async () => {
        expect(existsSync(path.join(projectRoot, "dist", "web", "manifest.json"))).toBe(true); // npm run build bundles them
        const page = await fetch(api.url, { headers: { accept: "text/html,application/xhtml+xml" } });
        expect(page.status).toBe(200);
        expect(page.headers.get("content-security-policy")).toContain("default-src 'none'; script-src 'self'");
        expect(page.headers.get("content-security-policy")).not.toContain("unsafe");
        const html = await page.text();
        expect(html).toMatch(/<script type="module" src="\/web\/graphiql-\w+\.js">/);
        expect(html).not.toMatch(/https?:\/\//);
        const asset = await fetch(`${origin}${/src="([^"]+)"/.exec(html)![1]}`);
        expect(asset.status).toBe(200);
        expect(asset.headers.get("cache-control")).toContain("immutable");
        const json = await fetch(`${api.url}?query=${encodeURIComponent("{ __typename }")}`, {
            headers: { accept: "application/json", "apollo-require-preflight": "1" },
        });
        expect(await json.json()).toEqual({ data: { __typename: "Query" } });
    });

    it("mint a development admin token only in development with the development secret", async () => {
        const development = await fetch(`${origin}/web/dev-token`);
        expect(development.status).toBe(200);
        const { token } = (await development.json()) as { token: string };
        expect((await api.post({ query: "{ me { subject audiences } }" }, token)).data).toEqual({ me: { subject: "dev:admin", audiences: ["ADMIN"] } });

        const production = await startTestApi({ embeddings: "off", production: true, landingPage: true, developmentSecret: true });
        try {
            const productionOrigin = new URL(production.url).origin;
            expect((await fetch(`${productionOrigin}/web/dev-token`)).status).toBe(404);
            const explorer = await fetch(`${productionOrigin}/explore`);
            expect(explorer.status).toBe(200);
            expect(await explorer.text()).toContain('data-dev-sign-in="off"');
        } finally {
            await production.stop();
        }
    });

    it("answer 404 naming SKILLGRAPH_LANDING_PAGE when it is off (production's default)", async () => {
        const off = await startTestApi({ embeddings: "off", production: true });
        try {
            for (const [url, accept] of [
                [off.url, "text/html"],
                [off.url.replace(/graphql$/, "explore"), "text/html"],
                [off.url.replace(/graphql$/, "web/dev-token"), "application/json"],
            ]) {
                const response = await fetch(url, { headers: { accept } });
                expect(response.status).toBe(404);
                expect(((await response.json()) as { message: string }).message).toContain("SKILLGRAPH_LANDING_PAGE=on");
            }
        } finally {
            await off.stop();
        }
    });
});

describeBrowser("in Chromium", () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const requested: string[] = [];
    const problems: string[] = [];

    beforeAll(async () => {
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        // Every request is recorded; any leaving this origin is refused (and fails the last test).
        await context.route("**/*", (route) => {
            const url = route.request().url();
            requested.push(url);
            return url.startsWith(`${origin}/`) || url.startsWith("data:") ? route.continue() : route.abort("blockedbyclient");
        });
        page = await context.newPage();
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("console", (message) => {
            if (message.type() === "error") problems.push(`console: ${message.text()}`);
        });
        mkdirSync(SCREENSHOTS, { recursive: true });
        if (DOC_SCREENSHOTS) mkdirSync(DOC_SCREENSHOTS, { recursive: true });
    });

    afterAll(async () => {
        await browser?.close();
    });

    async function screenshot(name: string): Promise<void> {
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
        if (DOC_SCREENSHOTS) await page.screenshot({ path: path.join(DOC_SCREENSHOTS, `${name}.png`) });
    }

    /** Runs `action`, then replays the operation it made the page send, as the page sent it, through the test's own client. */
    async function sentAndAnswered<T>(operation: string, query: string, action: () => Promise<unknown>): Promise<T> {
        const request = page.waitForRequest((r) => r.method() === "POST" && (r.postData() ?? "").includes(`query ${operation}(`));
        await action();
        const { variables } = (await request).postDataJSON() as { variables: Record<string, unknown> };
        const answer = await api.post({ query, variables });
        expect(answer.errors).toBeUndefined();
        return answer.data as T;
    }

    /** The demo person holding the most of the stack's parts: their tree and wallet show held parts as well as missing ones. */
    async function stackHolder(): Promise<string> {
        const [holder] = await api.cypher<{ id: string }>(
            `MATCH (p:Person)-[:HOLDS]->(:Credential)-[:PART_OF]->(:Credential {id: $stack}) WHERE p.id STARTS WITH 'demo:'
             WITH p.id AS id, count(*) AS held RETURN id ORDER BY held DESC, id LIMIT 1`,
            { stack: CLOUD_PROFESSIONAL },
        );
        return holder.id;
    }

    const ready = (id: string) => page.locator(`#${id}[data-state="ready"]`).waitFor();
    const computed = (locator: Locator, property: string) =>
        locator.evaluate(
            (element, name) => (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(element)[name],
            property,
        );
    const attributes = (locator: Locator, name: string) =>
        locator.evaluateAll((elements, n) => elements.map((e) => (e as { getAttribute(a: string): string }).getAttribute(n)), name);

    it("signs in with the development token and shows a person's gap to a role, bar by bar", async () => {
        await page.goto(`${origin}/explore`);
        await page.getByRole("button", { name: "Sign in with the development token" }).click();
        await ready("gap-result");
        await page.selectOption("select[name=person]", FELIX);
        await ready("gap-result");
        // Choosing a person chooses the role they aspire to; then their current role, where they meet some requirements.
        const [{ aspired, current }] = await api.cypher<{ aspired: string; current: string }>(
            `MATCH (p:Person {id: $id})-[:ASPIRES_TO]->(a:Role) MATCH (p)-[:HAS_ROLE]->(c:Role) RETURN a.id AS aspired, c.id AS current LIMIT 1`,
            { id: FELIX },
        );
        expect(await page.locator("select[name=role]").inputValue()).toBe(aspired);
        const { skillGap: gap } = await sentAndAnswered<SkillGapData>("ExplorerSkillGap", SKILL_GAP, () => page.selectOption("select[name=role]", current));
        await ready("gap-result");
        const rows = page.locator(".gap-row");
        expect(await rows.count()).toBe(gap.requirements.length);
        expect(gap.requirements.length).toBeGreaterThan(0);
        expect(await attributes(rows, "data-skill-id")).toEqual(gap.requirements.map((r) => r.skillId));
        expect(await attributes(rows, "data-required")).toEqual(gap.requirements.map((r) => String(r.requiredLevel)));
        expect(await attributes(rows, "data-effective")).toEqual(gap.requirements.map((r) => String(r.effectiveLevel)));
        // Missing essentials in red, met requirements in green; expired evidence marked.
        const missingEssentials = gap.requirements.filter((r) => r.importance === "ESSENTIAL" && !r.met);
        expect(await page.locator(".gap-row.missing-essential").count()).toBe(missingEssentials.length);
        expect(await page.locator(".gap-row.met").count()).toBe(gap.requirements.filter((r) => r.met).length);
        if (missingEssentials.length)
            expect(await computed(page.locator(".gap-row.missing-essential .bar-effective").first(), "fill")).toBe("rgb(220, 38, 38)");
        expect(await page.locator(".expired-marker").count()).toBe(gap.requirements.filter((r) => r.expiredEvidence.some((e) => e.countsAs > 0)).length);
        expect(await page.locator(".summary").innerText()).toContain(`${gap.personName} for ${gap.roleTitle}`);
        for (const row of gap.requirements.slice(0, 3))
            expect(await page.locator("table.details td").getByText(row.explanation, { exact: true }).count()).toBe(1);
        await screenshot("explorer-gap");
    });

    it("draws adjacent roles and the k career paths as graphs of roles and steps", async () => {
        await page.goto(`${origin}/explore#mobility`);
        await ready("mobility-result");
        await page.selectOption("select[name=person]", DATA_ANALYST);
        await ready("mobility-result");
        const data = await sentAndAnswered<MobilityData>("ExplorerMobility", MOBILITY, () => page.selectOption("select[name=role]", CHIEF_DATA_OFFICER));
        await ready("mobility-result");
        const adjacent = page.locator("#adjacent-graph[data-nodes]");
        const paths = page.locator("#paths-graph[data-nodes]");
        await paths.waitFor();
        expect(await adjacent.getAttribute("data-nodes")).toBe(String(data.adjacentRoles.roles.length + 1));
        expect(await adjacent.getAttribute("data-edges")).toBe(String(data.adjacentRoles.roles.length));
        const { careerPaths } = data;
        expect(careerPaths.reachable).toBe(true);
        const roles = new Set(careerPaths.paths.flatMap((p) => p.steps.map((s) => s.roleId)));
        const steps = new Set(careerPaths.paths.flatMap((p) => p.steps.map((s, i) => `${i === 0 ? "start" : p.steps[i - 1].roleId}->${s.roleId}`)));
        expect(await paths.getAttribute("data-nodes")).toBe(String(roles.size + 1));
        expect(await paths.getAttribute("data-edges")).toBe(String(steps.size));
        expect(await page.locator("ol.paths li").count()).toBe(careerPaths.paths.length);
        expect(await page.locator("ol.paths li").first().innerText()).toContain(careerPaths.paths[0].steps.map((s) => s.roleTitle).join(" → "));
        await page.waitForTimeout(300); // the layout's animation frame
        await screenshot("explorer-mobility");
    });

    it("shows composeTeam's coverage matrix, people by requirements, with uncovered requirements highlighted", async () => {
        await page.goto(`${origin}/explore#team`);
        await ready("team-result");
        // Ask for more people with the last skill than the organisation has, so that a requirement stays uncovered.
        const counts = page.locator(".requirement-input input[type=number]");
        await counts.last().fill("60");
        await counts.last().dispatchEvent("change");
        const { composeTeam: team } = await sentAndAnswered<ComposeTeamData>("ExplorerComposeTeam", COMPOSE_TEAM, () =>
            page.getByRole("button", { name: "Compose team" }).click(),
        );
        await ready("team-result");
        expect(await page.locator("tr.requirement").count()).toBe(team.coverage.length);
        expect(await attributes(page.locator("tr.requirement"), "data-skill-id")).toEqual(team.coverage.map((c) => c.skillId));
        expect(await page.locator("th.member").count()).toBe(team.members.length);
        expect(await page.locator("td.cell[data-level]").count()).toBe(team.coverage.reduce((sum, c) => sum + c.coveredBy.length, 0));
        const uncovered = team.coverage.filter((c) => !c.met);
        expect(uncovered.length).toBeGreaterThan(0);
        expect(await attributes(page.locator("tr.requirement.uncovered"), "data-skill-id")).toEqual(uncovered.map((c) => c.skillId));
        expect(await computed(page.locator("tr.requirement.uncovered th").first(), "backgroundColor")).toBe("rgb(254, 226, 226)");
        expect(await page.locator(".uncovered-list li").count()).toBe(team.uncovered.length);
        await screenshot("explorer-team");
    });

    it("shows a credential stack as a tree with the person's progress on each part", async () => {
        const holder = await stackHolder();
        await page.goto(`${origin}/explore#stack`);
        await ready("stack-result");
        await page.selectOption("select[name=person]", holder);
        await ready("stack-result");
        const { credentialProgress: progress } = await sentAndAnswered<CredentialProgressData>("ExplorerCredentialProgress", CREDENTIAL_PROGRESS, () =>
            page.selectOption("select[name=credential]", CLOUD_PROFESSIONAL),
        );
        await ready("stack-result");
        const parts = page.locator("li.part");
        expect(await parts.count()).toBe(progress.parts.length);
        expect(progress.parts.length).toBeGreaterThan(1);
        expect(await attributes(parts, "data-credential-id")).toEqual(progress.parts.map((p) => p.credentialId));
        expect(await attributes(parts, "data-status")).toEqual(progress.parts.map((p) => p.status));
        // Nesting follows depth: a part at depth d sits inside d lists below the top one.
        for (const [index, part] of progress.parts.entries()) expect(await parts.nth(index).locator("xpath=ancestor::li").count()).toBe(part.depth);
        expect(await page.locator("ul.rules li").count()).toBe(progress.rules.length);
        expect(await page.locator("li.part .badge.held").count()).toBe(progress.parts.filter((p) => p.status === "VALID").length);
        expect(await page.locator(".summary").innerText()).toBe(progress.explanation);
        await screenshot("explorer-stack");
    });

    it("lists a person's portable credentials in their wallet", async () => {
        await page.goto(`${origin}/explore#wallet`);
        await ready("wallet-result");
        const holder = await stackHolder();
        const { wallet } = await sentAndAnswered<WalletData>("ExplorerWallet", WALLET, () => page.selectOption("select[name=person]", holder));
        await ready("wallet-result");
        expect(wallet.length).toBeGreaterThan(0);
        expect(await attributes(page.locator("tr.holding"), "data-holding-id")).toEqual(wallet.map((w) => w.holdingId));
        expect(await attributes(page.locator("tr.holding"), "data-status")).toEqual(wallet.map((w) => w.status));
    });

    it("serves GraphiQL with the development token in the Authorization header, its docs, and runs a query", async () => {
        await page.goto(`${origin}/graphql`);
        await page.locator(".graphiql-container").waitFor();
        await page.getByText(/"Authorization": "Bearer ey/).waitFor();
        const run = page.waitForRequest((r) => r.method() === "POST" && (r.postData() ?? "").includes("query Roles"));
        await page.locator(".graphiql-execute-button").click();
        expect((await run).headers().authorization).toMatch(/^Bearer ey/);
        await page.locator(".result-window").getByText('"roles"').waitFor();
        await page.getByRole("button", { name: /documentation explorer/i }).click();
        await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor();
        await screenshot("graphiql");
    });

    it("loaded everything from 127.0.0.1, with no script error or policy violation", () => {
        expect(requested.length).toBeGreaterThan(10);
        expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"))).toEqual([]);
        expect(problems).toEqual([]);
    });
});
