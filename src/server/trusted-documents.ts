/**
 * Trusted (persisted) documents: a request may name a registered document by its SHA-256 instead of sending its
 * text, in the codegen client preset's form (`{ "documentId": "sha256:<hex>" }`) or Apollo's (`{ "extensions":
 * { "persistedQuery": { "version": 1, "sha256Hash": "<hex>" } } }`). The documents come from manifests (hash →
 * text, as the client preset writes them), checked at start-up: each hash must be the SHA-256 of its exact text.
 * With SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY in production, callers other than admins may send only those. Apollo's own
 * automatic persisted queries are off (app.ts): they would register any document a caller sends.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { NextFunction, Request, Response } from "express";
import { is } from "../auth/principal";
import { ConfigError, type TrustedDocumentSettings } from "../config";
import type { Logger } from "../logger";
import { locals, refuse } from "./request-guards";

/** Registered document texts by the lower-case hex SHA-256 of the text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const VARIABLE = "SKILLGRAPH_TRUSTED_DOCUMENTS";
const REGENERATE = "regenerate it with the codegen client preset (npm run codegen) instead of editing it";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** "sha256:<hex>" or "<hex>" as lower-case hex; null for anything else. */
function hexHash(id: unknown): string | null {
    const match = typeof id === "string" ? /^(?:sha256:)?([0-9a-f]{64})$/i.exec(id) : null;
    return match ? match[1].toLowerCase() : null;
}

function readManifest(file: string): unknown {
    let text: string;
    try {
        text = readFileSync(file, "utf8");
    } catch (error) {
        const why = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new ConfigError(VARIABLE, `names ${file}, which cannot be read (${why})`, "list existing manifest files, separated by commas");
    }
    try {
        return JSON.parse(text);
    } catch (error) {
        throw new ConfigError(VARIABLE, `names ${file}, which is not JSON (${(error as Error).message})`, REGENERATE);
    }
}

/** Reads every manifest; a file that cannot be read, is not a JSON object, or has an entry not keyed by its text's hash is a ConfigError. */
export function loadTrustedDocuments(manifests: readonly string[]): TrustedDocuments {
    const documents = new Map<string, string>();
    for (const file of manifests) {
        const manifest = readManifest(file);
        if (!manifest || typeof manifest !== "object" || Array.isArray(manifest))
            throw new ConfigError(VARIABLE, `names ${file}, which is not a JSON object of hash → document text`, REGENERATE);
        for (const [key, text] of Object.entries(manifest)) {
            const hash = hexHash(key);
            if (hash === null || typeof text !== "string" || sha256(text) !== hash)
                throw new ConfigError(VARIABLE, `names ${file}, whose entry "${key}" is not "sha256:<hex>" of its document text`, REGENERATE);
            documents.set(hash, text);
        }
    }
    return documents;
}

interface GraphQLParams {
    query?: unknown;
    documentId?: unknown;
    extensions?: unknown;
}

type Resolution =
    { readonly query?: string; readonly extensions?: Record<string, unknown> } | { readonly refusal: "NOT_FOUND" | "REQUIRED"; readonly id?: unknown };

function resolve(params: GraphQLParams, documents: TrustedDocuments, textAllowed: boolean): Resolution {
    const { persistedQuery, ...extensions } = (params.extensions && typeof params.extensions === "object" ? params.extensions : {}) as Record<string, unknown>;
    const id = params.documentId ?? (persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    const registered = id === undefined ? undefined : documents.get(hexHash(id) ?? "");
    if (registered !== undefined) return { query: registered, extensions };
    // An unknown hash with the text (Apollo's retry after PERSISTED_QUERY_NOT_FOUND) runs as text, and is not registered.
    if (id !== undefined && typeof params.query !== "string") return { refusal: "NOT_FOUND", id };
    if (params.query !== undefined && !textAllowed) return { refusal: "REQUIRED" };
    return { query: params.query as string | undefined, extensions };
}

function refuseDocument(res: Response, refusal: Extract<Resolution, { refusal: unknown }>): void {
    if (refusal.refusal === "NOT_FOUND")
        // Apollo's convention for an unknown hash (its own PERSISTED_QUERY_NOT_FOUND): 200, never cached.
        return refuse(
            res,
            200,
            "PERSISTED_QUERY_NOT_FOUND",
            `No registered document has the hash ${JSON.stringify(String(refusal.id).slice(0, 80))}: register the manifest your client was generated with (SKILLGRAPH_TRUSTED_DOCUMENTS), or send the query text.`,
            { "cache-control": "private, no-cache, must-revalidate" },
        );
    refuse(
        res,
        400,
        "PERSISTED_QUERY_REQUIRED",
        "This API runs only registered documents for your token (SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY): send the document's hash as documentId (the codegen client preset's persisted documents) and have its manifest registered with SKILLGRAPH_TRUSTED_DOCUMENTS.",
    );
}

const parseJson = (text: string | null): unknown => {
    try {
        return text === null ? undefined : JSON.parse(text);
    } catch {
        return text; // Apollo reports the malformed parameter itself.
    }
};

/**
 * Replaces a registered hash by its document before Apollo sees the request (POST bodies, batches and GET
 * parameters); refuses an unknown hash, and, when only registered documents are allowed (in production), the text
 * of a document from anyone but an admin.
 */
export function trustedDocuments(settings: TrustedDocumentSettings | undefined, production: boolean, log: Logger) {
    const documents = loadTrustedDocuments(settings?.manifests ?? []);
    const only = (settings?.only ?? false) && production;
    if (settings?.only && !production) log.warn("SKILLGRAPH_TRUSTED_DOCUMENTS_ONLY applies in production only (NODE_ENV=production): query text is accepted");
    if (documents.size) log.info({ documents: documents.size, manifests: settings?.manifests, only }, "trusted documents registered");
    return (req: Request, res: Response, next: NextFunction): void => {
        const textAllowed = !only || is(locals(res).principal, "admin");
        if (req.method === "GET") {
            const [path, search = ""] = req.url.split("?", 2);
            const params = new URLSearchParams(search);
            const resolution = resolve(
                { query: params.get("query") ?? undefined, documentId: params.get("documentId") ?? undefined, extensions: parseJson(params.get("extensions")) },
                documents,
                textAllowed,
            );
            if ("refusal" in resolution) return refuseDocument(res, resolution);
            params.delete("documentId");
            if (resolution.query !== undefined) params.set("query", resolution.query);
            if (params.has("extensions") && typeof parseJson(params.get("extensions")) === "object")
                params.set("extensions", JSON.stringify(resolution.extensions));
            req.url = `${path}?${params.toString()}`;
            return next();
        }
        const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
        const resolved: unknown[] = [];
        for (const body of bodies) {
            if (!body || typeof body !== "object") {
                resolved.push(body); // Apollo reports a malformed body itself.
                continue;
            }
            const { documentId: _id, ...rest } = body as GraphQLParams & Record<string, unknown>;
            const resolution = resolve(body, documents, textAllowed);
            if ("refusal" in resolution) return refuseDocument(res, resolution);
            resolved.push({
                ...rest,
                ...(resolution.query === undefined ? {} : { query: resolution.query }),
                ...(rest.extensions === undefined ? {} : { extensions: resolution.extensions }),
            });
        }
        req.body = Array.isArray(req.body) ? resolved : resolved[0];
        next();
    };
}
