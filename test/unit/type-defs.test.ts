import { createNeo4jGraphQL } from "../../src/schema/build-schema";
import { loadTypeDefs } from "../../src/schema/type-defs";

describe("the type definitions", () => {
    it("pass @neo4j/graphql's document validation (with @customResolver requires arguments removed)", async () => {
        const typeDefs = loadTypeDefs().map((file) => file.replace(/@customResolver\(requires: "[^"]*"\)/g, "@customResolver"));
        expect(typeDefs.join("\n")).toContain("@customResolver");
        await expect(createNeo4jGraphQL(undefined, typeDefs, true).getSchema()).resolves.toBeDefined();
    });

    it("are rejected by that validation when they break a library rule", async () => {
        const broken = [...loadTypeDefs(), "type Broken @node { id: ID! name: String @default(value: 3) }"];
        // The library rejects with a non-Error value, so compare its text.
        const rejection = await createNeo4jGraphQL(undefined, broken, true)
            .getSchema()
            .then(() => "resolved", String);
        expect(rejection).toContain("@default.value on String fields must be of type String");
        // Without validation the same mistake would go unnoticed: this is what the test guards.
        await expect(createNeo4jGraphQL(undefined, broken, false).getSchema()).resolves.toBeDefined();
    });
});
