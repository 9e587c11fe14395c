import net from "node:net";
import os from "node:os";
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { Neo4jConnectError, createDriver, verifyConnection } from "../../src/neo4j/driver";
import { LocalNeo4jError } from "../../src/neo4j/local/errors";
import { findFreePort, startLocalNeo4j } from "../../src/neo4j/local/local-server";
import { checkToolchain, provisionNeo4j } from "../../src/neo4j/local/provision";
import { testDatabase } from "../setup/test-database";

const log = createLogger("silent");
const config = loadConfig({});
let scratch: string;

beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "skillgraph-neo4j-"));
});

afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
});

async function expectConnectError(uri: string, password: string, message: RegExp): Promise<void> {
    const driver = createDriver({ uri, user: "neo4j", password }, log);
    try {
        const error = await verifyConnection(driver, { uri, user: "neo4j", password }, "neo4j").catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Neo4jConnectError);
        expect((error as Error).message).toMatch(message);
    } finally {
        await driver.close();
    }
}

describe("local Neo4j failures are explained in one line", () => {
    it("when Java is missing", () => {
        expect(() => checkToolchain({ ...process.env, JAVA_HOME: path.join(scratch, "no-jdk") })).toThrow(
            /Java is not installed \(JAVA_HOME is .*no-jdk, which has no bin\/java\).*install JDK 17 or later.*or set NEO4J_URI/,
        );
    });

    it("when the Bolt port is taken", async () => {
        const blocker = net.createServer().listen(0, "127.0.0.1");
        await new Promise((resolve) => blocker.once("listening", resolve));
        const port = (blocker.address() as net.AddressInfo).port;
        try {
            const runtime = await provisionNeo4j(config.localNeo4j.home, log);
            await expect(startLocalNeo4j({ ...config.localNeo4j, runtime, instanceDir: path.join(scratch, "taken"), boltPort: port }, log)).rejects.toThrow(
                new RegExp(`Port ${port} on 127.0.0.1 is taken.*SKILLGRAPH_NEO4J_PORT`),
            );
        } finally {
            blocker.close();
        }
    });

    it("when Neo4j fails to start, with the tail of its log", async () => {
        const runtime = await provisionNeo4j(config.localNeo4j.home, log);
        const failure = startLocalNeo4j(
            {
                ...config.localNeo4j,
                runtime,
                instanceDir: path.join(scratch, "broken"),
                boltPort: await findFreePort(),
                extraSettings: { "server.memory.pagecache.size": "lots" },
            },
            log,
        );
        await expect(failure).rejects.toBeInstanceOf(LocalNeo4jError);
        await expect(failure).rejects.toThrow(/The local Neo4j stopped during start-up.*read the log lines below/);
        const error = (await failure.catch((e: unknown) => e)) as LocalNeo4jError;
        expect(error.message).toMatch(/'lots' is not a valid size/);
        expect(error.detail).toMatch(/launcher\.log/);
    });

    it("when an external server refuses the credentials", async () => {
        await expectConnectError(testDatabase().boltUri, "wrong-password", /refused user "neo4j" and its password: check NEO4J_USER and NEO4J_PASSWORD/);
    });

    it("when nothing answers at the configured URI", async () => {
        await expectConnectError(`bolt://127.0.0.1:${await findFreePort()}`, "x", /No Neo4j answers at bolt:\/\/127\.0\.0\.1:\d+ .*check NEO4J_URI/);
    });
});
