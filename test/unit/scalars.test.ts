import { Kind } from "graphql";
import { isInt } from "neo4j-driver";
import { scalarResolvers } from "../../src/schema/scalars";

const { Proficiency, Fraction, PositiveInt } = scalarResolvers;

describe("Proficiency", () => {
    it.each([1, 2, 3, 4, 5])("accepts level %i and passes it to Cypher as an integer", (level) => {
        const parsed = Proficiency.parseValue(level);
        expect(isInt(parsed)).toBe(true);
        expect(Proficiency.serialize(parsed)).toBe(level);
    });

    it.each([0, 6, 2.5, -1, "3", null, true])("rejects %p with what is allowed", (value) => {
        expect(() => Proficiency.parseValue(value)).toThrow(/Proficiency must be an integer from 1 \(novice\) to 5 \(expert\)/);
    });

    it("rejects a string literal in a document", () => {
        expect(() => Proficiency.parseLiteral({ kind: Kind.STRING, value: "3" })).toThrow(/got "3"/);
    });
});

describe("Fraction and PositiveInt", () => {
    it("accept their bounds and reject values outside", () => {
        expect(Fraction.parseValue(0)).toBe(0);
        expect(Fraction.parseValue(1)).toBe(1);
        expect(() => Fraction.parseValue(1.01)).toThrow(/from 0 to 1/);
        expect(() => Fraction.parseValue(Number.NaN)).toThrow(/from 0 to 1/);
        expect(() => PositiveInt.parseValue(0)).toThrow(/1 or more/);
        expect(PositiveInt.serialize(PositiveInt.parseValue(15))).toBe(15);
    });
});
