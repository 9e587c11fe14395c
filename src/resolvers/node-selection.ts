import {
    type DocumentNode,
    type FieldNode,
    type GraphQLResolveInfo,
    Kind,
    type SelectionNode,
    type SelectionSetNode,
    GraphQLError,
    type ASTNode,
    type GraphQLInputType,
    type ValueNode,
    OperationTypeNode,
    astFromValue,
    execute,
    typeFromAST,
    visit,
} from "graphql";

const ID_KEY = "__nodeId";

/** Every `fieldName` field under the selection set, through inline fragments and fragment spreads. */
function fieldsNamed(selectionSet: SelectionSetNode | undefined, fieldName: string, info: GraphQLResolveInfo): FieldNode[] {
    if (!selectionSet) return [];
    return selectionSet.selections.flatMap((selection: SelectionNode): FieldNode[] => {
        if (selection.kind === Kind.FIELD) return selection.name.value === fieldName ? [selection] : [];
        if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, fieldName, info);
        const fragment = info.fragments[selection.name.value];
        return fragment ? fieldsNamed(fragment.selectionSet, fieldName, info) : [];
    });
}

/** The client's selection on the field being resolved (`fieldName` undefined) or on its sub-field `fieldName`. */
export function selectionOf(info: GraphQLResolveInfo, fieldName?: string): SelectionNode[] {
    const fields = fieldName ? info.fieldNodes.flatMap((node) => fieldsNamed(node.selectionSet, fieldName, info)) : info.fieldNodes;
    return fields.flatMap((node) => node.selectionSet?.selections ?? []);
}

/**
 * The response keys of a selection that asks only for the given stored fields (plain fields: no arguments,
 * directives, sub-selections or fragments; `__typename` allowed), mapped to their field names; null otherwise.
 */
export function storedFieldsOnly(selections: readonly SelectionNode[], stored: ReadonlySet<string>): Map<string, string> | null {
    const keys = new Map<string, string>();
    for (const selection of selections) {
        if (selection.kind !== Kind.FIELD || selection.arguments?.length || selection.directives?.length || selection.selectionSet) return null;
        const name = selection.name.value;
        if (name === "__typename") continue;
        if (!stored.has(name)) return null;
        keys.set(selection.alias?.value ?? name, name);
    }
    return keys;
}

/**
 * The operation's variables written into a selection as literals. Their values were coerced already (custom scalars
 * parsed), which a second execution would coerce again; literals from `astFromValue` serialize them back instead.
 */
function withVariablesInlined(info: GraphQLResolveInfo): <T extends ASTNode>(node: T) => T {
    const types = new Map<string, GraphQLInputType | undefined>(
        (info.operation.variableDefinitions ?? []).map((definition) => [
            definition.variable.name.value,
            typeFromAST(info.schema, definition.type) as GraphQLInputType | undefined,
        ]),
    );
    return (node) =>
        visit(node, {
            Variable(variable): ValueNode {
                const type = types.get(variable.name.value);
                return (type && astFromValue(info.variableValues[variable.name.value], type)) || { kind: Kind.NULL };
            },
        });
}

/**
 * Loads graph nodes for a hand-written answer exactly as the generated API would: the client's selection (see
 * selectionOf) is run as one generated `<listField>(where: {id: {in: ids}})` query, with the same context (so the same
 * authorization rules) and the operation's variables and fragments. Returns the nodes by id, each as the client's
 * selection shapes it (aliases included), its variables written in as literals.
 */
export async function loadSelectedNodes(
    info: GraphQLResolveInfo,
    context: unknown,
    selections: readonly SelectionNode[],
    listField: string,
    ids: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
    if (selections.length === 0 || ids.length === 0) return new Map();
    const inline = withVariablesInlined(info);
    const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [
            {
                kind: Kind.OPERATION_DEFINITION,
                operation: OperationTypeNode.QUERY,
                variableDefinitions: [
                    {
                        kind: Kind.VARIABLE_DEFINITION,
                        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: "__ids" } },
                        type: {
                            kind: Kind.NON_NULL_TYPE,
                            type: {
                                kind: Kind.LIST_TYPE,
                                type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "ID" } } },
                            },
                        },
                    },
                ],
                selectionSet: {
                    kind: Kind.SELECTION_SET,
                    selections: [
                        {
                            kind: Kind.FIELD,
                            name: { kind: Kind.NAME, value: listField },
                            arguments: [
                                {
                                    kind: Kind.ARGUMENT,
                                    name: { kind: Kind.NAME, value: "where" },
                                    value: {
                                        kind: Kind.OBJECT,
                                        fields: [
                                            {
                                                kind: Kind.OBJECT_FIELD,
                                                name: { kind: Kind.NAME, value: "id" },
                                                value: {
                                                    kind: Kind.OBJECT,
                                                    fields: [
                                                        {
                                                            kind: Kind.OBJECT_FIELD,
                                                            name: { kind: Kind.NAME, value: "in" },
                                                            value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: "__ids" } },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                                {
                                    kind: Kind.ARGUMENT,
                                    name: { kind: Kind.NAME, value: "limit" },
                                    value: { kind: Kind.INT, value: String(Math.max(1, ids.length)) },
                                },
                            ],
                            selectionSet: {
                                kind: Kind.SELECTION_SET,
                                selections: [
                                    { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: ID_KEY }, name: { kind: Kind.NAME, value: "id" } },
                                    ...selections.map(inline),
                                ],
                            },
                        },
                    ],
                },
            },
            ...Object.values(info.fragments).map(inline),
        ],
    };
    const result = await execute({ schema: info.schema, document, contextValue: context, variableValues: { __ids: ids } });
    if (result.errors?.length) {
        const first = result.errors[0];
        throw new GraphQLError(first.message, { extensions: first.extensions, originalError: first.originalError ?? undefined });
    }
    const rows = ((result.data ?? {})[listField] ?? []) as Record<string, unknown>[];
    return new Map(rows.map((row) => [row[ID_KEY] as string, row]));
}
