import { createNeo4jGraphQL } from "../../src/schema/build-schema";
import { type FieldDefinitionNode, Kind, type TypeNode, parse } from "graphql";
import { describeRange, rangesOf } from "../../src/schema/input-guard";
import { loadTypeDefs } from "../../src/schema/type-defs";

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

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

    it("give every stored number (Int or Float of a node or relationship) a @range, read back as its allowed values", () => {
        const stored: { key: string; field: FieldDefinitionNode }[] = [];
        for (const source of loadTypeDefs())
            for (const definition of parse(source).definitions)
                if (
                    definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
                    definition.directives?.some((d) => d.name.value === "node" || d.name.value === "relationshipProperties")
                )
                    for (const field of definition.fields ?? [])
                        if (["Int", "Float"].includes(namedType(field.type)) && !field.directives?.some((d) => d.name.value === "cypher"))
                            stored.push({ key: `${definition.name.value}.${field.name.value}`, field });
        const ranges = rangesOf(loadTypeDefs());
        expect(stored.length).toBeGreaterThan(15);
        expect(stored.filter(({ key }) => !ranges.has(key)).map(({ key }) => key)).toEqual([]);
        expect(describeRange(ranges.get("SkillEvidence.level")!)).toBe("a whole number from 1 to 5");
        expect(describeRange(ranges.get("Person.availability")!)).toBe("a number from 0 to 1");
        expect(describeRange(ranges.get("Course.cost")!)).toBe("a number of 0 or more");
    });
});
