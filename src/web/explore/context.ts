import { ApiError } from "./api";
import { h, labelled, select } from "./dom";
import type { CatalogueData } from "./queries";

/** What every view shares: the catalogue read at sign-in and the person and role chosen last (kept across views). */
export interface Context {
    readonly catalogue: CatalogueData;
    personId: string | null;
    roleId: string | null;
}

/** The person's next role: the first they aspire to, else their current one, else the first role. */
export function defaultRoleFor(context: Context, personId: string | null): string | null {
    const person = context.catalogue.people.find((p) => p.id === personId);
    return person?.aspiredRoles[0]?.id ?? person?.currentRole?.id ?? context.catalogue.roles[0]?.id ?? null;
}

export const personOptions = (context: Context) => context.catalogue.people.map((p) => ({ id: p.id, label: `${p.name} (${p.id})` }));
export const roleOptions = (context: Context) => context.catalogue.roles.map((r) => ({ id: r.id, label: r.title }));

/**
 * Fills `target` with what `build` makes; `data-state` says loading, ready or error, so that a reader (or a test)
 * knows when the answer is on screen. A newer call supersedes an older one still running.
 */
export async function show(target: HTMLElement, build: () => Promise<Node>): Promise<void> {
    const ticket = String(Number(target.dataset.ticket ?? 0) + 1);
    target.dataset.ticket = ticket;
    target.dataset.state = "loading";
    target.replaceChildren(h("p", { class: "muted" }, "Loading…"));
    try {
        const content = await build();
        if (target.dataset.ticket !== ticket) return;
        target.replaceChildren(content);
        target.dataset.state = "ready";
    } catch (error) {
        if (target.dataset.ticket !== ticket) return;
        const code = error instanceof ApiError ? ` (${error.code})` : "";
        target.replaceChildren(h("p", { class: "error", role: "alert" }, `${error instanceof Error ? error.message : String(error)}${code}`));
        target.dataset.state = "error";
    }
}

/** A person and a role selector kept in step: choosing a person chooses their next role; either change reloads. */
export function personAndRole(context: Context, roleLabel: string, reload: () => void): HTMLLabelElement[] {
    const roleSelect = () =>
        select("role", roleOptions(context), context.roleId, (id) => {
            context.roleId = id;
            reload();
        });
    let roles = roleSelect();
    const people = select("person", personOptions(context), context.personId, (id) => {
        context.personId = id;
        context.roleId = defaultRoleFor(context, id);
        const next = roleSelect();
        roles.replaceWith(next);
        roles = next;
        reload();
    });
    return [labelled("Person", people), labelled(roleLabel, roles)];
}

/** A person selector alone; a change reloads. */
export const personOnly = (context: Context, reload: () => void): HTMLLabelElement =>
    labelled(
        "Person",
        select("person", personOptions(context), context.personId, (id) => {
            context.personId = id;
            reload();
        }),
    );
