export type Child = Node | string | number | null | undefined | false | Child[];
type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

function append(parent: Node, children: Child[]): void {
    for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        if (Array.isArray(child)) append(parent, child);
        else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

function assign(element: Element, attributes: Attributes): void {
    for (const [name, value] of Object.entries(attributes)) {
        if (typeof value === "function") element.addEventListener(name.slice(2).toLowerCase(), value);
        // Through the CSSOM: the pages' policy refuses style attributes.
        else if (name === "style") (element as HTMLElement | SVGElement).style.cssText = String(value);
        else if (value === true) element.setAttribute(name, "");
        else if (value !== null && value !== undefined && value !== false) element.setAttribute(name, String(value));
    }
}

/** An HTML element: attributes (`onClick` and the like become listeners) and children (text is escaped). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    assign(element, attributes);
    append(element, children);
    return element;
}

/** An SVG element, as h. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
    const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
    assign(element, attributes);
    append(element, children);
    return element;
}

/** A <select> of id/label options with one selected; `onChange` gets the chosen id. */
export function select(
    name: string,
    options: readonly { id: string; label: string }[],
    selected: string | null,
    onChange: (id: string) => void,
): HTMLSelectElement {
    const element = h(
        "select",
        { name, onChange: () => onChange(element.value) },
        ...options.map((o) => h("option", { value: o.id, selected: o.id === selected }, o.label)),
    );
    return element;
}

export const labelled = (text: string, control: Element): HTMLLabelElement => h("label", {}, h("span", {}, text), control);

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The form of a view's selectors (it never submits: each control reloads the view on change). */
export const controlsForm = (...children: Child[]): HTMLFormElement =>
    h("form", { class: "controls", onSubmit: (event) => event.preventDefault() }, ...children);
