import { graphql } from "./api";
import { type Context, personAndRole, show } from "./context";
import { controlsForm, h, labelled, percent, s } from "./dom";
import { type EvidenceUsed, type GapRow, SKILL_GAP, type SkillGapData } from "./queries";

const LEVELS = 5;
const ROW = 30;
const LABEL_WIDTH = 320;
const LABEL_CHARACTERS = 38;
const UNIT = 90;

const describeEvidence = (e: EvidenceUsed) =>
    `${e.source} ${e.level}${e.countsAs !== e.level ? ` (counts as ${e.countsAs})` : ""}${e.credentialTitle ? `, ${e.credentialTitle}` : ""}${e.courseTitle ? `, ${e.courseTitle}` : ""}${e.validUntil ? `, until ${e.validUntil.slice(0, 10)}` : ""}`;

const rowClass = (row: GapRow) => (row.met ? "met" : row.importance === "ESSENTIAL" ? "missing-essential" : "missing-optional");

/** Required (outlined) against effective (filled) level per requirement; a diamond marks the level expired evidence had. */
export function gapChart(rows: readonly GapRow[]): SVGSVGElement {
    const width = LABEL_WIDTH + LEVELS * UNIT + 20;
    const height = 30 + rows.length * ROW;
    const x = (level: number) => LABEL_WIDTH + level * UNIT;
    const grid = Array.from({ length: LEVELS + 1 }, (_, level) => [
        s("line", { x1: x(level), x2: x(level), y1: 20, y2: height, class: "grid" }),
        s("text", { x: x(level), y: 14, class: "axis", "text-anchor": "middle" }, level),
    ]);
    const bars = rows.map((row, index) => {
        const y = 24 + index * ROW;
        const expiredLevel = Math.max(0, ...row.expiredEvidence.map((e) => e.countsAs));
        return s(
            "g",
            {
                class: `gap-row ${rowClass(row)}`,
                "data-skill-id": row.skillId,
                "data-required": row.requiredLevel,
                "data-effective": row.effectiveLevel,
                "data-met": row.met,
                "data-importance": row.importance,
                "data-expired": row.expiredEvidence.length,
            },
            s("title", {}, row.explanation),
            s(
                "text",
                { x: LABEL_WIDTH - 8, y: y + 15, class: "label", "text-anchor": "end" },
                `${row.importance === "ESSENTIAL" ? "● " : ""}${row.skillName.length > LABEL_CHARACTERS ? `${row.skillName.slice(0, LABEL_CHARACTERS - 1)}…` : row.skillName}`,
            ),
            s("rect", { x: x(0), y: y + 2, width: row.effectiveLevel * UNIT, height: ROW - 10, class: "bar-effective", rx: 3 }),
            s("rect", { x: x(0), y, width: row.requiredLevel * UNIT, height: ROW - 6, class: "bar-required", rx: 3 }),
            expiredLevel > 0 &&
                s("path", { d: `M${x(expiredLevel)} ${y} l6 ${(ROW - 6) / 2} l-6 ${(ROW - 6) / 2} l-6 -${(ROW - 6) / 2} z`, class: "expired-marker" }),
        );
    });
    return s(
        "svg",
        { class: "gap-chart", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": "Required against effective level per skill" },
        grid,
        bars,
    );
}

function gapTable(rows: readonly GapRow[]): HTMLTableElement {
    return h(
        "table",
        { class: "details" },
        h(
            "thead",
            {},
            h(
                "tr",
                {},
                ["Skill", "Importance", "Required", "Effective", "Evidence", "Expired evidence", "Explanation"].map((c) => h("th", {}, c)),
            ),
        ),
        h(
            "tbody",
            {},
            rows.map((row) =>
                h(
                    "tr",
                    { class: rowClass(row) },
                    h("td", {}, row.skillName),
                    h("td", {}, row.importance.toLowerCase()),
                    h("td", { class: "number" }, row.requiredLevel),
                    h("td", { class: "number" }, row.effectiveLevel),
                    h("td", {}, row.evidence.map(describeEvidence).join("; ") || "—"),
                    h("td", { class: row.expiredEvidence.length ? "expired" : "" }, row.expiredEvidence.map(describeEvidence).join("; ") || "—"),
                    h("td", {}, row.explanation),
                ),
            ),
        ),
    );
}

const legend = () =>
    h(
        "p",
        { class: "legend" },
        h("span", { class: "swatch required" }),
        "required level ",
        h("span", { class: "swatch met" }),
        "effective, met ",
        h("span", { class: "swatch missing-essential" }),
        "effective, essential not met ",
        h("span", { class: "swatch missing-optional" }),
        "effective, optional not met ",
        h("span", { class: "swatch expired" }),
        "level of expired evidence · ● essential",
    );

/** A person's gap to a role (skillGap): the chart, then each requirement's evidence and explanation. */
export function gapView(root: HTMLElement, context: Context): void {
    const result = h("section", { class: "result", id: "gap-result" });
    let includeNarrower = false;
    const load = () =>
        show(result, async () => {
            const { skillGap: gap } = await graphql<SkillGapData>(SKILL_GAP, { personId: context.personId, roleId: context.roleId, includeNarrower });
            return h(
                "div",
                {},
                h(
                    "p",
                    { class: "summary" },
                    h("strong", {}, gap.personName),
                    " for ",
                    h("strong", {}, gap.roleTitle),
                    `: fit ${gap.fit.toFixed(2)}, essential coverage ${percent(gap.essentialCoverage)}, ${gap.missingEssentials} essential requirement${gap.missingEssentials === 1 ? "" : "s"} missing.`,
                ),
                gapChart(gap.requirements),
                legend(),
                gapTable(gap.requirements),
            );
        });
    const controls = controlsForm(
        personAndRole(context, "Role", () => void load()),
        labelled(
            "Narrower skills count",
            h("input", {
                type: "checkbox",
                name: "includeNarrower",
                onChange: (event) => {
                    includeNarrower = (event.target as HTMLInputElement).checked;
                    void load();
                },
            }),
        ),
    );
    root.replaceChildren(h("h2", {}, "Gap to a role"), controls, result);
    void load();
}
