/**
 * Query.skillSupplyDemand: per skill, the positions that need it (essential requirements of roles with positions in
 * scope) against the people in scope whose best valid level reaches the level asked. Both sides come from the
 * process's in-memory views: positions and people from the workforce index (./workforce-cache.ts), requirements from
 * the role profiles of the mobility catalogue (./mobility-catalogue.ts); each is checked fresh against its graph
 * version first. Shortage and single-point-of-failure flags follow.
 */
import { notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import type { RoleProfile, TransitionIndex } from "../domain/transition-index";
import type { WorkforceIndex } from "../domain/workforce-index";
import type { MobilityCatalogue } from "./mobility-catalogue";
import type { WorkforceCache } from "./workforce-cache";

interface DemandAtLevel {
    level: number;
    headcount: number;
    openings: number;
    roles: string[];
}

interface DemandRow {
    skillId: string;
    skillName: string;
    level: number;
    headcount: number;
    openings: number;
    byLevel: DemandAtLevel[];
}

/**
 * Demand per skill: for every role with positions, its essential requirements, with the role's positions summed per
 * skill and level (role titles listed once, in order); a skill's level is the highest any of them asks.
 */
export function demandBySkill(profiles: readonly RoleProfile[], positions: ReadonlyMap<string, { headcount: number; openings: number }>): DemandRow[] {
    const bySkill = new Map<string, { skillName: string; levels: Map<number, DemandAtLevel> }>();
    for (const role of profiles) {
        const staffed = positions.get(role.id);
        if (!staffed) continue;
        for (const q of role.requirements) {
            if (q.importance !== "ESSENTIAL") continue;
            let skill = bySkill.get(q.skillId);
            if (!skill) bySkill.set(q.skillId, (skill = { skillName: q.skillName, levels: new Map() }));
            let atLevel = skill.levels.get(q.level);
            if (!atLevel) skill.levels.set(q.level, (atLevel = { level: q.level, headcount: 0, openings: 0, roles: [] }));
            atLevel.headcount += staffed.headcount;
            atLevel.openings += staffed.openings;
            atLevel.roles.push(role.title);
        }
    }
    return [...bySkill].map(([skillId, { skillName, levels }]) => {
        const byLevel = [...levels.values()].sort((a, b) => b.level - a.level).map((l) => ({ ...l, roles: [...new Set(l.roles)].sort() }));
        return {
            skillId,
            skillName,
            level: byLevel[0].level,
            headcount: byLevel.reduce((sum, l) => sum + l.headcount, 0),
            openings: byLevel.reduce((sum, l) => sum + l.openings, 0),
            byLevel,
        };
    });
}

/** Each skill's narrower skills (one level down), for narrower credit. */
export async function narrowerSkills(db: Db, skillIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await readRows<{ skillId: string; narrowerIds: string[] }>(db, "workforce/read-skills", { skillIds });
    return new Map(rows.map((row) => [row.skillId, row.narrowerIds]));
}

/** localeCompare's order (the default locale), without building a collator per comparison. */
const byName = new Intl.Collator().compare;

/**
 * Demand rows by scope for the current workforce index (positions) and transition index (requirements): both are
 * immutable views, replaced when their data changes, so the rows stay right until either is replaced.
 */
let demandMemo: { index: WorkforceIndex; profiles: TransitionIndex; byScope: Map<string, DemandRow[]> } | null = null;

function memoisedDemand(index: WorkforceIndex, profiles: TransitionIndex, scopeKey: string, compute: () => DemandRow[]): DemandRow[] {
    if (demandMemo?.index !== index || demandMemo.profiles !== profiles) demandMemo = { index, profiles, byScope: new Map() };
    let rows = demandMemo.byScope.get(scopeKey);
    if (!rows) demandMemo.byScope.set(scopeKey, (rows = compute()));
    return rows;
}

export async function skillSupplyDemand(
    db: Db,
    workforce: WorkforceCache,
    mobility: MobilityCatalogue,
    orgUnitId: string | null,
    first: number,
    asOf: Date,
    includeNarrower = false,
) {
    const [index, snapshot] = await Promise.all([workforce.current(db), mobility.current(db)]);
    if (orgUnitId !== null && !index.hasUnit(orgUnitId)) throw notFound(`No org unit with id "${orgUnitId}".`, { field: "orgUnitId", id: orgUnitId });
    const scope = index.scope(orgUnitId === null ? null : [orgUnitId]);
    const demand = memoisedDemand(index, snapshot.index, orgUnitId ?? "", () => demandBySkill(snapshot.index.roles, index.positionsIn(scope)));
    const time = asOf.getTime();
    const narrower = includeNarrower
        ? await narrowerSkills(
              db,
              demand.map((row) => row.skillId),
          )
        : new Map<string, string[]>();
    const counted = demand.map((row) => {
        const { count: supply, firstIds } = index.supply(row.skillId, row.level, time, scope, narrower.get(row.skillId));
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
            byName(a.skillName, b.skillName) ||
            (a.skillId < b.skillId ? -1 : 1),
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
        includeNarrower,
        skillsInDemand: rows.length,
        shortages: rows.filter((r) => r.shortage).length,
        singlePointsOfFailure: rows.filter((r) => r.singlePointOfFailure).length,
        /** The people an explanation names (sole holders), for the access log; not part of the answer's type. */
        namedPersonIds: [...new Set(shown.flatMap((row) => (row.supply === 1 ? row.firstIds.filter((id) => names.has(id)).slice(0, 1) : [])))],
        skills: shown.map(({ firstIds, ...s }) => {
            const holders = firstIds.flatMap((id) => names.get(id) ?? []);
            // People opted out of rankings are counted, never named.
            const who = s.supply === 0 ? "nobody holds it" : s.supply === 1 ? `only ${holders[0] ?? "one person"} holds it` : `${s.supply} people hold it`;
            return {
                ...s,
                explanation: `${s.demand} position${s.demand === 1 ? "" : "s"} (${s.openings} open) need ${s.skillName} at level ${s.level}; ${who} at that level${includeNarrower ? " (narrower skills counted one level down)" : ""}${s.shortage ? `: short by ${s.demand - s.supply}` : ""}.`,
            };
        }),
    };
}
