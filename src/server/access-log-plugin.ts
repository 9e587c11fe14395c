/**
 * Records reads of people in the access log (src/use-cases/access-log.ts). Before execution, every selection on a
 * type that shows a person (Person, a ranked RoleCandidate, a TeamMember, a CredentialHolder, an ExpiringHolding) gets the person's id under a reserved alias,
 * so each person shown is known even when the client did not select the id; the answer is then walked once, the ids
 * collected per root field and the alias removed, so the client gets exactly what it asked for. A root field about
 * one person (its `personId` or `from.personId` argument: skillGap, learningPlan, careerPaths, ...) that answered
 * records that person.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, type FieldNode, type GraphQLSchema, Kind, type SelectionSetNode, TypeInfo, getNamedType, visit, visitWithTypeInfo } from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import type { RequestContext } from "./context";

const ALIAS = "__skillgraphPersonId";
/** The types whose objects show a person, and the field holding the person's id. */
const PERSON_ID_FIELD: Readonly<Record<string, string>> = {
    Person: "id",
    RoleCandidate: "personId",
    TeamMember: "personId",
    CredentialHolder: "personId",
    ExpiringHolding: "personId",
};
const idField = (name: string) => ({ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: ALIAS }, name: { kind: Kind.NAME, value: name } }) as const;

/** Rewrites per parsed document: Apollo reuses a parsed document for the same query text, so each is rewritten once. */
const rewrites = new WeakMap<DocumentNode, DocumentNode | null>();

/** The document with the person's id selected under ALIAS in every selection set showing a person; null when it has none. */
export function selectPersonIds(schema: GraphQLSchema, document: DocumentNode): DocumentNode | null {
    let rewritten = rewrites.get(document);
    if (rewritten === undefined) rewrites.set(document, (rewritten = rewrite(schema, document)));
    return rewritten;
}

function rewrite(schema: GraphQLSchema, document: DocumentNode): DocumentNode | null {
    const typeInfo = new TypeInfo(schema);
    let changed = false;
    const rewritten = visit(
        document,
        visitWithTypeInfo(typeInfo, {
            SelectionSet: {
                leave(node: SelectionSetNode) {
                    const field = PERSON_ID_FIELD[getNamedType(typeInfo.getParentType())?.name ?? ""];
                    if (!field) return undefined;
                    changed = true;
                    return { ...node, selections: [...node.selections, idField(field)] };
                },
            },
        }),
    );
    return changed ? rewritten : null;
}

/** Removes ALIAS from the answer, collecting its values. */
function collectIds(value: unknown, ids: Set<string>): void {
    if (Array.isArray(value)) for (const item of value) collectIds(item, ids);
    else if (value && typeof value === "object") {
        const record = value as Record<string, unknown>;
        if (ALIAS in record) {
            if (typeof record[ALIAS] === "string") ids.add(record[ALIAS]);
            delete record[ALIAS];
        }
        for (const key in record) collectIds(record[key], ids);
    }
}

/** The person a root field is about: its personId or from.personId argument, when it has one. */
function personArgument(
    field: Parameters<typeof getArgumentValues>[0] | undefined,
    node: FieldNode,
    variables: Record<string, unknown> | undefined,
): string | null {
    if (!field) return null;
    try {
        const args = getArgumentValues(field, node, variables) as { personId?: unknown; from?: { personId?: unknown } };
        const id = args.personId ?? args.from?.personId;
        return typeof id === "string" ? id : null;
    } catch {
        return null;
    }
}

export function accessLogPlugin(): ApolloServerPlugin<RequestContext> {
    return {
        requestDidStart() {
            let rewritten = false;
            // Per answer key, the field it comes from (records name the operation's field, not the client's alias)
            // and the one person it is about, if any.
            const roots = new Map<string, { field: string; personId: string | null }>();
            return Promise.resolve({
                didResolveOperation(requestContext) {
                    const operation = requestContext.operation;
                    const rootType = operation && requestContext.schema.getRootType(operation.operation);
                    for (const selection of operation?.selectionSet.selections ?? []) {
                        if (selection.kind !== Kind.FIELD || !rootType) continue;
                        roots.set(selection.alias?.value ?? selection.name.value, {
                            field: selection.name.value,
                            personId: personArgument(rootType.getFields()[selection.name.value], selection, requestContext.request.variables),
                        });
                    }
                    const document = selectPersonIds(requestContext.schema, requestContext.document);
                    if (document) {
                        (requestContext as { document: DocumentNode }).document = document;
                        rewritten = true;
                    }
                    return Promise.resolve();
                },
                willSendResponse({ response, contextValue }) {
                    const data = response.body.kind === "single" ? response.body.singleResult.data : null;
                    for (const [key, value] of Object.entries(data ?? {})) {
                        // An erasure removes the person's log with them; it must not start a new one.
                        if (roots.get(key)?.field === "erasePerson") continue;
                        const ids = new Set<string>();
                        if (rewritten) collectIds(value, ids);
                        const root = roots.get(key);
                        if (root?.personId && value != null) ids.add(root.personId);
                        if (ids.size) contextValue.accessLog.saw(contextValue.principal, root?.field ?? key, ids, contextValue.now);
                    }
                    return Promise.resolve();
                },
            });
        },
    };
}
