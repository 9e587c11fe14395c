import {
    type GraphQLInputType,
    type GraphQLSchema,
    Kind,
    getNullableType,
    isInputObjectType,
    isListType,
    isObjectType,
    parse,
    valueFromASTUntyped,
} from "graphql";
import { badInput } from "../errors";
import { inputOwners } from "./mutation-guard";

/** A stored number's allowed values, from its field's `@range` in schema/ (levels, shares, durations, prices...). */
export interface Range {
    readonly min?: number;
    readonly max?: number;
    readonly integer: boolean;
}

/** Every `Type.field` with `@range(min, max)` in the type definitions. */
export function rangesOf(typeDefs: readonly string[]): Map<string, Range> {
    const ranges = new Map<string, Range>();
    for (const source of typeDefs) {
        for (const definition of parse(source).definitions) {
            if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
            for (const field of definition.fields ?? []) {
                const range = field.directives?.find((d) => d.name.value === "range");
                if (!range) continue;
                const arg = (name: string) => {
                    const node = range.arguments?.find((a) => a.name.value === name)?.value;
                    return node ? Number(valueFromASTUntyped(node)) : undefined;
                };
                let type = field.type;
                while (type.kind !== Kind.NAMED_TYPE) type = type.type;
                ranges.set(`${definition.name.value}.${field.name.value}`, { min: arg("min"), max: arg("max"), integer: type.name.value === "Int" });
            }
        }
    }
    return ranges;
}

export const describeRange = ({ min, max, integer }: Range) => {
    const what = integer ? "a whole number" : "a number";
    if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
    return min !== undefined ? `${what} of ${min} or more` : `${what} of ${max} or less`;
};

/**
 * Says each ranged field's allowed values in its description (introspection does not show directives), on the object
 * type and on the inputs that create or update it.
 */
export function describeRanges(schema: GraphQLSchema, ranges: ReadonlyMap<string, Range>): GraphQLSchema {
    for (const [key, range] of ranges) {
        const [type, field] = key.split(".");
        const note = `Allowed: ${describeRange(range)}.`;
        for (const name of [type, `${type}CreateInput`, `${type}UpdateInput`]) {
            const named = schema.getType(name);
            const target = named && (isObjectType(named) || isInputObjectType(named)) ? named.getFields()[field] : undefined;
            if (target && !target.description?.endsWith(note)) target.description = target.description ? `${target.description}\n${note}` : note;
        }
    }
    return schema;
}

const inRange = (value: unknown, { min, max }: Range) =>
    typeof value === "number" && Number.isFinite(value) && (min === undefined || value >= min) && (max === undefined || value <= max);

/** Operators of the library's number filters and updates that carry a value to check against the range. */
const CHECKED_FILTERS = new Set(["eq", "in"]);
const ARITHMETIC = new Set(["add", "subtract", "multiply", "divide", "increment", "decrement"]);

type RangeViolation = { readonly path: string; readonly message: string; readonly allowed: string };

/**
 * The first value outside its field's range in generated-field arguments: values created or set (`set`), and values
 * a filter compares for equality (`eq`, `in`; a bound such as `gte: 0` selects, whatever it is). Arithmetic updates
 * (`add`, `subtract`...) of a ranged field are refused: the result could leave the range, so callers set the value.
 */
function rangeViolation(
    ranges: ReadonlyMap<string, Range>,
    ownerOf: ReturnType<typeof inputOwners>,
    value: unknown,
    type: GraphQLInputType,
    path: string,
): RangeViolation | null {
    if (value === null || value === undefined) return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
        const items = Array.isArray(value) ? value : [value];
        for (const [i, item] of items.entries()) {
            const found = rangeViolation(ranges, ownerOf, item, nullable.ofType, Array.isArray(value) ? `${path}[${i}]` : path);
            if (found) return found;
        }
        return null;
    }
    if (!isInputObjectType(nullable) || typeof value !== "object") return null;
    const owner = ownerOf(nullable.name)?.name;
    const writes = /(Create|Update)Input$/.test(nullable.name);
    const filters = /Where$/.test(nullable.name);
    const fields = nullable.getFields();
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (!fields[key] || child === null || child === undefined) continue;
        const childPath = `${path}.${key}`;
        const range = owner && (writes || filters) ? ranges.get(`${owner}.${key}`) : undefined;
        if (range) {
            const allowed = describeRange(range);
            const checked: [string, unknown][] =
                typeof child !== "object"
                    ? [[childPath, child]]
                    : Object.entries(child as Record<string, unknown>).flatMap(([op, v]): [string, unknown][] => {
                          if (op === "set" || (filters && CHECKED_FILTERS.has(op)))
                              return Array.isArray(v) ? v.map((item, i): [string, unknown] => [`${childPath}.${op}[${i}]`, item]) : [[`${childPath}.${op}`, v]];
                          return [];
                      });
            const arithmetic = typeof child === "object" ? Object.keys(child).find((op) => ARITHMETIC.has(op)) : undefined;
            if (arithmetic)
                return {
                    path: `${childPath}.${arithmetic}`,
                    message: `${owner}.${key} must stay ${allowed}: set the new value instead of ${arithmetic}.`,
                    allowed,
                };
            const bad = checked.find(([, v]) => v !== null && !inRange(v, range));
            if (bad) return { path: bad[0], message: `${owner}.${key} must be ${allowed}; got ${JSON.stringify(bad[1])}.`, allowed };
            continue;
        }
        const tooLong = writes ? longText(owner ?? nullable.name, key, child, childPath) : null;
        if (tooLong) return tooLong;
        const found = rangeViolation(ranges, ownerOf, child, fields[key].type, childPath);
        if (found) return found;
    }
    return null;
}

/**
 * Stored text has a length limit: names, titles and ids are indexed, and Neo4j refuses an index entry over about 8 kB
 * (a 500 deep in the write otherwise); descriptions are not indexed and may be longer.
 */
export const maxTextLength = (field: string) => (field === "description" ? 20_000 : 1_000);

function longText(owner: string, key: string, child: unknown, path: string): RangeViolation | null {
    const max = maxTextLength(key);
    const values: [string, unknown][] =
        typeof child === "string"
            ? [[path, child]]
            : Array.isArray(child)
              ? child.map((v, i): [string, unknown] => [`${path}[${i}]`, v])
              : child && typeof child === "object" && "set" in child
                ? (Array.isArray(child.set) ? child.set : [child.set]).map((v: unknown, i: number): [string, unknown] => [
                      Array.isArray(child.set) ? `${path}.set[${i}]` : `${path}.set`,
                      v,
                  ])
                : [];
    const bad = values.find(([, v]) => typeof v === "string" && v.length > max);
    const allowed = `text of at most ${max} characters`;
    return bad ? { path: bad[0], message: `${owner}.${key} must be ${allowed}; got ${(bad[1] as string).length}.`, allowed } : null;
}

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
 * Every generated field checks its arguments first and answers BAD_USER_INPUT naming the path:
 * - @neo4j/graphql 7 fails inside its translation when a filter or nested input object is given as an explicit null
 *   (`where: { skillsConnection: { some: null } }`), which GraphQL allows;
 * - stored numbers are plain Int and Float, so that the library generates range filters (`gte`, `lt`...) for them, and
 *   their allowed values (`@range` in schema/) are checked here (`rangeViolation`).
 * Hand-written fields read their own arguments (with bounded scalars such as Proficiency).
 */
export function guardInputs(schema: GraphQLSchema, handWritten: ReadonlySet<string>, ranges: ReadonlyMap<string, Range>): GraphQLSchema {
    const ownerOf = inputOwners(schema);
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
        for (const field of Object.values(type?.getFields() ?? {})) {
            const resolve = field.resolve;
            if (!resolve || handWritten.has(field.name)) continue;
            field.resolve = (source, args: Record<string, unknown>, context, info) => {
                for (const arg of field.args) {
                    const path = nullInputObject(args[arg.name], arg.type, arg.name);
                    if (path && path !== arg.name)
                        throw badInput(`${path} is null: leave it out instead (null stands for no input object here).`, { field: path });
                    const outside = rangeViolation(ranges, ownerOf, args[arg.name], arg.type, arg.name);
                    if (outside) throw badInput(outside.message, { field: outside.path, allowed: outside.allowed });
                }
                return resolve(source, args, context, info);
            };
        }
    }
    return schema;
}
