import { GraphiQL, type GraphiQLProps } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./graphiql.css";
import { developmentSignInOffered, fetchDevelopmentToken, storedToken } from "../shared/session";

const DEFAULT_QUERY = `# Skillgraph's GraphQL API.
# The schema: Docs (the book icon).
# Run: Ctrl-Enter. Explorer: /explore

query Roles {
  roles(limit: 5, sort: [{ title: ASC }]) {
    id
    title
    requires(limit: 3) { name }
  }
}
`;

const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
    const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...options?.headers },
        body: JSON.stringify(params),
    });
    return (await response.json()) as Record<string, unknown>;
};

/** The Authorization header pre-filled: the explorer's token in this tab, else a development token when offered. */
async function initialToken(): Promise<string | null> {
    const stored = storedToken();
    if (stored) return stored;
    return developmentSignInOffered() ? fetchDevelopmentToken().catch(() => null) : null;
}

async function main(): Promise<void> {
    const token = await initialToken();
    const headers = token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : undefined;
    createRoot(document.getElementById("root")!).render(
        <GraphiQL
            fetcher={fetcher}
            defaultQuery={DEFAULT_QUERY}
            headers={headers}
            defaultHeaders={headers}
            defaultEditorToolsVisibility={token ? "headers" : false}
        />,
    );
}

void main();
