/**
 * Query.skillSupplyDemand: per skill, the positions that need it (essential requirements of roles with positions in
 * scope) against the people who hold it at the level asked, with shortage and single-point-of-failure flags.
 * Aggregation happens in cypher/workforce/read-supply-demand.cypher; ranking and wording here.
 */
import { notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";

interface SkillRow {
    skillId: string;
    skillName: string;
    level: number;
    headcount: number;
    openings: number;
    byLevel: { level: number; headcount: number; openings: number; roles: string[] }[];
    supply: number;
    holders: string[];
}

export async function skillSupplyDemand(db: Db, orgUnitId: string | null, first: number, asOf: Date) {
    const [{ unitFound, skills }] = await readRows<{ unitFound: boolean; skills: SkillRow[] }>(db, "workforce/read-supply-demand", {
        orgUnitId,
        now: asOf.toISOString(),
    });
    if (!unitFound) throw notFound(`No org unit with id "${orgUnitId}".`, { field: "orgUnitId", id: orgUnitId });
    const rows = skills.map((s) => {
        const demand = s.headcount + s.openings;
        const shortage = s.supply < demand;
        const singlePointOfFailure = s.supply <= 1;
        const who = s.supply === 0 ? "nobody holds it" : s.supply === 1 ? `only ${s.holders[0]} holds it` : `${s.supply} people hold it`;
        return {
            skillId: s.skillId,
            skillName: s.skillName,
            level: s.level,
            demand,
            headcount: s.headcount,
            openings: s.openings,
            byLevel: s.byLevel,
            supply: s.supply,
            ratio: demand > 0 ? s.supply / demand : null,
            gap: Math.max(0, demand - s.supply),
            shortage,
            singlePointOfFailure,
            explanation: `${demand} position${demand === 1 ? "" : "s"} (${s.openings} open) need ${s.skillName} at level ${s.level}; ${who} at that level${shortage ? `: short by ${demand - s.supply}` : ""}.`,
        };
    });
    rows.sort(
        (a, b) =>
            b.gap - a.gap ||
            Number(b.singlePointOfFailure) - Number(a.singlePointOfFailure) ||
            (a.ratio ?? 0) - (b.ratio ?? 0) ||
            a.skillName.localeCompare(b.skillName),
    );
    return {
        orgUnitId,
        asOf: asOf.toISOString(),
        skillsInDemand: rows.length,
        shortages: rows.filter((r) => r.shortage).length,
        singlePointsOfFailure: rows.filter((r) => r.singlePointOfFailure).length,
        skills: rows.slice(0, first),
    };
}
