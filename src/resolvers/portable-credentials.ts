import { forbidden, is } from "../auth/principal";
import type { RequestContext } from "../server/context";
import type { MutationResolvers, QueryResolvers } from "../generated/resolvers-types";
import { credentialCompliance, exportCredential, parseHoldingId, readWallet, verifyCredential } from "../use-cases/portable-credentials";
import { revokeCredential } from "../use-cases/self-service";
import { isOfferId, revokeOffer } from "../use-cases/credential-offers";
import { importCredential, recheckImportedCredentials } from "../use-cases/import-credential";
import { exportCredentialStack } from "../use-cases/stack-bundle";
import { ctdlDocument } from "../use-cases/ctdl-export";

/** The holder's own wallet (employees), anyone's for admins. */
function holderOf(context: RequestContext, personId: string | null | undefined, what: string): string {
    if (is(context.principal, "admin") && personId) return personId;
    const self = context.access.self(what);
    if (personId && personId !== self) throw forbidden(`Only the holder (or an admin) may ${what}.`, { field: "personId" });
    return self;
}

/** Query.wallet: the holder, or admins for anyone. */
export const walletResolver: NonNullable<QueryResolvers["wallet"]> = (_source, args, context) =>
    readWallet(context.db, holderOf(context, args.personId, "read a wallet"), context.now) as never;

/** Query.exportCredential: the holder, or admins; nobody else exports a person's credentials. */
export const exportCredentialResolver: NonNullable<QueryResolvers["exportCredential"]> = (_source, args, context) => {
    const holding = parseHoldingId(args.holdingId);
    holderOf(context, holding.personId, "export credentials");
    // An admin exporting someone's credential reads their data: the access log records it (the holder's own is not).
    context.accessLog.saw(context.principal, "exportCredential", [holding.personId], context.now);
    return exportCredential(context.db, context.issuing, holding);
};

/** Query.exportCredentialStack: as exportCredential. */
export const exportCredentialStackResolver: NonNullable<QueryResolvers["exportCredentialStack"]> = (_source, args, context) => {
    const holding = parseHoldingId(args.holdingId);
    holderOf(context, holding.personId, "export credentials");
    context.accessLog.saw(context.principal, "exportCredentialStack", [holding.personId], context.now);
    return exportCredentialStack(context.db, context.issuing, holding, context.now);
};

/** Query.verifyCredential: anyone, signed in or not. */
export const verifyCredentialResolver: NonNullable<QueryResolvers["verifyCredential"]> = async (_source, args, context) => {
    const result = await verifyCredential(context.db, context.issuing, args.credential, context.now);
    return {
        valid: result.valid,
        issuerId: result.issuerId ?? null,
        checks: result.checks.map((c) => ({ ...c, reason: c.reason ?? null })),
        credential: result.credential ?? null,
    };
};

/** Mutation.revokeCredential: partners for the holdings their organisation issued, admins for any. */
export const revokeCredentialResolver: NonNullable<MutationResolvers["revokeCredential"]> = (_source, args, context) => {
    context.access.require(["partner"], "revoke credentials");
    const scope = { organizationId: context.principal.organizationId ?? null, anyone: is(context.principal, "admin") };
    if (isOfferId(args.holdingId)) return revokeOffer(context.db, { ...scope, offerId: args.holdingId, reason: args.reason }, context.now);
    return revokeCredential(context.db, { ...scope, holding: parseHoldingId(args.holdingId), reason: args.reason }, context.now);
};

/** Query.credentialCompliance: the catalogue's readers (everyone). */
export const credentialComplianceResolver: NonNullable<QueryResolvers["credentialCompliance"]> = (_source, args, context) =>
    credentialCompliance(context.db, args.credentialId);

/** Mutation.importCredential: employees, into their own wallet. */
export const importCredentialResolver: NonNullable<MutationResolvers["importCredential"]> = (_source, args, context) =>
    importCredential(context.db, context.issuing, context.access.self("import credentials"), args.credential, context.now);

/** Mutation.recheckImportedCredentials: admins. */
export const recheckImportedCredentialsResolver: NonNullable<MutationResolvers["recheckImportedCredentials"]> = (_source, _args, context) => {
    context.access.require([], "recheck imported credentials");
    return recheckImportedCredentials(context.db, context.issuing, context.now);
};

/** Query.ctdl: the catalogue's readers (everyone). */
export const ctdlResolver: NonNullable<QueryResolvers["ctdl"]> = (_source, args, context) => ctdlDocument(context.db, context.issuing, args);
