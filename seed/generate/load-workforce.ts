import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../src/project-root";
import { ImportProgress } from "../../src/import/progress";
import type { Logger } from "../../src/logger";
import { cypher } from "../../src/neo4j/cypher-files";
import { withIntegers } from "../load-demo";
import { type TaxonomyRole, WorkforceGenerator, type WorkforceOptions } from "./workforce";

export interface WorkforceReport {
    readonly people: number;
    readonly nodes: number;
    readonly relationships: number;
    readonly seconds: number;
    readonly rowsPerSecond: number;
}

export const DEFAULT_WORKFORCE: WorkforceOptions = { people: 100_000, courses: 10_000, credentials: 2_000, teams: 500, seed: 42 };

/** Generates the workforce in batches and writes each batch in its own transaction with the seed's MERGE files. */
export async function generateWorkforce(driver: Driver, database: string, options: WorkforceOptions, batchSize: number, log: Logger, showProgress = true): Promise<WorkforceReport> {
    const started = Date.now();
    const taxonomy = await driver.executeQuery(cypher("generate/read-taxonomy"), { taxonomy: "ESCO" }, { database });
    const roles: TaxonomyRole[] = taxonomy.records
        .map((r) => ({
            id: r.get("id") as string,
            iscoGroup: r.get("iscoGroup") as string,
            requires: (r.get("requires") as { skillId: string; level: { toNumber(): number } | number; importance: string }[]).map((q) => ({
                skillId: q.skillId,
                level: typeof q.level === "number" ? q.level : q.level.toNumber(),
                importance: q.importance,
            })),
        }))
        .filter((role) => role.requires.length > 0);
    if (roles.length < 10) {
        throw new Error("the database holds no ESCO occupations with requirements: import ESCO first (npm run import -- esco ../shared/data/esco-1.1.1)");
    }
    const names = await driver.executeQuery(cypher("generate/read-skill-names"), { taxonomy: "ESCO" }, { database });
    const generator = new WorkforceGenerator(roles, new Map(names.records.map((r) => [r.get("id") as string, r.get("name") as string])), options);
    const progress = new ImportProgress(showProgress);
    let nodes = 0;
    let relationships = 0;

    const write = async (step: string, file: string, rows: { id: string }[], size = batchSize, countRelationships: (row: never) => number = () => 0) => {
        const bar = progress.start(step, rows.length);
        const session = driver.session({ database });
        try {
            for (let i = 0; i < rows.length; i += size) {
                const batch = rows.slice(i, i + size);
                await session.executeWrite((tx) => tx.run(cypher(file), { rows: withIntegers(batch) }));
                bar.increment(batch.length);
            }
        } finally {
            bar.stop();
            await session.close();
        }
        nodes += rows.length;
        relationships += rows.reduce((sum, row) => sum + countRelationships(row as never), 0);
    };

    try {
        await write("organisations", "seed/merge-organizations", generator.organizations());
        await write("org units", "seed/merge-org-units", generator.orgUnits(false), batchSize, () => 2);
        await write("credentials", "seed/merge-credentials", generator.credentials(), batchSize, (c: ReturnType<WorkforceGenerator["credentials"]>[number]) => 1 + c.certifies.length + c.partOf.length + c.prerequisites.length);
        await write("courses", "seed/merge-courses", generator.courses(), batchSize, (c: ReturnType<WorkforceGenerator["courses"]>[number]) => 1 + c.teaches.length + c.prerequisites.length + c.preparesFor.length);
        const bar = progress.start("people", options.people);
        const session = driver.session({ database });
        try {
            for (let from = 1; from <= options.people; from += batchSize) {
                const batch = generator.people(from, Math.min(options.people + 1, from + batchSize));
                await session.executeWrite((tx) => tx.run(cypher("seed/merge-people"), { rows: withIntegers(batch) }));
                nodes += batch.length;
                relationships += batch.reduce((sum, p) => sum + 2 + p.aspires.length + p.skills.length + p.credentials.length + p.completed.length, 0);
                bar.increment(batch.length);
            }
        } finally {
            bar.stop();
            await session.close();
        }
        await write("positions", "seed/merge-org-units", generator.orgUnits(true), 10, (u: ReturnType<WorkforceGenerator["orgUnits"]>[number]) => u.positions.length);
        await write("teams", "seed/merge-teams", generator.teamsFor(), batchSize, (t: ReturnType<WorkforceGenerator["teamsFor"]>[number]) => 1 + t.needs.length + t.members.length);
    } finally {
        progress.stop();
    }
    const seconds = (Date.now() - started) / 1000;
    const report = { people: options.people, nodes, relationships, seconds, rowsPerSecond: Math.round((nodes + relationships) / seconds) };
    log.info(report, "workforce generated and loaded");
    return report;
}

export async function countGeneratedPeople(driver: Driver, database: string): Promise<number> {
    const { records } = await driver.executeQuery(cypher("generate/count-generated"), {}, { database });
    return Number(records[0].get("people"));
}

const reportFile = (people: number) => path.join(projectRoot, "test", "bench", "results", `workforce-${people}.json`);

/** Keeps the generation figures (git-ignored) so a benchmark that reuses the graph can still report them. */
export function recordWorkforceReport(report: WorkforceReport): void {
    mkdirSync(path.dirname(reportFile(report.people)), { recursive: true });
    writeFileSync(reportFile(report.people), JSON.stringify({ ...report, generatedAt: new Date().toISOString() }, null, 2));
}

export function readWorkforceReport(people: number): (WorkforceReport & { generatedAt: string }) | undefined {
    return existsSync(reportFile(people)) ? JSON.parse(readFileSync(reportFile(people), "utf8")) : undefined;
}
