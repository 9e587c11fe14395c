import { statements } from "../../src/neo4j/cypher-files";
import { everyCypherFile } from "../helpers/cypher-files";
import { type TestApi, startTestApi } from "../helpers/test-api";

let api: TestApi;

beforeAll(async () => {
    api = await startTestApi();
});

afterAll(async () => {
    await api.stop();
});

describe("every .cypher file", () => {
    const files = everyCypherFile();

    it("exists and is found", () => {
        expect([...files.keys()]).toEqual(
            expect.arrayContaining(["schema/create-constraints", "schema/create-indexes", "seed/merge-people", "import/merge-skills"]),
        );
    });

    it.each([...files.keys()])("%s compiles under EXPLAIN against the real database", async (name) => {
        for (const statement of statements(files.get(name) ?? "")) {
            await expect(api.cypher(`EXPLAIN ${statement}`)).resolves.toEqual([]);
        }
    });
});
