/**
 * Query.growthPositions: the open positions a person could grow into. Positions with openings come from the workforce
 * index (./workforce-cache.ts), role requirements and transition costs from the mobility catalogue
 * (./mobility-catalogue.ts); every open role is scored from the person's effective levels (src/domain/evidence.ts,
 * fitOf), and the page shown is judged from the database with the skill-gap rules, so each position says what is
 * missing and which evidence counted.
 */
import { forbidden } from "../auth/principal";
import { notFound } from "../errors";
import type { Db } from "../neo4j/read-rows";
import { type FitWeights, fitOf } from "../domain/evidence";
import { fitRank } from "../domain/workforce-index";
import type { MobilityCatalogue } from "./mobility-catalogue";
import { readPersonLevels } from "./planning-reads";
import { skillGaps } from "./skill-gap";
import type { WorkforceCache } from "./workforce-cache";

export interface GrowthRequest {
    readonly personId: string;
    /** Where to look for openings: a unit and below, or the whole organisation. */
    readonly orgUnitId: string | null;
    readonly first: number;
    readonly includeNarrower: boolean;
    readonly asOf: Date;
    /** False when someone other than the person asks (a planner or an admin): then the person's choice over rankings applies. */
    readonly askedBySelf: boolean;
}

interface Scored {
    readonly unitId: string;
    readonly roleId: string;
    readonly openings: number;
    readonly fit: number;
    readonly cost: number;
    readonly title: string;
}

/** Best fit first, then the cheaper move, then role title and unit id. */
const byFitThenCost = (a: Scored, b: Scored) =>
    fitRank(b.fit) - fitRank(a.fit) || a.cost - b.cost || a.title.localeCompare(b.title) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);

export async function growthPositions(db: Db, workforce: WorkforceCache, mobility: MobilityCatalogue, request: GrowthRequest, weights: FitWeights) {
    const { personId, orgUnitId, first, includeNarrower, asOf } = request;
    const [index, snapshot] = await Promise.all([workforce.current(db), mobility.current(db)]);
    const held = index.person(personId);
    if (!held) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    if (!request.askedBySelf && !held.ranked)
        throw forbidden(
            `This person has chosen not to be considered for internal mobility (setSharing); only they can list the positions they could grow into.`,
            {
                field: "personId",
            },
        );
    if (orgUnitId !== null && !index.hasUnit(orgUnitId)) throw notFound(`No org unit with id "${orgUnitId}".`, { field: "orgUnitId", id: orgUnitId });
    const person = await readPersonLevels(db, personId, asOf, null, includeNarrower);
    if (!person) throw notFound(`No person with id "${personId}".`, { field: "personId", id: personId });
    const current = new Set(held.roleIds);
    const costs = new Map(snapshot.ranked(person.levels, person.currentRoleId, current).map((role) => [role.roleId, role.cost]));
    const fits = new Map<string, number>();
    const fitFor = (roleId: string) => {
        let fit = fits.get(roleId);
        if (fit === undefined) {
            const profile = snapshot.index.roles[snapshot.index.roleIndex(roleId)!];
            const rows = profile.requirements.map((q) => ({ required: q.level, effective: person.levels.get(q.skillId) ?? 0, importance: q.importance }));
            fits.set(roleId, (fit = fitOf(rows, weights).fit));
        }
        return fit;
    };
    const scored: Scored[] = [];
    for (const open of index.openPositions(index.scope(orgUnitId === null ? null : [orgUnitId]))) {
        const cost = costs.get(open.roleId);
        // Roles without requirements cannot be costed or judged; the person's own roles are not growth.
        if (cost === undefined) continue;
        scored.push({ ...open, fit: fitFor(open.roleId), cost, title: snapshot.index.title(open.roleId) });
    }
    scored.sort(byFitThenCost);
    const shown = scored.slice(0, first);
    const roleIds = [...new Set(shown.map((s) => s.roleId))];
    const reports = await skillGaps(
        db,
        roleIds.map((roleId) => ({ personId, roleId })),
        { includeNarrower, asOf, weights },
    );
    const reportOf = new Map(roleIds.map((roleId, i) => [roleId, reports[i]]));
    return {
        personId,
        personName: person.personName,
        orgUnitId,
        asOf: asOf.toISOString(),
        includeNarrower,
        positionsConsidered: scored.length,
        positions: shown.map((s) => {
            const report = reportOf.get(s.roleId)!;
            if (report instanceof Error) throw report;
            const gap = report.requirements.filter((r) => !r.met);
            const missing = gap.map((r) => `${r.skillName} ${r.effectiveLevel}→${r.requiredLevel}`);
            return {
                orgUnitId: s.unitId,
                orgUnitName: index.unitName(s.unitId) ?? "",
                roleId: s.roleId,
                roleTitle: report.roleTitle,
                openings: s.openings,
                fit: report.fit,
                essentialCoverage: report.essentialCoverage,
                missingEssentials: report.missingEssentials,
                transitionCost: s.cost,
                gap,
                explanation:
                    `${report.roleTitle} in ${index.unitName(s.unitId) ?? s.unitId} (${s.openings} open): fit ${report.fit.toFixed(2)}, transition cost ${s.cost.toFixed(3)}; ` +
                    (gap.length
                        ? `to grow into it: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? `, and ${missing.length - 5} more` : ""}.`
                        : "every requirement is met."),
            };
        }),
    };
}
