/** Texts of about `length` characters made of consecutive descriptions (a course description's length), cut at a word. */
export function courseLengthTexts(descriptions: readonly string[], length: number, count: number): string[] {
    const texts: string[] = [];
    for (let start = 0; texts.length < count && start < descriptions.length; start++) {
        let text = "";
        for (let i = start; text.length < length && i < descriptions.length; i++) text += `${text ? " " : ""}${descriptions[i]}`;
        if (text.length < length) break;
        texts.push(text.slice(0, text.lastIndexOf(" ", length)));
    }
    return texts;
}
