import type { Principal } from "../src/auth/principal";
import type { TextEmbedder } from "../src/embeddings/embedder";
import { Embeddings } from "../src/embeddings/embeddings";
import type { Logger } from "../src/logger";
import type { Db } from "../src/neo4j/read-rows";
import { decideSuggestion, proposeSkillsFor } from "../src/use-cases/skill-suggestions";
import { SkillTagger } from "../src/use-cases/skill-tagging";
import type { DemoData } from "./demo/model";

/**
 * How the demo's courses are tagged: the ten best skills of each course's title and description are proposed, and
 * those scoring at least `acceptAbove` are accepted, one level below the course's own top level (a course's other
 * skills are touched, not mastered); the rest stay PROPOSED for the academy to review.
 */
export const DEMO_TAGGING = Object.freeze({ first: 10, acceptAbove: 0.75 });

const SEED: Principal = Object.freeze({
    authenticated: true,
    subject: "seed:demo",
    audiences: new Set(["admin" as const]),
    organizationId: null,
    orgUnits: [],
});

/**
 * Tags the demo's courses as `npm run tag -- courses --accept-above` would, with the embedding model when there is one
 * (lexical methods only otherwise). Running it again proposes nothing already taught, accepted or rejected.
 */
export async function tagDemoCourses(db: Db, courses: DemoData["courses"], embedder: TextEmbedder | null, log: Logger) {
    const started = Date.now();
    const tagger = new SkillTagger(embedder ? Embeddings.ready(embedder) : Embeddings.off());
    const topLevel = new Map(courses.map((course) => [course.id, Math.max(...course.teaches.map((link) => link.level))]));
    const now = new Date();
    const proposed = await proposeSkillsFor(db, tagger, SEED, { kind: "COURSE", targetIds: [...topLevel.keys()], text: null, first: DEMO_TAGGING.first, now });
    let accepted = 0;
    for (const row of proposed.filter((suggestion) => suggestion.score >= DEMO_TAGGING.acceptAbove)) {
        const level = Math.max(1, topLevel.get(row.targetId)! - 1);
        await decideSuggestion(db, SEED, { suggestionId: row.id, accept: true, level, importance: null, now });
        accepted++;
    }
    log.info(
        { courses: topLevel.size, proposed: proposed.length, accepted, model: tagger.modelId, seconds: (Date.now() - started) / 1000 },
        "demo courses tagged",
    );
    return { proposed: proposed.length, accepted };
}
