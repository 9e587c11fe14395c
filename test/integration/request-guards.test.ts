import { type TestApi, startTestApi } from "../helpers/test-api";
import { mintToken } from "../../tools/harness/tokens";

/** What partner portals meet before GraphQL: the CORS allowlist and the per-client rate limit. */
const PARTNER_SITE = "https://portal.partner.example";
let api: TestApi;
let limited: TestApi;

beforeAll(async () => {
    api = await startTestApi({ production: true, corsOrigins: [PARTNER_SITE] });
    limited = await startTestApi({ production: true, rateLimitPerMinute: 5 });
});
afterAll(async () => {
    await api?.stop();
    await limited?.stop();
});

const preflight = (origin: string) =>
    fetch(api.url, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });

describe("CORS allowlist", () => {
    it("lets a listed origin call the API from a browser", async () => {
        const response = await preflight(PARTNER_SITE);
        expect(response.status).toBe(204);
        expect(response.headers.get("access-control-allow-origin")).toBe(PARTNER_SITE);
        expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    });

    it("gives an unlisted origin no CORS headers, so browsers block it", async () => {
        const response = await preflight("https://elsewhere.example");
        expect(response.headers.get("access-control-allow-origin")).toBeNull();
        const simple = await fetch(api.url, {
            method: "POST",
            headers: { origin: "https://elsewhere.example", "content-type": "application/json" },
            body: JSON.stringify({ query: "{ __typename }" }),
        });
        expect(simple.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("refuses a simple cross-site request without a preflight header (Apollo's CSRF prevention)", async () => {
        const response = await fetch(`${api.url}?query=%7B__typename%7D`, { headers: { origin: PARTNER_SITE } });
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/CSRF/);
    });
});

describe("rate limit", () => {
    it("counts anonymous clients by address", async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await limited.post({ query: "{ __typename }" }, null)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    });

    it("answers 429 RATE_LIMITED with Retry-After past the limit, per client", async () => {
        const token = await mintToken({ sub: "rate-test-client", roles: ["employee"] });
        const statuses: number[] = [];
        let last: Response | undefined;
        for (let i = 0; i < 7; i++) {
            last = await fetch(limited.url, {
                method: "POST",
                headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
                body: JSON.stringify({ query: "{ __typename }" }),
            });
            statuses.push(last.status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
        expect(last!.headers.get("retry-after")).toBe("60");
        const body = (await last!.json()) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
        expect(body.errors[0].extensions.code).toBe("RATE_LIMITED");
        expect(body.errors[0].message).toMatch(/at most 5 a minute/);
        // Another client (another token subject) is counted apart.
        const other = await mintToken({ sub: "rate-test-other", roles: ["employee"] });
        const response = await fetch(limited.url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${other}` },
            body: JSON.stringify({ query: "{ __typename }" }),
        });
        expect(response.status).toBe(200);
    });
});
