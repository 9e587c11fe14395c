import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { projectRoot } from "../../src/project-root";

const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "generated", "schema.graphql"), "utf8"));

describe("the README's GraphQL examples", () => {
    it("exist", () => {
        expect(blocks.length).toBeGreaterThanOrEqual(6);
    });

    it.each(blocks.map((block) => [block.split("\n")[0], block]))("%s validates against the printed schema", (_title, block) => {
        expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
    });
});
