/**
 * Other deployments' credentials: their issuers' keys come from the trust list (src/badges/trust-list.ts, never
 * fetched); their revocation status lists are fetched from the issuer's own origin, checked against the same keys,
 * and kept for `cacheSeconds`.
 */
import { type BitstringStatusListEntry, type StatusListCredential, isStatusSet } from "../badges/status-list";
import { TrustList } from "../badges/trust-list";
import { VC_JWT_MEDIA_TYPE, verifySignedPayload } from "../badges/vc-jose";

const MAX_STATUS_LIST_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 5000;

export class CredentialTrust {
    private readonly lists = new Map<string, { until: number; list: StatusListCredential }>();

    constructor(
        readonly trustList: TrustList,
        private readonly cacheSeconds: number,
        private readonly fetchList: typeof fetch = fetch,
    ) {}

    static none = () => new CredentialTrust(TrustList.empty(), 0);

    /** Whether the entry's bit is set in the (trusted, foreign) issuer's status list; throws why it cannot tell. */
    async isRevoked(entry: BitstringStatusListEntry, issuerId: string, now: Date): Promise<boolean> {
        return isStatusSet(await this.statusList(entry.statusListCredential, issuerId, now), entry);
    }

    private async statusList(url: string, issuerId: string, now: Date): Promise<StatusListCredential> {
        const cached = this.lists.get(url);
        if (cached && cached.until > now.getTime()) return cached.list;
        const keys = this.trustList.keysOf(issuerId);
        if (!keys) throw new Error(`${issuerId} is not trusted`);
        // Only the issuer's own origin is asked: a credential cannot make this server call anywhere else.
        if (!sameOrigin(url, issuerId)) throw new Error(`${url} is not on the issuer's origin`);
        const response = await this.fetchList(url, {
            headers: { accept: VC_JWT_MEDIA_TYPE },
            signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
            redirect: "error",
        });
        if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
        const text = await response.text();
        if (text.length > MAX_STATUS_LIST_BYTES) throw new Error(`${url} is larger than ${MAX_STATUS_LIST_BYTES} bytes`);
        const verified = await verifySignedPayload(text, keys);
        if ("reason" in verified) throw new Error(`the status list ${url} does not verify (${verified.reason})`);
        const list = verified.payload as unknown as StatusListCredential;
        if (verified.issuerId !== issuerId) throw new Error(`the status list ${url} is issued by ${verified.issuerId}, not ${issuerId}`);
        const validUntil = typeof list.validUntil === "string" ? Date.parse(list.validUntil) : NaN;
        if (validUntil <= now.getTime()) throw new Error(`the status list ${url} expired at ${list.validUntil}`);
        if (this.cacheSeconds > 0) this.lists.set(url, { until: now.getTime() + this.cacheSeconds * 1000, list });
        return list;
    }
}

function sameOrigin(a: string, b: string): boolean {
    try {
        const [x, y] = [new URL(a), new URL(b)];
        return /^https?:$/.test(x.protocol) && x.origin === y.origin;
    } catch {
        return false;
    }
}
