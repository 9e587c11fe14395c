import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../../logger";
import { mavenFailureDetail, runMaven } from "../../maven";
import { projectRoot } from "../../project-root";
import { LocalNeo4jError } from "./errors";
import { NEO4J_VERSION } from "./neo4j-version";

/** The pom and Java sources stay in src/ (they are not compiled by tsc), whether we run from src/ or dist/. */
const launcherSources = path.join(projectRoot, "src", "neo4j", "local");

export interface Neo4jRuntime {
    readonly version: string;
    readonly libDir: string;
    readonly pluginsDir: string;
}

/** Hash of everything that shapes the runtime, so a changed pom or launcher triggers a rebuild. */
function recipeHash(dir: string): string {
    const hash = createHash("sha256").update(NEO4J_VERSION);
    const files = [path.join(dir, "pom.xml"), ...listFiles(path.join(dir, "java"))].sort();
    for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
    return hash.digest("hex").slice(0, 16);
}

function listFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? listFiles(full) : [full];
    });
}

function folderSizeMb(dir: string): number {
    return Math.round(listFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0) / 1e6);
}

/** The java to run: JAVA_HOME's when set (to pick a JDK among several), else the one on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
    return env.JAVA_HOME ? path.join(env.JAVA_HOME, "bin", "java") : "java";
}

/** Fails with a one-line explanation when Java 17+ or Maven is missing. */
export function checkToolchain(env: NodeJS.ProcessEnv = process.env): void {
    const java = spawnSync(javaCommand(env), ["-version"], { encoding: "utf8" });
    if (java.error) {
        const where = env.JAVA_HOME ? ` (JAVA_HOME is ${env.JAVA_HOME}, which has no bin/java)` : "";
        throw new LocalNeo4jError(
            `Java is not installed${where}, and the local Neo4j needs it: install JDK 17 or later (apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to an existing Neo4j.`,
        );
    }
    const major = Number(/version "(\d+)/.exec(java.stderr)?.[1] ?? 0);
    if (major < 17) {
        throw new LocalNeo4jError(
            `Java ${major} is too old for Neo4j ${NEO4J_VERSION}: put JDK 17 or later first on PATH (or set JAVA_HOME), or set NEO4J_URI.`,
        );
    }
    if (spawnSync("mvn", ["-v"], { encoding: "utf8" }).error) {
        throw new LocalNeo4jError(
            "Maven is not installed, and the local Neo4j is fetched with it: install Maven (apt-get install maven), or set NEO4J_URI to an existing Neo4j.",
        );
    }
}

/** The recipe a runtime folder was provisioned with; none when the marker is missing or damaged (then provision again). */
function provisionedRecipe(marker: string): string | undefined {
    try {
        return (JSON.parse(readFileSync(marker, "utf8")) as { recipe?: string }).recipe;
    } catch {
        return undefined;
    }
}

/**
 * Builds the launcher and gathers Neo4j and APOC jars from Maven Central into `<home>/runtime/<version>`,
 * once: later calls reuse the folder until the pinned version, the pom or the launcher change.
 */
export async function provisionNeo4j(home: string, log: Logger): Promise<Neo4jRuntime> {
    const dir = launcherSources;
    const runtimeDir = path.join(home, "runtime", NEO4J_VERSION);
    const runtime: Neo4jRuntime = { version: NEO4J_VERSION, libDir: path.join(runtimeDir, "lib"), pluginsDir: path.join(runtimeDir, "plugins") };
    const marker = path.join(runtimeDir, "provisioned.json");
    const recipe = recipeHash(dir);
    if (provisionedRecipe(marker) === recipe) return runtime;

    checkToolchain();
    log.info({ version: NEO4J_VERSION, runtimeDir }, "provisioning Neo4j and APOC from Maven Central (first start only)");
    const started = Date.now();
    let downloads = 0;
    const progress = setInterval(
        () => log.info({ artifactsDownloaded: downloads, seconds: Math.round((Date.now() - started) / 1000) }, "provisioning Neo4j"),
        5000,
    );
    const { code: exitCode, output } = await runMaven(
        ["-B", "-f", path.join(dir, "pom.xml"), `-Dneo4j.version=${NEO4J_VERSION}`, `-Dneo4j.home=${runtimeDir}`, "package"],
        (line) => {
            if (line.includes("Downloaded from")) downloads++;
        },
    ).finally(() => clearInterval(progress));

    if (exitCode !== 0) {
        throw new LocalNeo4jError(
            `Maven could not fetch Neo4j ${NEO4J_VERSION} (exit ${exitCode}): check that Maven Central is reachable, then start again; details below.`,
            mavenFailureDetail(output),
        );
    }
    const seconds = (Date.now() - started) / 1000;
    writeFileSync(marker, JSON.stringify({ recipe, version: NEO4J_VERSION, provisionedAt: new Date().toISOString(), seconds }, null, 2));
    log.info({ version: NEO4J_VERSION, seconds, artifactsDownloaded: downloads, runtimeMb: folderSizeMb(runtimeDir) }, "Neo4j provisioned");
    return runtime;
}
