import type { EmbeddingSettings } from "../config";
import type { Logger } from "../logger";
import { OnnxEmbedder, type TextEmbedder } from "./embedder";

export type EmbeddingStatus = "OFF" | "LOADING" | "READY" | "UNAVAILABLE";

/**
 * The process's sentence-embedding model, shared by semantic search, skill tagging and mobility: off by
 * configuration, loading (first start provisions it), ready, or unavailable after a failure (logged). Callers ask for
 * `embedder` per request and fall back to their lexical methods when it is undefined, saying so in the answer.
 */
export class Embeddings {
    private model: TextEmbedder | undefined;
    private state: EmbeddingStatus;

    constructor(
        private readonly settings: EmbeddingSettings,
        model?: TextEmbedder,
    ) {
        this.model = model;
        this.state = model ? "READY" : settings.enabled ? "LOADING" : "OFF";
    }

    static off(): Embeddings {
        return new Embeddings({ enabled: false, home: "" });
    }

    static ready(model: TextEmbedder): Embeddings {
        return new Embeddings({ enabled: true, home: "" }, model);
    }

    get status(): EmbeddingStatus {
        return this.state;
    }

    get embedder(): TextEmbedder | undefined {
        return this.model;
    }

    /** Provisions (first start) and loads the model; never throws: a failure leaves the lexical methods answering. */
    async start(log: Logger): Promise<TextEmbedder | undefined> {
        if (!this.settings.enabled || this.model) return this.model;
        try {
            const started = Date.now();
            this.model = await OnnxEmbedder.provision(this.settings.home, log);
            this.state = "READY";
            log.info({ model: this.model.modelId, seconds: (Date.now() - started) / 1000 }, "embedding model loaded");
        } catch (error) {
            this.state = "UNAVAILABLE";
            log.error({ err: error }, "the embedding model could not be loaded: semantic search and tagging answer with their lexical methods only");
        }
        return this.model;
    }
}
