import type { GraphQLResolveInfo, SelectionNode } from "graphql";
import { badInput } from "../errors";
import type { MutationResolvers, QueryResolvers } from "../generated/resolvers-types";
import type { RequestContext } from "../server/context";
import { type SuggestionTarget, checkMayDecide, decideSuggestion, proposeSkills, readSuggestions, suggestionAnswer } from "../use-cases/skill-suggestions";
import { MAX_TAGS, checkTagText } from "../use-cases/skill-tagging";
import { numberArg, pageSize } from "./arguments";
import { loadSelectedNodes, selectionOf, storedFieldsOnly } from "./node-selection";

/** The Skill type's stored scalar fields (cypher/skills/read-skill-labels.cypher reads exactly these). */
const SKILL_PROPERTIES = new Set(["id", "name", "description", "altLabels", "type", "reuseLevel", "tags", "taxonomy", "uri"]);

/**
 * Skills by id as the client selected them. A selection of stored fields only (the usual `skill { id name }`) is
 * answered from the tagger's in-process copy of the skills (as fresh as the tags: the skills version read at most a
 * second ago), without a round trip; anything else (relationships, arguments, fragments), or a skill the copy does not
 * hold yet, runs as the generated API's own query (loadSelectedNodes). Skill has no read rules (every audience reads
 * the catalogue), so both routes answer the same; test/integration/skill-tagging.test.ts compares them.
 */
async function loadSkills(info: GraphQLResolveInfo, context: RequestContext, selection: readonly SelectionNode[], ids: readonly string[]) {
    const keys = storedFieldsOnly(selection, SKILL_PROPERTIES);
    const known = keys && selection.length > 0 && ids.length > 0 ? await context.tagger.skillProperties(context.db, ids) : null;
    if (!keys || !known) return loadSelectedNodes(info, context, selection, "skills", ids);
    return new Map([...known].map(([id, properties]) => [id, Object.fromEntries([...keys].map(([key, field]) => [key, properties[field] ?? null]))]));
}

/** Query.searchSkills: the use case ranks skill ids; the client's selection on Skill is read as the generated API reads it. */
export const searchSkillsResolver: NonNullable<QueryResolvers["searchSkills"]> = async (_source, args, context, info) => {
    const first = pageSize(args.first, "first", 20, 500);
    const ids = await context.tagger.search(context.db, args.query, { first, mode: args.mode, taxonomy: args.taxonomy ?? null });
    const nodes = await loadSkills(info, context, selectionOf(info), ids);
    return ids.flatMap((id) => nodes.get(id) ?? []) as never;
};

/**
 * Each item with its Skill as the client selected it (read as the generated API reads it); items whose skill the
 * read did not return (deleted meanwhile) are left out when the client asked for the skill.
 */
async function withSkills<T extends { skillId: string }>(items: readonly T[], info: GraphQLResolveInfo, context: RequestContext) {
    const selection = selectionOf(info, "skill");
    const ids = items.map((item) => item.skillId);
    const nodes = await loadSkills(info, context, selection, ids);
    return items.filter((item) => selection.length === 0 || nodes.has(item.skillId)).map((item) => ({ ...item, skill: nodes.get(item.skillId) ?? null }));
}

/** Query.tagSkills: tags from the use case, each given its Skill. */
export const tagSkillsResolver: NonNullable<QueryResolvers["tagSkills"]> = async (_source, args, context, info) => {
    const first = pageSize(args.first, "first", 10, MAX_TAGS);
    const answer = await context.tagger.tag(context.db, args.text, { first, taxonomy: args.taxonomy ?? null });
    return (await withSkills(answer.tags, info, context)).map((tag) => ({ ...tag, methodsRun: answer.methodsRun })) as never;
};

/** Query.skillSuggestions: admins; partners for their own courses. */
export const skillSuggestionsResolver: NonNullable<QueryResolvers["skillSuggestions"]> = async (_source, args, context, info) => {
    context.access.require(["admin", "partner"], "read skill suggestions");
    if (Boolean(args.courseId) === Boolean(args.roleId)) {
        throw badInput("Give exactly one of courseId and roleId.", { field: args.courseId ? "roleId" : "courseId", allowed: "one of courseId, roleId" });
    }
    const kind: SuggestionTarget = args.courseId ? "COURSE" : "ROLE";
    const targetId = (args.courseId ?? args.roleId)!;
    const rows = await readSuggestions(context.db, { kind, targetId, suggestionId: null, status: args.status ?? null });
    if (kind === "COURSE" && rows.length > 0) checkMayDecide(context.principal, kind, rows[0].providerId, "read skill suggestions", { field: "courseId" });
    if (kind === "ROLE") checkMayDecide(context.principal, kind, null, "read skill suggestions", { field: "roleId" });
    return (await withSkills(rows.map(suggestionAnswer), info, context)) as never;
};

type Mutation<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

export const suggestCourseSkillsResolver: Mutation<"suggestCourseSkills"> = async (_source, args, context, info) => {
    context.access.require(["admin", "partner"], "ask for skill suggestions");
    const first = pageSize(args.first, "first", 10, MAX_TAGS);
    const rows = await proposeSkills(context.db, context.tagger, context.principal, {
        kind: "COURSE",
        targetId: args.courseId,
        text: null,
        first,
        now: context.now,
    });
    return (await withSkills(rows.map(suggestionAnswer), info, context)) as never;
};

export const suggestRoleRequirementsResolver: Mutation<"suggestRoleRequirements"> = async (_source, args, context, info) => {
    context.access.require(["admin"], "ask for role requirement suggestions");
    const first = pageSize(args.first, "first", 10, MAX_TAGS);
    if (args.text !== null && args.text !== undefined) checkTagText(args.text);
    const rows = await proposeSkills(context.db, context.tagger, context.principal, {
        kind: "ROLE",
        targetId: args.roleId,
        text: args.text ?? null,
        first,
        now: context.now,
    });
    return (await withSkills(rows.map(suggestionAnswer), info, context)) as never;
};

export const acceptSkillSuggestionResolver: Mutation<"acceptSkillSuggestion"> = async (_source, args, context, info) => {
    context.access.require(["admin", "partner"], "accept skill suggestions");
    const row = await decideSuggestion(context.db, context.principal, {
        suggestionId: args.id,
        accept: true,
        level: numberArg(args.level),
        importance: args.importance ?? "ESSENTIAL",
        now: context.now,
    });
    return (await withSkills([suggestionAnswer(row)], info, context))[0] as never;
};

export const rejectSkillSuggestionResolver: Mutation<"rejectSkillSuggestion"> = async (_source, args, context, info) => {
    context.access.require(["admin", "partner"], "reject skill suggestions");
    const row = await decideSuggestion(context.db, context.principal, {
        suggestionId: args.id,
        accept: false,
        level: null,
        importance: null,
        now: context.now,
    });
    return (await withSkills([suggestionAnswer(row)], info, context))[0] as never;
};
