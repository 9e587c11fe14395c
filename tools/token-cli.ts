import { ConfigError, loadConfig } from "../src/config";
import { mintDevelopmentToken, resolveAuthSettings } from "../src/auth/dev-secret";
import { AUDIENCES, type Audience, principalFromClaims } from "../src/auth/principal";
import { UsageError, durationFlag, enumListFlag, parseFlags, runCli, textFlag, textFlags } from "./cli-flags";

const USAGE = `usage: npm run -s token -- --audience <${AUDIENCES.join("|")}>[,...] [--subject <person id>] [--org <organisation id>]
       [--org-unit <unit id>]... [--expires <duration>]
  employee needs --subject (the person), partner --org, planner one or more --org-unit.
  --expires: from 1s to 1y, such as 30m, 8h or 7d (default 8h).`;

export interface TokenArgs {
    readonly audiences: Audience[];
    readonly subject: string | undefined;
    readonly org: string | undefined;
    readonly orgUnits: string[];
    readonly expiresInSeconds: number;
}

/** Reads and checks every flag, and the ones each audience needs, before the configuration is read. */
export function parseTokenArgs(argv: readonly string[]): TokenArgs {
    const { values } = parseFlags(argv, {
        audience: { type: "string" },
        subject: { type: "string" },
        org: { type: "string" },
        "org-unit": { type: "string", multiple: true },
        expires: { type: "string" },
    });
    const audiences = enumListFlag(values, "--audience", AUDIENCES, { required: true })!;
    const subject = textFlag(values, "--subject", "the person's id");
    const org = textFlag(values, "--org", "the organisation's id");
    const orgUnits = textFlags(values, "--org-unit", "an org unit's id");
    // The claims the server requires of each audience (principalFromClaims), asked for by their flag.
    if (audiences.includes("employee") && subject === undefined)
        throw new UsageError("--subject", "is missing", "an employee token needs --subject <person id>");
    if (audiences.includes("partner") && org === undefined) throw new UsageError("--org", "is missing", "a partner token needs --org <organisation id>");
    if (audiences.includes("planner") && !orgUnits.length)
        throw new UsageError("--org-unit", "is missing", "a planner token needs one or more --org-unit <unit id>");
    return { audiences, subject, org, orgUnits, expiresInSeconds: durationFlag(values, "--expires", { min: "1s", max: "1y", default: "8h" }) };
}

/** `npm run token`: mints a development token signed with the shared secret; refused in production. */
async function main(argv: string[]): Promise<void> {
    const { audiences, subject, org, orgUnits, expiresInSeconds } = parseTokenArgs(argv);
    const config = loadConfig();
    if (config.production)
        throw new ConfigError("NODE_ENV", 'is "production"', "mint tokens with your identity provider; this command is for development only");
    const auth = resolveAuthSettings(config);
    const secret = auth.secret;
    if (!secret)
        throw new ConfigError(
            "SKILLGRAPH_JWKS_URL",
            "is set",
            "tokens for a JWKS-verified server come from its identity provider; unset it to use the development secret",
        );
    const claims = {
        sub: subject ?? `dev:${audiences.join("+")}`,
        roles: audiences,
        ...(org ? { org } : {}),
        ...(orgUnits.length ? { orgUnits } : {}),
    };
    principalFromClaims(claims); // the same check the server makes
    console.log(await mintDevelopmentToken({ ...auth, secret }, claims, `${expiresInSeconds}s`));
}

if (require.main === module) void runCli(main, USAGE);
