import "./explore.css";
import { graphql } from "./api";
import { type Context, defaultRoleFor, show } from "./context";
import { h } from "./dom";
import { gapView } from "./gap-view";
import { mobilityView } from "./mobility-view";
import { CATALOGUE, type CatalogueData } from "./queries";
import { stackView } from "./stack-view";
import { teamView } from "./team-view";
import { walletView } from "./wallet-view";
import { developmentSignInOffered, fetchDevelopmentToken, storeToken, storedToken } from "../shared/session";

const VIEWS = {
    gap: { title: "Gap to a role", draw: gapView },
    mobility: { title: "Career paths", draw: mobilityView },
    team: { title: "Team coverage", draw: teamView },
    stack: { title: "Credential stack", draw: stackView },
    wallet: { title: "Wallet", draw: walletView },
} as const;
type ViewName = keyof typeof VIEWS;

const root = document.getElementById("root")!;
const main = h("main", { id: "view" });
let context: Context | null = null;

const currentView = (): ViewName => {
    const name = location.hash.slice(1);
    return name in VIEWS ? (name as ViewName) : "gap";
};

function drawView(): void {
    if (!context) return;
    const name = currentView();
    for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.getAttribute("href") === `#${name}`);
    VIEWS[name].draw(main, context);
}

/** The person to start with: the first who aspires to a role (they have a gap worth showing), else the first. */
function startingContext(catalogue: CatalogueData): Context {
    const person = catalogue.people.find((p) => p.aspiredRoles.length > 0) ?? catalogue.people[0];
    const context: Context = { catalogue, personId: person?.id ?? null, roleId: null };
    context.roleId = defaultRoleFor(context, context.personId);
    return context;
}

async function signIn(token: string | null): Promise<void> {
    storeToken(token);
    drawHeader();
    await show(main, async () => {
        const catalogue = await graphql<CatalogueData>(CATALOGUE);
        if (catalogue.people.length === 0)
            throw new Error("This token reads no people: sign in as an admin, or as a planner or employee with people in scope.");
        context = startingContext(catalogue);
        return h("p", {}, "Signed in.");
    });
    drawView();
}

function signInForm(): HTMLElement {
    const input = h("input", { type: "password", name: "token", placeholder: "Paste a bearer token", autocomplete: "off" });
    return h(
        "form",
        {
            class: "sign-in",
            onSubmit: (event) => {
                event.preventDefault();
                if (input.value.trim()) void signIn(input.value.trim().replace(/^Bearer\s+/i, ""));
            },
        },
        developmentSignInOffered() &&
            h(
                "button",
                {
                    type: "button",
                    class: "primary",
                    name: "dev-sign-in",
                    onClick: () => void fetchDevelopmentToken().then(signIn, (error: Error) => alert(error.message)),
                },
                "Sign in with the development token",
            ),
        input,
        h("button", { type: "submit" }, "Use token"),
    );
}

const header = h("header", {});
function drawHeader(): void {
    const signedIn = storedToken() !== null;
    header.replaceChildren(
        h("h1", {}, "Skillgraph explorer"),
        h(
            "nav",
            {},
            Object.entries(VIEWS).map(([name, view]) => h("a", { href: `#${name}` }, view.title)),
            h("a", { href: "/graphql", class: "ide" }, "GraphiQL"),
        ),
        signedIn
            ? h(
                  "button",
                  {
                      type: "button",
                      name: "sign-out",
                      onClick: () => {
                          storeToken(null);
                          context = null;
                          drawHeader();
                          main.replaceChildren(h("p", {}, "Signed out."));
                      },
                  },
                  "Sign out",
              )
            : signInForm(),
    );
}

window.addEventListener("hashchange", drawView);
root.append(header, main);
drawHeader();
const token = storedToken();
if (token) void signIn(token);
else main.replaceChildren(h("p", { class: "muted" }, "Sign in to explore the organisation: its people are personal data, readable with a token only."));
