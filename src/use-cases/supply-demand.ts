/**
 * Query.skillSupplyDemand: per skill, the positions that need it (essential requirements of roles with positions in
 * scope, cypher/workforce/read-demand.cypher) against the people in scope whose best valid level reaches the level
 * asked, counted on the workforce index (./workforce-cache.ts), with shortage and single-point-of-failure flags.
 */
import { notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import type { WorkforceCache } from "./workforce-cache";

interface DemandRow {
    skillId: string;
    skillName: string;
    level: number;
    headcount: number;
    openings: number;
    byLevel: { level: number; headcount: number; openings: number; roles: string[] }[];
}

export async function skillSupplyDemand(db: Db, workforce: WorkforceCache, orgUnitId: string | null, first: number, asOf: Date) {
    const [{ unitFound, skills: demand }] = await readRows<{ unitFound: boolean; skills: DemandRow[] }>(db, "workforce/read-demand", { orgUnitId });
    if (!unitFound) throw notFound(`No org unit with id "${orgUnitId}".`, { field: "orgUnitId", id: orgUnitId });
    const index = await workforce.current(db);
    const scope = index.scope(orgUnitId === null ? null : [orgUnitId]);
    const time = asOf.getTime();
    const counted = demand.map((row) => {
        const { count: supply, firstIds } = index.supply(row.skillId, row.level, time, scope);
        return { ...row, supply, firstIds };
    });
    const rows = counted.map((s) => {
        const demand = s.headcount + s.openings;
        return {
            ...s,
            demand,
            ratio: demand > 0 ? s.supply / demand : null,
            gap: Math.max(0, demand - s.supply),
            shortage: s.supply < demand,
            singlePointOfFailure: s.supply <= 1,
        };
    });
    rows.sort(
        (a, b) =>
            b.gap - a.gap ||
            Number(b.singlePointOfFailure) - Number(a.singlePointOfFailure) ||
            (a.ratio ?? 0) - (b.ratio ?? 0) ||
            a.skillName.localeCompare(b.skillName),
    );
    const shown = rows.slice(0, first);
    const names = new Map(
        (await readRows<{ id: string; name: string }>(db, "workforce/read-person-names", { ids: shown.flatMap((row) => row.firstIds) })).map((p) => [
            p.id,
            p.name,
        ]),
    );
    return {
        orgUnitId,
        asOf: asOf.toISOString(),
        skillsInDemand: rows.length,
        shortages: rows.filter((r) => r.shortage).length,
        singlePointsOfFailure: rows.filter((r) => r.singlePointOfFailure).length,
        skills: shown.map(({ firstIds, ...s }) => {
            const holders = firstIds.flatMap((id) => names.get(id) ?? []);
            const who = s.supply === 0 ? "nobody holds it" : s.supply === 1 ? `only ${holders[0]} holds it` : `${s.supply} people hold it`;
            return {
                ...s,
                explanation: `${s.demand} position${s.demand === 1 ? "" : "s"} (${s.openings} open) need ${s.skillName} at level ${s.level}; ${who} at that level${s.shortage ? `: short by ${s.demand - s.supply}` : ""}.`,
            };
        }),
    };
}
