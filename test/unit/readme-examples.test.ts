import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { projectRoot } from "../../src/project-root";

const documents = ["README.md", ...readdirSync(path.join(projectRoot, "docs")).map((file) => path.join("docs", file))].filter((file) => file.endsWith(".md"));
const blocks = documents.flatMap((file) =>
    [...readFileSync(path.join(projectRoot, file), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => [
        `${file}: ${match[1].split("\n")[0]}`,
        match[1],
    ]),
);
const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "generated", "schema.graphql"), "utf8"));

describe("the GraphQL examples of the README and docs/", () => {
    it("exist", () => {
        expect(blocks.length).toBeGreaterThanOrEqual(6);
    });

    it.each(blocks)("%s validates against the printed schema", (_title, block) => {
        expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
    });
});
