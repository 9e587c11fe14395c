import { readFileSync } from "node:fs";
import { Tokenizer } from "@huggingface/tokenizers";
import { InferenceSession, Tensor } from "onnxruntime-node";
import type { Logger } from "../logger";
import { EMBEDDING_MODEL, type ModelFiles, provisionEmbeddingModel } from "./provision-model";

/** all-MiniLM-L6-v2 was trained on sequences of up to 256 word pieces; longer texts are cut (split them first). */
const MAX_TOKENS = 256;
const BATCH_SIZE = 32;

export interface TextEmbedder {
    readonly modelId: string;
    readonly dimensions: number;
    /**
     * One unit-length vector per text, in order, the same bits whatever else is embedded with it. `padded` trades that
     * for throughput in bulk jobs (texts of similar lengths batched, padded to the longest): a vector may then differ
     * in its last bits with its companions.
     */
    embed(texts: readonly string[], options?: { readonly padded?: boolean }): Promise<Float32Array[]>;
}

/**
 * The sentence-embedding model run in this process on CPU (onnxruntime-node): WordPiece tokens from the model's own
 * tokenizer JSON, the transformer's last hidden state mean-pooled over the attention mask, then L2-normalised, as
 * sentence-transformers does for this model. Inference runs on onnxruntime's own threads, not the event loop.
 */
export class OnnxEmbedder implements TextEmbedder {
    readonly modelId = EMBEDDING_MODEL.id;
    readonly dimensions = EMBEDDING_MODEL.dimensions;

    private constructor(
        private readonly tokenizer: Tokenizer,
        private readonly session: InferenceSession,
    ) {}

    /** `threads`: onnxruntime's intra-op threads (1 in the API, where the other cores solve; more for batch jobs). */
    static async load(files: ModelFiles, threads = 1): Promise<OnnxEmbedder> {
        const tokenizer = new Tokenizer(JSON.parse(readFileSync(files.tokenizerPath, "utf8")) as object, {});
        const session = await InferenceSession.create(files.modelPath, { intraOpNumThreads: threads, interOpNumThreads: 1 });
        return new OnnxEmbedder(tokenizer, session);
    }

    /** The model from `home`, provisioned there first when it is not yet (see provisionEmbeddingModel). */
    static async provision(home: string, log: Logger, threads = 1): Promise<OnnxEmbedder> {
        return OnnxEmbedder.load(await provisionEmbeddingModel(home, log), threads);
    }

    tokenIds(text: string): number[] {
        const ids = this.tokenizer.encode(text).ids;
        return ids.length <= MAX_TOKENS ? ids : [...ids.slice(0, MAX_TOKENS - 1), ids[ids.length - 1]];
    }

    async embed(texts: readonly string[], options: { readonly padded?: boolean } = {}): Promise<Float32Array[]> {
        const encoded = texts.map((text, index) => ({ index, ids: this.tokenIds(text) }));
        // Unpadded, only texts of one token length share a batch, so a text's vector does not depend on the texts embedded
        // with it (padding changes the summation order in attention, and with it the last bits on some CPUs). Padded, a
        // batch takes texts up to half as long again as its first: twice the throughput on 2 cores for varied lengths.
        const fits = (first: number, length: number) => (options.padded ? length <= first * 1.5 + 8 : length === first);
        encoded.sort((a, b) => a.ids.length - b.ids.length);
        const vectors = new Array<Float32Array>(texts.length);
        let batch: typeof encoded = [];
        const flush = async () => {
            const pooled = await this.runBatch(batch.map((item) => item.ids));
            batch.forEach((item, i) => (vectors[item.index] = pooled[i]));
            batch = [];
        };
        for (const item of encoded) {
            if (batch.length === BATCH_SIZE || (batch.length > 0 && !fits(batch[0].ids.length, item.ids.length))) await flush();
            batch.push(item);
        }
        if (batch.length > 0) await flush();
        return vectors;
    }

    private async runBatch(batch: number[][]): Promise<Float32Array[]> {
        const rows = batch.length;
        const width = Math.max(...batch.map((ids) => ids.length));
        const inputIds = new BigInt64Array(rows * width);
        const mask = new BigInt64Array(rows * width);
        batch.forEach((ids, row) =>
            ids.forEach((id, column) => {
                inputIds[row * width + column] = BigInt(id);
                mask[row * width + column] = 1n;
            }),
        );
        const output = await this.session.run({
            input_ids: new Tensor("int64", inputIds, [rows, width]),
            attention_mask: new Tensor("int64", mask, [rows, width]),
            token_type_ids: new Tensor("int64", new BigInt64Array(rows * width), [rows, width]),
        });
        const hidden = output[this.session.outputNames[0]].data as Float32Array;
        const dims = this.dimensions;
        return batch.map((ids, row) => {
            const vector = new Float32Array(dims);
            for (let token = 0; token < ids.length; token++) {
                const offset = (row * width + token) * dims;
                for (let k = 0; k < dims; k++) vector[k] += hidden[offset + k];
            }
            return normalise(vector);
        });
    }

    async close(): Promise<void> {
        await this.session.release();
    }
}

export function normalise(vector: Float32Array): Float32Array {
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < vector.length; k++) vector[k] /= norm;
    return vector;
}

export function cosine(a: Float32Array, b: Float32Array): number {
    let dot = 0;
    for (let k = 0; k < a.length; k++) dot += a[k] * b[k];
    return dot;
}
