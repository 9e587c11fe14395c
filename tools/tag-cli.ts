import neo4j from "neo4j-driver";
import type { Principal } from "../src/auth/principal";
import { loadConfig } from "../src/config";
import { OnnxEmbedder } from "../src/embeddings/embedder";
import { Embeddings } from "../src/embeddings/embeddings";
import { createLogger } from "../src/logger";
import { applyDatabaseSchema } from "../src/neo4j/apply-schema";
import { connectDatabase } from "../src/neo4j/connect";
import type { Db } from "../src/neo4j/read-rows";
import { type SuggestionTarget, decideSuggestion, proposeSkillsFor } from "../src/use-cases/skill-suggestions";
import { MAX_TAGS, SkillTagger } from "../src/use-cases/skill-tagging";
import { UsageError, intFlag, noExtraArguments, numberFlag, parseFlags, runCli, textFlag } from "./cli-flags";
import { toolCypher } from "./cypher-catalogue";
import { refreshEmbeddings } from "./refresh-embeddings";
import { ImportProgress } from "./import/progress";

const USAGE = `usage: npm run tag -- courses|roles [options]

Tags every course (its title and description) or every role and stores the skills it does not teach or require yet as
PROPOSED suggestions (replacing open ones; rejected skills are not proposed again), as suggestCourseSkills does.

options:
  --first <n>          suggestions per course or role, 1 to ${MAX_TAGS} (default 10)
  --provider <id>      with courses: only this organisation's courses
  --accept-above <s>   accept suggestions scoring at least s (0 to 1) at once: courses then TEACHES, roles REQUIRES
  --level <n>          the level accepted suggestions are written with, 1 to 5 (default 2)
  --concurrency <n>    batches of 32 courses or roles tagged at a time, 1 to 16 (default 2)`;

/** Courses or roles tagged together: one embedding call, one query per method and one write per batch. */
const BATCH_SIZE = 32;

/** The batch runs as an admin would: it may propose and decide for every course and role. */
const BATCH: Principal = Object.freeze({
    authenticated: true,
    subject: "tool:npm-run-tag",
    audiences: new Set(["admin" as const]),
    organizationId: null,
    orgUnits: [],
});

export interface TagArgs {
    readonly kind: SuggestionTarget;
    readonly first: number;
    readonly providerId: string | null;
    readonly acceptAbove: number | null;
    readonly level: number;
    readonly concurrency: number;
}

export function parseTagArgs(argv: readonly string[]): TagArgs {
    const { values, positionals } = parseFlags(
        argv,
        {
            first: { type: "string" },
            provider: { type: "string" },
            "accept-above": { type: "string" },
            level: { type: "string" },
            concurrency: { type: "string" },
        },
        { positionals: true },
    );
    const [what] = positionals;
    if (what !== "courses" && what !== "roles")
        throw new UsageError("the catalogue", what === undefined ? "is missing" : `is "${what}"`, "use courses or roles");
    noExtraArguments(positionals, 1, "what to tag");
    const providerId = textFlag(values, "--provider", "an organisation id") ?? null;
    if (providerId && what === "roles") throw new UsageError("--provider", "is given with roles", "use it with courses only");
    return {
        kind: what === "courses" ? "COURSE" : "ROLE",
        first: intFlag(values, "--first", { min: 1, max: MAX_TAGS, default: 10 }),
        providerId,
        acceptAbove: values["accept-above"] === undefined ? null : numberFlag(values, "--accept-above", { min: 0, max: 1, default: 1 }),
        level: intFlag(values, "--level", { min: 1, max: 5, default: 2 }),
        concurrency: intFlag(values, "--concurrency", { min: 1, max: 16, default: 2 }),
    };
}

/**
 * Proposes skills for these courses or roles in batches of BATCH_SIZE, `concurrency` batches at a time, accepting
 * those scoring at least acceptAbove; `onBatch` hears how many targets each finished batch held.
 */
export async function tagCatalogue(
    db: Db,
    tagger: SkillTagger,
    ids: readonly string[],
    args: Pick<TagArgs, "kind" | "first" | "acceptAbove" | "level" | "concurrency">,
    onBatch: (targets: number) => void = () => undefined,
): Promise<{ proposed: number; accepted: number; seconds: number }> {
    const started = Date.now();
    let proposed = 0;
    let accepted = 0;
    let next = 0;
    const worker = async () => {
        while (next < ids.length) {
            const targetIds = ids.slice(next, next + BATCH_SIZE);
            next += targetIds.length;
            const now = new Date();
            const rows = await proposeSkillsFor(db, tagger, BATCH, { kind: args.kind, targetIds, text: null, first: args.first, now });
            proposed += rows.length;
            for (const row of rows.filter((candidate) => args.acceptAbove !== null && candidate.score >= args.acceptAbove)) {
                await decideSuggestion(db, BATCH, { suggestionId: row.id, accept: true, level: args.level, importance: "ESSENTIAL", now });
                accepted++;
            }
            onBatch(targetIds.length);
        }
    };
    await Promise.all(Array.from({ length: args.concurrency }, worker));
    return { proposed, accepted, seconds: (Date.now() - started) / 1000 };
}

/** `npm run tag -- courses|roles`: batch suggestions with a progress bar; embeds stale skills first. */
async function main(argv: string[]): Promise<void> {
    const args = parseTagArgs(argv);
    const config = loadConfig();
    const log = createLogger(config.logLevel, "tag");
    const database = await connectDatabase(config, log);
    const db: Db = { driver: database.driver, database: database.name };
    const progress = new ImportProgress(true);
    try {
        await applyDatabaseSchema(db.driver, db.database, log);
        await refreshEmbeddings(db, config, log);
        const embedder = config.embeddings.enabled ? await OnnxEmbedder.provision(config.embeddings.home, log, 0) : undefined;
        const tagger = new SkillTagger(embedder ? Embeddings.ready(embedder) : Embeddings.off());
        const { records } = await db.driver.executeQuery(
            toolCypher("tag/read-target-ids"),
            { kind: args.kind, providerId: args.providerId },
            { database: db.database, routing: neo4j.routing.READ },
        );
        const ids = records.map((record) => record.get("id") as string);
        const bar = progress.start(args.kind === "COURSE" ? "courses tagged" : "roles tagged", ids.length);
        const result = await tagCatalogue(db, tagger, ids, args, (done) => bar.increment(done));
        bar.stop();
        log.info(
            { kind: args.kind, tagged: ids.length, ...result, perSecond: Math.round((ids.length / Math.max(result.seconds, 0.001)) * 10) / 10 },
            "batch tagging finished",
        );
        await embedder?.close();
    } finally {
        progress.stop();
        await database.close();
    }
}

if (require.main === module) void runCli(main, USAGE);
