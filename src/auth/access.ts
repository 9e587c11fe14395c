/**
 * The service-layer half of the README's access matrix: what hand-written queries and mutations check before they read
 * or write (generated operations are covered by the @authentication/@authorization rules in schema/ and the audience
 * check of the mutation guard). Denials never say whether the person exists.
 */
import { badInput } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import { type Audience, type Principal, forbidden, is, unauthenticated } from "./principal";

export class Access {
    constructor(
        private readonly db: Db,
        readonly principal: Principal,
        /** The planner's covered units with every unit below them (empty for other audiences). */
        readonly scope: ReadonlySet<string>,
    ) {}

    /** At least one of the audiences (admin always passes). */
    require(audiences: readonly Audience[], what: string): void {
        if (is(this.principal, "admin") || audiences.some((audience) => is(this.principal, audience))) return;
        if (!this.principal.authenticated) throw unauthenticated(`Sign in to ${what}: send a bearer token (npm run token in development).`);
        throw forbidden(`Your token does not allow you to ${what} (it needs one of: ${["admin", ...audiences].join(", ")}).`);
    }

    /** The signed-in employee's own person id, for writes people make about themselves (admins are not people). */
    self(what: string): string {
        if (is(this.principal, "employee") && this.principal.subject) return this.principal.subject;
        if (!this.principal.authenticated) throw unauthenticated(`Sign in to ${what}: send a bearer token (npm run token in development).`);
        throw forbidden(`Only employees may ${what}, for themselves.`);
    }

    /** Reading or planning for one person: admin, the employee themselves, or a planner covering their unit. */
    async person(personId: string, field: string): Promise<void> {
        const { principal } = this;
        if (is(principal, "admin")) return;
        if (is(principal, "employee") && principal.subject === personId) return;
        if (is(principal, "planner") && (await this.inScope([personId]))) return;
        if (!principal.authenticated) throw unauthenticated("Sign in to read people's data: send a bearer token.");
        throw forbidden(`You may not read this person's data: employees see only themselves, planners the people of the units they cover.`, { field });
    }

    /** True when every person is a member of a covered unit. */
    async inScope(personIds: readonly string[]): Promise<boolean> {
        if (is(this.principal, "admin")) return true;
        if (personIds.length === 0) return true;
        const rows = await readRows<{ personId: string; unitId: string | null }>(this.db, "auth/read-person-units", { personIds: [...new Set(personIds)] });
        return rows.length === new Set(personIds).size && rows.every((row) => row.unitId !== null && this.scope.has(row.unitId));
    }

    /**
     * The org unit a planner's query runs over: the one asked for, which must be covered; without one, the unit they
     * cover when it is a single one. Admins may ask for any unit or none (the whole organisation).
     */
    planningUnit(orgUnitId: string | null, field: string, what: string): string | null {
        this.require(["planner"], what);
        if (is(this.principal, "admin")) return orgUnitId;
        if (orgUnitId) {
            if (!this.scope.has(orgUnitId))
                throw forbidden(`You may ${what} only in the units you cover (${this.principal.orgUnits.join(", ")}) and below.`, { field });
            return orgUnitId;
        }
        if (this.principal.orgUnits.length === 1) return this.principal.orgUnits[0];
        throw badInput(`Give ${field}: you cover several units (${this.principal.orgUnits.join(", ")}).`, {
            field,
            allowed: this.principal.orgUnits.join(", "),
        });
    }

    /** Several units (composeTeam): each must be covered; without any, the units the planner covers. */
    planningUnits(orgUnitIds: readonly string[] | null, field: string, what: string): string[] | null {
        this.require(["planner"], what);
        if (is(this.principal, "admin")) return orgUnitIds ? [...orgUnitIds] : null;
        if (!orgUnitIds || orgUnitIds.length === 0) return [...this.principal.orgUnits];
        const outside = orgUnitIds.find((id) => !this.scope.has(id));
        if (outside)
            throw forbidden(`You may ${what} only in the units you cover (${this.principal.orgUnits.join(", ")}) and below; "${outside}" is not one of them.`, {
                field,
            });
        return [...orgUnitIds];
    }
}
