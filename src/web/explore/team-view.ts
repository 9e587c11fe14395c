import { graphql } from "./api";
import { type Context, show } from "./context";
import { controlsForm, h, labelled, select } from "./dom";
import { COMPOSE_TEAM, type ComposeTeamData, ROLE_REQUIREMENTS, type RoleRequirementsData, type TeamRequirement } from "./queries";

const REQUIREMENTS_FROM_ROLE = 6;

/** The coverage matrix: a row per requirement, a column per member, each cell the member's level (coloured by level). */
function coverageMatrix(team: ComposeTeamData["composeTeam"]): HTMLTableElement {
    const level = (personId: string, skillId: string) => team.members.find((m) => m.personId === personId)?.covers.find((c) => c.skillId === skillId)?.level;
    return h(
        "table",
        { class: "matrix" },
        h(
            "thead",
            {},
            h(
                "tr",
                {},
                h("th", {}, "Requirement"),
                team.members.map((m) =>
                    h("th", { class: "member", "data-person-id": m.personId, title: `${m.orgUnitName ?? ""}, fit ${m.fit.toFixed(2)}` }, m.name),
                ),
                h("th", {}, "Covered"),
            ),
        ),
        h(
            "tbody",
            {},
            team.coverage.map((row) =>
                h(
                    "tr",
                    { class: `requirement ${row.met ? "met" : "uncovered"}`, "data-skill-id": row.skillId },
                    h("th", {}, `${row.skillName} ≥ ${row.minLevel}${row.count > 1 ? ` × ${row.count}` : ""}`),
                    team.members.map((m) => {
                        const value = row.coveredBy.includes(m.personId) ? level(m.personId, row.skillId) : undefined;
                        return h("td", value === undefined ? { class: "cell" } : { class: `cell level-${value}`, "data-level": value }, value ?? "");
                    }),
                    h("td", { class: "number" }, `${row.coveredBy.length} of ${row.count}${row.met ? "" : ` (${row.available} available)`}`),
                ),
            ),
        ),
    );
}

/** The team for a set of requirements (composeTeam), starting from a role's strongest requirements. */
export function teamView(root: HTMLElement, context: Context): void {
    const editor = h("section", { class: "requirements" });
    const result = h("section", { class: "result", id: "team-result" });
    let requirements: TeamRequirement[] = [];

    const composed = async () => {
        const { composeTeam: team } = await graphql<ComposeTeamData>(COMPOSE_TEAM, {
            requirements: requirements.map(({ skillId, minLevel, count }) => ({ skillId, minLevel, count })),
        });
        return h(
            "div",
            {},
            h("p", { class: "summary" }, team.explanation),
            coverageMatrix(team),
            h("p", { class: "legend" }, "Cells: the member's level in the skill (darker is higher); highlighted rows: requirements the team does not cover."),
            team.uncovered.length > 0 &&
                h(
                    "ul",
                    { class: "uncovered-list" },
                    team.uncovered.map((u) => h("li", { class: "uncovered" }, u.explanation)),
                ),
        );
    };
    const compose = () => show(result, composed);

    const drawEditor = () => {
        const levels = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n) }));
        editor.replaceChildren(
            h(
                "table",
                { class: "details" },
                h(
                    "thead",
                    {},
                    h(
                        "tr",
                        {},
                        ["Skill", "Minimum level", "People", ""].map((c) => h("th", {}, c)),
                    ),
                ),
                h(
                    "tbody",
                    {},
                    requirements.map((r, index) =>
                        h(
                            "tr",
                            { class: "requirement-input" },
                            h("td", {}, r.skillName),
                            h(
                                "td",
                                {},
                                select(`minLevel-${index}`, levels, String(r.minLevel), (value) => (r.minLevel = Number(value))),
                            ),
                            h(
                                "td",
                                {},
                                h("input", {
                                    type: "number",
                                    min: 1,
                                    max: 99,
                                    value: r.count,
                                    name: `count-${index}`,
                                    onChange: (event) => (r.count = Math.max(1, Number((event.target as HTMLInputElement).value) || 1)),
                                }),
                            ),
                            h(
                                "td",
                                {},
                                h(
                                    "button",
                                    {
                                        type: "button",
                                        onClick: () => {
                                            requirements = requirements.filter((other) => other !== r);
                                            drawEditor();
                                        },
                                    },
                                    "Remove",
                                ),
                            ),
                        ),
                    ),
                ),
            ),
            h("button", { type: "button", class: "primary", name: "compose", onClick: () => void compose() }, "Compose team"),
        );
    };

    /** The role's essential requirements first, strongest first, at the level it requires, one person each. */
    const fromRole = async (roleId: string | null) => {
        if (!roleId) return h("p", {}, "Choose a role.");
        const { roles } = await graphql<RoleRequirementsData>(ROLE_REQUIREMENTS, { roleId });
        const edges = roles[0]?.requiresConnection.edges ?? [];
        requirements = [...edges.filter((e) => e.properties.importance === "ESSENTIAL"), ...edges.filter((e) => e.properties.importance !== "ESSENTIAL")]
            .slice(0, REQUIREMENTS_FROM_ROLE)
            .map((e) => ({ skillId: e.node.id, skillName: e.node.name, minLevel: e.properties.level, count: 1 }));
        drawEditor();
        return composed();
    };
    const load = (roleId: string | null) => show(result, () => fromRole(roleId));
    const controls = controlsForm(
        labelled(
            "Requirements from role",
            select(
                "role",
                context.catalogue.roles.map((r) => ({ id: r.id, label: r.title })),
                context.roleId,
                (id) => void load(id),
            ),
        ),
    );
    root.replaceChildren(h("h2", {}, "Team composition"), controls, editor, result);
    void load(context.roleId);
}
