import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { LocalNeo4jSettings } from "../../config";
import type { Logger } from "../../logger";
import { LocalNeo4jError } from "./errors";
import { type Neo4jRuntime, javaCommand } from "./provision";

const READY_LINE = "SKILLGRAPH_NEO4J_READY";
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export interface LocalNeo4j {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
    readonly instanceDir: string;
    /** Stops the database cleanly (SIGTERM, then SIGKILL after a minute). Safe to call twice. */
    stop(): Promise<void>;
    /** Kills the database at once (SIGKILL), as a crash would: for fault tests. */
    kill(): Promise<void>;
}

export interface LocalNeo4jOptions extends Pick<LocalNeo4jSettings, "heap" | "pageCache" | "extraSettings"> {
    readonly runtime: Neo4jRuntime;
    /** The DBMS home: data/, logs/, neo4j.conf and the generated password live here. */
    readonly instanceDir: string;
    readonly boltPort: number;
    /** How long to wait for Bolt before giving up; 180 s unless given (tests on a loaded machine give more). */
    readonly startTimeoutMs?: number;
}

/** Resolves with a port nobody listens on, for test databases. */
export function findFreePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

/** True when something accepts connections on 127.0.0.1:port. */
export function isListening(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        const socket = net.connect({ port, host: "127.0.0.1" });
        socket.once("connect", () => {
            socket.destroy();
            resolve(true);
        });
        socket.once("error", () => resolve(false));
    });
}

function assertPortFree(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once("error", (error: NodeJS.ErrnoException) =>
            reject(
                error.code === "EADDRINUSE"
                    ? new LocalNeo4jError(
                          `Port ${port} on 127.0.0.1 is taken, so the local Neo4j cannot listen there: stop whatever uses it, or set SKILLGRAPH_NEO4J_PORT to a free port.`,
                      )
                    : error,
            ),
        );
        server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
    });
}

export const passwordFile = (instanceDir: string) => path.join(instanceDir, "password");

function readOrCreatePassword(instanceDir: string): string {
    const file = passwordFile(instanceDir);
    if (existsSync(file)) return readFileSync(file, "utf8").trim();
    const password = randomBytes(18).toString("base64url");
    writeFileSync(file, password + "\n", { mode: 0o600 });
    return password;
}

function neo4jConf(options: LocalNeo4jOptions): string {
    const address = `127.0.0.1:${options.boltPort}`;
    const settings: Record<string, string> = {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.enabled": "true",
        "server.bolt.listen_address": address,
        "server.bolt.advertised_address": address,
        "server.http.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "server.directories.plugins": options.runtime.pluginsDir,
        "dbms.security.procedures.unrestricted": "apoc.*",
        "server.memory.pagecache.size": options.pageCache,
        "db.tx_log.rotation.retention_policy": "1G size",
        ...options.extraSettings,
    };
    return Object.entries(settings)
        .map(([key, value]) => `${key}=${value}`)
        .join("\n");
}

function tail(file: string, lines: number, filter?: RegExp): string {
    if (!existsSync(file)) return "";
    const all = readFileSync(file, "utf8").split("\n");
    return (filter ? all.filter((line) => filter.test(line)) : all).slice(-lines).join("\n");
}

function explainFailure(instanceDir: string, launcherLog: string, reason: string): LocalNeo4jError {
    const log = existsSync(launcherLog) ? readFileSync(launcherLog, "utf8").split("\n") : [];
    const causes = log.filter((line) => /^(Caused by:|Exception|\S.*(Exception|Error):)/.test(line)).slice(-4);
    const launcher = [...causes, "...", ...log.slice(-6)].join("\n").trim();
    const debug = tail(path.join(instanceDir, "logs", "debug.log"), 8, /ERROR|WARN/);
    const detail = [launcher && `--- ${launcherLog}\n${launcher}`, debug && `--- ${path.join(instanceDir, "logs", "debug.log")}\n${debug}`]
        .filter(Boolean)
        .join("\n");
    const cause = causes.at(-1)?.replace(/^Caused by: |^Exception in thread "main" /, "");
    return new LocalNeo4jError(
        `The local Neo4j ${reason}${cause ? ` (${cause.slice(0, 200)})` : ""}: read the log lines below; deleting ${instanceDir} starts over with an empty database.`,
        detail,
    );
}

/**
 * Starts the embedded Neo4j (see LocalNeo4j.java) bound to 127.0.0.1 with authentication on and waits until Bolt
 * answers. The child reads our stdin pipe and exits when it closes, so it never outlives this process.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions, log: Logger): Promise<LocalNeo4j> {
    const { instanceDir, runtime, boltPort } = options;
    mkdirSync(path.join(instanceDir, "logs"), { recursive: true });
    await assertPortFree(boltPort);
    const password = readOrCreatePassword(instanceDir);
    const confPath = path.join(instanceDir, "neo4j.conf");
    writeFileSync(confPath, neo4jConf(options) + "\n");
    const launcherLog = path.join(instanceDir, "logs", "launcher.log");
    const logStream = createWriteStream(launcherLog, { flags: "a" });

    const started = Date.now();
    const child: ChildProcessWithoutNullStreams = spawn(
        javaCommand(),
        [
            `-Xms${options.heap}`,
            `-Xmx${options.heap}`,
            "-XX:+UseG1GC",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-cp",
            `${runtime.pluginsDir}/*${path.delimiter}${runtime.libDir}/*`,
            "org.skillgraph.neo4j.LocalNeo4j",
            instanceDir,
            confPath,
        ],
        // Own process group: a terminal Ctrl-C reaches only us, and we stop the database after the API and driver.
        { env: { ...process.env, SKILLGRAPH_NEO4J_PASSWORD: password }, stdio: ["pipe", "pipe", "pipe"], detached: true },
    );
    child.stdout.pipe(logStream, { end: false });
    child.stderr.pipe(logStream, { end: false });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);

    const startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
        let buffered = "";
        const timer = setTimeout(() => {
            child.kill("SIGKILL");
            reject(explainFailure(instanceDir, launcherLog, `did not start within ${startTimeoutMs / 1000} s`));
        }, startTimeoutMs);
        child.stdout.on("data", (chunk: Buffer) => {
            buffered += chunk.toString();
            if (buffered.includes(READY_LINE)) {
                clearTimeout(timer);
                resolve();
            }
        });
        child.once("error", (error) => {
            clearTimeout(timer);
            reject(new LocalNeo4jError(`Could not run java for the local Neo4j (${error.message}): install JDK 17 or later, or set NEO4J_URI.`));
        });
        void exited.then((code) => {
            clearTimeout(timer);
            // Give the log stream a moment to flush what the JVM printed before dying.
            setTimeout(() => reject(explainFailure(instanceDir, launcherLog, `stopped during start-up with exit code ${code}`)), 200);
        });
    });
    log.info({ uri: `bolt://127.0.0.1:${boltPort}`, seconds: (Date.now() - started) / 1000, instanceDir }, "local Neo4j started");

    let stopping: Promise<void> | undefined;
    void exited.then((code) => {
        if (!stopping) log.error({ code, launcherLog }, "local Neo4j exited unexpectedly");
    });
    const stopWith = (signal: "SIGTERM" | "SIGKILL") =>
        (stopping ??= (async () => {
            if (child.exitCode === null && child.signalCode === null) {
                const force = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
                child.kill(signal);
                await exited;
                clearTimeout(force);
            }
            process.removeListener("exit", killOnExit);
            logStream.end();
            log.info({ instanceDir }, "local Neo4j stopped");
        })());
    return { uri: `bolt://127.0.0.1:${boltPort}`, user: "neo4j", password, instanceDir, stop: () => stopWith("SIGTERM"), kill: () => stopWith("SIGKILL") };
}
