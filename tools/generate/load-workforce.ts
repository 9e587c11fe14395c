import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../src/project-root";
import { ImportProgress } from "../import/progress";
import type { Logger } from "../../src/logger";
import { cypher } from "../../src/neo4j/cypher-catalogue";
import type { ApiQueryName } from "../../src/generated/cypher-names";
import { toolCypher } from "../cypher-catalogue";
import { bumpGraphVersions } from "../../src/neo4j/graph-versions";
import { withIntegers } from "../../seed/load-demo";
import { type TaxonomyRole, WorkforceGenerator, type WorkforceOptions } from "../../seed/generate/workforce";

export interface WorkforceReport {
    readonly people: number;
    readonly nodes: number;
    readonly relationships: number;
    readonly seconds: number;
    readonly rowsPerSecond: number;
}

export const DEFAULT_WORKFORCE: WorkforceOptions = { people: 100_000, courses: 10_000, credentials: 2_000, teams: 500, seed: 42 };

/** Generates the workforce in batches and writes each batch in its own transaction with the seed's MERGE files. */
export async function generateWorkforce(
    driver: Driver,
    database: string,
    options: WorkforceOptions,
    batchSize: number,
    log: Logger,
    showProgress = true,
): Promise<WorkforceReport> {
    const started = Date.now();
    const taxonomy = await driver.executeQuery(toolCypher("generate/read-taxonomy"), { taxonomy: "ESCO" }, { database });
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
    const names = await driver.executeQuery(toolCypher("generate/read-skill-names"), { taxonomy: "ESCO" }, { database });
    const generator = new WorkforceGenerator(roles, new Map(names.records.map((r) => [r.get("id") as string, r.get("name") as string])), options);
    const progress = new ImportProgress(showProgress);
    let nodes = 0;
    let relationships = 0;

    /** Writes rows in batches, one transaction each, and counts what they hold. */
    const write = async <T>(step: string, file: ApiQueryName, batches: Iterable<T[]>, total: number, relationshipsOf: (row: T) => number) => {
        const bar = progress.start(step, total);
        const session = driver.session({ database });
        try {
            for (const batch of batches) {
                await session.executeWrite((tx) => tx.run(cypher(file), { rows: withIntegers(batch) }));
                nodes += batch.length;
                relationships += batch.reduce((sum, row) => sum + relationshipsOf(row), 0);
                bar.increment(batch.length);
            }
        } finally {
            bar.stop();
            await session.close();
        }
    };
    const inBatches = function* <T>(rows: T[], size = batchSize) {
        for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    };
    const all = <T>(step: string, file: ApiQueryName, rows: T[], relationshipsOf: (row: T) => number, size?: number) =>
        write(step, file, inBatches(rows, size), rows.length, relationshipsOf);
    const peopleBatches = function* () {
        for (let from = 1; from <= options.people; from += batchSize) yield generator.people(from, Math.min(options.people + 1, from + batchSize));
    };

    try {
        await all("organisations", "seed/merge-organizations", generator.organizations(), () => 0);
        await all("org units", "seed/merge-org-units", generator.orgUnits(false), () => 2);
        await all("credentials", "seed/merge-credentials", generator.credentials(), (c) => 1 + c.certifies.length + c.partOf.length + c.prerequisites.length);
        await all("courses", "seed/merge-courses", generator.courses(), (c) => 1 + c.teaches.length + c.prerequisites.length + c.preparesFor.length);
        await write(
            "people",
            "seed/merge-people",
            peopleBatches(),
            options.people,
            (p) => 2 + p.aspires.length + p.skills.length + p.credentials.length + p.completed.length,
        );
        await all("positions", "seed/merge-org-units", generator.orgUnits(true), (u) => u.positions.length, 10);
        await all("teams", "seed/merge-teams", generator.teamsFor(), (t) => 1 + t.needs.length + t.members.length);
    } finally {
        progress.stop();
    }
    await bumpGraphVersions({ driver, database }, ["roleMoves"]);
    const seconds = (Date.now() - started) / 1000;
    const report = { people: options.people, nodes, relationships, seconds, rowsPerSecond: Math.round((nodes + relationships) / seconds) };
    log.info(report, "workforce generated and loaded");
    return report;
}

export async function countGeneratedPeople(driver: Driver, database: string): Promise<number> {
    const { records } = await driver.executeQuery(toolCypher("generate/count-generated"), {}, { database });
    return Number(records[0].get("people"));
}

const reportFile = (people: number) => path.join(projectRoot, "tools", "bench", "results", `workforce-${people}.json`);

/** Keeps the generation figures (git-ignored) so a benchmark that reuses the graph can still report them. */
export function recordWorkforceReport(report: WorkforceReport): void {
    mkdirSync(path.dirname(reportFile(report.people)), { recursive: true });
    writeFileSync(reportFile(report.people), JSON.stringify({ ...report, generatedAt: new Date().toISOString() }, null, 2));
}

type RecordedWorkforceReport = WorkforceReport & { generatedAt: string };

export function readWorkforceReport(people: number): RecordedWorkforceReport | undefined {
    return existsSync(reportFile(people)) ? (JSON.parse(readFileSync(reportFile(people), "utf8")) as RecordedWorkforceReport) : undefined;
}
