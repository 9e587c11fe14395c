/** A local Neo4j problem explained in one line with what to do; `detail` holds log lines worth showing. */
export class LocalNeo4jError extends Error {
    constructor(
        message: string,
        readonly detail: string = "",
    ) {
        super(message);
        this.name = "LocalNeo4jError";
    }
}
