import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type http from "node:http";
import os from "node:os";
import path from "node:path";
import express from "express";
import type { Logger } from "../../src/logger";
import type { Db } from "../../src/neo4j/read-rows";
import { findFreePort } from "../../src/neo4j/local/local-server";
import { publishIssuing } from "../../src/server/issuing-routes";
import { Issuing } from "../../src/use-cases/portable-credentials";
import { toolCypher } from "../cypher-catalogue";

export interface ForeignDeployment {
    /** Signs as another deployment (its own key and URL) over the same graph. */
    readonly issuing: Issuing;
    /** A trust list naming it, for the API under measurement. */
    readonly trustListFile: string;
    /** Stops serving and removes what importing its credentials wrote. */
    stop(): Promise<void>;
}

/**
 * Another deployment for the import benchmark: its issuer profiles, keys and status lists served on loopback from
 * this process (src/server/issuing-routes.ts), as a real one would serve them to an importing API.
 */
export async function startForeignDeployment(db: Db, log: Logger): Promise<ForeignDeployment> {
    const port = await findFreePort();
    const issuing = await Issuing.throwaway(`http://127.0.0.1:${port}`);
    const app = express();
    publishIssuing(app, db, issuing, log);
    const server = await new Promise<http.Server>((resolve) => {
        const listening = app.listen(port, "127.0.0.1", () => resolve(listening));
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), "skillgraph-bench-trust-"));
    const trustListFile = path.join(dir, "trusted-issuers.json");
    const issuerPrefix = `${issuing.publicUrl}/issuers/`;
    writeFileSync(trustListFile, JSON.stringify({ issuers: [{ issuerPrefix, jwks: issuing.keys.publicJwks() }] }));
    return {
        issuing,
        trustListFile,
        stop: async () => {
            await new Promise((resolve) => server.close(resolve));
            rmSync(dir, { recursive: true, force: true });
            await db.driver.executeQuery(toolCypher("bench/clear-imported-holdings"), { issuerPrefix }, { database: db.database });
        },
    };
}
