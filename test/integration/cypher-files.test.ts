import { cypher, listCypherFiles, statements } from "../../src/neo4j/cypher-files";
import { type TestApi, startTestApi } from "../helpers/test-api";

let api: TestApi;

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.stop();
});

describe("every .cypher file", () => {
    const files = listCypherFiles();

    it("exists and is found", () => {
        expect(files).toEqual(expect.arrayContaining(["schema/constraints", "schema/indexes", "seed/merge-people"]));
    });

    it.each(files)("%s compiles under EXPLAIN against the real database", async (name) => {
        for (const statement of statements(cypher(name))) {
            await expect(api.cypher(`EXPLAIN ${statement}`)).resolves.toEqual([]);
        }
    });
});
