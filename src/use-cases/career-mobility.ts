/**
 * adjacentRoles and careerPaths (README, "Mobility"): transition costs from a role or a person to other roles, and
 * the k cheapest role sequences to a target. Costs come from src/domain/transition-cost.ts through the cached snapshot of
 * ./mobility-catalogue.ts; paths from Yen's algorithm in src/domain/k-shortest-paths.ts. Reads the person's evidence and
 * the snapshot; everything else is pure.
 */
import { badInput, notFound } from "../errors";
import type { Db } from "../neo4j/read-rows";
import { readPersonLevels } from "./planning-reads";
import { type Graph, type WeightedEdge, kShortestPaths, reachableWithin } from "../domain/k-shortest-paths";
import type { MobilityCatalogue, MobilitySnapshot } from "./mobility-catalogue";
import { type MobilityBlend, type MobilitySignal, type SignalScore, type SignalWeights, describeBlend, iscoProximity } from "../domain/mobility-blend";
import type { RankedRole } from "../domain/transition-index";
import type { TransitionCost } from "../domain/transition-cost";

export interface StartInput {
    readonly roleId?: string | null;
    readonly personId?: string | null;
}

export interface TransitionStart {
    readonly kind: "ROLE" | "PERSON";
    readonly id: string;
    readonly name: string;
    /** The role itself, or the person's current role: observed moves out of it apply to the first step. */
    readonly roleId: string | null;
    readonly levels: ReadonlyMap<string, number>;
}

const f3 = (x: number) => x.toFixed(3);
const signalEnum = (signal: MobilitySignal) => signal.toUpperCase() as Uppercase<MobilitySignal>;

/** The role or person a transition starts from; exactly one of the two ids. */
export async function resolveStart(
    db: Db,
    snapshot: MobilitySnapshot,
    input: StartInput,
    asOf: Date,
    path: string,
    includeNarrower = false,
): Promise<TransitionStart> {
    const { roleId, personId } = input;
    if ((roleId ? 1 : 0) + (personId ? 1 : 0) !== 1) {
        throw badInput(`Give exactly one of ${path}roleId and ${path}personId: the role or the person to start from.`, {
            field: `${path}roleId`,
            allowed: "a role id or a person id, not both",
        });
    }
    if (roleId) {
        const index = snapshot.index.roleIndex(roleId);
        if (index === undefined) throw notFound(`No role with id "${roleId}".`, { field: `${path}roleId`, id: roleId });
        return { kind: "ROLE", id: roleId, name: snapshot.index.roles[index].title, roleId, levels: snapshot.index.levelsOfRole(roleId) };
    }
    const person = await readPersonLevels(db, personId!, asOf, null, includeNarrower);
    if (!person) throw notFound(`No person with id "${personId}".`, { field: `${path}personId`, id: personId! });
    return { kind: "PERSON", id: personId!, name: person.personName, roleId: person.currentRoleId, levels: person.levels };
}

function requireProfiledRole(snapshot: MobilitySnapshot, roleId: string, field: string): number {
    const index = snapshot.index.roleIndex(roleId);
    if (index === undefined) throw notFound(`No role with id "${roleId}".`, { field, id: roleId });
    if (!snapshot.index.isProfiled(index)) {
        throw badInput(`Role "${snapshot.index.roles[index].title}" has no skill requirements, so no transition to it can be costed; add requirements first.`, {
            field,
            id: roleId,
        });
    }
    return index;
}

export interface Transition {
    readonly fromId: string;
    readonly fromName: string;
    readonly roleId: string;
    readonly roleTitle: string;
    readonly cost: number;
    readonly skillCost: number;
    /** The share of the skill cost that observed moves removed. */
    readonly discount: number;
    readonly observedMoves: number;
    readonly observedMoveSupported: boolean;
    readonly missingEssentials: number;
    readonly missing: TransitionCost["gaps"];
    readonly score: number | null;
    readonly signals: { signal: Uppercase<MobilitySignal>; value: number; weight: number; contribution: number }[];
    readonly rankedBecause: string | null;
    readonly explanation: string;
}

function describeTransition(fromName: string, toTitle: string, explained: TransitionCost): string {
    if (explained.gaps.length === 0) return `${fromName} → ${toTitle}: cost 0; every requirement is already met.`;
    const moves = explained.observedMoves
        ? `; skills ${f3(explained.skillCost)}, less ${Math.round((1 - explained.cost / explained.skillCost) * 100)}% for ${explained.observedMoves} observed move${explained.observedMoves === 1 ? "" : "s"}`
        : "";
    const named = explained.gaps.slice(0, 5).map((gap) => `${gap.skillName} ${gap.fromLevel}→${gap.requiredLevel} (${gap.importance.toLowerCase()})`);
    const more = explained.gaps.length > 5 ? ` and ${explained.gaps.length - 5} more` : "";
    return `${fromName} → ${toTitle}: cost ${f3(explained.cost)}${moves}. To acquire: ${named.join(", ")}${more}.`;
}

type TransitionFrom = Pick<TransitionStart, "id" | "name" | "roleId" | "levels">;

/**
 * One transition. Its costs come from the ranking (or one explanation for a career step); the gaps, signals and
 * words are computed when a field asks for them, so a whole ranking of roles and scores explains none of them.
 */
class RankedTransition implements Transition {
    readonly fromId: string;
    readonly fromName: string;
    readonly roleTitle: string;
    readonly cost: number;
    readonly skillCost: number;
    readonly observedMoves: number;
    readonly score: number | null;
    private explained?: TransitionCost;
    private breakdown?: SignalScore[];

    constructor(
        private readonly snapshot: MobilitySnapshot,
        private readonly from: TransitionFrom,
        readonly roleId: string,
        ranked: RankedRole | null,
        private readonly blend: { readonly of: MobilityBlend; readonly weights: SignalWeights; readonly score: number } | null = null,
    ) {
        this.fromId = from.id;
        this.fromName = from.name;
        this.roleTitle = snapshot.index.title(roleId);
        const explained = ranked ? null : this.explain();
        this.cost = ranked?.cost ?? explained!.cost;
        this.skillCost = ranked?.skillCost ?? explained!.skillCost;
        this.observedMoves = ranked?.moves ?? explained!.observedMoves;
        this.score = blend?.score ?? null;
    }

    private explain(): TransitionCost {
        this.explained ??= this.snapshot.explain(this.from.levels, this.from.roleId, this.roleId);
        return this.explained;
    }

    private signalScores(): SignalScore[] {
        this.breakdown ??= this.blend ? this.blend.of.breakdown(this.snapshot.index.roleIndex(this.roleId)!) : [];
        return this.breakdown;
    }

    /** The share of the skill cost that observed moves removed. */
    get discount(): number {
        return this.skillCost > 0 ? 1 - this.cost / this.skillCost : 0;
    }
    get observedMoveSupported(): boolean {
        return this.observedMoves > 0;
    }
    get missing(): TransitionCost["gaps"] {
        return this.explain().gaps;
    }
    get missingEssentials(): number {
        return this.missing.filter((gap) => gap.importance === "ESSENTIAL").length;
    }
    get signals(): Transition["signals"] {
        const weights = this.blend?.weights;
        return weights ? this.signalScores().map((s) => ({ ...s, signal: signalEnum(s.signal), weight: weights[s.signal] })) : [];
    }
    get rankedBecause(): string | null {
        if (!this.blend) return null;
        const index = this.snapshot.index;
        const target = index.roles[index.roleIndex(this.roleId)!];
        const startRole = this.from.roleId === null ? undefined : index.roles[index.roleIndex(this.from.roleId) ?? -1];
        return describeBlend(this.signalScores(), {
            sharedRequirements: target.requirements.filter((r) => (this.from.levels.get(r.skillId) ?? 0) > 0).length,
            requirements: target.requirements.length,
            sameIscoDigits: Math.round(iscoProximity(startRole?.iscoGroup, target.iscoGroup) * 4),
        });
    }
    get explanation(): string {
        const plain = describeTransition(this.fromName, this.roleTitle, this.explain());
        return this.blend ? `${plain} Ranked by: ${this.rankedBecause}.` : plain;
    }
}

function weighting(catalogue: MobilityCatalogue, snapshot: MobilitySnapshot) {
    return {
        specificity: snapshot.index.specificity.kind,
        roleCount: snapshot.index.specificity.roleCount,
        essentialWeight: catalogue.weights.essential,
        optionalWeight: catalogue.weights.optional,
        maxMoveDiscount: catalogue.settings.moveDiscount.maxShare,
        moveSaturation: catalogue.settings.moveDiscount.saturation,
    };
}

const publicStart = ({ levels: _levels, ...start }: TransitionStart) => start;

/**
 * Roles from a role or a person by the blend of ./mobility-catalogue.ts's signals (or by transition cost alone), the
 * start and the person's current role left out.
 */
export interface AdjacentRolesRequest {
    readonly from: StartInput;
    readonly first: number;
    readonly maxCost: number | null;
    readonly rankBy: "BLEND" | "COST";
    readonly asOf: Date;
    readonly includeNarrower: boolean;
}

export async function adjacentRoles(db: Db, catalogue: MobilityCatalogue, request: AdjacentRolesRequest) {
    const { from: input, first, maxCost, rankBy, asOf, includeNarrower } = request;
    if (!(first >= 1)) throw badInput("first must be at least 1.", { field: "first", allowed: "1 to the number of roles" });
    if (maxCost !== null && !(maxCost >= 0 && maxCost <= 1))
        throw badInput("maxCost must lie between 0 and 1 (costs are shares of the target's requirements).", { field: "maxCost", allowed: "0 to 1" });
    const snapshot = await catalogue.current(db);
    const start = await resolveStart(db, snapshot, input, asOf, "", includeNarrower);
    const exclude = new Set(start.roleId ? [start.roleId] : []);
    const within = (role: { cost: number }) => maxCost === null || role.cost <= maxCost;
    const base = { from: publicStart(start), weighting: weighting(catalogue, snapshot), rankedBy: rankBy };
    if (rankBy === "COST") {
        const ranked = snapshot.ranked(start.levels, start.roleId, exclude).filter(within);
        const roles = ranked.slice(0, first).map((role) => new RankedTransition(snapshot, start, role.roleId, role));
        return { ...base, signalsUsed: [], rolesConsidered: ranked.length, roles };
    }
    const weights = catalogue.settings.signalWeights;
    const { roles: blended, blend } = snapshot.blended(start, exclude, weights);
    const ranked = blended.filter(within);
    const roles = ranked.slice(0, first).map((role) => new RankedTransition(snapshot, start, role.roleId, role, { of: blend, weights, score: role.score }));
    const signalsUsed = blend.signals.map((signal) => ({ signal: signalEnum(signal), weight: weights[signal] }));
    return { ...base, signalsUsed, rolesConsidered: ranked.length, roles };
}

const START = "\u0000start";

/** The k cheapest role sequences from a role or person to a target role, each step explained. */
export interface CareerPathsRequest {
    readonly from: StartInput;
    readonly toRoleId: string;
    readonly k: number;
    readonly maxSteps: number;
    readonly asOf: Date;
    readonly includeNarrower: boolean;
}

export async function careerPaths(db: Db, catalogue: MobilityCatalogue, request: CareerPathsRequest) {
    const { from: input, toRoleId, k, maxSteps, asOf, includeNarrower } = request;
    if (!(k >= 1 && k <= 10)) throw badInput("k must be from 1 to 10.", { field: "k", allowed: "1 to 10" });
    if (!(maxSteps >= 1 && maxSteps <= 6)) throw badInput("maxSteps must be from 1 to 6.", { field: "maxSteps", allowed: "1 to 6" });
    const snapshot = await catalogue.current(db);
    const start = await resolveStart(db, snapshot, input, asOf, "from.", includeNarrower);
    requireProfiledRole(snapshot, toRoleId, "toRoleId");
    if (start.kind === "ROLE" && start.id === toRoleId)
        throw badInput("from.roleId and toRoleId are the same role; there is no move to plan.", { field: "toRoleId", id: toRoleId });
    const toTitle = snapshot.index.title(toRoleId);

    // From a role, the start is that role's node; from a person, a node of its own whose steps use their levels.
    // A step goes to one of the cheapest roles from where one stands, or into the target from one of its feeders.
    const source = start.kind === "ROLE" ? start.id : START;
    const feeders = new Map(snapshot.feeders(toRoleId));
    const directCost = snapshot.explain(start.levels, start.roleId, toRoleId).cost;
    if (start.kind === "PERSON" && directCost <= Math.max(...feeders.values())) feeders.set(START, directCost);
    const withTarget = (node: string, edges: readonly WeightedEdge[]): readonly WeightedEdge[] =>
        feeders.has(node) && !edges.some((edge) => edge.to === toRoleId) ? [...edges, { to: toRoleId, cost: feeders.get(node)! }] : edges;
    const startSteps = start.kind === "PERSON" ? withTarget(START, snapshot.stepsFrom(start.levels, start.roleId, new Set())) : [];
    const graph: Graph = (node) => (node === START ? startSteps : withTarget(node, snapshot.neighbours(node)));
    const explainPath = (nodes: readonly string[]) => {
        const steps = nodes.slice(1).map((to, i) => {
            const from =
                nodes[i] === START
                    ? start
                    : { id: nodes[i], name: snapshot.index.title(nodes[i]), roleId: nodes[i], levels: snapshot.index.levelsOfRole(nodes[i]) };
            return new RankedTransition(snapshot, from, to, null);
        });
        const cost = steps.reduce((sum, step) => sum + step.cost, 0);
        const titles = [start.name, ...steps.map((step) => step.roleTitle)];
        return {
            roleIds: steps.map((step) => step.roleId),
            steps,
            cost,
            explanation: `${titles.join(" → ")}: total cost ${f3(cost)} in ${steps.length} step${steps.length === 1 ? "" : "s"}.`,
        };
    };

    const found = kShortestPaths(graph, source, toRoleId, k, maxSteps).map((path) => explainPath(path.nodes));
    found.sort((a, b) => a.cost - b.cost || a.steps.length - b.steps.length);
    const base = {
        from: publicStart(start),
        toRoleId,
        toRoleTitle: toTitle,
        k,
        maxSteps,
        neighbours: catalogue.settings.neighbours,
        weighting: weighting(catalogue, snapshot),
        directCost,
        paths: found,
    };
    if (found.length > 0) {
        const explanation = `${found.length} path${found.length === 1 ? "" : "s"} from ${start.name} to ${toTitle} within ${maxSteps} steps; the cheapest costs ${f3(found[0].cost)}.`;
        return { ...base, reachable: true, closestReachable: null, explanation };
    }

    // Unreachable: the reachable role from which the target is cheapest to reach, and the cheapest way there.
    const reachable = reachableWithin(graph, source, maxSteps);
    const costsToTarget = snapshot.costsTo(toRoleId);
    let closest: { roleId: string; costToTarget: number; pathCost: number } | null = null;
    for (const [roleId, pathCost] of reachable) {
        if (roleId === START || roleId === start.roleId) continue;
        const costToTarget = costsToTarget.get(roleId)!;
        if (!closest || costToTarget < closest.costToTarget || (costToTarget === closest.costToTarget && pathCost < closest.pathCost))
            closest = { roleId, costToTarget, pathCost };
    }
    if (!closest) {
        const explanation = `No path within ${maxSteps} steps: no role is within reach of ${start.name}.`;
        return { ...base, reachable: false, closestReachable: null, explanation };
    }
    const [way] = kShortestPaths(graph, source, closest.roleId, 1, maxSteps);
    const path = explainPath(way.nodes);
    const closestTitle = snapshot.index.title(closest.roleId);
    const explanation =
        `No path within ${maxSteps} steps: no role within reach of ${start.name} is among the ${catalogue.settings.neighbours} roles closest to ${toTitle}, nor has it among its own closest. ` +
        `The closest reachable role is ${closestTitle} (cost ${f3(closest.costToTarget)} on to ${toTitle}), reached by ${path.explanation}`;
    return {
        ...base,
        reachable: false,
        closestReachable: { roleId: closest.roleId, roleTitle: closestTitle, costToTarget: closest.costToTarget, path },
        explanation,
    };
}
