/**
 * What this deployment publishes as an issuer, at stable URLs under SKILLGRAPH_PUBLIC_URL: the public keys (JWK set),
 * each organisation's issuer profile and its revocation status lists, and each credential and course as CTDL JSON-LD
 * (README, "Portable credentials").
 */
import type express from "express";
import type { Logger } from "../logger";
import type { Db } from "../neo4j/read-rows";
import { VC_JWT_MEDIA_TYPE, signCredentialJws } from "../badges/vc-jose";
import { type Issuing, issuerProfile, statusListCredential } from "../use-cases/portable-credentials";
import { ctdlCourse, ctdlCredential } from "../use-cases/ctdl-export";

export function publishIssuing(app: express.Express, db: Db, issuing: Issuing, log: Logger): void {
    const answer =
        (handler: (req: express.Request, res: express.Response) => Promise<void>) =>
        (req: express.Request, res: express.Response): void => {
            handler(req, res).catch((error: unknown) => {
                log.warn({ err: error, path: req.path }, "issuer document not served");
                res.status(503).json({ error: "UNAVAILABLE", message: "The database is not answering; try again shortly." });
            });
        };
    const missing = (res: express.Response, what: string) => res.status(404).json({ error: "NOT_FOUND", message: `No ${what} here.` });

    app.get("/.well-known/jwks.json", (_req, res) => {
        res.set("cache-control", "public, max-age=300").json(issuing.keys.publicJwks());
    });
    app.get(
        "/issuers/:organizationId",
        answer(async (req, res) => {
            const profile = await issuerProfile(db, issuing, String(req.params.organizationId));
            if (!profile) return void missing(res, "issuer");
            res.json(profile);
        }),
    );
    for (const [kind, read] of [
        ["credentials", ctdlCredential],
        ["courses", ctdlCourse],
    ] as const) {
        app.get(
            `/ctdl/${kind}/:id`,
            answer(async (req, res) => {
                const document = await read(db, issuing, String(req.params.id));
                if (!document) return void missing(res, kind === "credentials" ? "credential" : "course");
                res.type("application/ld+json").json(document);
            }),
        );
    }
    app.get(
        "/credentials/status/:organizationId/:list",
        answer(async (req, res) => {
            const list = /^(0|[1-9][0-9]{0,5})$/.test(String(req.params.list)) ? Number(req.params.list) : null;
            const credential = list === null ? null : await statusListCredential(db, issuing, String(req.params.organizationId), list, new Date());
            if (!credential) return void missing(res, "status list");
            // A verifier reads it fresh: a revocation shows at once.
            res.set("cache-control", "no-cache")
                .type(VC_JWT_MEDIA_TYPE)
                .send(await signCredentialJws(credential, issuing.keys.signingKey));
        }),
    );
}
