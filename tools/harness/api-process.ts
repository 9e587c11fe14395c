import { spawn } from "node:child_process";
import { exportJWK, generateKeyPair } from "jose";
import path from "node:path";
import type { Neo4jConnection } from "../../src/neo4j/driver";
import { findFreePort } from "../../src/neo4j/local/local-server";
import { projectRoot } from "../../src/project-root";

export interface ApiProcess {
    readonly url: string;
    readonly pid: number;
    /** Where it publishes issuer profiles, keys and status lists, and the key set it signs with (for in-process baselines). */
    readonly issuing: { readonly publicUrl: string; readonly jwks: string };
    /** Resident set size of the API process now, in bytes (Linux /proc). */
    rss(): Promise<number>;
    /** SIGTERM, then waits for the exit: resolves with the exit code (0 after a graceful shutdown). */
    stop(): Promise<number | null>;
}

/**
 * The API as deployed (`node dist/src/main.js`, production mode; `npm run build` first) in its own process, so that
 * a load generator and the server do not share an event loop or a heap. Resolves once /health says ok.
 */
export async function startApiProcess(
    connection: Neo4jConnection,
    database: string,
    jwtSecret: string,
    env: Readonly<Record<string, string>> = {},
): Promise<ApiProcess> {
    const main = path.join(projectRoot, "dist", "src", "main.js");
    const port = await findFreePort();
    // Production requires configured issuer keys (portable credentials): a fresh key for this process.
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const issuerJwks = JSON.stringify({ keys: [{ ...(await exportJWK(privateKey)), alg: "EdDSA" }] });
    const child = spawn(process.execPath, [main], {
        env: {
            ...process.env,
            NEO4J_URI: connection.uri,
            NEO4J_USER: connection.user,
            NEO4J_PASSWORD: connection.password,
            NEO4J_DATABASE: database,
            PORT: String(port),
            HOST: "127.0.0.1",
            NODE_ENV: "production",
            SKILLGRAPH_SEED: "never",
            SKILLGRAPH_JWT_SECRET: jwtSecret,
            SKILLGRAPH_ISSUER_JWKS: issuerJwks,
            SKILLGRAPH_PUBLIC_URL: `http://127.0.0.1:${port}`,
            // A load generator is one client sending thousands of requests a minute.
            SKILLGRAPH_RATE_LIMIT: "0",
            LOG_LEVEL: "warn",
            ...env,
        },
        stdio: ["ignore", "inherit", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    for (let attempt = 0; ; attempt++) {
        const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
            (r) => r.ok,
            () => false,
        );
        if (healthy) break;
        if (attempt > 240 || child.exitCode !== null) {
            child.kill("SIGKILL");
            throw new Error(`the API process (${main}) did not become healthy within 120 s: run npm run build, and see its output above`);
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return {
        url: `http://127.0.0.1:${port}/graphql`,
        pid: child.pid!,
        issuing: { publicUrl: `http://127.0.0.1:${port}`, jwks: issuerJwks },
        rss: async () => {
            const { readFile } = await import("node:fs/promises");
            const status = await readFile(`/proc/${child.pid}/status`, "utf8");
            return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
        },
        stop: async () => {
            child.kill("SIGTERM");
            return exited;
        },
    };
}
