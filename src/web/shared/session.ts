/** The bearer token the pages send, kept for the browser tab only (sessionStorage). */
const TOKEN_KEY = "skillgraph.token";

export const storedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);

export function storeToken(token: string | null): void {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
}

/** The API offers development sign-in (development, with the development secret) when the page says so. */
export const developmentSignInOffered = (): boolean => document.body.dataset.devSignIn === "on";

/** An admin token the API mints with its development secret (GET /web/dev-token; development only). */
export async function fetchDevelopmentToken(): Promise<string> {
    const response = await fetch("/web/dev-token", { headers: { accept: "application/json" } });
    const body = (await response.json()) as { token?: string; message?: string };
    if (!response.ok || !body.token) throw new Error(body.message ?? `development sign-in failed (HTTP ${response.status})`);
    return body.token;
}
