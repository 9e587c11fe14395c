import {
    type GraphQLInputType,
    type GraphQLObjectType,
    type GraphQLSchema,
    getNamedType,
    getNullableType,
    isInputObjectType,
    isListType,
    isObjectType,
} from "graphql";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { type Audience, forbidden, is } from "../auth/principal";
import { badInput, notFound } from "../errors";
import { cypher } from "../neo4j/cypher-catalogue";
import { plain } from "../neo4j/read-rows";
import { type CredentialFacts, euCompliance } from "../domain/eu-compliance";
import { type GraphVersionKey, bumpGraphVersions } from "../neo4j/graph-versions";
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

/** Types holding personal data: only admins may name them in a generated mutation (connect, filter, create, anything). */
const PERSONAL_TYPES = new Set(["Person", "Team", "OrgUnit"]);

/**
 * The first place in mutation arguments that reaches a personal type: an input field standing for a relationship
 * (`holders`, `holdersAggregate`, `holdersConnection`, ...) of an object type whose target is Person, Team or OrgUnit.
 * Input type names start with their object type's name (CredentialUpdateInput, CredentialHoldersConnectFieldInput).
 */
export function personalReach(ownerOf: InputOwners, value: unknown, type: GraphQLInputType, path: string): string | null {
    if (value === null || value === undefined) return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
        const items = Array.isArray(value) ? value : [value];
        for (const [i, item] of items.entries()) {
            const found = personalReach(ownerOf, item, nullable.ofType, Array.isArray(value) ? `${path}[${i}]` : path);
            if (found) return found;
        }
        return null;
    }
    if (!isInputObjectType(nullable) || typeof value !== "object") return null;
    const owner = ownerOf(nullable.name);
    const fields = nullable.getFields();
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (!fields[key] || child === null || child === undefined) continue;
        const childPath = path ? `${path}.${key}` : key;
        const relationship = owner?.getFields()[key.replace(/(Aggregate|Connection)$/, "")];
        if (relationship && PERSONAL_TYPES.has(getNamedType(relationship.type).name)) return childPath;
        const found = personalReach(ownerOf, child, fields[key].type, childPath);
        if (found) return found;
    }
    return null;
}

export type InputOwners = (inputName: string) => GraphQLObjectType | undefined;

/** The object type an input type belongs to: the longest object type name its name starts with (memoised). */
export function inputOwners(schema: GraphQLSchema): InputOwners {
    const objects = Object.values(schema.getTypeMap()).filter(isObjectType);
    const memo = new Map<string, GraphQLObjectType | undefined>();
    return (inputName) => {
        if (!memo.has(inputName)) {
            const matching = objects.filter((type) => inputName.startsWith(type.name));
            memo.set(inputName, matching.sort((a, b) => b.name.length - a.name.length)[0]);
        }
        return memo.get(inputName);
    };
}

/** True when the arguments name any of the keys (with a value) at any depth, e.g. `parts` for stack links. */
function editsAny(value: unknown, keys: ReadonlySet<string>): boolean {
    if (Array.isArray(value)) return value.some((item) => editsAny(item, keys));
    if (!value || typeof value !== "object") return false;
    return Object.entries(value).some(([key, child]) => (keys.has(key) && child != null) || editsAny(child, keys));
}

const STACK_LINKS = new Set(["parts", "partOf"]);
/** Links, as owner type and field, whose change invalidates a cached derivation (src/neo4j/graph-versions.ts). */
const REQUIREMENT_LINKS = new Set(["Role.requires", "Skill.requiredBy"]);
const TENURE_LINKS = new Set(["Person.currentRole", "Person.pastRoles", "Role.holders", "Role.pastHolders"]);
/** Types whose fields (when a mutation gives any, at any depth) the workforce index holds or derives from. */
const WORKFORCE_OWNERS = /^(Person|OrgUnit|Credential|Skill|Team)\./;
/** What courses teach and who completed them: completed courses are evidence (src/domain/evidence.ts). */
const COMPLETION_LINKS = new Set(["Course.teaches", "Course.completedBy"]);
/** Positions given from the role's side (the index holds them per unit). */
const POSITION_LINKS = new Set(["Role.staffedIn"]);

/** Every "Owner.field" the arguments give a value for, the owner read from the input type (RoleUpdateInput: Role). */
function linksGiven(value: unknown, type: GraphQLInputType, owner: string, out: Set<string>): void {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
        for (const item of Array.isArray(value) ? value : [value]) linksGiven(item, nullable.ofType, owner, out);
        return;
    }
    if (!isInputObjectType(nullable) || typeof value !== "object") return;
    const own = /^([A-Z][a-zA-Z]*?)(Create|Update)Input$/.exec(nullable.name)?.[1] ?? owner;
    const fields = nullable.getFields();
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (!fields[key] || child == null) continue;
        out.add(`${own}.${key}`);
        linksGiven(child, fields[key].type, own, out);
    }
}

/** Input types that only select (filters) or set one scalar. */
const SELECTS_OR_SCALARS = /(Where|Filters|ScalarMutations)$/;
/**
 * The keys a write confined to the nodes it names may give in a relationship field's input types (by type-name
 * suffix, longest first): links between those nodes and existing nodes with the links' properties (`edge`, scalars
 * only); never a nested create, delete or update of the node at the other end, nor a connect onwards from it.
 */
const LINK_KEYS: readonly [string, ReadonlySet<string>][] = [
    ["UpdateConnectionInput", new Set(["edge", "where"])],
    ["UpdateFieldInput", new Set(["connect", "disconnect", "update"])],
    ["DisconnectFieldInput", new Set(["where"])],
    ["ConnectFieldInput", new Set(["edge", "where"])],
    ["FieldInput", new Set(["connect"])],
];

/** Whether an input value writes nothing beyond the `owner` nodes it names (their own fields, not the id) and their links. */
function confinedTo(owner: string, value: unknown, type: GraphQLInputType, isCreate: boolean): boolean {
    if (value === null || value === undefined) return true;
    const nullable = getNullableType(type);
    if (isListType(nullable)) return (Array.isArray(value) ? value : [value]).every((item) => confinedTo(owner, item, nullable.ofType, isCreate));
    if (!isInputObjectType(nullable) || typeof value !== "object") return true;
    const name = nullable.name;
    if (SELECTS_OR_SCALARS.test(name)) return true;
    const own = name === `${owner}CreateInput` || name === `${owner}UpdateInput`;
    const keys = own ? null : LINK_KEYS.find(([suffix]) => name.startsWith(owner) && name.endsWith(suffix))?.[1];
    if (!own && !keys) return false;
    const fields = nullable.getFields();
    return Object.entries(value as Record<string, unknown>).every(([key, child]) => {
        if (child == null) return true;
        if (!fields[key] || (own ? !isCreate && key === "id" : !keys!.has(key))) return false;
        return key === "edge" || confinedTo(owner, child, fields[key].type, isCreate);
    });
}

const isStringArray = (ids: unknown): ids is string[] => Array.isArray(ids) && ids.every((id) => typeof id === "string");

/** The ids a `where` names when it selects by id alone (`{ id: { eq } }` or `{ id: { in } }`), else null. */
function idsSelected(where: unknown): string[] | null {
    if (!where || typeof where !== "object" || Object.keys(where).join() !== "id") return null;
    const selector = (where as { id?: { eq?: unknown; in?: unknown } }).id ?? {};
    const ids = Object.keys(selector).join() === "eq" ? [selector.eq] : Object.keys(selector).join() === "in" ? selector.in : null;
    return isStringArray(ids) ? ids : null;
}

/**
 * The ids of the nodes a generated mutation writes, when it writes nothing else: create<Plural> with ids, or
 * update<Plural> (and, with `deletes`, delete<Plural>) selecting by id alone, with only the nodes' own fields and
 * links (`confinedTo`). Null otherwise. Caches then re-read just those nodes.
 */
function nodesWritten(
    plural: string,
    owner: string,
    mutation: string,
    args: Record<string, unknown>,
    argTypes: readonly { name: string; type: GraphQLInputType }[],
    deletes = false,
): string[] | null {
    const typeOf = (name: string) => argTypes.find((arg) => arg.name === name)?.type;
    if (mutation === `create${plural}`) {
        const input = args.input;
        const type = typeOf("input");
        if (!Array.isArray(input) || !type || Object.keys(args).some((k) => k !== "input")) return null;
        const ids = input.map((node) => (node as { id?: unknown } | null)?.id);
        return isStringArray(ids) && confinedTo(owner, input, type, true) ? ids : null;
    }
    if (mutation === `update${plural}`) {
        const ids = idsSelected(args.where);
        const type = typeOf("update");
        if (!ids || !type || Object.keys(args).some((k) => k !== "where" && k !== "update")) return null;
        return confinedTo(owner, args.update, type, false) ? ids : null;
    }
    if (deletes && mutation === `delete${plural}` && Object.keys(args).join() === "where") return idsSelected(args.where);
    return null;
}

/** The roles a generated mutation writes, when it writes no other role's profile (see nodesWritten); deletes included. */
export const rolesWritten = (mutation: string, args: Record<string, unknown>, argTypes: readonly { name: string; type: GraphQLInputType }[]) =>
    nodesWritten("Roles", "Role", mutation, args, argTypes, true);

/** The people a generated mutation writes, when it writes nothing else the workforce index holds (see nodesWritten). */
export const peopleWritten = (mutation: string, args: Record<string, unknown>, argTypes: readonly { name: string; type: GraphQLInputType }[]) =>
    nodesWritten("People", "Person", mutation, args, argTypes);

/** Which cached derivations a mutation invalidates (the 'workforce' rebuild is left out when `confinedToPeople`). */
function versionsTouched(
    mutation: string,
    args: Record<string, unknown>,
    argTypes: readonly { name: string; type: GraphQLInputType }[],
    confinedToPeople = false,
): GraphVersionKey[] {
    const given = new Set<string>();
    for (const arg of argTypes) linksGiven(args[arg.name], arg.type, "", given);
    const any = (links: ReadonlySet<string>) => [...links].some((link) => given.has(link));
    const keys: GraphVersionKey[] = [];
    if (/^(create|update|delete)(Roles|Skills)$/.test(mutation) || any(REQUIREMENT_LINKS)) keys.push("roleProfiles");
    if (/^(create|update|delete)Skills$/.test(mutation) || [...given].some((link) => link.startsWith("Skill."))) keys.push("skills");
    if (/^delete(People|Roles)$/.test(mutation) || any(TENURE_LINKS)) keys.push("roleMoves");
    if (confinedToPeople) return keys;
    if (
        /(People|OrgUnits|Credentials|Skills|Teams)$|^delete(Roles|Courses)$/.test(mutation) ||
        [...given].some((link) => WORKFORCE_OWNERS.test(link)) ||
        any(TENURE_LINKS) ||
        any(COMPLETION_LINKS) ||
        any(POSITION_LINKS)
    )
        keys.push("workforce");
    return keys;
}

/**
 * The one Cypher string built at run time, and why: the label is a type name of the schema (`labels` is the schema's
 * own type map, never request input) quoted in backticks, and the ids are parameters. A parameterised dynamic label
 * (`MATCH (n:$($label))`) would do, but Neo4j 5.26 to 2025.07 plans dynamic labels as an AllNodesScan, not the label's id
 * index seek (Cypher manual, MATCH, performance caveats): a scan of every node per connect check.
 */
async function checkConnectTargets(tx: ManagedTransaction, labels: Set<string>, targets: ConnectTarget[]): Promise<void> {
    const byLabel = new Map<string, ConnectTarget[]>();
    for (const target of targets) if (labels.has(target.label)) byLabel.set(target.label, [...(byLabel.get(target.label) ?? []), target]);
    for (const [label, wanted] of byLabel) {
        const result = await tx.run(`MATCH (n:\`${label}\`) WHERE n.id IN $ids RETURN collect(n.id) AS found`, { ids: [...new Set(wanted.map((t) => t.id))] });
        const found = new Set(result.records[0].get("found") as string[]);
        const missing = wanted.find((target) => !found.has(target.id));
        if (missing) {
            throw notFound(`No ${missing.label} with id "${missing.id}" exists to connect; create it first or fix the id.`, {
                field: missing.field,
                id: missing.id,
            });
        }
    }
}

async function checkNoStackCycle(tx: ManagedTransaction): Promise<void> {
    const result = await tx.run(cypher("credentials/find-part-of-cycle"));
    const cycle = result.records[0];
    if (!cycle) return;
    const titles = (cycle.get("titles") as string[]).join(" → ");
    throw badInput(
        `This change would make a credential part of itself (${titles}). A stack cannot contain itself; link the parts the other way or drop one link.`,
        {
            field: "parts",
            cycle: cycle.get("ids") as string[],
        },
    );
}

function wroteSomething(result: unknown): boolean {
    const counters = (result as { info?: unknown } | null)?.info ?? result;
    return typeof counters === "object" && counters !== null && Object.values(counters).some((n) => typeof n === "number" && n > 0);
}

/**
 * A partner's save leaves none of its organisation's EU micro-credentials without a mandatory element of Annex I
 * (src/domain/eu-compliance.ts): BAD_USER_INPUT naming each credential and what it lacks. Admins' imports are not held
 * to it; credentialCompliance reports on any credential.
 */
async function checkEuMicroCredentials(tx: ManagedTransaction, organizationId: string): Promise<void> {
    const result = await tx.run(cypher("credentials/read-eu-credential-facts"), { organizationId });
    const incomplete = result.records
        .map((record) => ({ credentialId: record.get("credentialId") as string, report: euCompliance(plain(record.get("facts")) as CredentialFacts) }))
        .filter(({ report }) => !report.compliant);
    if (incomplete.length === 0) return;
    throw badInput(
        `An EU micro-credential needs every mandatory element of Annex I of 2022/C 243/02: ${incomplete
            .map(({ credentialId, report }) => `"${credentialId}" lacks ${report.missing.join("; ")}`)
            .join(". ")}. Add them, or set euMicroCredential to false.`,
        {
            field: "euMicroCredential",
            allowed: "a credential with every mandatory element",
            incomplete: incomplete.map(({ credentialId, report }) => ({ credentialId, missing: report.missing })),
        },
    );
}

/**
 * Generated mutations partners may run, on their own organisation's courses and credentials per the schema rules
 * (updateOrganizations: a course's provider is set by creating the course nested under its organisation).
 */
const PARTNER_MUTATIONS = /^((create|update|delete)(Courses|Credentials)|updateOrganizations)$/;

/**
 * Every generated mutation runs in one explicit transaction that this wrapper owns, so that checks the library does
 * not make happen atomically with the write:
 * - before it: `connect` must name ids that exist (the library silently connects nothing otherwise): NOT_FOUND;
 * - after it, when stack links changed: no credential may be part of itself (PART_OF cycle): BAD_USER_INPUT;
 * - after it, when roles, skills, requirements, role tenures or what the workforce index holds changed, and the
 *   mutation wrote something: bump the graph versions caches are keyed on (a write confined to the people it names
 *   marks just them, `peopleWritten`).
 * A failed check rolls the whole mutation back; a transient failure (a deadlock) retries the whole of it. Labels come from the schema's own type names, never from input.
 * Before all that, the audience: generated mutations are for admins, and partners on courses and credentials (whose
 * @authorization rules then check ownership). Hand-written mutations manage their own checks and transactions.
 */
export function guardMutations(schema: GraphQLSchema, driver: Driver, handWritten: ReadonlySet<string>): GraphQLSchema {
    const labels = new Set(Object.keys(schema.getTypeMap()));
    const owners = inputOwners(schema);
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
        const resolve = field.resolve;
        if (!resolve || handWritten.has(field.name)) continue;
        const audiences: Audience[] = PARTNER_MUTATIONS.test(field.name) ? ["partner"] : [];
        field.resolve = async (source, args: Record<string, unknown>, context: RequestContext, info) => {
            context.access.require(audiences, `run ${field.name}`);
            if (!is(context.access.principal, "admin")) {
                const reach = field.args.map((arg) => personalReach(owners, args[arg.name], arg.type, arg.name)).find(Boolean);
                if (reach) {
                    throw forbidden(
                        `Only admins may link, filter or change people, teams and org units in ${field.name} (${reach}); partners award credentials with issueCredential.`,
                        { field: reach },
                    );
                }
            }
            const targets: ConnectTarget[] = [];
            for (const arg of field.args) collectConnectTargets(args[arg.name], arg.type, arg.name, targets);
            const partnerOrganization = is(context.access.principal, "admin") ? null : (context.access.principal.organizationId ?? null);
            const session = driver.session({ database: context.sessionConfig?.database, defaultAccessMode: neo4j.session.WRITE });
            const config = context.transaction && typeof context.transaction === "object" ? context.transaction : undefined;
            try {
                // executeWrite retries the whole unit on a transient failure (a deadlock with a concurrent writer on
                // the shared GraphVersion nodes), within the driver's retry window; the library's Cypher is rebuilt each time.
                return await session.executeWrite(async (tx) => {
                    await checkConnectTargets(tx, labels, targets);
                    const result = await resolve(source, args, { ...context, executionContext: tx }, info);
                    if (editsAny(args, STACK_LINKS)) await checkNoStackCycle(tx);
                    if (partnerOrganization !== null) await checkEuMicroCredentials(tx, partnerOrganization);
                    // The library returns its write counters (`info` of create and update, the whole answer of delete):
                    // a mutation that matched nothing leaves the caches as they are.
                    if (wroteSomething(result)) {
                        const people = peopleWritten(field.name, args, field.args);
                        const keys = versionsTouched(field.name, args, field.args, people !== null);
                        await bumpGraphVersions(tx, keys);
                        if (people?.length) await tx.run(cypher("workforce/bump-people-version"), { personIds: people });
                        const roles = keys.includes("roleProfiles") ? rolesWritten(field.name, args, field.args) : null;
                        if (roles) await tx.run(cypher("mobility/write-role-changes"), { roleIds: roles });
                    }
                    return result;
                }, config);
            } finally {
                await session.close();
            }
        };
    }
    return schema;
}
