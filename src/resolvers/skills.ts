import type { QueryResolvers } from "../generated/resolvers-types";
import { MAX_TAGS } from "../use-cases/skill-tagging";
import { pageSize } from "./arguments";
import { loadSelectedNodes, selectionOf } from "./node-selection";

/** Query.searchSkills: the use case ranks skill ids; the client's selection on Skill is read as the generated API reads it. */
export const searchSkillsResolver: NonNullable<QueryResolvers["searchSkills"]> = async (_source, args, context, info) => {
    const first = pageSize(args.first, "first", 20, 500);
    const ids = await context.tagger.search(context.db, args.query, { first, mode: args.mode, taxonomy: args.taxonomy ?? null });
    const nodes = await loadSelectedNodes(info, context, selectionOf(info), "skills", ids);
    return ids.flatMap((id) => nodes.get(id) ?? []) as never;
};

/** Query.tagSkills: tags from the use case, each given its Skill as the client selected it. */
export const tagSkillsResolver: NonNullable<QueryResolvers["tagSkills"]> = async (_source, args, context, info) => {
    const first = pageSize(args.first, "first", 10, MAX_TAGS);
    const answer = await context.tagger.tag(context.db, args.text, { first, taxonomy: args.taxonomy ?? null });
    const selection = selectionOf(info, "skill");
    const nodes = await loadSelectedNodes(info, context, selection, "skills", answer.tags.map((tag) => tag.skillId));
    return answer.tags
        .filter((tag) => selection.length === 0 || nodes.has(tag.skillId))
        .map((tag) => ({ ...tag, skill: nodes.get(tag.skillId) ?? null, methodsRun: answer.methodsRun })) as never;
};
