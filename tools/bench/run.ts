import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { readResultFiles, scaleCurve, scaleCurveTable } from "./scale-curve";
import { DEFAULT_WORKFORCE, countGeneratedPeople, generateWorkforce, readWorkforceReport, recordWorkforceReport } from "../generate/load-workforce";
import { loadConfig } from "../../src/config";
import { DEFAULT_ESCO_LEVELS, importEsco } from "../import/esco/esco-import";
import { RejectLog } from "../import/rejects";
import { createLogger } from "../../src/logger";
import { applyDatabaseSchema } from "../../src/neo4j/apply-schema";
import { connectDatabase } from "../../src/neo4j/connect";
import { plain } from "../../src/neo4j/read-rows";
import { completionParam, maxLevelParam } from "../../src/neo4j/evidence-params";
import { type CredentialNode, flattenStack } from "../../src/domain/credential-stack";
import { type Evidence, type EvidencePolicy, type FitWeights, type Importance, effectiveLevel, fitOf } from "../../src/domain/evidence";
import { MobilityBlend, type SignalWeights } from "../../src/domain/mobility-blend";
import { type AnyQueryName, toolCypher } from "../cypher-catalogue";
import { OnnxEmbedder } from "../../src/embeddings/embedder";
import { Embeddings } from "../../src/embeddings/embeddings";
import { SkillTagger } from "../../src/use-cases/skill-tagging";
import { refreshEmbeddings } from "../refresh-embeddings";
import { requireDataDir } from "../data-dir";
import { UsageError, intFlag, listFlag, numberFlag, parseFlags, runCli } from "../cli-flags";
import { projectRoot } from "../../src/project-root";
import { loadDemo } from "../../seed/load-demo";
import { startApiProcess } from "../harness/api-process";
import { mintToken } from "../harness/tokens";
import { type CompareMode, MIN_TAIL_SAMPLES, type Projection, describeDifference, isGraphqlError, latencyCell, perSecond, splitInputs } from "./harness";
import { type NaiveResult, naiveComparisons, naiveTable } from "./naive";
import { postGraphql } from "./graphql-http";
import { type AfterChangeResult, type Requirement, afterChangeTable, measureAfterChange } from "./after-change";
import { type PhaseResult, measureResponsiveness, responsivenessTable } from "./responsiveness";
import { type SolverRow, compareSolvers, solverTable } from "./solver-comparison";
import { type Percentiles, percentiles, throughput, timeInterleaved } from "./stats";
import { courseLengthTexts } from "./texts";
import { type CatalogueResult, catalogueLine, measureCatalogueTagging } from "./catalogue";
import type { Db } from "../../src/neo4j/read-rows";
import { type HoldingRef, Issuing, exportCredential, holdingId, verifyCredential } from "../../src/use-cases/portable-credentials";
import { importCredential } from "../../src/use-cases/import-credential";
import { type ForeignDeployment, startForeignDeployment } from "./foreign-deployment";

/**
 * `npm run bench -- [--scale 100000 | --demo] [--calls 200] [--seconds 30] [--concurrency 16] [--only a,b]`: loads or reuses the
 * scale graph (or, with --demo, the demo organisation), then measures each operation through GraphQL over HTTP (the
 * API in its own process) and its reads as raw Cypher through the driver alone. Before measuring, each warm-up input
 * is answered both ways and the baseline's reads are checked against the API's answer (./harness.ts), so a baseline
 * that reads more or less than the API stops the run instead of flattering either side.
 */
type Row = Record<string, unknown>;
type RunCypher = (file: AnyQueryName, params: Record<string, unknown>) => Promise<Row[]>;
type Audience = "admin" | "planner";

interface GraphqlRequest {
    readonly query: string;
    readonly variables: Record<string, unknown>;
}

/** One operation, measured over the same inputs through GraphQL and as its raw reads. */
interface OperationSpec<I, R, D> {
    readonly name: string;
    /** Who sends it: planner queries go as a planner, so that their access checks are inside the measurement. */
    readonly as: Audience;
    /** A token of the input's own (an employee importing into their wallet) instead of the audience's. */
    readonly tokenFor?: (input: I) => string;
    /** The inputs to draw from; ./harness.ts splitInputs keeps warm-up and measured ones apart. */
    readonly inputs: readonly I[];
    readonly key: (input: I) => string;
    readonly graphql: (input: I) => GraphqlRequest;
    /**
     * The API's reads for the input (the same Cypher files from the catalogue, with the same parameters and in the same
     * order, access-check reads included) through the driver alone, without GraphQL, HTTP, the judgement or the
     * solvers, except where the API's next read depends on a judgement; returns what it read.
     */
    readonly baseline: (input: I) => Promise<R>;
    /** How the projections of the two are compared, aspect by aspect, once per warm-up input. */
    readonly compare: Readonly<Record<string, CompareMode>>;
    readonly api: (data: D, input: I) => Projection;
    readonly read: (read: R, input: I) => Projection;
}

type Operation = OperationSpec<unknown, unknown, unknown>;
/** Erases an operation's input and answer types so that one list holds them all. */
const op = <I, R, D>(spec: OperationSpec<I, R, D>): Operation => spec as unknown as Operation;

interface SideResult extends Percentiles {
    readonly samples: number;
    readonly perSecond: number;
    readonly errors: number;
    /** Seconds the throughput phase actually lasted. */
    readonly seconds: number;
}

interface OperationResult {
    readonly name: string;
    /** The audience, or "holder" for an operation sent with each input's own employee token. */
    readonly as: Audience | "holder";
    readonly warmupInputs: number;
    readonly measuredInputs: number;
    readonly distinctInputs: boolean;
    readonly graphql: SideResult;
    readonly cypher: SideResult;
    readonly ratioP50: number;
    readonly ratioThroughput: number;
}

const DEMO_PREFIX = "demo:person:";
const RESULTS_DIR = path.join(projectRoot, "tools", "bench", "results");
/** Warm-up inputs per operation at most (each checked against the baseline); ./harness.ts takes at most half the pool. */
const WARMUP = 20;
/** Waits for the API's workforce and transition indexes (a supply query needs both). */
export const WARM_UP_QUERY = `query WarmUp($u: ID!) { skillSupplyDemand(orgUnitId: $u, first: 1) { skillsInDemand } }`;
/** Sections of a run besides the operations, selected by name with --only. */
const SECTIONS = ["naive", "solvers", "responsiveness", "after-change", "catalogue"];
/** Calls per naive baseline: each loads every person in scope. */
const NAIVE_CALLS = 5;
/** The generated catalogue the catalogue section tags: courses, and the length of each one's description. */
const CATALOGUE_COURSES = 10_000;
const CATALOGUE_CHARACTERS = 800;
/** Seeded instances per problem for the solver comparison (graph-independent: the same in every run). */
const SOLVER_INSTANCES = 100;

/** Whose data the benchmark reads: generated people (`gen:person:000001`...) or the demo organisation's. */
interface Population {
    readonly prefix: string;
    readonly digits: number;
    readonly count: number;
}

const GAP_FIELDS =
    "fit essentialCoverage missingEssentials requirements { skillId requiredLevel importance effectiveLevel deficit explanation evidence { source level credentialTitle } }";
const PLAN_FIELDS =
    "solver optimal candidateCourses targets { skillId } totalMinutes totalCost steps { courseId minutes raises { skillId fromLevel toLevel } prerequisites { skillId level metBy } } eligibleCredentials { credentialId afterStep } open { skillId reason explanation }";
const PROGRESS_FIELDS = `credentialId shareComplete complete parts { credentialId } held { credentialId } expired { credentialId expiresAt } missing { credentialId } rules { rule satisfied } remainingMinutes explanation plan { ${PLAN_FIELDS} }`;

interface GapRow {
    readonly personId: string;
    readonly requirements: readonly { skillId: string; level: number; importance: Importance; evidence: Evidence[] }[];
}
interface CourseRow {
    readonly id: string;
    readonly teaches: readonly { skillId: string }[];
    readonly prerequisites: readonly { skillId: string }[];
}
interface TreeRow {
    readonly rootId: string;
    readonly personId: string | null;
    readonly nodes: CredentialNode[];
}
interface PlanAnswer {
    readonly candidateCourses: number;
    readonly targets: readonly { skillId: string }[];
    readonly steps: readonly { courseId: string }[];
    readonly eligibleCredentials: readonly { credentialId: string }[];
}
interface ProgressAnswer {
    readonly credentialId: string;
    readonly parts: readonly { credentialId: string }[];
    readonly plan: PlanAnswer;
}
interface CandidateRow {
    readonly id: string;
    readonly bound: number;
}
interface SupplyRow {
    readonly skillId: string;
    readonly skillName: string;
    readonly headcount: number;
    readonly openings: number;
    readonly supply: number;
}

const ids = <T>(items: readonly T[], id: (item: T) => string) => items.map(id);
const count = (n: number) => [`count ${n}`];
const fitText = (fit: number) => fit.toFixed(6);
/** Fits rank at 9 decimals, then by id, as src/use-cases/role-candidates.ts ranks them. */
const byFit = (a: { fit: number; id: string }, b: { fit: number; id: string }) =>
    Math.round(b.fit * 1e9) - Math.round(a.fit * 1e9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
interface CostRow {
    readonly roleId: string;
    readonly cost: number;
}
/** Roles by cost at 9 decimals, then id, each with its cost. */
const byCost = (rows: readonly CostRow[]) =>
    rows
        .map((r) => ({ roleId: r.roleId, cost: r.cost.toFixed(9) }))
        .sort((a, b) => (a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : a.roleId < b.roleId ? -1 : 1))
        .map((r) => `${r.cost} ${r.roleId}`);
interface ScoreRow {
    readonly roleId: string;
    readonly score: number | null;
}
interface BlendRow {
    readonly roleId: string;
    readonly cost: number;
    readonly requirements: number;
    readonly coverage: number;
    readonly semantic: number | null;
    readonly hierarchy: number | null;
}
/** The baseline's signals standardised and summed by src/domain/mobility-blend.ts, best first as the API orders. */
function blendRows(rows: readonly BlendRow[], weights: SignalWeights): ScoreRow[] {
    const column = (value: (row: BlendRow) => number | null) =>
        rows.some((row) => value(row) !== null) ? rows.map((row) => value(row) ?? Number.NaN) : undefined;
    const blend = new MobilityBlend(
        {
            requirements: rows.map((row) => row.requirements),
            coverage: rows.map((row) => row.coverage),
            transition: rows.map((row) => 1 - row.cost),
            semantic: column((row) => row.semantic),
            hierarchy: column((row) => row.hierarchy),
        },
        weights,
        rows.map((_, i) => i),
    );
    return rows
        .map((row, i) => ({ roleId: row.roleId, cost: row.cost, score: blend.score(i) }))
        .sort((a, b) => b.score - a.score || a.cost - b.cost || (a.roleId < b.roleId ? -1 : 1));
}
const stackOrder = (tree: TreeRow) => flattenStack(tree.rootId, new Map(tree.nodes.map((node) => [node.id, node]))).map((entry) => entry.id);

/** The 40 roles whose skills are most widely held, each with a top unit: ranks 21-40 first (they warm up), then the top 20. */
async function widelyHeldRoleUnits(run: RunCypher, rootUnits: readonly string[]) {
    const widelyHeld = (await run("bench/read-widely-held-roles", { count: neo4j.int(40) })).map((row) => row.roleId as string);
    return [...widelyHeld.slice(20), ...widelyHeld.slice(0, 20)].map((roleId, i) => ({ roleId, orgUnitId: rootUnits[i % rootUnits.length] }));
}

async function operations(
    run: RunCypher,
    population: Population,
    calls: number,
    rootUnits: readonly string[],
    weights: FitWeights,
    policy: EvidencePolicy,
    discount: { readonly maxShare: number; readonly saturation: number },
    signalWeights: SignalWeights,
    tagText: (text: string) => Promise<string[]>,
    credentials: { readonly db: Db; readonly issuing: Issuing; readonly foreign: Issuing; readonly holderToken: (personId: string) => Promise<string> },
): Promise<Operation[]> {
    const maxLevel = maxLevelParam(policy);
    // Enough distinct inputs for the warm-up and the measured calls where the graph has them.
    const wanted = calls + WARMUP;
    const pool = Math.max(1, Math.min(population.count, wanted));
    const names = (await run("bench/read-sample-inputs", { count: neo4j.int(wanted) })).map((r) => r.name as string);
    const terms = names.map((name) => name.split(" ").slice(0, 2).join(" ").slice(0, 12));
    const descriptions = (await run("bench/read-role-descriptions", { count: neo4j.int(wanted * 6) })).map((r) => r.text as string);
    const sentences = descriptions.map((text) => /^.*?[.!?](\s|$)/.exec(text)?.[0].trim() ?? text).slice(0, wanted);
    const courseTexts = courseLengthTexts(descriptions, 2000, wanted);
    const tagSkillsOp = ({ name, texts }: { name: string; texts: string[] }) =>
        op({
            name,
            as: "admin",
            inputs: texts,
            key: String,
            graphql: (text) => gql(`query Tag($text: String!) { tagSkills(text: $text, first: 10) { skill { id } score methods } }`, { text }),
            baseline: async (text) => (await tagText(text)).map((skillId) => ({ skillId })),
            compare: { skills: "ordered" },
            api: (data: { tagSkills: { skill: { id: string } }[] }) => ({ skills: data.tagSkills.map((tag) => tag.skill.id) }),
            read: (rows) => ({ skills: rows.map((row) => row.skillId) }),
        });
    const holdings = (await run("bench/read-exportable-holdings", { prefix: population.prefix, count: neo4j.int(wanted) })) as unknown as HoldingRef[];
    // The documents to verify: the same holdings exported once here (the export takes a status-list bit the first time).
    const documents: string[] = [];
    for (const holding of holdings) documents.push((await exportCredential(credentials.db, credentials.issuing, holding)).jws);
    /** What a signed document says, without the signature (Ed25519 signs the same bytes the same way, but be exact). */
    const documentKey = (credential: Record<string, unknown>) => {
        const { id, validFrom, validUntil, credentialSubject, credentialStatus } = credential as Record<string, Record<string, unknown> | string | undefined>;
        return JSON.stringify({
            id,
            validFrom,
            validUntil,
            achievement: (credentialSubject as Record<string, { id?: string }>).achievement?.id,
            credentialStatus,
        });
    };
    const checksOf = (checks: readonly { check: string; ok: boolean }[]) => checks.map((c) => `${c.check} ${c.ok}`);
    // The same holdings as another deployment (served by this process, trusted by the API) issued them, to import.
    const foreignDocuments: { personId: string; jws: string }[] = [];
    const holderTokens = new Map<string, string>();
    for (const holding of holdings) {
        foreignDocuments.push({ personId: holding.personId, jws: (await exportCredential(credentials.db, credentials.foreign, holding)).jws });
        if (!holderTokens.has(holding.personId)) holderTokens.set(holding.personId, await credentials.holderToken(holding.personId));
    }
    const importedSkills = (skills: readonly { skillId: string; level: number }[]) => skills.map((skill) => `${skill.skillId} ${skill.level}`).sort();
    const personAt = (i: number) => `${population.prefix}${String(((i * 7919) % population.count) + 1).padStart(population.digits, "0")}`;
    const offsets = [...Array(pool).keys()].map((i) => ((i * 7919) % Math.max(1, population.count - 50)) | 0);
    const people = [...Array(pool).keys()].map(personAt);
    const pairs = (await run("bench/read-people-roles", { ids: people })) as { personId: string; roleId: string; unitId: string }[];
    const [{ ids: credentialIds }] = (await run("bench/read-credential-ids", {})) as { ids: string[] }[];
    const teams = (await run("bench/read-team-needs", {})).map((row) => ({
        id: row.id as string,
        requirements: (row.requirements as { skillId: string; minLevel: number; count: number }[]).map((r) => ({
            skillId: r.skillId,
            minLevel: r.minLevel,
            count: r.count,
        })),
    }));
    const credentialPairs = pairs.map(({ personId }, i) => ({ personId, credentialId: credentialIds[(i * 31) % credentialIds.length] }));
    // Planner queries over one unit name a top unit: a planner covering several may not leave the unit out.
    const roleUnits = await widelyHeldRoleUnits(run, rootUnits);
    const paths = pairs.map((pair, i) => ({
        personId: pair.personId,
        to: [1, 2].map((step) => pairs[(i + step) % pairs.length].roleId).find((roleId) => roleId !== pair.roleId) ?? pair.roleId,
    }));
    const gql = (query: string, variables: Record<string, unknown>): GraphqlRequest => ({ query, variables });
    const costSettings = {
        essentialWeight: weights.essential,
        optionalWeight: weights.optional,
        maxShare: discount.maxShare,
        saturation: neo4j.int(discount.saturation),
    };

    // adjacentRoles by the blend: the baseline reads every signal in Cypher, then standardises and sums them as the API.
    const blendOp = (name: string, first: number) =>
        op({
            name,
            as: "admin",
            inputs: pairs.map((pair) => pair.roleId),
            key: String,
            // first as a variable: graphql-armor's cost estimate multiplies by a literal first.
            graphql: (roleId) =>
                gql(
                    first <= 10
                        ? `query Blend($roleId: ID!, $first: Int!) { adjacentRoles(roleId: $roleId, first: $first) { rolesConsidered roles { roleId cost score rankedBecause signals { signal value contribution } } } }`
                        : `query BlendRanking($roleId: ID!, $first: Int!) { adjacentRoles(roleId: $roleId, first: $first) { rolesConsidered roles { roleId score } } }`,
                    { roleId, first },
                ),
            baseline: (roleId) => run("bench/read-blend-signals", { roleId, ...costSettings }),
            // Neo4j's cosine of the embeddings differs from the API's in the 7th digit, which may swap near ties: every
            // role answered must be among the baseline's first + 5.
            compare: { roles: "subset" },
            api: (data: { adjacentRoles: { roles: ScoreRow[] } }) => ({ roles: ids(data.adjacentRoles.roles, (r) => r.roleId) }),
            read: (rows) => ({ roles: ids(blendRows(rows as unknown as BlendRow[], signalWeights).slice(0, first + 5), (r) => r.roleId) }),
        });

    // The reads of the request guard and of Access (src/server/request-guards.ts, src/auth/access.ts) for a planner.
    const plannerScope = () => run("auth/expand-org-unit-scope", { unitIds: rootUnits });
    const plannerReadsPerson = async (personId: string) => {
        await plannerScope();
        await run("auth/read-person-units", { personIds: [personId] });
    };
    const levelOf = (evidence: readonly Evidence[], asOf: Date) => effectiveLevel(evidence, asOf, false, policy).level;
    const fitOfGap = (row: GapRow, asOf: Date) =>
        fitOf(
            row.requirements.map((r) => ({ required: r.level, effective: levelOf(r.evidence, asOf), importance: r.importance })),
            weights,
        ).fit;
    /** src/use-cases/skill-gap.ts skillGaps: 1,000 pairs per read. */
    const readGaps = async (gapPairs: readonly { personId: string; roleId: string }[]) => {
        const rows: GapRow[] = [];
        for (let start = 0; start < gapPairs.length; start += 1000)
            rows.push(
                ...((await run("people/read-skill-gaps", {
                    pairs: gapPairs.slice(start, start + 1000),
                    includeNarrower: false,
                    completion: completionParam(policy),
                    maxLevel,
                })) as unknown as GapRow[]),
            );
        return rows;
    };
    const readTrees = async (requests: readonly { rootId: string; personId: string | null }[]) =>
        requests.length ? ((await run("credentials/read-credential-trees", { requests })) as unknown as TreeRow[]) : [];
    /**
     * src/use-cases/planning-reads.ts readPlanningInputs: candidate courses, the credentials certifying what they teach
     * with their trees (readEligibilityCatalogue), then the person's evidence for every skill any of them names.
     */
    const planningReads = async (personId: string, skillIds: readonly string[], otherSkillIds: readonly string[] = []) => {
        const targets = [...new Set(skillIds)];
        const courses = targets.length ? ((await run("learning/read-candidate-courses", { skillIds: targets, personId })) as unknown as CourseRow[]) : [];
        const taught = [...new Set(courses.flatMap((c) => c.teaches.map((t) => t.skillId)))];
        let eligibility: TreeRow[] = [];
        if (taught.length) {
            const [{ ids: certifying }] = (await run("credentials/read-certifying-skills", { skillIds: taught })) as { ids: string[] }[];
            eligibility = await readTrees(certifying.map((rootId) => ({ rootId, personId })));
        }
        const named = [
            ...courses.flatMap((c) => [...c.teaches, ...c.prerequisites].map((link) => link.skillId)),
            ...eligibility.flatMap((tree) => tree.nodes.flatMap((node) => node.certifies.map((c) => c.skillId))),
        ];
        const [evidence] = await run("people/read-person-evidence", {
            personId,
            skillIds: [...new Set([...skillIds, ...otherSkillIds, ...named])],
            includeNarrower: false,
            completion: completionParam(policy),
            maxLevel,
        });
        return { courses, eligibility, evidence };
    };
    /** src/use-cases/learning-plan.ts readCredentialPlanning: the stacks, then the planning reads for what they certify. */
    const credentialPlanningReads = async (personId: string, rootIds: readonly string[]) => {
        const trees = await readTrees(rootIds.map((rootId) => ({ rootId, personId })));
        const certified = trees.flatMap((tree) => tree.nodes.flatMap((node) => node.certifies.map((c) => c.skillId)));
        return { trees, ...(await planningReads(personId, certified)) };
    };
    type PlanningRead = Awaited<ReturnType<typeof planningReads>>;
    const planAspects = (plans: readonly PlanAnswer[]): Projection => ({
        "plan steps": plans.flatMap((plan) => ids(plan.steps, (s) => s.courseId)),
        "eligible credentials": plans.flatMap((plan) => ids(plan.eligibleCredentials, (c) => c.credentialId)),
    });
    const readAspects = (read: PlanningRead): Projection => ({
        "plan steps": ids(read.courses, (c) => c.id),
        "eligible credentials": read.eligibility.flatMap((tree) => ids(tree.nodes, (n) => n.id)),
    });
    const PLAN_COMPARE = { "plan steps": "subset", "eligible credentials": "subset" } as const;

    /**
     * The same ranking computed in Cypher per request (tools/cypher/bench/read-role-candidates.cypher: from the required
     * skills outward, every holder's fit bound), for the candidate and bench baselines; the API ranks on its workforce index.
     */
    const readRoleCandidates = (roleId: string, orgUnitId: string, asOf: Date, minBound: number, limit: number) =>
        run("bench/read-role-candidates", {
            roleId,
            orgUnitId,
            minAvailability: 0,
            location: null,
            excludeCurrentHolders: false,
            essentialWeight: weights.essential,
            optionalWeight: weights.optional,
            asOf: asOf.toISOString(),
            minBound,
            limit: neo4j.int(limit),
            completion: completionParam(policy),
            maxLevel,
        });
    /**
     * src/use-cases/role-candidates.ts candidatesForRole: the best-bounded candidates, their gaps, and more (four times
     * as many) until no unread person could enter the page. The fits decide whether to read more, so they are computed.
     */
    const candidatePage = async ({ roleId, orgUnitId }: { roleId: string; orgUnitId: string }, first: number) => {
        await plannerScope();
        for (let limit = 2 * first + 10; ; limit *= 4) {
            const asOf = new Date();
            const [row] = await readRoleCandidates(roleId, orgUnitId, asOf, 0, Math.min(limit, 20_000));
            const candidates = row.candidates as CandidateRow[];
            const gaps = await readGaps(candidates.map((c) => ({ personId: c.id, roleId })));
            const ranked = gaps.map((gap) => ({ id: gap.personId, fit: fitOfGap(gap, asOf) })).sort(byFit);
            const page = ranked.slice(0, first);
            const last = page.at(-1);
            const [lowest, lastId] = [candidates.at(-1)?.bound ?? 0, candidates.at(-1)?.id ?? ""];
            const nobodyUnreadBefore = last !== undefined && (last.fit > lowest + 1e-9 || (last.fit >= lowest - 1e-9 && last.id < lastId));
            const proven = !row.more || (page.length === first && nobodyUnreadBefore);
            if (proven || limit >= 20_000) return page;
        }
    };

    /** skillSupplyDemand for one top unit (a planner names one) or the whole organisation (null: an admin). */
    const supplyOp = (name: string, as: Audience, units: readonly (string | null)[]) =>
        op({
            name,
            as,
            inputs: units,
            key: String,
            graphql: (orgUnitId) =>
                gql(
                    `query Supply($orgUnitId: ID) { skillSupplyDemand(orgUnitId: $orgUnitId, first: 50) { skillsInDemand shortages skills { skillId demand supply gap singlePointOfFailure explanation } } }`,
                    { orgUnitId },
                ),
            baseline: async (orgUnitId) => {
                if (as === "planner") await plannerScope();
                const [{ skills }] = await run("bench/read-supply-demand", {
                    orgUnitId,
                    now: new Date().toISOString(),
                    completion: completionParam(policy),
                    maxLevel,
                });
                return skills as SupplyRow[];
            },
            compare: { "skills in demand": "ordered", skills: "ordered" },
            api: (data: { skillSupplyDemand: { skillsInDemand: number; skills: { skillId: string }[] } }) => ({
                "skills in demand": count(data.skillSupplyDemand.skillsInDemand),
                skills: ids(data.skillSupplyDemand.skills, (s) => s.skillId),
            }),
            // The ranking of src/use-cases/supply-demand.ts, to compare the first 50 in order.
            read: (skills) => {
                const ranked = skills.map((s) => {
                    const demand = s.headcount + s.openings;
                    return { s, gap: Math.max(0, demand - s.supply), spof: Number(s.supply <= 1), ratio: demand > 0 ? s.supply / demand : 0 };
                });
                ranked.sort((a, b) => b.gap - a.gap || b.spof - a.spof || a.ratio - b.ratio || a.s.skillName.localeCompare(b.s.skillName));
                return { "skills in demand": count(skills.length), skills: ids(ranked.slice(0, 50), (r) => r.s.skillId) };
            },
        });

    return [
        op({
            name: "page of 50 people with nested skills and credentials",
            as: "admin",
            inputs: offsets,
            key: String,
            graphql: (offset) =>
                gql(
                    `query People($offset: Int!, $prefix: ID!) {
                        people(limit: 50, offset: $offset, sort: [{ id: ASC }], where: { id: { startsWith: $prefix } }) {
                            id name email
                            skillsConnection { edges { properties { level source } node { id name } } }
                            credentials { id title }
                        }
                    }`,
                    { offset, prefix: population.prefix },
                ),
            baseline: (offset) => run("bench/read-people-page", { prefix: population.prefix, offset: neo4j.int(offset) }),
            compare: { people: "ordered" },
            api: (data: { people: { id: string; skillsConnection: { edges: unknown[] }; credentials: unknown[] }[] }) => ({
                people: data.people.map((p) => `${p.id} skills ${p.skillsConnection.edges.length} credentials ${p.credentials.length}`),
            }),
            read: (rows) => ({
                people: rows.map((p) => `${p.id as string} skills ${(p.skills as unknown[]).length} credentials ${(p.credentials as unknown[]).length}`),
            }),
        }),
        op({
            name: "page of 50 people with fitFor one role (DataLoader)",
            as: "admin",
            inputs: offsets.map((offset, i) => ({ offset, roleId: pairs[i % pairs.length].roleId })),
            key: (input) => `${input.offset} ${input.roleId}`,
            graphql: ({ offset, roleId }) =>
                gql(
                    `query Fit($offset: Int!, $prefix: ID!, $roleId: ID!) {
                        people(limit: 50, offset: $offset, sort: [{ id: ASC }], where: { id: { startsWith: $prefix } }) {
                            id name fitFor(roleId: $roleId) { fit essentialCoverage missingEssentials }
                        }
                    }`,
                    { offset, prefix: population.prefix, roleId },
                ),
            baseline: async ({ offset, roleId }) => {
                const page = await run("bench/read-people-names", { prefix: population.prefix, offset: neo4j.int(offset) });
                const gaps = await readGaps(page.map((row) => ({ personId: row.id as string, roleId })));
                return { page, gaps, asOf: new Date() };
            },
            compare: { people: "ordered", fit: "ordered" },
            api: (data: { people: { id: string; fitFor: { fit: number } }[] }) => ({
                people: ids(data.people, (p) => p.id),
                fit: data.people.map((p) => `${p.id} ${fitText(p.fitFor.fit)}`),
            }),
            read: ({ page, gaps, asOf }) => ({
                people: ids(page, (p) => p.id as string),
                fit: gaps.map((gap) => `${gap.personId} ${fitText(fitOfGap(gap, asOf))}`),
            }),
        }),
        op({
            name: "skillGap (person against their role)",
            as: "planner",
            inputs: pairs,
            key: (pair) => `${pair.personId} ${pair.roleId}`,
            graphql: ({ personId, roleId }) =>
                gql(`query Gap($personId: ID!, $roleId: ID!) { skillGap(personId: $personId, roleId: $roleId) { ${GAP_FIELDS} } }`, { personId, roleId }),
            baseline: async ({ personId, roleId }) => {
                await plannerReadsPerson(personId);
                return { gaps: await readGaps([{ personId, roleId }]), asOf: new Date() };
            },
            compare: { requirements: "set", fit: "ordered" },
            api: (data: { skillGap: { fit: number; requirements: { skillId: string }[] } }) => ({
                requirements: ids(data.skillGap.requirements, (r) => r.skillId),
                fit: [fitText(data.skillGap.fit)],
            }),
            read: ({ gaps: [gap], asOf }) => ({ requirements: ids(gap.requirements, (r) => r.skillId), fit: [fitText(fitOfGap(gap, asOf))] }),
        }),
        op({
            name: "learningPlan (person to their role, least minutes)",
            as: "planner",
            inputs: pairs,
            key: (pair) => `${pair.personId} ${pair.roleId}`,
            graphql: ({ personId, roleId }) =>
                gql(`query Plan($personId: ID!, $roleId: ID!) { learningPlan(personId: $personId, target: { roleId: $roleId }) { ${PLAN_FIELDS} } }`, {
                    personId,
                    roleId,
                }),
            // The gap read, then the plan's targets (the requirements not met: a judgement the next read depends on).
            baseline: async ({ personId, roleId }) => {
                await plannerReadsPerson(personId);
                const asOf = new Date();
                const [gap] = await readGaps([{ personId, roleId }]);
                const targets = gap.requirements.filter((r) => levelOf(r.evidence, asOf) < r.level).map((r) => r.skillId);
                const reads = await planningReads(
                    personId,
                    targets,
                    gap.requirements.map((r) => r.skillId),
                );
                return { targets, ...reads };
            },
            compare: { targets: "set", "candidate courses": "ordered", ...PLAN_COMPARE },
            api: ({ learningPlan: plan }: { learningPlan: PlanAnswer }) => ({
                targets: ids(plan.targets, (t) => t.skillId),
                "candidate courses": count(plan.candidateCourses),
                ...planAspects([plan]),
            }),
            read: (read) => ({ targets: read.targets, "candidate courses": count(read.courses.length), ...readAspects(read) }),
        }),
        op({
            name: "credentialStack",
            as: "admin",
            inputs: credentialIds,
            key: String,
            graphql: (credentialId) =>
                gql(`query Stack($credentialId: ID!) { credentialStack(credentialId: $credentialId) { rule entries { credentialId depth mandatory rule } } }`, {
                    credentialId,
                }),
            baseline: (credentialId) => readTrees([{ rootId: credentialId, personId: null }]),
            compare: { entries: "ordered" },
            api: (data: { credentialStack: { entries: { credentialId: string }[] } }) => ({
                entries: ids(data.credentialStack.entries, (e) => e.credentialId),
            }),
            read: ([tree]) => ({ entries: tree ? stackOrder(tree) : [] }),
        }),
        op({
            name: "credentialProgress (with the plan to finish)",
            as: "planner",
            inputs: credentialPairs,
            key: (input) => `${input.personId} ${input.credentialId}`,
            graphql: (input) =>
                gql(
                    `query Progress($personId: ID!, $credentialId: ID!) { credentialProgress(personId: $personId, credentialId: $credentialId) { ${PROGRESS_FIELDS} } }`,
                    input,
                ),
            baseline: async ({ personId, credentialId }) => {
                await plannerReadsPerson(personId);
                return credentialPlanningReads(personId, [credentialId]);
            },
            compare: { parts: "ordered", ...PLAN_COMPARE },
            api: ({ credentialProgress: progress }: { credentialProgress: ProgressAnswer }) => ({
                parts: ids(progress.parts, (p) => p.credentialId),
                ...planAspects([progress.plan]),
            }),
            read: (read) => ({ parts: read.trees.length ? stackOrder(read.trees[0]) : [], ...readAspects(read) }),
        }),
        op({
            name: "nearestCredentials (first 5)",
            as: "planner",
            inputs: pairs.map((pair) => pair.personId),
            key: String,
            graphql: (personId) =>
                gql(`query Nearest($personId: ID!) { nearestCredentials(personId: $personId, first: 5) { ${PROGRESS_FIELDS} } }`, { personId }),
            baseline: async (personId) => {
                await plannerReadsPerson(personId);
                const [{ ids: candidates }] = (await run("credentials/read-nearest-candidates", { personId, limit: neo4j.int(60) })) as { ids: string[] }[];
                return { candidates, ...(await credentialPlanningReads(personId, candidates)) };
            },
            // Which 5 of the candidates come first is the solver's choice: the answer must come from what was read.
            compare: { credentials: "subset", parts: "subset", ...PLAN_COMPARE },
            api: (data: { nearestCredentials: ProgressAnswer[] }) => ({
                credentials: ids(data.nearestCredentials, (p) => p.credentialId),
                parts: data.nearestCredentials.flatMap((p) => ids(p.parts, (part) => part.credentialId)),
                ...planAspects(data.nearestCredentials.map((p) => p.plan)),
            }),
            read: (read) => ({
                credentials: read.candidates,
                parts: read.trees.flatMap((tree) => ids(tree.nodes, (n) => n.id)),
                ...readAspects(read),
            }),
        }),
        op({
            name: "expiringCredentials (next 90 days, first 100)",
            as: "planner",
            inputs: rootUnits,
            key: String,
            graphql: (orgUnitId) =>
                gql(
                    `query Expiring($orgUnitId: ID!) { expiringCredentials(withinDays: 90, orgUnitId: $orgUnitId, first: 100) { personId credentialId expiresAt daysLeft stacksAtRisk { credentialId explanation } } }`,
                    { orgUnitId },
                ),
            baseline: async (orgUnitId) => {
                await plannerScope();
                const now = new Date();
                const [{ holdings }] = (await run("credentials/read-expiring-holdings", {
                    from: now.toISOString(),
                    until: new Date(now.getTime() + 90 * 86_400_000).toISOString(),
                    orgUnitId,
                    limit: neo4j.int(100),
                })) as { holdings: { personId: string; credentialId: string; stackIds: string[] }[] }[];
                const trees = await readTrees(holdings.flatMap((h) => h.stackIds.map((rootId) => ({ rootId, personId: h.personId }))));
                return { holdings, trees };
            },
            compare: { holdings: "ordered", "stacks at risk": "subset" },
            api: (data: { expiringCredentials: { personId: string; credentialId: string; stacksAtRisk: { credentialId: string }[] }[] }) => ({
                holdings: data.expiringCredentials.map((h) => `${h.personId} ${h.credentialId}`),
                "stacks at risk": data.expiringCredentials.flatMap((h) => ids(h.stacksAtRisk, (s) => s.credentialId)),
            }),
            read: ({ holdings, trees }) => ({
                holdings: holdings.map((h) => `${h.personId} ${h.credentialId}`),
                "stacks at risk": ids(trees, (t) => t.rootId),
            }),
        }),
        op({
            name: "candidatesForRole (first 20, the 20 roles whose skills are most widely held; baseline: the same ranking in Cypher)",
            as: "planner",
            inputs: roleUnits,
            key: (input) => `${input.roleId} ${input.orgUnitId}`,
            graphql: (input) =>
                gql(
                    `query Candidates($roleId: ID!, $orgUnitId: ID!) { candidatesForRole(roleId: $roleId, filter: { orgUnitId: $orgUnitId }, first: 20) { edges { cursor node { personId fit missingEssentials explanation matched { skillId effectiveLevel } } } pageInfo { hasNextPage endCursor } } }`,
                    input,
                ),
            baseline: (input) => candidatePage(input, 20),
            compare: { page: "ordered" },
            api: (data: { candidatesForRole: { edges: { node: { personId: string } }[] } }) => ({
                page: ids(data.candidatesForRole.edges, (e) => e.node.personId),
            }),
            read: (page) => ({ page: ids(page, (c) => c.id) }),
        }),
        op({
            name: "benchStrength (minFit 0.8, the default; baseline: the same in Cypher)",
            as: "planner",
            inputs: roleUnits,
            key: (input) => `${input.roleId} ${input.orgUnitId}`,
            graphql: (input) =>
                gql(
                    `query Bench($roleId: ID!, $orgUnitId: ID!) { benchStrength(roleId: $roleId, orgUnitId: $orgUnitId, minFit: 0.8) { count complete people { personId fit } } }`,
                    input,
                ),
            // The service's one read: everyone whose fit bound reaches 0.8, at most 20,000, with their gaps.
            baseline: async ({ roleId, orgUnitId }) => {
                await plannerScope();
                const asOf = new Date();
                const [row] = await readRoleCandidates(roleId, orgUnitId, asOf, 0.8 - 1e-9, 20_000);
                const gaps = await readGaps((row.candidates as CandidateRow[]).map((c) => ({ personId: c.id, roleId })));
                return { gaps, asOf };
            },
            compare: { count: "ordered", people: "ordered" },
            api: (data: { benchStrength: { count: number; people: { personId: string }[] } }) => ({
                count: count(data.benchStrength.count),
                people: ids(data.benchStrength.people, (p) => p.personId),
            }),
            read: ({ gaps, asOf }) => {
                const ready = gaps
                    .map((gap) => ({ id: gap.personId, fit: fitOfGap(gap, asOf) }))
                    .filter((c) => c.fit >= 0.8 - 1e-12)
                    .sort(byFit);
                return { count: count(ready.length), people: ids(ready.slice(0, 100), (c) => c.id) };
            },
        }),
        supplyOp("skillSupplyDemand (one top unit with its sub-units, first 50; baseline: the same in Cypher)", "planner", rootUnits),
        supplyOp("skillSupplyDemand (whole organisation, first 50; baseline: the same in Cypher)", "admin", [null]),
        op({
            name: "composeTeam (a team's needs, whole organisation; baseline: every holder read in Cypher)",
            as: "planner",
            inputs: teams,
            key: (team) => team.id,
            graphql: (team) =>
                gql(
                    `query Team($requirements: [TeamRequirementInput!]!) {
                        composeTeam(requirements: $requirements) { size solver optimal lowerBound members { personId covers { skillId level } } uncovered { skillId bestLevel } }
                    }`,
                    { requirements: team.requirements },
                ),
            // The planner covers every top unit: without constraints.orgUnitIds the service reads in all of them.
            baseline: async (team) => {
                await plannerScope();
                const skillIds = team.requirements.map((r) => r.skillId);
                await run("bench/read-best-levels", {
                    skillIds,
                    orgUnitIds: rootUnits,
                    now: new Date().toISOString(),
                    completion: completionParam(policy),
                    maxLevel,
                });
                // Every holder at the level with their evidence: what an exact answer needs without the workforce index.
                return run("bench/read-team-candidates", {
                    requirements: team.requirements.map((r) => ({ skillId: r.skillId, minLevel: neo4j.int(r.minLevel) })),
                    orgUnitIds: rootUnits,
                    minAvailability: 0,
                    exclude: [],
                    mustInclude: [],
                    limit: neo4j.int(1_000_000),
                    completion: completionParam(policy),
                    maxLevel,
                });
            },
            // Who is chosen is the team solver's choice: members must come from the candidates read.
            compare: { members: "subset" },
            api: (data: { composeTeam: { members: { personId: string }[] } }) => ({ members: ids(data.composeTeam.members, (m) => m.personId) }),
            read: (rows) => ({ members: ids(rows, (r) => r.id as string) }),
        }),
        op({
            name: "adjacentRoles (from a role, first 10; baseline: the same costs computed in Cypher)",
            as: "admin",
            inputs: pairs.map((pair) => pair.roleId),
            key: String,
            graphql: (roleId) =>
                gql(
                    `query Adjacent($roleId: ID!) { adjacentRoles(roleId: $roleId, first: 10, rankBy: COST) { rolesConsidered roles { roleId cost observedMoves explanation missing { skillId requiredLevel contribution } } } }`,
                    { roleId },
                ),
            baseline: (roleId) => run("bench/read-transition-costs", { roleId, first: neo4j.int(10), ...costSettings }),
            // Costs to 9 decimals in cost order: equal costs summed in another order may differ in the last bit.
            compare: { roles: "ordered" },
            api: (data: { adjacentRoles: { roles: CostRow[] } }) => ({ roles: byCost(data.adjacentRoles.roles) }),
            read: (rows) => ({ roles: byCost(rows as unknown as CostRow[]) }),
        }),
        op({
            name: "adjacentRoles (from a role, the whole ranking; baseline: the same in Cypher)",
            as: "admin",
            inputs: pairs.map((pair) => pair.roleId),
            key: String,
            // first as a variable: graphql-armor's cost estimate multiplies by a literal first (100,000 x the selection).
            graphql: (roleId) =>
                gql(
                    `query Ranking($roleId: ID!, $first: Int!) { adjacentRoles(roleId: $roleId, first: $first, rankBy: COST) { rolesConsidered roles { roleId cost } } }`,
                    {
                        roleId,
                        first: 100000,
                    },
                ),
            baseline: (roleId) => run("bench/read-transition-costs", { roleId, first: neo4j.int(100000), ...costSettings }),
            // Costs to 9 decimals in cost order: equal costs summed in another order may differ in the last bit.
            compare: { roles: "ordered" },
            api: (data: { adjacentRoles: { roles: CostRow[] } }) => ({ roles: byCost(data.adjacentRoles.roles) }),
            read: (rows) => ({ roles: byCost(rows as unknown as CostRow[]) }),
        }),
        blendOp("adjacentRoles by the blend (from a role, first 10, with signals; baseline: the same signals computed in Cypher)", 10),
        blendOp("adjacentRoles by the blend (from a role, the whole ranking; baseline: the same in Cypher)", 100000),
        op({
            name: "adjacentRoles (from a person, first 10, suggested courses; baseline: the reads)",
            as: "planner",
            inputs: pairs.map((pair) => pair.personId),
            key: String,
            graphql: (personId) =>
                gql(
                    `query AdjacentFromPerson($personId: ID!) { adjacentRoles(personId: $personId, first: 10, rankBy: COST) { roles { roleId cost missing { skillId suggestedCourses { courseId } } } } }`,
                    { personId },
                ),
            // The ranking itself runs on the in-process transition index; cypher/mobility/read-courses-for-skills
            // (suggested courses) is left out, as its needs come from that index.
            baseline: async (personId) => {
                await plannerReadsPerson(personId);
                await run("mobility/read-graph-versions", {});
                return run("people/read-person-evidence", { personId, skillIds: null, includeNarrower: false, completion: completionParam(policy), maxLevel });
            },
            compare: { person: "ordered" },
            api: (data: { adjacentRoles: unknown }, personId) => ({ person: data.adjacentRoles ? [personId] : [] }),
            read: ([row], personId) => ({ person: row?.personFound ? [personId] : [] }),
        }),
        op({
            name: "careerPaths (person to another's role, k 3, 4 steps; baseline: the reads)",
            as: "planner",
            inputs: paths,
            key: (input) => `${input.personId} ${input.to}`,
            graphql: (input) =>
                gql(
                    `query Paths($personId: ID!, $to: ID!) {
                        careerPaths(from: { personId: $personId }, toRoleId: $to) { reachable directCost paths { roleIds cost steps { roleId cost } } closestReachable { roleId costToTarget } explanation }
                    }`,
                    input,
                ),
            baseline: async ({ personId }) => {
                await plannerReadsPerson(personId);
                await run("mobility/read-graph-versions", {});
                return run("people/read-person-evidence", { personId, skillIds: null, includeNarrower: false, completion: completionParam(policy), maxLevel });
            },
            compare: { person: "ordered" },
            api: (data: { careerPaths: unknown }, input) => ({ person: data.careerPaths ? [input.personId] : [] }),
            read: ([row], input) => ({ person: row?.personFound ? [input.personId] : [] }),
        }),
        tagSkillsOp({
            name: "tagSkills (one sentence, first 10; baseline: the same tagging in the bench process, without HTTP and GraphQL)",
            texts: sentences,
        }),
        tagSkillsOp({
            name: "tagSkills (a 2,000-character description, first 10; baseline: the same tagging in the bench process)",
            texts: courseTexts,
        }),
        op({
            name: "exportCredential (a holding as a signed Open Badges 3.0 credential; baseline: the same export in the bench process, without HTTP and GraphQL)",
            as: "admin",
            inputs: holdings,
            key: holdingId,
            graphql: (holding) => gql(`query Export($h: ID!) { exportCredential(holdingId: $h) { credential } }`, { h: holdingId(holding) }),
            baseline: (holding) => exportCredential(credentials.db, credentials.issuing, holding),
            compare: { document: "ordered" },
            api: (data: { exportCredential: { credential: Record<string, unknown> } }) => ({ document: [documentKey(data.exportCredential.credential)] }),
            read: (answer) => ({ document: [documentKey(answer.credential)] }),
        }),
        op({
            name: "verifyCredential (signature, issuer, validity, status list, OB 3.0 schema; baseline: the same verification in the bench process)",
            as: "admin",
            inputs: documents,
            key: (jws) => jws.slice(-24),
            graphql: (jws) => gql(`query Verify($c: String!) { verifyCredential(credential: $c) { valid checks { check ok } } }`, { c: jws }),
            baseline: (jws) => verifyCredential(credentials.db, credentials.issuing, jws, new Date()),
            compare: { checks: "ordered" },
            api: (data: { verifyCredential: { checks: { check: string; ok: boolean }[] } }) => ({ checks: checksOf(data.verifyCredential.checks) }),
            read: (result) => ({ checks: checksOf(result.checks) }),
        }),
        op({
            name: "importCredential (another deployment's credential into the holder's wallet; baseline: the same import in the bench process)",
            as: "admin",
            tokenFor: ({ personId }) => holderTokens.get(personId)!,
            inputs: foreignDocuments,
            key: ({ jws }) => jws.slice(-24),
            graphql: ({ jws }) => gql(`mutation Import($c: String!) { importCredential(credential: $c) { holdingId skills { skillId level } } }`, { c: jws }),
            baseline: ({ personId, jws }) => importCredential(credentials.db, credentials.issuing, personId, jws, new Date()),
            compare: { holding: "ordered", skills: "ordered" },
            api: (data: { importCredential: { holdingId: string; skills: { skillId: string; level: number }[] } }) => ({
                holding: [data.importCredential.holdingId],
                skills: importedSkills(data.importCredential.skills),
            }),
            read: (receipt) => ({ holding: [receipt.holdingId], skills: importedSkills(receipt.skills) }),
        }),
        op({
            name: "skill search (full-text, first 20)",
            as: "admin",
            inputs: terms,
            key: String,
            graphql: (query) => gql(`query Search($query: SearchText!) { searchSkills(query: $query, first: 20) { id name altLabels } }`, { query }),
            baseline: (query) => run("bench/search-skills", { query, first: neo4j.int(20) }),
            compare: { skills: "ordered" },
            api: (data: { searchSkills: { id: string }[] }) => ({ skills: ids(data.searchSkills, (s) => s.id) }),
            read: (rows) => ({ skills: ids(rows, (r) => r.id as string) }),
        }),
    ];
}

async function ensureGraph(driver: Driver, database: string, scale: number, log: ReturnType<typeof createLogger>) {
    const facts: Record<string, unknown> = {};
    const rejects = new RejectLog(path.join(RESULTS_DIR, "bench-rejected-rows-esco.csv"));
    // Re-importing ESCO is idempotent and measures import throughput in this run.
    const esco = await importEsco(path.join(requireDataDir("The benchmark imports ESCO, and"), "esco-1.1.1"), DEFAULT_ESCO_LEVELS, rejects, {
        driver,
        database,
        batchSize: 5000,
        restart: true,
        log,
        showProgress: true,
    });
    await rejects.close();
    facts.escoImport = { rows: esco.rowsWritten, seconds: esco.seconds, rowsPerSecond: esco.rowsPerSecond, countsOk: esco.ok };

    const existing = await countGeneratedPeople(driver, database);
    if (existing < scale) {
        const report = await generateWorkforce(driver, database, { ...DEFAULT_WORKFORCE, people: scale }, 1000, log);
        recordWorkforceReport(report);
        facts.workforce = { ...report, generatedInThisRun: true };
    } else {
        facts.workforce = {
            ...(readWorkforceReport(scale) ?? { people: existing, note: "generated earlier; throughput not recorded" }),
            generatedInThisRun: false,
        };
    }
    return facts;
}

/** A GraphQL request that failed: a status other than 200, or `errors` (or no `data`) in the body. */
class GraphqlFailure extends Error {}

async function measure(
    op: Operation,
    url: string,
    token: string,
    calls: { graphql: number; baseline: number },
    seconds: number,
    concurrency: number,
): Promise<OperationResult> {
    const post = async (input: unknown): Promise<unknown> => {
        const headers = { "content-type": "application/json", authorization: `Bearer ${op.tokenFor?.(input) ?? token}` };
        const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(op.graphql(input)) });
        const body: unknown = await response.json().catch(() => null);
        if (isGraphqlError(response.status, body)) throw new GraphqlFailure(`${op.name}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
        return (body as { data: unknown }).data;
    };
    const split = splitInputs(op.inputs, WARMUP, op.key);
    // Warm up both paths on inputs the measurement does not use, checking on each that the baseline read what the API answered.
    let readSomething = false;
    for (const input of split.warmup) {
        const data = await post(input);
        const read = await op.baseline(input);
        const [api, baseline] = [op.api(data, input), op.read(read, input)];
        const difference = describeDifference(api, baseline, op.compare);
        if (difference) throw new Error(`${op.name}: the baseline's reads differ from the API's answer for input ${op.key(input)}:\n${difference}`);
        readSomething ||= Object.values(baseline).some((list) => list.length > 0);
    }
    if (!readSomething) console.error(`warning: ${op.name}: every warm-up answer was empty; is the graph loaded?`);
    const at = (i: number) => split.measured[i % split.measured.length];
    const { a: graphqlSamples, b: cypherSamples } = await timeInterleaved(
        { a: calls.graphql, b: calls.baseline },
        (i) => post(at(i)),
        (i) => op.baseline(at(i)),
    );
    const graphqlTally = await throughput(concurrency, seconds, (i) => post(at(i)));
    const cypherTally = await throughput(concurrency, seconds, (i) => op.baseline(at(i)));
    const side = (samples: typeof graphqlSamples, tally: typeof graphqlTally): SideResult => ({
        ...percentiles(samples.durations),
        samples: samples.durations.length,
        perSecond: perSecond(tally),
        errors: samples.errors + tally.errors,
        seconds: tally.seconds,
    });
    const [graphql, cypher] = [side(graphqlSamples, graphqlTally), side(cypherSamples, cypherTally)];
    return {
        name: op.name,
        as: op.tokenFor ? "holder" : op.as,
        warmupInputs: split.distinct ? split.warmup.length : 0,
        measuredInputs: split.measured.length,
        distinctInputs: split.distinct,
        graphql,
        cypher,
        ratioP50: graphql.p50 / cypher.p50,
        ratioThroughput: cypher.perSecond / Math.max(graphql.perSecond, 0.001),
    };
}

function table(results: OperationResult[]): string {
    const inputs = (r: OperationResult) => (r.distinctInputs ? `${r.warmupInputs} + ${r.measuredInputs}` : "1 (shared)");
    return [
        "| operation | as | inputs warm-up + measured | GraphQL p50 / p95 / p99 ms (n) | Cypher p50 / p95 / p99 ms (n) | GraphQL / Cypher (p50) | GraphQL req/s | Cypher calls/s | Cypher / GraphQL throughput | GraphQL errors | Cypher errors |",
        "|---|---|---|---|---|---:|---:|---:|---:|---:|---:|",
        ...results.map(
            (r) =>
                `| ${r.name} | ${r.as} | ${inputs(r)} | ${latencyCell(r.graphql, r.graphql.samples)} | ${latencyCell(r.cypher, r.cypher.samples)} | ` +
                `${r.ratioP50.toFixed(2)} | ${r.graphql.perSecond.toFixed(0)} | ${r.cypher.perSecond.toFixed(0)} | ${r.ratioThroughput.toFixed(2)} | ${r.graphql.errors} | ${r.cypher.errors} |`,
        ),
    ].join("\n");
}

/** The operations' names, for --only and --help (a unit test keeps this list equal to the names in operations()). */
export const OPERATION_NAMES: readonly string[] = [
    "page of 50 people with nested skills and credentials",
    "page of 50 people with fitFor one role (DataLoader)",
    "skillGap (person against their role)",
    "learningPlan (person to their role, least minutes)",
    "credentialStack",
    "credentialProgress (with the plan to finish)",
    "nearestCredentials (first 5)",
    "expiringCredentials (next 90 days, first 100)",
    "candidatesForRole (first 20, the 20 roles whose skills are most widely held; baseline: the same ranking in Cypher)",
    "benchStrength (minFit 0.8, the default; baseline: the same in Cypher)",
    "skillSupplyDemand (one top unit with its sub-units, first 50; baseline: the same in Cypher)",
    "skillSupplyDemand (whole organisation, first 50; baseline: the same in Cypher)",
    "composeTeam (a team's needs, whole organisation; baseline: every holder read in Cypher)",
    "adjacentRoles (from a role, first 10; baseline: the same costs computed in Cypher)",
    "adjacentRoles (from a role, the whole ranking; baseline: the same in Cypher)",
    "adjacentRoles by the blend (from a role, first 10, with signals; baseline: the same signals computed in Cypher)",
    "adjacentRoles by the blend (from a role, the whole ranking; baseline: the same in Cypher)",
    "adjacentRoles (from a person, first 10, suggested courses; baseline: the reads)",
    "careerPaths (person to another's role, k 3, 4 steps; baseline: the reads)",
    "tagSkills (one sentence, first 10; baseline: the same tagging in the bench process, without HTTP and GraphQL)",
    "tagSkills (a 2,000-character description, first 10; baseline: the same tagging in the bench process)",
    "exportCredential (a holding as a signed Open Badges 3.0 credential; baseline: the same export in the bench process, without HTTP and GraphQL)",
    "verifyCredential (signature, issuer, validity, status list, OB 3.0 schema; baseline: the same verification in the bench process)",
    "importCredential (another deployment's credential into the holder's wallet; baseline: the same import in the bench process)",
    "skill search (full-text, first 20)",
];

const SCALE = { min: 1, max: 1_000_000, default: DEFAULT_WORKFORCE.people, unit: "people" } as const;
const CALLS = { min: 1, max: 100_000, default: 200, unit: "calls" } as const;
const SECONDS = { min: 0, minExclusive: true, max: 3600, default: 30, unit: "seconds" } as const;
const CONCURRENCY = { min: 1, max: 1000, default: 16, unit: "concurrent clients" } as const;

const USAGE = `usage: npm run bench -- [--scale <people> | --demo] [--calls <n>] [--baseline-calls <n>] [--seconds <s>] [--concurrency <n>] [--only <texts>]

  --scale <people>     generated people, ${SCALE.min} to ${SCALE.max} (default ${SCALE.default}); imports ESCO and generates the missing ones
  --demo               the demo organisation instead (loaded when missing)
  --calls <n>          timed calls per operation, ${CALLS.min} to ${CALLS.max} (default ${CALLS.default})
  --baseline-calls <n> timed calls on the baseline side, for slow baselines (default: --calls; p95 needs 100)
  --seconds <s>        throughput seconds per operation, above 0 up to ${SECONDS.max}, fractions allowed (default ${SECONDS.default})
  --concurrency <n>    concurrent clients for throughput, ${CONCURRENCY.min} to ${CONCURRENCY.max} (default ${CONCURRENCY.default})
  --only <texts>       only the operations whose name contains one of these comma-separated texts (any case), and
                       the sections named: naive (naive baselines), solvers (the MILP anchor), responsiveness
                       (cheap queries beside heavy ones), after-change (careerPaths right after a requirement
                       change), catalogue (10,000 generated courses tagged in batches, after the full ESCO
                       import); a run without --only has them all (but catalogue with --demo)`;

const HELP = `${USAGE}\n\noperations:\n${OPERATION_NAMES.map((name) => `  ${name}`).join("\n")}`;

export interface BenchArgs {
    readonly scale: number;
    readonly demo: boolean;
    readonly calls: number;
    /** Timed calls on the baseline side when fewer than `calls` (a slow baseline); undefined: the same. */
    readonly baselineCalls: number | undefined;
    readonly seconds: number;
    readonly concurrency: number;
    /** Texts to find in operation names (as given; compared in lower case), or undefined for every operation. */
    readonly only: readonly string[] | undefined;
}

/** Reads and checks every flag before anything connects, loads or measures. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
    const { values } = parseFlags(argv, {
        scale: { type: "string" },
        demo: { type: "boolean", default: false },
        calls: { type: "string" },
        "baseline-calls": { type: "string" },
        seconds: { type: "string" },
        concurrency: { type: "string" },
        only: { type: "string" },
    });
    // --demo measures the demo organisation whatever the scale: refuse a scale that would be ignored.
    if (values.demo && values.scale !== undefined)
        throw new UsageError("--scale", "is given with --demo", "use one: --demo measures the demo organisation, --scale a generated workforce");
    const matchesAnOperation = (text: string) =>
        SECTIONS.includes(text.toLowerCase()) || OPERATION_NAMES.some((name) => name.toLowerCase().includes(text.toLowerCase()));
    return {
        scale: intFlag(values, "--scale", SCALE),
        demo: values.demo,
        calls: intFlag(values, "--calls", CALLS),
        baselineCalls: values["baseline-calls"] === undefined ? undefined : intFlag(values, "--baseline-calls", CALLS),
        seconds: numberFlag(values, "--seconds", SECONDS),
        concurrency: intFlag(values, "--concurrency", CONCURRENCY),
        only: listFlag(values, "--only", {
            accepts:
                "comma-separated parts of operation names, such as skillGap,composeTeam (npm run bench -- --help lists them), or naive, solvers, responsiveness, after-change",
            allows: matchesAnOperation,
        }),
    };
}

async function main(argv: string[]): Promise<void> {
    const { scale, demo, calls, baselineCalls, seconds, concurrency, only } = parseBenchArgs(argv);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" });
    const log = createLogger(config.logLevel, "bench");
    const db = await connectDatabase(config, log);
    try {
        await applyDatabaseSchema(db.driver, db.name, log);
        // Rows as plain values, as the API's readRows gives them (that conversion is part of the API's work too).
        const run: RunCypher = async (file, params) =>
            (await db.driver.executeQuery(toolCypher(file), params, { database: db.name, routing: neo4j.routing.READ })).records.map(
                (r) => plain(r.toObject()) as Row,
            );
        let facts: Record<string, unknown>;
        let population: Population;
        if (demo) {
            // The demo organisation alone: loaded here when the database does not hold it yet.
            const count = async () => Number((await run("bench/count-people", { prefix: DEMO_PREFIX }))[0].people);
            if ((await count()) === 0) await loadDemo(db.driver, db.name, log);
            population = { prefix: DEMO_PREFIX, digits: 4, count: await count() };
            facts = { population: "demo organisation", people: population.count };
        } else {
            facts = await ensureGraph(db.driver, db.name, scale, log);
            population = { prefix: "gen:person:", digits: 6, count: scale };
        }
        // Admin for what anyone may read; a planner covering every top unit for planner queries and for people, so
        // that the scope read and the access checks are inside the measurement (README: "Who may see and change what").
        const [{ ids: rootUnits }] = (await run("bench/read-root-units", {})) as { ids: string[] }[];
        if (rootUnits.length === 0) throw new Error("the graph has no org units: load the demo organisation or generate a workforce");
        const jwtSecret = randomBytes(32).toString("hex");
        const tokens: Record<Audience, string> = {
            admin: await mintToken({ sub: "bench:admin", roles: ["admin"] }, "1d", jwtSecret),
            planner: await mintToken({ sub: "bench:planner", roles: ["planner"], orgUnits: rootUnits }, "1d", jwtSecret),
        };
        // Skill vectors before the API starts (its own start-up refresh runs in the background), and the same tagging
        // in this process as the tagSkills baseline.
        await refreshEmbeddings({ driver: db.driver, database: db.name }, config, log);
        const embedder = await OnnxEmbedder.provision(config.embeddings.home, log, 1);
        const tagger = new SkillTagger(Embeddings.ready(embedder));
        const tagText = async (text: string) =>
            (await tagger.tag({ driver: db.driver, database: db.name }, text, { first: 10, taxonomy: null })).tags.map((tag) => tag.skillId);
        // Another deployment issuing over the same graph, served here and trusted by the API, for importCredential.
        const foreign: ForeignDeployment = await startForeignDeployment({ driver: db.driver, database: db.name }, log);
        const api = await startApiProcess(db.connection, db.name, jwtSecret, { SKILLGRAPH_TRUSTED_ISSUERS_FILE: foreign.trustListFile });
        // The API builds its workforce and transition indexes at start; a supply query waits for both, so that no
        // operation is measured while they are being built.
        console.error("waiting for the API's indexes");
        await postGraphql(api.url, { query: WARM_UP_QUERY, variables: { u: rootUnits[0] }, token: tokens.planner }, "the API's warm-up query failed");
        const results: OperationResult[] = [];
        let apiRssMb = 0;
        let naive: NaiveResult[] = [];
        let solvers: SolverRow[] = [];
        let responsiveness: PhaseResult[] = [];
        let afterChange: AfterChangeResult[] = [];
        let catalogue: CatalogueResult | null = null;
        try {
            const texts = only?.map((text) => text.toLowerCase());
            const all = await operations(
                run,
                population,
                calls,
                rootUnits,
                config.fitWeights,
                config.evidencePolicy,
                config.mobility.moveDiscount,
                config.mobility.signalWeights,
                tagText,
                {
                    db: { driver: db.driver, database: db.name },
                    issuing: await Issuing.load({
                        ...config.issuing,
                        publicUrl: api.issuing.publicUrl,
                        jwks: api.issuing.jwks,
                        trustedIssuersFile: foreign.trustListFile,
                    }),
                    foreign: foreign.issuing,
                    holderToken: (personId) => mintToken({ sub: personId, roles: ["employee"] }, "1d", jwtSecret),
                },
            );
            for (const op of all.filter((o) => !texts || texts.some((text) => o.name.toLowerCase().includes(text)))) {
                console.error(`measuring: ${op.name}`);
                results.push(await measure(op, api.url, tokens[op.as], { graphql: calls, baseline: baselineCalls ?? calls }, seconds, concurrency));
                console.error(table(results.slice(-1)).split("\n").at(-1));
            }
            if (!texts || texts.includes("naive")) {
                console.error("measuring: naive baselines");
                const graphql = (as: Audience) => (query: string, variables: Record<string, unknown>) =>
                    postGraphql(api.url, { query, variables, token: tokens[as] }, "GraphQL error in a naive comparison");
                const roleUnits = (await widelyHeldRoleUnits(run, rootUnits)).slice(20);
                naive = await naiveComparisons(
                    run,
                    { admin: graphql("admin"), planner: graphql("planner") },
                    { roleUnits },
                    config.fitWeights,
                    config.evidencePolicy,
                    NAIVE_CALLS,
                );
            }
            if (!texts || texts.includes("responsiveness")) {
                console.error(`measuring: responsiveness, cheap queries alone and beside heavy learning queries`);
                const callsOf = (prefix: string) => {
                    const o = all.find((candidate) => candidate.name.startsWith(prefix))!;
                    return o.inputs.map((input) => ({ ...o.graphql(input), token: tokens[o.as] }));
                };
                responsiveness = await measureResponsiveness(
                    api.url,
                    { cheap: [...callsOf("skill search"), ...callsOf("skillGap")], heavy: [...callsOf("nearestCredentials"), ...callsOf("learningPlan")] },
                    { seconds, cheapClients: 2, heavyClients: concurrency },
                );
            }
            if (!texts || texts.includes("after-change")) {
                console.error("measuring: careerPaths right after a requirement change");
                const [requirement] = (await run("bench/read-changeable-requirement", {})) as unknown as Requirement[];
                const paths = all.find((candidate) => candidate.name.startsWith("careerPaths"))!;
                if (requirement)
                    afterChange = [
                        await measureAfterChange(
                            api.url,
                            "careerPaths (person to another's role, k 3, 4 steps)",
                            paths.inputs.map((input) => ({ ...paths.graphql(input), token: tokens[paths.as] })),
                            requirement,
                            tokens.admin,
                            { warmup: 5, calls },
                        ),
                    ];
            }
            if ((!texts && !demo) || texts?.includes("catalogue")) {
                if (demo) throw new UsageError("--only catalogue", "is given with --demo", "tag the generated catalogue after the full ESCO import (--scale)");
                console.error(`measuring: tagging a generated catalogue of ${CATALOGUE_COURSES} courses`);
                // All cores, as npm run tag uses them (the API beside it is idle meanwhile).
                const batchEmbedder = await OnnxEmbedder.provision(config.embeddings.home, log, 0);
                try {
                    const batchDb = { driver: db.driver, database: db.name };
                    catalogue = await measureCatalogueTagging(
                        batchDb,
                        new SkillTagger(Embeddings.ready(batchEmbedder)),
                        CATALOGUE_COURSES,
                        CATALOGUE_CHARACTERS,
                    );
                } finally {
                    await batchEmbedder.close();
                }
            }
            apiRssMb = Math.round((await api.rss()) / 2 ** 20);
            if (!texts || texts.includes("solvers")) {
                console.error(`measuring: the solvers against the exact MILP anchor, ${SOLVER_INSTANCES} instances each`);
                solvers = await compareSolvers(SOLVER_INSTANCES);
            }
        } finally {
            await api.stop();
            await embedder.close();
            await foreign.stop();
        }
        const { records } = await db.driver.executeQuery(toolCypher("bench/read-server-version"), {}, { database: db.name });
        const machine = {
            cores: os.cpus().length,
            cpu: os.cpus()[0]?.model,
            memoryGb: Math.round(os.totalmem() / 2 ** 30),
            node: process.version,
            neo4j: `${records[0].get("version")} ${records[0].get("edition")}`,
            neo4jUri: db.connection.uri,
            localHeap: config.externalNeo4j ? undefined : config.localNeo4j.heap,
            localPageCache: config.externalNeo4j ? undefined : config.localNeo4j.pageCache,
            apiRssMb,
        };
        const out = path.join(RESULTS_DIR, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
        writeFileSync(
            out,
            JSON.stringify(
                { scale, demo, calls, seconds, concurrency, machine, facts, results, naive, solvers, responsiveness, afterChange, catalogue },
                null,
                2,
            ),
        );
        console.log(
            `\n## Skillgraph benchmark: ${population.count} ${demo ? "demo" : "generated"} people, ${calls} calls per operation, ${concurrency} concurrent for ${seconds} s\n`,
        );
        console.log(
            `Machine: ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Neo4j ${machine.neo4j}, heap ${machine.localHeap ?? "external"}, page cache ${machine.localPageCache ?? "external"}; API resident memory after the run ${apiRssMb} MB\n`,
        );
        const esco = facts.escoImport as { rows: number; seconds: number; rowsPerSecond: number; countsOk: boolean } | undefined;
        if (esco)
            console.log(
                `ESCO import (idempotent re-import): ${esco.rows} rows in ${esco.seconds.toFixed(1)} s, ${esco.rowsPerSecond} rows/s, counts ${esco.countsOk ? "verified" : "MISMATCH"}`,
            );
        console.log(`${demo ? "Population" : "Workforce"}: ${JSON.stringify(demo ? facts : facts.workforce)}\n`);
        console.log(table(results));
        console.log(
            `\nEvery baseline's reads agreed with the API's answer on each warm-up input (warm-up inputs are not measured); ` +
                `p95 and p99 need ${MIN_TAIL_SAMPLES} samples; errors are counted apart and not in the rates.`,
        );
        if (naive.length)
            console.log(
                `\nNaive baselines (each answer checked equal to the API's on every call; ${NAIVE_CALLS} calls, the whole organisation 3):\n\n${naiveTable(naive)}`,
            );
        if (responsiveness.length)
            console.log(
                `\nResponsiveness (2 clients of cheap queries; /health probed every second; the API's own event-loop delay per 10-s window):\n\n${responsivenessTable(responsiveness)}`,
            );
        if (afterChange.length)
            console.log(
                `\nRight after a requirement change (each call follows an admin's updateRoles changing one requirement's level; the same call again as the baseline):\n\n${afterChangeTable(afterChange)}`,
            );
        if (catalogue) console.log(`\nCatalogue tagging: ${catalogueLine(catalogue)}`);
        if (solvers.length)
            console.log(
                `\nSolvers against the exact MILP anchor (HiGHS; seeded random pools, the same for every run; ratio over complete answers where an optimum exists):\n\n${solverTable(solvers)}`,
            );
        const curve = scaleCurve(readResultFiles(RESULTS_DIR));
        if (curve.scales.length > 1)
            console.log(
                `\nScale curve (p95 ms; per size the latest run in ${path.relative(process.cwd(), RESULTS_DIR)} that measured the operation):\n\n${scaleCurveTable(curve)}`,
            );
        console.log(`\nResults: ${path.relative(process.cwd(), out)}`);
    } finally {
        await db.close();
    }
}

if (require.main === module) void runCli(main, USAGE, { help: HELP });
