import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { apiQueryNames } from "../../src/generated/cypher-names";
import { apiCypherDir, listCypherFiles, loadCypherCatalogue, statements } from "../../src/neo4j/cypher-files";
import { toolCypherDir } from "../../tools/cypher-dir";

describe("cypher files", () => {
    it("splits a schema file into statements, dropping comment lines", () => {
        expect(statements("// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// note\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n")).toEqual(
            ["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)"],
        );
    });

    it("reads every named file at once and fails fast naming a missing one", () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "cypher-"));
        writeFileSync(path.join(dir, "read-things.cypher"), "RETURN 1");
        expect(loadCypherCatalogue(dir, ["read-things"])("read-things")).toBe("RETURN 1");
        expect(() => loadCypherCatalogue(dir, ["read-things", "read-missing"])).toThrow(/read-missing\.cypher is missing: restore it from git/);
    });

    it("names every file of cypher/ in the generated union, and only those", () => {
        expect([...apiQueryNames]).toEqual(listCypherFiles(apiCypherDir));
    });

    it("names query files <verb>-<noun>, the tools' too", () => {
        const verbs = /^(read|write|merge|link|count|create|check|clear|find|issue|set|bump|expand|await|ping|search|load|erase|revoke)-/;
        const names = [...listCypherFiles(apiCypherDir), ...listCypherFiles(toolCypherDir)];
        expect(names.filter((name) => !verbs.test(path.basename(name)))).toEqual([]);
    });
});
