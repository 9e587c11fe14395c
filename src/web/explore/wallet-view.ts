import { graphql } from "./api";
import { type Context, personOnly, show } from "./context";
import { controlsForm, h } from "./dom";
import { WALLET, type WalletData } from "./queries";

const day = (instant: string | null) => instant?.slice(0, 10) ?? "—";

/** A person's portable credentials (wallet): each holding's status, issuer and dates. */
export function walletView(root: HTMLElement, context: Context): void {
    const result = h("section", { class: "result", id: "wallet-result" });
    const load = () =>
        show(result, async () => {
            const { wallet } = await graphql<WalletData>(WALLET, { personId: context.personId });
            if (wallet.length === 0) return h("p", { class: "muted" }, "No credentials held.");
            return h(
                "table",
                { class: "details wallet" },
                h(
                    "thead",
                    {},
                    h(
                        "tr",
                        {},
                        ["Credential", "Status", "Issuer", "Issued", "Expires", "Verified"].map((c) => h("th", {}, c)),
                    ),
                ),
                h(
                    "tbody",
                    {},
                    wallet.map((entry) =>
                        h(
                            "tr",
                            { class: "holding", "data-holding-id": entry.holdingId, "data-status": entry.status },
                            h("td", {}, entry.title, entry.imported && h("span", { class: "tag" }, "imported")),
                            h(
                                "td",
                                {},
                                h("span", { class: `badge ${entry.status === "VALID" ? "held" : entry.status.toLowerCase()}` }, entry.status.toLowerCase()),
                                entry.revocationReason && h("span", { class: "muted" }, ` ${entry.revocationReason}`),
                            ),
                            h("td", {}, entry.issuer?.name ?? "—"),
                            h("td", {}, day(entry.issuedAt)),
                            h("td", {}, day(entry.revokedAt ?? entry.expiresAt)),
                            h("td", {}, entry.verified ? "yes" : "no"),
                        ),
                    ),
                ),
            );
        });
    const controls = controlsForm(personOnly(context, () => void load()));
    root.replaceChildren(h("h2", {}, "Wallet"), controls, result);
    void load();
}
