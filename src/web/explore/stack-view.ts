import { graphql } from "./api";
import { type Context, personOnly, show } from "./context";
import { controlsForm, h, labelled, percent, select } from "./dom";
import { CREDENTIAL_PROGRESS, type CredentialProgressData, type PartProgress } from "./queries";

const STATUS = { VALID: "held", EXPIRED: "expired", NONE: "missing" } as const;

/** The parts as a tree: each entry hangs under the last entry one level up (the answer lists them depth first). */
function stackTree(parts: readonly PartProgress[]): HTMLUListElement {
    const top = h("ul", { class: "tree" });
    const lists: HTMLUListElement[] = [top];
    for (const part of parts) {
        const children = h("ul", {});
        // Held, else complete through its own parts (a stack), else expired or missing.
        const state = part.status === "VALID" ? "held" : part.complete ? "complete" : STATUS[part.status];
        const item = h(
            "li",
            { class: `part ${state}`, "data-credential-id": part.credentialId, "data-status": part.status, "data-complete": part.complete },
            h(
                "div",
                { class: "node" },
                h("span", { class: `badge ${state}` }, state),
                h("strong", {}, part.title),
                part.mandatory && h("span", { class: "tag" }, "mandatory"),
                part.rule && h("span", { class: "muted" }, ` ${part.rule}`),
                h("span", { class: "share" }, h("span", { class: "fill", style: `width:${Math.round(part.share * 100)}%` })),
                h("span", { class: "muted" }, percent(part.share)),
                part.expiresAt && h("span", { class: "muted" }, ` expires ${part.expiresAt.slice(0, 10)}`),
            ),
            children,
        );
        (lists[part.depth] ?? lists[lists.length - 1]).appendChild(item);
        lists[part.depth + 1] = children;
        lists.length = part.depth + 2;
    }
    return top;
}

/** A credential stack as a tree with a person's progress on each part (credentialProgress). */
export function stackView(root: HTMLElement, context: Context): void {
    const result = h("section", { class: "result", id: "stack-result" });
    const stacks = context.catalogue.credentials.filter((c) => c.parts.length > 0);
    const credentials = [...stacks, ...context.catalogue.credentials.filter((c) => c.parts.length === 0)];
    let credentialId = stacks[0]?.id ?? credentials[0]?.id ?? null;
    const load = () =>
        show(result, async () => {
            const { credentialProgress: progress } = await graphql<CredentialProgressData>(CREDENTIAL_PROGRESS, { personId: context.personId, credentialId });
            return h(
                "div",
                {},
                h("p", { class: "summary" }, progress.explanation),
                stackTree(progress.parts),
                h(
                    "ul",
                    { class: "rules" },
                    progress.rules.map((r) =>
                        h("li", { class: r.satisfied ? "met" : "unmet" }, `${r.title}: ${r.rule}, ${r.completeParts} of ${r.requiredParts} complete`),
                    ),
                ),
            );
        });
    const controls = controlsForm(
        personOnly(context, () => void load()),
        labelled(
            "Credential",
            select(
                "credential",
                credentials.map((c) => ({ id: c.id, label: c.parts.length ? `${c.title} (stack of ${c.parts.length})` : c.title })),
                credentialId,
                (id) => {
                    credentialId = id;
                    void load();
                },
            ),
        ),
    );
    root.replaceChildren(h("h2", {}, "Credential stack"), controls, result);
    void load();
}
