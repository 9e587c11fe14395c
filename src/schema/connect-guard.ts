import {
    type GraphQLInputType,
    type GraphQLSchema,
    getNamedType,
    getNullableType,
    isInputObjectType,
    isListType,
} from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { notFound } from "../errors";
import type { RequestContext } from "../server/context";

interface ConnectTarget {
    readonly label: string;
    readonly id: string;
    readonly field: string;
}

/** Walks mutation arguments alongside their input types and collects every `connect` aimed at an id. */
function collectConnectTargets(value: unknown, type: GraphQLInputType, path: string, out: ConnectTarget[]): void {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
        if (Array.isArray(value)) value.forEach((item, i) => collectConnectTargets(item, nullable.ofType, `${path}[${i}]`, out));
        else collectConnectTargets(value, nullable.ofType, path, out);
        return;
    }
    if (!isInputObjectType(nullable) || typeof value !== "object") return;
    const fields = nullable.getFields();
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        if (!field) continue;
        const childPath = path ? `${path}.${key}` : key;
        if (key === "connect") {
            const connectType = getNamedType(field.type);
            const whereType = isInputObjectType(connectType) ? getNamedType(connectType.getFields().where?.type) : undefined;
            const nodeType = whereType && isInputObjectType(whereType) ? getNamedType(whereType.getFields().node?.type) : undefined;
            const label = nodeType?.name.replace(/Where$/, "");
            const items = Array.isArray(child) ? child : [child];
            items.forEach((item, i) => {
                const id = (item as { where?: { node?: { id?: { eq?: unknown; in?: unknown } } } })?.where?.node?.id;
                const ids = typeof id?.eq === "string" ? [id.eq] : Array.isArray(id?.in) ? (id.in as string[]) : [];
                const itemPath = Array.isArray(child) ? `${childPath}[${i}]` : childPath;
                for (const target of ids) if (label) out.push({ label, id: target, field: `${itemPath}.where.node.id` });
            });
        }
        collectConnectTargets(child, field.type, childPath, out);
    }
}

/**
 * @neo4j/graphql silently connects nothing when `connect` names an id that does not exist. Every generated mutation
 * is wrapped so that such a request fails with NOT_FOUND (naming the field and id) before anything is written.
 * Labels come from the schema's own type names, never from input, so building them into the statement is safe.
 */
export function guardConnections(schema: GraphQLSchema, driver: Driver): GraphQLSchema {
    const labels = new Set(Object.keys(schema.getTypeMap()));
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
        const resolve = field.resolve;
        if (!resolve) continue;
        field.resolve = async (source, args: Record<string, unknown>, context: RequestContext, info) => {
            const targets: ConnectTarget[] = [];
            for (const arg of field.args) collectConnectTargets(args[arg.name], arg.type, arg.name, targets);
            const byLabel = new Map<string, ConnectTarget[]>();
            for (const target of targets) if (labels.has(target.label)) byLabel.set(target.label, [...(byLabel.get(target.label) ?? []), target]);
            for (const [label, wanted] of byLabel) {
                const { records } = await driver.executeQuery(
                    `MATCH (n:\`${label}\`) WHERE n.id IN $ids RETURN collect(n.id) AS found`,
                    { ids: [...new Set(wanted.map((t) => t.id))] },
                    { database: context.sessionConfig?.database, routing: neo4j.routing.READ },
                );
                const found = new Set(records[0].get("found") as string[]);
                const missing = wanted.find((target) => !found.has(target.id));
                if (missing) {
                    throw notFound(`No ${missing.label} with id "${missing.id}" exists to connect; create it first or fix the id.`, {
                        field: missing.field,
                        id: missing.id,
                    });
                }
            }
            return resolve(source, args, context, info);
        };
    }
    return schema;
}
