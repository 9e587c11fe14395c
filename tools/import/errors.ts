/** A source file that cannot be read as published: names the file, the line and the problem. Stops the import. */
export class ImportFileError extends Error {
    constructor(
        readonly file: string,
        readonly line: number | undefined,
        problem: string,
    ) {
        super(`${file}${line ? `, line ${line}` : ""}: ${problem}`);
        this.name = "ImportFileError";
    }
}
