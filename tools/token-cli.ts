import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { ConfigError, loadConfig } from "../src/config";
import { resolveAuthSettings } from "../src/auth/dev-secret";
import { AUDIENCES, principalFromClaims } from "../src/auth/principal";

const USAGE = `usage: npm run -s token -- --audience <${AUDIENCES.join("|")}>[,...] [--subject <person id>] [--org <organisation id>]
       [--org-unit <unit id>]... [--expires 8h]
  employee needs --subject (the person), partner --org, planner one or more --org-unit.`;

/** `npm run token`: mints a development token signed with the shared secret; refused in production. */
async function main(): Promise<void> {
    const config = loadConfig();
    if (config.production) throw new ConfigError("NODE_ENV", 'is "production"', "mint tokens with your identity provider; this command is for development only");
    const auth = resolveAuthSettings(config);
    if (!auth.secret) throw new ConfigError("SKILLGRAPH_JWKS_URL", "is set", "tokens for a JWKS-verified server come from its identity provider; unset it to use the development secret");
    const { values } = parseArgs({
        options: {
            audience: { type: "string" },
            subject: { type: "string" },
            org: { type: "string" },
            "org-unit": { type: "string", multiple: true },
            expires: { type: "string", default: "8h" },
        },
    });
    if (!values.audience) throw new Error(USAGE);
    const roles = values.audience.split(",").map((role) => role.trim());
    const claims = {
        sub: values.subject ?? (roles.includes("employee") ? undefined : `dev:${roles.join("+")}`),
        roles,
        ...(values.org ? { org: values.org } : {}),
        ...(values["org-unit"]?.length ? { orgUnits: values["org-unit"] } : {}),
    };
    if (roles.includes("employee") && !values.subject) throw new Error(`An employee token needs --subject <person id>.\n${USAGE}`);
    principalFromClaims(claims); // the same check the server makes
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(values.expires!);
    if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
    if (auth.audience) jwt = jwt.setAudience(auth.audience);
    console.log(await jwt.sign(new TextEncoder().encode(auth.secret)));
}

main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
});
