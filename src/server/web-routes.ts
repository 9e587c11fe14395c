import { readFile } from "node:fs/promises";
import path from "node:path";
import express from "express";
import { type DevelopmentClaims, mintDevelopmentToken } from "../auth/dev-secret";
import type { AuthSettings } from "../auth/verify-token";
import { projectRoot } from "../project-root";

export interface WebPagesSettings {
    /** SKILLGRAPH_LANDING_PAGE: GraphiQL on a browser's GET of /graphql and the explorer at /explore. */
    readonly enabled: boolean;
    /** Set only in development when tokens are signed with the development secret: the pages may sign in as an admin. */
    readonly developmentAuth: (AuthSettings & { readonly secret: string }) | null;
    /** Where `npm run build` wrote the bundles (tools/build-web.mjs); dist/web by default. */
    readonly assetsDir?: string;
}

/** The bundles of one page, as tools/build-web.mjs names them in dist/web/manifest.json. */
interface PageAssets {
    readonly js: string;
    readonly css: string | null;
}

const PAGES = { graphiql: "Skillgraph GraphiQL", explore: "Skillgraph explorer" } as const;
type Page = keyof typeof PAGES;

export const DEVELOPMENT_CLAIMS: DevelopmentClaims = { sub: "dev:admin", roles: ["admin"] };
const DEVELOPMENT_TOKEN_SECONDS = 8 * 3600;
const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** Only this origin: the bundles, the API and the data: URLs GraphiQL's stylesheet embeds its fonts and icons in. */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
].join("; ");

const NO_SUCH_FILE = "No such file among the browser pages' bundles.";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function notFound(res: express.Response, message: string): void {
    res.status(404).json({ error: "NOT_FOUND", message });
}

/**
 * The browser pages, bundled at build time and served from this origin only (no CDN): GraphiQL as the landing page of
 * /graphql, the explorer at /explore, their bundles under /web/ (content-hashed, cached for good) and, in development
 * with the development secret, an admin token for them at /web/dev-token.
 */
export function publishWebPages(app: express.Express, settings: WebPagesSettings): void {
    const assetsDir = settings.assetsDir ?? path.join(projectRoot, "dist", "web");
    const off = (res: express.Response) => notFound(res, "The browser pages are off: set SKILLGRAPH_LANDING_PAGE=on to serve them.");

    const servePage = async (page: Page, res: express.Response) => {
        let assets: PageAssets | undefined;
        try {
            assets = (JSON.parse(await readFile(path.join(assetsDir, "manifest.json"), "utf8")) as Record<string, PageAssets>)[page];
        } catch {
            assets = undefined;
        }
        if (!assets) {
            res.status(503).json({ error: "UNAVAILABLE", message: "The browser pages are not built: run npm run build." });
            return;
        }
        const stylesheet = assets.css ? `<link rel="stylesheet" href="/web/${escapeHtml(assets.css)}">` : "";
        res.set({
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "Cache-Control": "no-cache",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        })
            .type("html")
            .send(
                `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
                    `<title>${PAGES[page]}</title><link rel="icon" href="data:,">${stylesheet}</head>` +
                    `<body data-dev-sign-in="${settings.developmentAuth ? "on" : "off"}"><div id="root"></div>` +
                    `<script type="module" src="/web/${escapeHtml(assets.js)}"></script></body></html>`,
            );
    };

    app.get("/graphql", (req, res, next) => {
        // Only a browser's page load: API clients (JSON, or a GET with a query) go on to Apollo.
        if (req.query.query !== undefined || req.accepts(["application/json", "application/graphql-response+json", "text/html"]) !== "text/html") return next();
        if (!settings.enabled) return off(res);
        void servePage("graphiql", res);
    });
    app.get("/explore", (_req, res) => (settings.enabled ? void servePage("explore", res) : off(res)));
    app.get("/web/dev-token", (req, res) => {
        if (!settings.enabled) return off(res);
        if (!settings.developmentAuth)
            return notFound(res, "Development sign-in is only offered in development with the development secret: paste a bearer token instead.");
        // A development server listening on the network (HOST=0.0.0.0) must not hand admin tokens to other machines.
        if (!LOOPBACK.has(req.socket.remoteAddress ?? ""))
            return void res
                .status(403)
                .json({ error: "FORBIDDEN", message: "Development sign-in is offered to this machine only: paste a bearer token (npm run token)." });
        mintDevelopmentToken(settings.developmentAuth, DEVELOPMENT_CLAIMS, `${DEVELOPMENT_TOKEN_SECONDS}s`).then(
            (token) => void res.set("Cache-Control", "no-store").json({ token, expiresInSeconds: DEVELOPMENT_TOKEN_SECONDS }),
            (error: unknown) => void res.status(500).json({ error: "INTERNAL_SERVER_ERROR", message: String(error) }),
        );
    });
    app.use("/web", (req, res, next) => (!settings.enabled ? off(res) : req.path === "/manifest.json" ? notFound(res, NO_SUCH_FILE) : next()));
    app.use(
        "/web",
        express.static(assetsDir, { index: false, immutable: true, maxAge: "1y", setHeaders: (res) => res.set("X-Content-Type-Options", "nosniff") }),
    );
    app.use("/web", (_req, res) => notFound(res, NO_SUCH_FILE));
}
