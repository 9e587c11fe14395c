import cytoscape, { type ElementDefinition } from "cytoscape";
import { graphql } from "./api";
import { type Context, personAndRole, show } from "./context";
import { controlsForm, h, labelled, select } from "./dom";
import { MOBILITY, type MobilityData } from "./queries";

const PATH_COLOURS = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#65a30d", "#dc2626", "#4b5563", "#9333ea"];
const START = "start";

const STYLE: cytoscape.StylesheetJson = [
    {
        selector: "node",
        style: {
            label: "data(label)",
            "text-wrap": "wrap",
            "text-max-width": "110px",
            "font-size": 10,
            "text-valign": "bottom",
            "text-margin-y": 4,
            "background-color": "#94a3b8",
            width: 18,
            height: 18,
        },
    },
    { selector: "node.ranked", style: { "text-halign": "right", "text-valign": "center", "text-margin-x": 6, "text-margin-y": 0, "text-max-width": "260px" } },
    { selector: "node.start", style: { "background-color": "#1e3a8a", shape: "round-rectangle", width: 26, height: 26 } },
    { selector: "node.target", style: { "background-color": "#16a34a", shape: "star", width: 28, height: 28 } },
    {
        selector: "edge",
        style: {
            label: "data(label)",
            "font-size": 9,
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.85,
            "curve-style": "bezier",
            "target-arrow-shape": "triangle",
            "line-color": "data(colour)",
            "target-arrow-color": "data(colour)",
            width: 2,
        },
    },
    { selector: "edge.ranked", style: { label: "", "target-label": "data(label)", "target-text-offset": 40 } },
];

/**
 * Cytoscape adds an inline <style> (which the pages' policy refuses) unless an element with this id exists;
 * explore.css holds its one rule instead.
 */
const CYTOSCAPE_STYLESHEET = "__________cytoscape_stylesheet";

/** A Cytoscape graph in `container`, with its node and edge counts on the container for readers of the page. */
function drawGraph(container: HTMLElement, elements: ElementDefinition[]): void {
    if (!document.getElementById(CYTOSCAPE_STYLESHEET)) document.head.append(h("meta", { id: CYTOSCAPE_STYLESHEET }));
    const graph = cytoscape({
        container,
        elements,
        style: STYLE,
        layout: { name: "preset", padding: 30 },
        maxZoom: 1.2,
        userZoomingEnabled: false,
        boxSelectionEnabled: false,
    });
    container.dataset.nodes = String(graph.nodes().length);
    container.dataset.edges = String(graph.edges().length);
}

const cost = (value: number) => value.toFixed(3);

/** The start and the roles adjacent to it in rank order, one edge each labelled with the transition cost. */
function adjacentElements(data: MobilityData["adjacentRoles"]): ElementDefinition[] {
    const middle = ((data.roles.length - 1) * 44) / 2;
    return [
        { data: { id: START, label: data.from.name }, classes: "start", position: { x: 0, y: middle } },
        ...data.roles.flatMap((role, index) => [
            { data: { id: role.roleId, label: role.roleTitle }, classes: "ranked", position: { x: 260, y: index * 44 } },
            { data: { id: `adjacent:${role.roleId}`, source: START, target: role.roleId, label: cost(role.cost), colour: "#64748b" }, classes: "ranked" },
        ]),
    ];
}

/** Columns by how far along a path a role comes (the target last), rows by first appearance within a column. */
function pathPositions(data: MobilityData["careerPaths"]): Map<string, { x: number; y: number }> {
    const last = Math.max(1, ...data.paths.map((p) => p.steps.length));
    const column = new Map<string, number>([[START, 0]]);
    for (const path of data.paths)
        path.steps.forEach((step, index) => column.set(step.roleId, step.roleId === data.toRoleId ? last : Math.max(column.get(step.roleId) ?? 0, index + 1)));
    const rows = new Map<number, string[]>();
    for (const [id, c] of column) rows.set(c, [...(rows.get(c) ?? []), id]);
    const positions = new Map<string, { x: number; y: number }>();
    for (const [c, ids] of rows) ids.forEach((id, row) => positions.set(id, { x: c * 200, y: (row - (ids.length - 1) / 2) * 110 }));
    return positions;
}

/** Every role on the k paths once, and every step once (coloured by the first path taking it), labelled with its cost. */
function pathElements(data: MobilityData["careerPaths"]): ElementDefinition[] {
    const positions = pathPositions(data);
    const nodes = new Map<string, ElementDefinition>([
        [START, { data: { id: START, label: data.from.name }, classes: "start", position: positions.get(START) }],
    ]);
    const edges = new Map<string, ElementDefinition>();
    data.paths.forEach((path, index) => {
        let from = START;
        for (const step of path.steps) {
            nodes.set(step.roleId, {
                data: { id: step.roleId, label: step.roleTitle },
                classes: step.roleId === data.toRoleId ? "target" : "",
                position: positions.get(step.roleId),
            });
            const id = `${from}->${step.roleId}`;
            if (!edges.has(id))
                edges.set(id, { data: { id, source: from, target: step.roleId, label: cost(step.cost), colour: PATH_COLOURS[index % PATH_COLOURS.length] } });
            from = step.roleId;
        }
    });
    return [...nodes.values(), ...edges.values()];
}

function pathList(data: MobilityData["careerPaths"]): HTMLElement {
    if (!data.reachable)
        return h(
            "p",
            { class: "error" },
            `${data.explanation}${data.closestReachable ? ` Closest reachable: ${data.closestReachable.roleTitle} (cost ${cost(data.closestReachable.costToTarget)} from there).` : ""}`,
        );
    return h(
        "ol",
        { class: "paths" },
        data.paths.map((path, index) =>
            h(
                "li",
                { class: "path" },
                h("span", { class: "swatch", style: `background:${PATH_COLOURS[index % PATH_COLOURS.length]}` }),
                h("strong", {}, `cost ${cost(path.cost)}: `),
                path.steps.map((step) => step.roleTitle).join(" → "),
                h("div", { class: "muted" }, path.explanation),
            ),
        ),
    );
}

/** Adjacent roles (adjacentRoles) and the k cheapest career paths to a target role (careerPaths), as graphs. */
export function mobilityView(root: HTMLElement, context: Context): void {
    const result = h("section", { class: "result", id: "mobility-result" });
    let k = 3;
    const load = () =>
        show(result, async () => {
            const data = await graphql<MobilityData>(MOBILITY, { personId: context.personId, toRoleId: context.roleId, first: 8, k, maxSteps: 4 });
            const adjacent = h("div", { class: "graph", id: "adjacent-graph" });
            const paths = h("div", { class: "graph", id: "paths-graph" });
            const content = h(
                "div",
                { class: "columns" },
                h(
                    "div",
                    {},
                    h("h3", {}, `Adjacent roles from ${data.adjacentRoles.from.name}`),
                    adjacent,
                    h(
                        "ol",
                        { class: "adjacent" },
                        data.adjacentRoles.roles.map((role) =>
                            h("li", {}, h("strong", {}, `${role.roleTitle} (cost ${cost(role.cost)})`), h("div", { class: "muted" }, role.explanation)),
                        ),
                    ),
                ),
                h(
                    "div",
                    {},
                    h(
                        "h3",
                        {},
                        `${data.careerPaths.paths.length} career path${data.careerPaths.paths.length === 1 ? "" : "s"} to ${data.careerPaths.toRoleTitle}`,
                    ),
                    paths,
                    h("p", { class: "muted" }, `Moving straight there costs ${cost(data.careerPaths.directCost)}.`),
                    pathList(data.careerPaths),
                ),
            );
            // Cytoscape measures its container: draw once the content is in the page.
            requestAnimationFrame(() => {
                drawGraph(adjacent, adjacentElements(data.adjacentRoles));
                drawGraph(paths, pathElements(data.careerPaths));
            });
            return content;
        });
    const controls = controlsForm(
        personAndRole(context, "Target role", () => void load()),
        labelled(
            "Paths (k)",
            select(
                "k",
                [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n) })),
                String(k),
                (value) => {
                    k = Number(value);
                    void load();
                },
            ),
        ),
    );
    root.replaceChildren(h("h2", {}, "Mobility: adjacent roles and career paths"), controls, result);
    void load();
}
