/**
 * Field rules on arguments: @neo4j/graphql checks a field's @authorization only where the field is selected, so a
 * filter or sort on Person.email (`people(where: { email: { eq: ... } })`, `holders: { some: { email: ... } }`) would
 * tell a planner whose address it is. Only admins may name those fields in arguments, inline or in variables.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
    type DocumentNode,
    type GraphQLInputType,
    type GraphQLSchema,
    OperationTypeNode,
    TypeInfo,
    getNullableType,
    isInputObjectType,
    isListType,
    typeFromAST,
    visit,
    visitWithTypeInfo,
} from "graphql";
import { forbidden, is } from "../auth/principal";
import { inputOwners } from "../schema/mutation-guard";
import type { RequestContext } from "./context";

/** Per owning type, the fields only admins may filter or sort on. */
const ADMIN_ONLY_ARGUMENT_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = { Person: new Set(["email"]) };

export function restrictedInputsPlugin(schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
    const ownerOf = inputOwners(schema);
    const restricted = (inputType: string, field: string) => ADMIN_ONLY_ARGUMENT_FIELDS[ownerOf(inputType)?.name ?? ""]?.has(field) ?? false;
    const inValue = (type: GraphQLInputType, value: unknown): string | null => {
        const nullable = getNullableType(type);
        if (value === null || value === undefined) return null;
        if (isListType(nullable)) {
            for (const item of Array.isArray(value) ? value : [value]) {
                const found = inValue(nullable.ofType, item);
                if (found) return found;
            }
            return null;
        }
        if (!isInputObjectType(nullable) || typeof value !== "object") return null;
        const fields = nullable.getFields();
        for (const [key, child] of Object.entries(value)) {
            if (restricted(nullable.name, key)) return `${nullable.name}.${key}`;
            const found = fields[key] ? inValue(fields[key].type, child) : null;
            if (found) return found;
        }
        return null;
    };
    /** The first restricted field written inline in a document; walked once per parsed document (Apollo reuses them). */
    const inlineFinds = new WeakMap<DocumentNode, string | null>();
    const inDocument = (document: DocumentNode): string | null => {
        if (inlineFinds.has(document)) return inlineFinds.get(document)!;
        let found: string | null = null;
        const typeInfo = new TypeInfo(schema);
        visit(
            document,
            visitWithTypeInfo(typeInfo, {
                ObjectField(node) {
                    const parent = typeInfo.getParentInputType();
                    const named = parent && getNullableType(parent);
                    if (!found && named && isInputObjectType(named) && restricted(named.name, node.name.value)) found = `${named.name}.${node.name.value}`;
                },
            }),
        );
        inlineFinds.set(document, found);
        return found;
    };
    return {
        requestDidStart() {
            return Promise.resolve({
                didResolveOperation({ contextValue, document, operation, request }) {
                    // Mutations naming people are the mutation guard's (src/schema/mutation-guard.ts): admins only.
                    if (is(contextValue.principal, "admin") || operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
                    let found = inDocument(document);
                    for (const definition of operation?.variableDefinitions ?? []) {
                        const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
                        if (!found && type) found = inValue(type, request.variables?.[definition.variable.name.value]);
                    }
                    if (found) {
                        const field = found.split(".")[1];
                        throw forbidden(`Only admins may filter or sort on ${field} (${found}): it is personal data you may not read.`, {
                            field,
                            // Answered like a resolver's refusal (200, data null), not as a server error.
                            http: { status: 200 },
                        });
                    }
                    return Promise.resolve();
                },
            });
        },
    };
}
