import { type GraphQLInputType, type GraphQLSchema, getNullableType, isInputObjectType, isListType } from "graphql";
import { badInput } from "../errors";

/** The path of the first explicit null given for an input object (a filter, a nested create...), if any. */
function nullInputObject(value: unknown, type: GraphQLInputType, path: string): string | null {
    if (value === undefined) return null;
    const nullable = getNullableType(type);
    if (value === null) return isInputObjectType(nullable) || (isListType(nullable) && isInputObjectType(getNullableType(nullable.ofType))) ? path : null;
    if (isListType(nullable)) {
        if (!Array.isArray(value)) return nullInputObject(value, nullable.ofType, path);
        for (const [i, item] of value.entries()) {
            const found = nullInputObject(item, nullable.ofType, `${path}[${i}]`);
            if (found) return found;
        }
        return null;
    }
    if (!isInputObjectType(nullable) || typeof value !== "object") return null;
    const fields = nullable.getFields();
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        const found = field ? nullInputObject(child, field.type, `${path}.${key}`) : null;
        if (found) return found;
    }
    return null;
}

/**
 * @neo4j/graphql 7 fails inside its translation when a filter or nested input object is given as an explicit null
 * (`where: { skillsConnection: { some: null } }`); GraphQL allows the null, so every generated field checks first and
 * answers BAD_USER_INPUT naming the path. Hand-written fields read their own arguments.
 */
export function guardInputs(schema: GraphQLSchema, handWritten: ReadonlySet<string>): GraphQLSchema {
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
        for (const field of Object.values(type?.getFields() ?? {})) {
            const resolve = field.resolve;
            if (!resolve || handWritten.has(field.name)) continue;
            field.resolve = (source, args: Record<string, unknown>, context, info) => {
                for (const arg of field.args) {
                    const path = nullInputObject(args[arg.name], arg.type, arg.name);
                    if (path && path !== arg.name)
                        throw badInput(`${path} is null: leave it out instead (null stands for no input object here).`, { field: path });
                }
                return resolve(source, args, context, info);
            };
        }
    }
    return schema;
}
