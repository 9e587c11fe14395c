/**
 * learningPlan: the courses that close a person's gap for a role or a credential at the least minutes (or cost).
 * Each operation reads first (./planning-reads.ts: candidate courses from cypher/learning, stacks from
 * cypher/credentials, the person's levels), then computes (src/domain/plan-solver.ts, src/domain/credential-stack.ts),
 * then shapes the answer: every step explained, what stays open and why, and which solver answered.
 */
import { badInput, notFound } from "../errors";
import type { Compute } from "../compute/compute";
import type { Db } from "../neo4j/read-rows";
import { type CredentialNode, type NodeProgress, completionAlternatives, evaluateStack } from "../domain/credential-stack";
import type { FitWeights, Importance } from "../domain/evidence";
import {
    type OpenReason,
    type PlanObjective,
    type PlanProblem,
    type PlanSolution,
    type SkillLevel,
    EXACT_LIMITS,
    solveGreedyPass,
    solvePlan,
} from "../domain/plan-solver";
import {
    ANY_COURSE,
    type CatalogueCourse,
    type CourseFilter,
    type LearnerLevels,
    type PlanningInputs,
    describeCourseFilter,
    levelOf,
    readCredentialTrees,
    readPlanningInputs,
    skillNameOf,
} from "./planning-reads";
import { skillGap } from "./skill-gap";

export interface PlanOptions {
    readonly objective: PlanObjective;
    readonly maxMinutes: number | null;
    readonly maxCost: number | null;
    readonly essentialOnly: boolean;
    /** The courses the learner will take (micro-learning length, formats, languages, providers). */
    readonly courseFilter: CourseFilter;
    /** For a role: a narrower skill held at level L counts for its broader skill at L-1. */
    readonly includeNarrower: boolean;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
    objective: "MINUTES",
    maxMinutes: null,
    maxCost: null,
    essentialOnly: false,
    courseFilter: ANY_COURSE,
    includeNarrower: false,
};

export interface PlanTarget {
    readonly skillId: string;
    readonly skillName: string;
    readonly requiredLevel: number;
    readonly currentLevel: number;
    readonly importance: Importance | null;
}

interface EligibleCredential {
    credentialId: string;
    title: string;
    afterStep: number;
}

export interface LearningPlan {
    personId: string;
    personName: string;
    targetKind: "ROLE" | "CREDENTIAL";
    targetId: string;
    targetTitle: string;
    objective: PlanObjective;
    solver: "EXACT" | "GREEDY";
    optimal: boolean;
    candidateCourses: number;
    targets: PlanTarget[];
    steps: ReturnType<typeof describeSteps>["steps"];
    totalMinutes: number;
    totalCost: number;
    currency: string | null;
    eligibleCredentials: EligibleCredential[];
    credentialsToEarn: { credentialId: string; title: string }[];
    open: {
        skillId: string;
        skillName: string;
        requiredLevel: number;
        currentLevel: number;
        reachableLevel: number;
        reason: OpenReason;
        explanation: string;
    }[];
    explanation: string;
}

function problemFor(targets: readonly SkillLevel[], learner: LearnerLevels, courses: readonly CatalogueCourse[], options: PlanOptions): PlanProblem {
    return { targets, current: learner.levels, courses, objective: options.objective, maxMinutes: options.maxMinutes, maxCost: options.maxCost };
}

/** Steps with the levels each raises, where each prerequisite came from, and running totals. */
function describeSteps(order: readonly string[], courses: readonly CatalogueCourse[], learner: LearnerLevels, targets: readonly PlanTarget[]) {
    const byId = new Map(courses.map((c) => [c.id, c]));
    const levels = new Map(learner.levels);
    const reachedBy = new Map<string, { level: number; courseId: string; title: string }[]>();
    let [totalMinutes, totalCost] = [0, 0];
    const steps = order.map((id, index) => {
        const course = byId.get(id)!;
        const prerequisites = course.prerequisites.map((p) => {
            const fromPlan = levelOf(learner, p.skillId) >= p.level ? undefined : reachedBy.get(p.skillId)?.find((r) => r.level >= p.level);
            return {
                skillId: p.skillId,
                skillName: p.skillName,
                level: p.level,
                metByCourseId: fromPlan?.courseId ?? null,
                metBy: fromPlan ? `step: ${fromPlan.title}` : "the person's evidence",
            };
        });
        const raises = course.teaches
            .filter((t) => t.level > (levels.get(t.skillId) ?? 0))
            .map((t) => ({
                skillId: t.skillId,
                skillName: t.skillName,
                fromLevel: levels.get(t.skillId) ?? 0,
                toLevel: t.level,
                targetLevel: targets.find((x) => x.skillId === t.skillId)?.requiredLevel ?? null,
            }));
        for (const r of raises) {
            levels.set(r.skillId, r.toLevel);
            reachedBy.set(r.skillId, [...(reachedBy.get(r.skillId) ?? []), { level: r.toLevel, courseId: course.id, title: course.title }]);
        }
        totalMinutes += course.minutes;
        totalCost = Math.round((totalCost + course.cost) * 100) / 100;
        return {
            position: index + 1,
            courseId: course.id,
            title: course.title,
            minutes: course.minutes,
            cost: course.cost,
            currency: course.currency,
            completedBefore: course.completedBefore,
            raises,
            prerequisites,
            totalMinutes,
            totalCost,
            levelsAfter: new Map(levels),
        };
    });
    return { steps, totalMinutes, totalCost };
}

function openExplanation(name: string, level: number, reachable: number, reason: OpenReason, options: PlanOptions): string {
    if (reason === "NO_COURSE") {
        const filter = describeCourseFilter(options.courseFilter);
        const within = filter ? ` within your course filters (${filter})` : "";
        return `No available course${within} teaches ${name} to level ${level}${reachable ? `; courses reach level ${reachable} at most` : ""}.`;
    }
    if (reason === "PREREQUISITES_UNREACHABLE")
        return `Courses teach ${name} to level ${level}, but their prerequisites cannot be met by the person's evidence or by other courses.`;
    const budget = [options.maxMinutes != null ? `${options.maxMinutes} minutes` : null, options.maxCost != null ? `a cost of ${options.maxCost}` : null]
        .filter(Boolean)
        .join(" and ");
    return `${name} to level ${level} does not fit within the budget of ${budget}.`;
}

/** Solves, describes and explains a plan for skill targets the learner already has levels for. */
function assemble(
    learner: LearnerLevels,
    target: { kind: "ROLE" | "CREDENTIAL"; id: string; title: string },
    targets: PlanTarget[],
    courses: readonly CatalogueCourse[],
    options: PlanOptions,
    solve: (problem: PlanProblem) => PlanSolution = solvePlan,
): LearningPlan {
    const solution = solve(
        problemFor(
            targets.map((t) => ({ skillId: t.skillId, level: t.requiredLevel })),
            learner,
            courses,
            options,
        ),
    );
    const { steps, totalMinutes, totalCost } = describeSteps(solution.order, courses, learner, targets);
    const currencies = [...new Set(steps.map((s) => s.currency))];
    const open = solution.open.map((o) => ({
        skillId: o.skillId,
        skillName: skillNameOf(learner, o.skillId),
        requiredLevel: o.level,
        currentLevel: levelOf(learner, o.skillId),
        reachableLevel: o.reachable,
        reason: o.reason,
        explanation: openExplanation(skillNameOf(learner, o.skillId), o.level, o.reachable, o.reason, options),
    }));
    const money =
        currencies.length === 1
            ? `${totalCost} ${currencies[0]}`
            : currencies.length
              ? `${totalCost} in mixed currencies (${currencies.join(", ")})`
              : "nothing";
    const solverText = solution.optimal ? "exact solver, proven optimal" : `greedy heuristic over ${courses.length} candidate courses, not proven optimal`;
    const explanation =
        targets.length === 0
            ? `${learner.personName} already meets every skill level ${target.title} asks for.`
            : `${steps.length} course${steps.length === 1 ? "" : "s"} (${totalMinutes} minutes, ${money}) close ${targets.length - open.length} of ${targets.length} skill gaps for ${target.title}` +
              `${open.length ? `; ${open.length} stay open` : ""} (${solverText}).`;
    return {
        personId: learner.personId,
        personName: learner.personName,
        targetKind: target.kind,
        targetId: target.id,
        targetTitle: target.title,
        objective: options.objective,
        solver: solution.solver,
        optimal: solution.optimal,
        candidateCourses: courses.length,
        targets,
        steps,
        totalMinutes,
        totalCost,
        currency: currencies.length === 1 ? currencies[0] : null,
        eligibleCredentials: [],
        credentialsToEarn: [],
        open,
        explanation,
    };
}

/**
 * The candidate courses for some skills out of a larger set read for more: those teaching any of them and, up to three
 * steps back, those teaching the prerequisites of such courses (what cypher/learning/read-candidate-courses.cypher
 * returns for exactly these skills), in the read's order.
 */
export function coursesFor(courses: readonly CatalogueCourse[], skillIds: Iterable<string>): CatalogueCourse[] {
    const teaching = new Map<string, CatalogueCourse[]>();
    for (const course of courses) for (const t of course.teaches) teaching.set(t.skillId, [...(teaching.get(t.skillId) ?? []), course]);
    const reached = new Set<string>();
    let frontier = [...new Set([...skillIds].flatMap((id) => teaching.get(id) ?? []))];
    for (let step = 0; step <= 3 && frontier.length; step++) {
        frontier = frontier.filter((course) => !reached.has(course.id));
        frontier.forEach((course) => reached.add(course.id));
        frontier = frontier.flatMap((course) => course.prerequisites.flatMap((p) => teaching.get(p.skillId) ?? []));
    }
    return courses.filter((course) => reached.has(course.id));
}

/**
 * Adds, to each plan, the credentials whose certified skills the plan's steps bring within reach (leaf credentials
 * the person does not hold validly and could not earn before), at the first step after which they could.
 */
export function addEligibleCredentials(learner: LearnerLevels, eligibility: ReadonlyMap<string, CredentialNode>, plans: LearningPlan[]): void {
    const progress = evaluateStack(eligibility, learner.asOf);
    const leaves = [...eligibility.values()].filter((n) => n.parts.length === 0 && n.certifies.length > 0 && !progress.get(n.id)?.complete);
    const ready = (node: CredentialNode, levels: ReadonlyMap<string, number>, earned: Set<string>) =>
        node.certifies.every((c) => (levels.get(c.skillId) ?? 0) >= c.level) &&
        node.prerequisites.every((pre) => progress.get(pre)?.complete || earned.has(pre));
    for (const plan of plans) {
        const earned = new Set<string>();
        const before = new Set(leaves.filter((n) => ready(n, learner.levels, earned)).map((n) => n.id));
        plan.steps.forEach(({ levelsAfter: levels }, index) => {
            for (const node of leaves) {
                if (before.has(node.id) || earned.has(node.id) || !ready(node, levels, earned)) continue;
                earned.add(node.id);
                plan.eligibleCredentials.push({ credentialId: node.id, title: node.title, afterStep: index + 1 });
            }
        });
    }
}

/** What a role plan is computed from, all read before: plain data, so it can cross to a compute thread. */
export interface RolePlanInput {
    readonly role: { readonly id: string; readonly title: string };
    readonly targets: PlanTarget[];
    readonly inputs: PlanningInputs;
    readonly options: PlanOptions;
}

/** Compute step of a role plan: solve, explain, and the credentials the steps make the person eligible for. */
export function computeRolePlan({ role, targets, inputs: { learner, courses, eligibility }, options }: RolePlanInput): LearningPlan {
    const plan = assemble(learner, { kind: "ROLE", ...role }, targets, courses, options);
    addEligibleCredentials(learner, eligibility, [plan]);
    return plan;
}

/** A role target: every requirement the person does not meet (essential ones only when asked). Read, then compute. */
async function planForRole(db: Db, compute: Compute, personId: string, roleId: string, options: PlanOptions, asOf: Date, weights: FitWeights) {
    const gap = await skillGap(db, { personId, roleId }, { includeNarrower: options.includeNarrower, asOf, weights });
    const targets = gap.requirements
        .filter((r) => r.deficit > 0 && (!options.essentialOnly || r.importance === "ESSENTIAL"))
        .map((r) => ({ skillId: r.skillId, skillName: r.skillName, requiredLevel: r.requiredLevel, currentLevel: r.effectiveLevel, importance: r.importance }));
    const inputs = await readPlanningInputs(
        db,
        personId,
        asOf,
        targets.map((t) => t.skillId),
        gap.requirements.map((r) => r.skillId),
        options.courseFilter,
        options.includeNarrower,
    );
    return compute.run("rolePlan", { role: { id: roleId, title: gap.roleTitle }, targets, inputs, options });
}

export interface CredentialPlanning {
    readonly learner: LearnerLevels;
    readonly nodes: Map<string, CredentialNode>;
    readonly progress: Map<string, NodeProgress>;
    plan: LearningPlan;
    /** Solves the chosen completion again with the exact solver where it applies (after a greedy-only ranking). */
    readonly solveBest: (limits?: typeof EXACT_LIMITS) => void;
}

/** What credential plans are computed from: the stacks below each credential and the planning inputs. */
export interface CredentialPlanningInput {
    readonly trees: ReadonlyMap<string, Map<string, CredentialNode>>;
    readonly inputs: PlanningInputs;
}

/** The read step of credential plans: the stacks, then the planning inputs for every skill they certify. */
export async function readCredentialPlanning(
    db: Db,
    personId: string,
    credentialIds: readonly string[],
    asOf: Date,
    filter: CourseFilter = ANY_COURSE,
): Promise<CredentialPlanningInput> {
    const trees = await readCredentialTrees(db, credentialIds, personId);
    const certified = [...trees.values()].flatMap((tree) => [...tree.values()].flatMap((n) => n.certifies.map((c) => c.skillId)));
    return { trees, inputs: await readPlanningInputs(db, personId, asOf, certified, [], filter) };
}

/** How many ways of completing one credential are planned (a stack's "any n of m" gives up to 64). */
const PLANNED_CHOICES = 8;

/**
 * The ways of completing a credential worth planning: one per distinct set of needs (the first, as ranking keeps
 * it), and of those the `PLANNED_CHOICES` with the fewest skill levels missing (ties in their order). Each is planned
 * by a greedy pass; dozens per credential for 60 candidates made nearestCredentials take seconds.
 */
function choicesToPlan<T extends { needs: readonly SkillLevel[] }>(choices: readonly T[], learner: LearnerLevels): T[] {
    const distinct = new Map<string, T>();
    for (const choice of choices) {
        const key = choice.needs
            .map((n) => `${n.skillId}\u0000${n.level}`)
            .sort()
            .join("\u0001");
        if (!distinct.has(key)) distinct.set(key, choice);
    }
    const missing = (choice: T) => choice.needs.reduce((sum, n) => sum + n.level - levelOf(learner, n.skillId), 0);
    const kept = [...distinct.values()];
    return kept.length <= PLANNED_CHOICES ? kept : kept.sort((a, b) => missing(a) - missing(b)).slice(0, PLANNED_CHOICES);
}

/**
 * Plans for several credentials of one person over inputs read once. For each credential the ways of completing it
 * (each choice of parts that satisfies its rules; see choicesToPlan) are planned by one greedy pass and the cheapest is
 * solved properly.
 */
export function planForCredentials(
    trees: ReadonlyMap<string, Map<string, CredentialNode>>,
    { learner, courses: read }: PlanningInputs,
    options: PlanOptions,
    solve: (problem: PlanProblem) => PlanSolution = solvePlan,
): Map<string, CredentialPlanning> {
    const needsOf = (needs: readonly SkillLevel[]) => needs.filter((n) => levelOf(learner, n.skillId) < n.level);
    const alternatives = new Map(
        [...trees].map(([rootId, nodes]) => {
            const progress = evaluateStack(nodes, learner.asOf, learner.levels);
            return [
                rootId,
                { nodes, progress, choices: completionAlternatives(rootId, nodes, progress).map((a) => ({ ...a, needs: needsOf(a.needs) })) },
            ] as const;
        }),
    );
    const courses = coursesFor(
        read,
        [...alternatives.values()].flatMap((a) => a.choices.flatMap((c) => c.needs.map((n) => n.skillId))),
    );
    const out = new Map<string, CredentialPlanning>();
    for (const [rootId, { nodes, progress, choices }] of alternatives) {
        const ranked = choicesToPlan(choices, learner)
            .map((choice) => ({ choice, solution: solveGreedyPass(problemFor(choice.needs, learner, courses, options)) }))
            .sort(
                (a, b) =>
                    a.solution.open.length - b.solution.open.length ||
                    (options.objective === "MINUTES" ? a.solution.minutes - b.solution.minutes : a.solution.cost - b.solution.cost),
            );
        const best = ranked[0]?.choice ?? { needs: [], earn: [] };
        const targets = best.needs.map((n) => ({
            skillId: n.skillId,
            skillName: skillNameOf(learner, n.skillId),
            requiredLevel: n.level,
            currentLevel: levelOf(learner, n.skillId),
            importance: null,
        }));
        const root = nodes.get(rootId)!;
        const planWith = (solver: (problem: PlanProblem) => PlanSolution) => {
            const plan = assemble(learner, { kind: "CREDENTIAL", id: rootId, title: root.title }, targets, courses, options, solver);
            plan.credentialsToEarn = best.earn.map((id) => ({ credentialId: id, title: nodes.get(id)?.title ?? id }));
            if (choices.length === 0) plan.explanation = `${root.title} cannot be completed: its stack rules cannot be satisfied by the parts that exist.`;
            else if (targets.length === 0 && best.earn.length)
                plan.explanation = `${learner.personName} already has every skill level ${root.title} asks for: ready to be assessed for ${plan.credentialsToEarn.map((c) => c.title).join(", ")}.`;
            else if (progress.get(rootId)?.complete) plan.explanation = `${learner.personName} has already completed ${root.title}.`;
            return plan;
        };
        const planning: CredentialPlanning = {
            learner,
            nodes,
            progress,
            plan: planWith(solve),
            solveBest: (limits = EXACT_LIMITS) => (planning.plan = planWith((problem) => solvePlan(problem, limits))),
        };
        out.set(rootId, planning);
    }
    return out;
}

export interface LearningTargetInput {
    readonly roleId?: string | null;
    readonly credentialId?: string | null;
}

export interface LearningPlanRequest {
    readonly personId: string;
    readonly target: LearningTargetInput;
    readonly options: PlanOptions;
    readonly asOf: Date;
}

export type OneCredentialInput = CredentialPlanningInput & { credentialId: string; options: PlanOptions };

/** The planning towards one credential with its eligible credentials; null when the credential does not exist. */
export function planOneCredential({ credentialId, trees, inputs, options }: OneCredentialInput): CredentialPlanning | null {
    const planning = planForCredentials(trees, inputs, options).get(credentialId);
    if (!planning) return null;
    addEligibleCredentials(inputs.learner, inputs.eligibility, [planning.plan]);
    return planning;
}

/** Compute step of a plan towards one credential; null when the credential does not exist. */
export function computeCredentialPlan(input: OneCredentialInput): LearningPlan | null {
    return planOneCredential(input)?.plan ?? null;
}

/** Query.learningPlan: exactly one of roleId and credentialId. */
export async function learningPlan(
    db: Db,
    compute: Compute,
    { personId, target, options, asOf }: LearningPlanRequest,
    weights: FitWeights,
): Promise<LearningPlan> {
    if (Boolean(target.roleId) === Boolean(target.credentialId)) {
        throw badInput("Give exactly one of target.roleId and target.credentialId.", { field: "target", allowed: "{ roleId } or { credentialId }" });
    }
    if (target.roleId) return planForRole(db, compute, personId, target.roleId, options, asOf, weights);
    const credentialId = target.credentialId!;
    const plan = await compute.run("credentialPlan", {
        credentialId,
        ...(await readCredentialPlanning(db, personId, [credentialId], asOf, options.courseFilter)),
        options,
    });
    if (!plan) throw notFound(`No credential with id "${credentialId}".`, { field: "target.credentialId", id: credentialId });
    return plan;
}
