import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { ApiQueryName } from "../src/generated/cypher-names";
import type { Logger } from "../src/logger";
import { cypher } from "../src/neo4j/cypher-catalogue";
import { bumpGraphVersions } from "../src/neo4j/graph-versions";
import { projectRoot } from "../src/project-root";
import { buildDemo } from "./demo/build-demo";
import type { DemoData } from "./demo/model";
import type { EscoExtract } from "./esco-extract/types";
import type { SeedFollowUp } from "../src/server/service";
import { tagDemoCourses } from "./tag-demo";

/** Properties stored as Neo4j integers; JavaScript numbers would otherwise arrive as floats. */
const INTEGER_KEYS = new Set(["level", "durationMinutes", "validityMonths", "requiredParts", "eqfLevel", "jobZone", "headcount", "openings", "count"]);

export function withIntegers(value: unknown, key = ""): unknown {
    if (Array.isArray(value)) return value.map((item) => withIntegers(item, key));
    if (value && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v, k)]));
    }
    return typeof value === "number" && INTEGER_KEYS.has(key) ? neo4j.int(value) : value;
}

/** Load order: targets of MATCHed relationships before their sources. */
const STEPS: [keyof DemoData, ApiQueryName][] = [
    ["organizations", "seed/merge-organizations"],
    ["skillGroups", "seed/merge-skill-groups"],
    ["skills", "seed/merge-skills"],
    ["roles", "seed/merge-roles"],
    ["orgUnits", "seed/merge-org-units"],
    ["credentials", "seed/merge-credentials"],
    ["courses", "seed/merge-courses"],
    ["people", "seed/merge-people"],
    ["teams", "seed/merge-teams"],
];

export function readEscoExtract(): EscoExtract {
    return JSON.parse(readFileSync(path.join(projectRoot, "seed", "esco-extract", "esco-demo.json"), "utf8")) as EscoExtract;
}

export async function isDatabaseEmpty(driver: Driver, database: string): Promise<boolean> {
    const { records } = await driver.executeQuery(cypher("seed/check-database-empty"), {}, { database, routing: neo4j.routing.READ });
    return records[0].get("empty") as boolean;
}

/**
 * Loads the demo organisation in one transaction with MERGE, so it is all or nothing and running it twice changes
 * nothing. Constraints must be applied first (they make MERGE on id fast and safe).
 */
export async function loadDemo(driver: Driver, database: string, log: Logger): Promise<DemoData> {
    const started = Date.now();
    const data = buildDemo(readEscoExtract());
    const counts: Record<string, number> = {};
    const session = driver.session({ database });
    try {
        await session.executeWrite(async (tx) => {
            for (const [key, file] of STEPS) {
                const rows = withIntegers(data[key]);
                await tx.run(cypher(file), { rows });
                counts[key] = data[key].length;
            }
            await bumpGraphVersions(tx, ["roleProfiles", "skills", "roleMoves"]);
        });
    } finally {
        await session.close();
    }
    log.info({ ...counts, seconds: (Date.now() - started) / 1000 }, "demo organisation loaded");
    return data;
}

/**
 * The start-up seeding step of `npm start` (SKILLGRAPH_SEED=auto): the demo, only into an empty database; its courses
 * are tagged once the skills are embedded (the follow-up the service runs in the background).
 */
export async function loadDemoIfEmpty(driver: Driver, database: string, log: Logger): Promise<SeedFollowUp | undefined> {
    if (!(await isDatabaseEmpty(driver, database))) return undefined;
    const { courses } = await loadDemo(driver, database, log);
    return (embedder) => tagDemoCourses({ driver, database }, courses, embedder, log);
}
