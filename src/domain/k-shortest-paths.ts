/**
 * The k cheapest simple paths between two nodes with at most `maxSteps` edges: Yen's algorithm over a hop-limited
 * Dijkstra (Dijkstra on (node, steps taken) states, so the step limit is exact). Pure: the graph is a function from
 * a node to its outgoing weighted edges, so callers can serve it from memory or from materialised edges.
 */

export interface WeightedEdge {
    readonly to: string;
    readonly cost: number;
}

export type Graph = (node: string) => readonly WeightedEdge[];

export interface Path {
    readonly nodes: string[];
    /** Step costs in order; their sum is `cost`. */
    readonly steps: number[];
    readonly cost: number;
}

/** A binary min-heap keyed by a number. */
class MinHeap<T> {
    private items: { key: number; value: T }[] = [];

    get size(): number {
        return this.items.length;
    }

    push(key: number, value: T): void {
        const items = this.items;
        items.push({ key, value });
        for (let i = items.length - 1; i > 0;) {
            const parent = (i - 1) >> 1;
            if (items[parent].key <= items[i].key) break;
            [items[parent], items[i]] = [items[i], items[parent]];
            i = parent;
        }
    }

    pop(): { key: number; value: T } | undefined {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length && last) {
            items[0] = last;
            for (let i = 0; ;) {
                const [l, r] = [2 * i + 1, 2 * i + 2];
                let smallest = i;
                if (l < items.length && items[l].key < items[smallest].key) smallest = l;
                if (r < items.length && items[r].key < items[smallest].key) smallest = r;
                if (smallest === i) break;
                [items[smallest], items[i]] = [items[i], items[smallest]];
                i = smallest;
            }
        }
        return top;
    }
}

const edgeKey = (from: string, to: string) => `${from}\u0000${to}`;

/**
 * The cheapest path from source to target with at most maxSteps edges, avoiding the blocked nodes and edges and never
 * revisiting a node; null when there is none.
 */
export function shortestPath(
    graph: Graph,
    source: string,
    target: string,
    maxSteps: number,
    blockedNodes: ReadonlySet<string> = new Set(),
    blockedEdges: ReadonlySet<string> = new Set(),
): Path | null {
    if (blockedNodes.has(source)) return null;
    interface State {
        node: string;
        steps: number;
        cost: number;
        previous: State | null;
        edgeCost: number;
    }
    /** Per node, the cheapest cost found so far at each step count. */
    const best = new Map<string, Float64Array>();
    const heap = new MinHeap<State>();
    heap.push(0, { node: source, steps: 0, cost: 0, previous: null, edgeCost: 0 });
    const onPath = (state: State, node: string) => {
        for (let s: State | null = state; s; s = s.previous) if (s.node === node) return true;
        return false;
    };
    while (heap.size) {
        const state = heap.pop()!.value;
        if (state.node === target) {
            const nodes: string[] = [];
            const steps: number[] = [];
            for (let s: State | null = state; s; s = s.previous) {
                nodes.unshift(s.node);
                if (s.previous) steps.unshift(s.edgeCost);
            }
            return { nodes, steps, cost: state.cost };
        }
        if (state.steps >= maxSteps) continue;
        // The last step allowed can only be useful into the target.
        const lastStep = state.steps + 1 === maxSteps;
        for (const edge of graph(state.node)) {
            if (lastStep && edge.to !== target) continue;
            if (blockedNodes.has(edge.to) || blockedEdges.has(edgeKey(state.node, edge.to)) || onPath(state, edge.to)) continue;
            const cost = state.cost + edge.cost;
            // A state is dominated by one reaching the same node in fewer or as many steps at no greater cost.
            let bySteps = best.get(edge.to);
            if (!bySteps) best.set(edge.to, (bySteps = new Float64Array(maxSteps + 1).fill(Infinity)));
            let dominated = false;
            for (let steps = 1; steps <= state.steps + 1 && !dominated; steps++) dominated = bySteps[steps] <= cost;
            if (dominated) continue;
            bySteps[state.steps + 1] = cost;
            heap.push(cost, { node: edge.to, steps: state.steps + 1, cost, previous: state, edgeCost: edge.cost });
        }
    }
    return null;
}

/** Yen's k shortest simple paths with at most maxSteps edges, cheapest first, all distinct. */
export function kShortestPaths(graph: Graph, source: string, target: string, k: number, maxSteps: number): Path[] {
    const first = shortestPath(graph, source, target, maxSteps);
    if (!first) return [];
    const found: Path[] = [first];
    const candidates: Path[] = [];
    const seen = new Set([first.nodes.join("\u0000")]);
    while (found.length < k) {
        const previous = found[found.length - 1];
        for (let spur = 0; spur < previous.nodes.length - 1; spur++) {
            const root = previous.nodes.slice(0, spur + 1);
            const rootSteps = previous.steps.slice(0, spur);
            const blockedEdges = new Set<string>();
            for (const path of found) {
                if (path.nodes.length > spur + 1 && root.every((node, i) => path.nodes[i] === node))
                    blockedEdges.add(edgeKey(path.nodes[spur], path.nodes[spur + 1]));
            }
            const blockedNodes = new Set(root.slice(0, -1));
            const tail = shortestPath(graph, root[spur], target, maxSteps - spur, blockedNodes, blockedEdges);
            if (!tail) continue;
            const nodes = [...root.slice(0, -1), ...tail.nodes];
            const key = nodes.join("\u0000");
            if (seen.has(key)) continue;
            seen.add(key);
            const steps = [...rootSteps, ...tail.steps];
            candidates.push({ nodes, steps, cost: steps.reduce((s, x) => s + x, 0) });
        }
        if (candidates.length === 0) break;
        candidates.sort((a, b) => a.cost - b.cost || a.nodes.length - b.nodes.length || a.nodes.join().localeCompare(b.nodes.join()));
        found.push(candidates.shift()!);
    }
    return found;
}

/**
 * Every node reachable from source within maxSteps, with its cheapest cost (for "no path within 4 steps; the
 * closest reachable role is ...").
 */
export function reachableWithin(graph: Graph, source: string, maxSteps: number): Map<string, number> {
    const cost = new Map<string, number>([[source, 0]]);
    let frontier = new Map<string, number>([[source, 0]]);
    for (let step = 0; step < maxSteps && frontier.size; step++) {
        const next = new Map<string, number>();
        for (const [node, c] of frontier) {
            for (const edge of graph(node)) {
                const total = c + edge.cost;
                if (total < (cost.get(edge.to) ?? Infinity)) {
                    cost.set(edge.to, total);
                    next.set(edge.to, total);
                }
            }
        }
        frontier = next;
    }
    return cost;
}
