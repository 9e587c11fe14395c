/**
 * A stack credential with the parts its holder holds, as one signed document (CLR 2.0 style, src/badges/open-badge.ts
 * buildStackBundle): the stack's OpenBadgeCredential whose subject carries each part's credential and an "isPartOf"
 * association from the part's achievement to the stack's.
 */
import { buildOpenBadgeCredential, buildStackBundle } from "../badges/open-badge";
import { VC_JWT_MEDIA_TYPE, signCredentialJws } from "../badges/vc-jose";
import { badInput, notFound } from "../errors";
import { type Db, readRows } from "../neo4j/read-rows";
import { type HoldingRef, type Issuing, exportInput, holdingId } from "./portable-credentials";

export async function exportCredentialStack(db: Db, issuing: Issuing, ref: HoldingRef, now: Date) {
    const [row] = await readRows<{ parts: number; held: { credentialId: string; issuedAt: string }[] }>(db, "credentials/read-stack-part-holdings", {
        personId: ref.personId,
        credentialId: ref.credentialId,
        now: now.toISOString(),
    });
    const id = holdingId(ref);
    if (!row) throw notFound(`No holding "${id}" in this wallet.`, { field: "holdingId", id });
    if (row.parts === 0)
        throw badInput(`"${ref.credentialId}" is not a stack: no credential is part of it. Export it with exportCredential.`, {
            field: "holdingId",
            allowed: "a holding of a credential that others stack into",
        });
    if (row.held.length === 0)
        throw badInput(`The holder holds none of the parts of "${ref.credentialId}" validly now: export the stack alone with exportCredential.`, {
            field: "holdingId",
        });
    const stack = await exportInput(db, issuing, ref);
    const parts = [];
    for (const part of row.held) parts.push(buildOpenBadgeCredential(await exportInput(db, issuing, { personId: ref.personId, ...part })));
    const credential = buildStackBundle(stack, parts);
    return { holdingId: id, mediaType: VC_JWT_MEDIA_TYPE, jws: await signCredentialJws(credential, issuing.keys.signingKey), credential };
}
