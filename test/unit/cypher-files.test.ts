import { cypher, statements } from "../../src/neo4j/cypher-files";

describe("cypher files", () => {
    it("splits a schema file into statements, dropping comment lines", () => {
        expect(statements("// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// note\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n")).toEqual([
            "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
            "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)",
        ]);
    });

    it("fails fast naming a missing file", () => {
        expect(() => cypher("nowhere/missing-query")).toThrow(/Cypher file cypher\/nowhere\/missing-query.cypher is missing/);
    });
});

