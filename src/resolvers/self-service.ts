import { AUDIENCES, forbidden, is } from "../auth/principal";
import { notFound } from "../errors";
import type { MutationResolvers, QueryResolvers } from "../generated/resolvers-types";
import { readRows } from "../neo4j/read-rows";
import {
    confirmCompletion,
    erasePerson,
    exportPersonData,
    issueCredential,
    recordCompletion,
    setAspirations,
    setSharing,
    type Sharing,
    credentialHolders,
    withdrawSelfAssessment,
    writeEvidence,
} from "../use-cases/self-service";
import { numberArg, pageSize } from "./arguments";

type Resolver<K extends keyof MutationResolvers> = NonNullable<MutationResolvers[K]>;

/** Mutation.addSelfAssessment: employees, for themselves. */
export const addSelfAssessmentResolver: Resolver<"addSelfAssessment"> = (_source, args, context) => {
    const personId = context.access.self("add self-assessed skills");
    return writeEvidence(context.db, {
        personId,
        skillId: args.skillId,
        level: numberArg(args.level)!,
        source: "SELF",
        confidence: 0.5,
        assessedAt: context.now,
        validUntil: null,
    });
};

/** Mutation.withdrawSelfAssessment: employees, for themselves. */
export const withdrawSelfAssessmentResolver: Resolver<"withdrawSelfAssessment"> = (_source, args, context) =>
    withdrawSelfAssessment(context.db, context.access.self("withdraw self-assessments"), args.skillId);

/** Mutation.recordCompletion: employees, for themselves (unverified). */
export const recordCompletionResolver: Resolver<"recordCompletion"> = (_source, args, context) =>
    recordCompletion(
        context.db,
        {
            personId: context.access.self("record completed courses"),
            courseId: args.courseId,
            completedAt: args.completedAt ?? context.now.toISOString(),
            evidenceUrl: args.evidenceUrl ?? null,
        },
        context.now,
    );

/** Mutation.setAspirations: employees, for themselves. */
export const setAspirationsResolver: Resolver<"setAspirations"> = (_source, args, context) => {
    return setAspirations(context.db, context.access.self("set aspirations"), args.roleIds);
};

/** Mutation.setSharing: employees, for themselves. */
export const setSharingResolver: Resolver<"setSharing"> = (_source, args, context) =>
    setSharing(context.db, context.access.self("choose what you share"), {
        inRankings: args.input.inRankings ?? null,
        contactToPlanners: args.input.contactToPlanners ?? null,
        listed: args.input.holdingsListedToIssuers ? [...new Set(args.input.holdingsListedToIssuers)] : null,
        partners: args.input.learningPartners ? [...new Set(args.input.learningPartners)] : null,
    });

/** Query.credentialHolders: partners for the credentials their organisation awards (listed holders only), admins for any. */
export const credentialHoldersResolver: NonNullable<QueryResolvers["credentialHolders"]> = async (_source, args, context) => {
    context.access.require(["partner"], "list a credential's holders");
    const admin = is(context.principal, "admin");
    if (!admin) {
        const [credential] = await readRows<{ credentialFound: boolean; awardingBodyId: string | null }>(context.db, "credentials/read-credential-issuer", {
            credentialId: args.credentialId,
        });
        // Unknown and not theirs answer alike: a partner learns nothing about other issuers' credentials.
        if (!credential.credentialFound || credential.awardingBodyId !== context.principal.organizationId)
            throw forbidden(`You may list holders only of the credentials your organisation (${context.principal.organizationId}) awards.`, {
                field: "credentialId",
            });
    }
    return credentialHolders(context.db, args.credentialId, admin, pageSize(args.first, "first", 100, 1000));
};

/** Mutation.recordManagerAssessment: planners, for people in the units they cover. */
export const recordManagerAssessmentResolver: Resolver<"recordManagerAssessment"> = async (_source, args, context) => {
    context.access.require(["planner"], "record manager assessments");
    await context.access.person(args.personId, "personId");
    return writeEvidence(context.db, {
        personId: args.personId,
        skillId: args.skillId,
        level: numberArg(args.level)!,
        source: "MANAGER",
        confidence: 0.8,
        assessedAt: context.now,
        validUntil: args.validUntil ?? null,
    });
};

/** Mutation.issueCredential: partners, for credentials their organisation awards. */
export const issueCredentialResolver: Resolver<"issueCredential"> = async (_source, args, context) => {
    context.access.require(["partner"], "issue credentials");
    const [credential] = await readRows<{ credentialFound: boolean; awardingBodyId: string | null }>(context.db, "credentials/read-credential-issuer", {
        credentialId: args.credentialId,
    });
    if (!credential.credentialFound) throw notFound(`No credential with id "${args.credentialId}".`, { field: "credentialId", id: args.credentialId });
    const issuerId = context.principal.organizationId ?? "admin";
    if (!is(context.principal, "admin") && credential.awardingBodyId !== issuerId) {
        throw forbidden(`You may issue only the credentials your organisation (${issuerId}) awards.`, { field: "credentialId" });
    }
    return issueCredential(context.db, {
        personId: args.personId,
        organizationId: context.principal.organizationId ?? null,
        anyone: is(context.principal, "admin"),
        credentialId: args.credentialId,
        issuerId: credential.awardingBodyId ?? issuerId,
        issuedAt: args.issuedAt ?? context.now.toISOString(),
        expiresAt: args.expiresAt ?? null,
        evidenceUrl: args.evidenceUrl ?? null,
    });
};

/** Mutation.confirmCompletion: partners, for courses their organisation provides. */
export const confirmCompletionResolver: Resolver<"confirmCompletion"> = async (_source, args, context) => {
    context.access.require(["partner"], "confirm course completions");
    const [course] = await readRows<{ courseFound: boolean; providerId: string | null }>(context.db, "learning/read-course-provider", {
        courseId: args.courseId,
    });
    if (!course.courseFound) throw notFound(`No course with id "${args.courseId}".`, { field: "courseId", id: args.courseId });
    const admin = is(context.principal, "admin");
    if (!admin && (!context.principal.organizationId || course.providerId !== context.principal.organizationId)) {
        throw forbidden(`You may confirm completions only of the courses your organisation (${context.principal.organizationId}) provides.`, {
            field: "courseId",
        });
    }
    return confirmCompletion(
        context.db,
        {
            personId: args.personId,
            courseId: args.courseId,
            completedAt: args.completedAt ?? context.now.toISOString(),
            evidenceUrl: args.evidenceUrl ?? null,
            recordedBy: admin ? "admin" : context.principal.organizationId!,
            organizationId: context.principal.organizationId ?? null,
            anyone: admin,
        },
        context.now,
    );
};

/** Mutation.erasePerson: admins, on the person's request. */
export const erasePersonResolver: Resolver<"erasePerson"> = (_source, args, context) => {
    context.access.require(["admin"], "erase people");
    return erasePerson(
        context.db,
        { personId: args.personId, requestedBy: context.principal.subject ?? "admin", reference: args.reference ?? null },
        context.now,
    );
};

/** Query.exportMyData: employees, for themselves; the access log included. */
export const exportMyDataResolver: NonNullable<QueryResolvers["exportMyData"]> = async (_source, _args, context) => {
    const personId = context.access.self("export your data");
    const exported = await exportPersonData(context.db, personId, context.now);
    return { ...exported, accessLog: await context.accessLog.read(personId, 1_000_000) };
};

/** Query.myAccessLog: employees, for themselves. */
export const myAccessLogResolver: NonNullable<QueryResolvers["myAccessLog"]> = (_source, args, context) =>
    context.accessLog.read(context.access.self("read who looked at your data"), pageSize(args.first, "first", 50, 500)) as never;

/** Query.accessLog: admins, for anyone. */
export const accessLogResolver: NonNullable<QueryResolvers["accessLog"]> = (_source, args, context) => {
    context.access.require([], "read a person's access log");
    return context.accessLog.read(args.personId, pageSize(args.first, "first", 50, 500)) as never;
};

type NamedRef = { id: string; name: string };

/** Query.me: the signed-in caller, for every audience; names from the graph (what the token names and is gone stays out). */
export const meResolver: NonNullable<QueryResolvers["me"]> = async (_source, _args, context) => {
    context.access.require(["employee", "planner", "partner"], "ask who you are");
    const principal = context.access.principal;
    const [row] = await readRows<{ person: NamedRef | null; sharing: Sharing | null; units: NamedRef[]; organization: NamedRef | null }>(
        context.db,
        "auth/read-caller",
        {
            personId: is(principal, "employee") ? principal.subject : null,
            unitIds: is(principal, "planner") ? principal.orgUnits : [],
            organizationId: is(principal, "partner") ? principal.organizationId : null,
        },
    );
    return {
        subject: principal.subject!,
        audiences: AUDIENCES.filter((audience) => is(principal, audience)).map((audience) => audience.toUpperCase() as Uppercase<typeof audience>),
        person: row.person,
        sharing: row.sharing,
        orgUnits: row.units,
        organization: row.organization,
    };
};
