import { forbidden, is } from "../auth/principal";
import { badInput } from "../errors";
import type { MutationResolvers, QueryResolvers } from "../generated/resolvers-types";
import type { RequestContext } from "../server/context";
import { claimCredential, credentialOffers, issueCredentials, issuedCredentials } from "../use-cases/credential-offers";
import { pageSize } from "./arguments";

/** The partner's organisation; admins name one (or none where `optional`). */
function issuingOrganisation(context: RequestContext, named: string | null | undefined, what: string): string | null {
    context.access.require(["partner"], what);
    if (is(context.principal, "admin")) return named ?? null;
    const own = context.principal.organizationId;
    if (!own) throw forbidden(`Your partner token names no organisation (claim org), so you may not ${what}.`);
    if (named && named !== own) throw forbidden(`You may ${what} only for your own organisation (${own}).`, { field: "organizationId" });
    return own;
}

/** Mutation.issueCredentials: partners for their organisation's credentials, admins for any. */
export const issueCredentialsResolver: NonNullable<MutationResolvers["issueCredentials"]> = (_source, args, context) =>
    issueCredentials(
        context.db,
        {
            items: args.items,
            organizationId: issuingOrganisation(context, null, "issue credentials"),
            admin: is(context.principal, "admin"),
            allOrNothing: args.allOrNothing ?? false,
        },
        context.now,
    );

/** Query.issuedCredentials: partners, what their organisation issued; admins name the organisation. */
export const issuedCredentialsResolver: NonNullable<QueryResolvers["issuedCredentials"]> = (_source, args, context) => {
    const organizationId = issuingOrganisation(context, args.organizationId, "list issued credentials");
    if (!organizationId) throw badInput("Name the organisation whose issues to list.", { field: "organizationId" });
    return issuedCredentials(context.db, organizationId, args.credentialId ?? null, pageSize(args.first, "first", 100, 1000), context.now);
};

/** Query.credentialOffers: the employee's own waiting offers. */
export const credentialOffersResolver: NonNullable<QueryResolvers["credentialOffers"]> = async (_source, _args, context) =>
    (await credentialOffers(context.db, context.access.self("read your credential offers"))).map(({ issuerId, issuerName, ...offer }) => ({
        ...offer,
        issuer: { id: issuerId, name: issuerName },
    }));

/** Mutation.claimCredential: employees, into their own profile. */
export const claimCredentialResolver: NonNullable<MutationResolvers["claimCredential"]> = async (_source, args, context) => {
    const { alreadyClaimed, changed: _changed, ...holding } = await claimCredential(context.db, context.access.self("claim credentials"), args, context.now);
    return { holding, alreadyClaimed };
};
