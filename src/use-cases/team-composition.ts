/**
 * Query.composeTeam: candidates chosen on the workforce index (./workforce-cache.ts), their evidence read from the
 * database (cypher/teams) and judged by the rules of src/domain/evidence.ts, the set-multicover solvers of
 * src/domain/team-solver.ts, and an answer that says why each member is there: which requirements they cover, with
 * the evidence that counted.
 */
import { badInput, notFound } from "../errors";
import type { Compute } from "../compute/compute";
import { type Db, evidencePolicyOf, readRows } from "../neo4j/read-rows";
import { completionParam } from "../neo4j/evidence-params";
import { type Evidence, type EvidencePolicy, effectiveLevel, evidenceFor } from "../domain/evidence";
import { type TeamCandidate, type TeamConstraints, type TeamRequirement, type TeamSolution, coverable, keepBestPerCoverageClass } from "../domain/team-solver";
import type { WorkforceCache } from "./workforce-cache";

export interface TeamRequest {
    readonly requirements: readonly TeamRequirement[];
    readonly maxSize: number | null;
    readonly minAvailability: number;
    readonly orgUnitIds: readonly string[] | null;
    readonly mustInclude: readonly string[];
    readonly exclude: readonly string[];
    readonly maxPerOrgUnit: number | null;
    /** A narrower skill held at level L counts for its broader skill at L-1. */
    readonly includeNarrower: boolean;
}

interface CandidateRow {
    id: string;
    name: string;
    availability: number;
    orgUnitId: string | null;
    orgUnitName: string | null;
    allocation: number;
    evidence: Omit<Evidence, "viaNarrower">[];
}

function validate(request: TeamRequest): void {
    if (request.requirements.length === 0)
        throw badInput("Give at least one requirement.", { field: "requirements", allowed: "a non-empty list of {skillId, minLevel, count}" });
    const seen = new Set<string>();
    request.requirements.forEach((r, i) => {
        if (seen.has(r.skillId))
            throw badInput(`Skill "${r.skillId}" is asked for twice; give one requirement per skill with the highest level and count.`, {
                field: `requirements[${i}].skillId`,
            });
        seen.add(r.skillId);
    });
    const conflict = request.mustInclude.find((id) => request.exclude.includes(id));
    if (conflict) throw badInput(`Person "${conflict}" is both in mustInclude and in exclude; keep one.`, { field: "constraints.mustInclude", id: conflict });
    if (request.maxSize != null && request.mustInclude.length > request.maxSize) {
        throw badInput(`mustInclude names ${request.mustInclude.length} people but maxSize is ${request.maxSize}.`, { field: "constraints.maxSize" });
    }
}

type BestLevelRow = { skillId: string; skillName: string; bestLevel: number; holders: number };

/**
 * Read: the required skills (they must exist) and, on the workforce index, per skill the best valid level and the
 * number of holders in scope (to explain what cannot be covered; people opted out of rankings are counted there), and
 * the candidates: must-include people, and people in scope, available enough, not excluded and not opted out who hold a required skill at its level, cut to the best of each
 * coverage class (keepBestPerCoverageClass keeps the optimum). What the answer shows about them comes from the database.
 */
async function readTeamInputs(db: Db, workforce: WorkforceCache, request: TeamRequest, asOf: Date) {
    const skillIds = request.requirements.map((r) => r.skillId);
    const skills = new Map(
        (await readRows<{ skillId: string; skillName: string; narrowerIds: string[] }>(db, "workforce/read-skills", { skillIds })).map((s) => [
            s.skillId,
            { name: s.skillName, narrowerIds: request.includeNarrower ? s.narrowerIds : [] },
        ]),
    );
    const missingSkill = skillIds.findIndex((id) => !skills.has(id));
    if (missingSkill >= 0)
        throw notFound(`No skill with id "${skillIds[missingSkill]}".`, { field: `requirements[${missingSkill}].skillId`, id: skillIds[missingSkill] });
    const index = await workforce.current(db);
    const unknownMember = request.mustInclude.find((id) => !index.person(id));
    if (unknownMember) throw notFound(`No person with id "${unknownMember}" (named in mustInclude).`, { field: "constraints.mustInclude", id: unknownMember });
    const optedOut = request.mustInclude.find((id) => !index.person(id)!.ranked);
    if (optedOut)
        throw badInput(`Person "${optedOut}" has chosen not to be ranked or chosen for teams (setSharing); ask them, or leave them out of mustInclude.`, {
            field: "constraints.mustInclude",
            id: optedOut,
        });
    const scope = index.scope(request.orgUnitIds);
    const excluded = new Set(request.exclude);
    const mustInclude = new Set(request.mustInclude);
    const levels = new Map<string, Map<string, number>>(request.mustInclude.map((id) => [id, new Map()]));
    const best: BestLevelRow[] = request.requirements.map((r) => {
        const skill = skills.get(r.skillId)!;
        const row = { skillId: r.skillId, skillName: skill.name, bestLevel: 0, holders: 0 };
        index.forEachHolder(
            r.skillId,
            asOf.getTime(),
            () => true,
            (slot, level) => {
                const person = index.personAt(slot);
                if (index.inScope(person, scope)) {
                    row.bestLevel = Math.max(row.bestLevel, level);
                    row.holders++;
                }
                const eligible =
                    mustInclude.has(person.id) ||
                    (level >= r.minLevel &&
                        person.ranked &&
                        index.inScope(person, scope) &&
                        !excluded.has(person.id) &&
                        (person.availability ?? -1) >= request.minAvailability);
                if (eligible) {
                    const held = levels.get(person.id) ?? new Map<string, number>();
                    held.set(r.skillId, level);
                    levels.set(person.id, held);
                }
            },
            skill.narrowerIds,
        );
        return row;
    });
    const candidates: TeamCandidate[] = [...levels].map(([id, held]) => {
        const person = index.person(id)!;
        return {
            id,
            levels: held,
            fit: teamFit(request, held),
            allocation: person.allocation,
            orgUnitId: [...person.unitIds].sort()[0] ?? null,
        };
    });
    const chosen = keepBestPerCoverageClass(request.requirements, candidates, mustInclude, request.maxPerOrgUnit);
    const order = [...request.mustInclude, ...chosen.filter((c) => !mustInclude.has(c.id)).map((c) => c.id)];
    const narrowerIds = new Map([...skills].map(([id, skill]) => [id, skill.narrowerIds]));
    const evidenceSkillIds = [...new Set([...skillIds, ...[...narrowerIds.values()].flat()])];
    const rows = await readRows<CandidateRow>(db, "teams/read-team-candidates", {
        ids: order,
        skillIds: evidenceSkillIds,
        completion: completionParam(evidencePolicyOf(db)),
    });
    // What the pool could cover before the cut: the cut keeps the optimum, not every way to fill a requirement.
    const available = coverable(request.requirements, candidates);
    return { best, rows, narrowerIds, considered: candidates.length, available };
}

const teamFit = (request: TeamRequest, levels: ReadonlyMap<string, number>) =>
    request.requirements.reduce((sum, r) => sum + Math.min((levels.get(r.skillId) ?? 0) / r.minLevel, 1), 0) / request.requirements.length;

/** Judge: each candidate's effective level per required skill (the evidence rules) and fit for the request. */
function judgeCandidates(
    request: TeamRequest,
    rows: readonly CandidateRow[],
    narrowerIds: ReadonlyMap<string, readonly string[]>,
    asOf: Date,
    policy: EvidencePolicy,
) {
    return rows.map((row) => {
        const bySkill = new Map(
            request.requirements.map((r) => [
                r.skillId,
                effectiveLevel(evidenceFor(row.evidence, r.skillId, narrowerIds.get(r.skillId) ?? []), asOf, request.includeNarrower, policy),
            ]),
        );
        const levels = new Map([...bySkill].map(([skillId, result]) => [skillId, result.level]));
        const candidate: TeamCandidate = { id: row.id, levels, fit: teamFit(request, levels), allocation: row.allocation, orgUnitId: row.orgUnitId };
        return { row, bySkill, candidate };
    });
}

/** Solve: the smallest team by the team solvers (on a compute thread); a maxSize below the proven lower bound is BAD_USER_INPUT. */
async function solveTeam(compute: Compute, request: TeamRequest, pool: TeamCandidate[]): Promise<TeamSolution> {
    const constraints: TeamConstraints = { maxSize: request.maxSize, mustInclude: request.mustInclude, maxPerOrgUnit: request.maxPerOrgUnit };
    const solution = await compute.run("teamPlan", { requirements: [...request.requirements], pool, constraints });
    if (request.maxSize != null && solution.lowerBound > request.maxSize) {
        throw badInput(`No team of at most ${request.maxSize} can cover these requirements: at least ${solution.lowerBound} people are needed.`, {
            field: "constraints.maxSize",
            allowed: `${solution.lowerBound} or more`,
        });
    }
    // Without a complete team under the constraints the greedy fallback may exceed maxSize: refuse rather than break it.
    if (request.maxSize != null && solution.members.length > request.maxSize) {
        throw badInput(
            `No team of at most ${request.maxSize} covers these requirements under the constraints; the best team found has ${solution.members.length} people.`,
            { field: "constraints.maxSize", allowed: `${solution.members.length} or more, or fewer constraints (mustInclude, maxPerOrgUnit)` },
        );
    }
    return solution;
}

/** The smallest team covering the requirements under the constraints: read, judge, solve, explain. */
export async function composeTeam(db: Db, workforce: WorkforceCache, compute: Compute, request: TeamRequest, asOf: Date) {
    validate(request);
    const { best, rows, narrowerIds, considered, available } = await readTeamInputs(db, workforce, request, asOf);
    const judged = judgeCandidates(request, rows, narrowerIds, asOf, evidencePolicyOf(db));
    const pool = judged.map((j) => j.candidate);
    const solution = await solveTeam(compute, request, pool);
    return explainTeam(request, best, judged, solution, asOf, { considered, available });
}

/** Explain: each member with the requirements they cover and the evidence that counted, coverage, what stays open. */
function explainTeam(
    request: TeamRequest,
    best: readonly BestLevelRow[],
    judged: ReturnType<typeof judgeCandidates>,
    solution: TeamSolution,
    asOf: Date,
    { considered, available: targets }: { considered: number; available: number[] },
) {
    const byId = new Map(judged.map((j) => [j.row.id, j]));
    const members = solution.members.map((id) => {
        const { row, bySkill, candidate } = byId.get(id)!;
        const covers = request.requirements
            .filter((r) => (candidate.levels.get(r.skillId) ?? 0) >= r.minLevel)
            .map((r) => {
                const result = bySkill.get(r.skillId)!;
                return {
                    skillId: r.skillId,
                    skillName: best.find((b) => b.skillId === r.skillId)?.skillName ?? r.skillId,
                    minLevel: r.minLevel,
                    level: result.level,
                    evidence: result.counted.slice(0, 3),
                };
            });
        return {
            personId: row.id,
            name: row.name,
            orgUnitId: row.orgUnitId,
            orgUnitName: row.orgUnitName,
            availability: row.availability,
            allocation: row.allocation,
            fit: candidate.fit,
            mustInclude: request.mustInclude.includes(row.id),
            covers,
        };
    });
    const coverage = request.requirements.map((r, i) => {
        const coveredBy = members.filter((m) => m.covers.some((c) => c.skillId === r.skillId)).map((m) => m.personId);
        const skillName = best.find((b) => b.skillId === r.skillId)?.skillName ?? r.skillId;
        return { skillId: r.skillId, skillName, minLevel: r.minLevel, count: r.count, coveredBy, met: coveredBy.length >= r.count, available: targets[i] };
    });
    const uncovered = coverage
        .filter((c) => !c.met)
        .map((c) => {
            const info = best.find((b) => b.skillId === c.skillId) ?? { bestLevel: 0 };
            return {
                skillId: c.skillId,
                skillName: c.skillName,
                minLevel: c.minLevel,
                count: c.count,
                available: c.available,
                bestLevel: info.bestLevel,
                explanation:
                    c.available === 0
                        ? `Nobody in scope holds ${c.skillName} at level ${c.minLevel} or above; the best valid level is ${info.bestLevel || "none"}.`
                        : c.available < c.count
                          ? `Only ${c.available} of the ${c.count} people needed hold ${c.skillName} at level ${c.minLevel} or above.`
                          : `Enough people hold ${c.skillName} at level ${c.minLevel}, but the constraints (maxPerOrgUnit, mustInclude) leave the team with ${c.coveredBy.length} of ${c.count}.`,
            };
        });
    const status = solution.optimal ? "exact solver: no smaller team exists" : `greedy heuristic: at least ${solution.lowerBound} people are needed`;
    return {
        members,
        coverage,
        uncovered,
        size: members.length,
        solver: solution.solver,
        optimal: solution.optimal,
        lowerBound: solution.lowerBound,
        candidatesConsidered: considered,
        candidatesAfterPruning: solution.poolSize,
        includeNarrower: request.includeNarrower,
        asOf: asOf.toISOString(),
        explanation:
            `${members.length} ${members.length === 1 ? "person covers" : "people cover"} ${coverage.filter((c) => c.met).length} of ${coverage.length} requirements (${status}; ` +
            `${considered} candidates, ${members.length ? "ties broken by fit, then allocation" : "none chosen"}).` +
            (uncovered.length ? ` ${uncovered.length} cannot be covered: ${uncovered.map((u) => u.skillName).join(", ")}.` : ""),
    };
}
