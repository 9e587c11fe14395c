/** A small seeded generator (mulberry32) so that demo and scale data are the same on every machine. */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** Uniform in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    /** k distinct items, in random order. */
    sample<T>(items: readonly T[], k: number): T[] {
        const copy = [...items];
        for (let i = copy.length - 1; i > 0; i--) {
            const j = Math.floor(this.next() * (i + 1));
            [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy.slice(0, Math.min(k, copy.length));
    }

    /** An index drawn with the given relative weights. */
    weighted(weights: readonly number[]): number {
        const total = weights.reduce((sum, w) => sum + w, 0);
        let r = this.next() * total;
        for (let i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        return weights.length - 1;
    }
}

/** Adds months to a date, as an ISO instant at 09:00 UTC. */
export function addMonths(isoDate: string, months: number): string {
    const date = new Date(`${isoDate.slice(0, 10)}T09:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + months);
    return date.toISOString();
}

/** A date between two ISO dates, as an ISO instant at 09:00 UTC. */
export function dateBetween(random: Random, from: string, to: string): string {
    const start = Date.parse(`${from}T09:00:00Z`);
    const end = Date.parse(`${to}T09:00:00Z`);
    const day = 86_400_000;
    return new Date(start + random.int(0, Math.floor((end - start) / day)) * day).toISOString();
}

export const slug = (text: string) =>
    text
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^\w]+/g, "-")
        .replace(/^-|-$/g, "");
export const clampLevel = (level: number) => Math.max(1, Math.min(5, level));

/**
 * Past tenures ending where the next one starts: `roleIds` from the most recent back, each lasting one to five years.
 * Returns them oldest first, as {roleId, from, until} dates.
 */
export function tenuresBefore(random: Random, since: string, roleIds: readonly string[]): { roleId: string; from: string; until: string }[] {
    let until = since.slice(0, 10);
    const tenures = roleIds.map((roleId) => {
        const from = addMonths(until, -random.int(12, 60)).slice(0, 10);
        const tenure = { roleId, from, until };
        until = from;
        return tenure;
    });
    return tenures.reverse();
}
