import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import {
    CountryCodeResolver,
    CurrencyResolver,
    EmailAddressResolver,
    JSONObjectResolver,
    LocaleResolver,
    NonNegativeFloatResolver,
    URLResolver,
} from "graphql-scalars";
import neo4j, { isInt, type Integer } from "neo4j-driver";

function invalid(scalar: string, allowed: string, got: unknown): GraphQLError {
    return new GraphQLError(`${scalar} must be ${allowed}; got ${JSON.stringify(got)}.`, {
        extensions: { code: "BAD_USER_INPUT", scalar, allowed },
    });
}

/**
 * An integer scalar with bounds. Values reach Cypher as Neo4j integers (a plain JS number would be stored as
 * a float) and leave as JS numbers.
 */
function boundedInteger(name: string, min: number, max: number, allowed: string, description: string): GraphQLScalarType<Integer, number> {
    const parse = (value: unknown): Integer => {
        if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) throw invalid(name, allowed, value);
        return neo4j.int(value);
    };
    return new GraphQLScalarType<Integer, number>({
        name,
        description,
        serialize: (value) => (isInt(value) ? value.toNumber() : Number(value)),
        parseValue: parse,
        parseLiteral: (node: ValueNode) => {
            if (node.kind !== Kind.INT) throw invalid(name, allowed, node.kind === Kind.STRING || node.kind === Kind.FLOAT ? node.value : node.kind);
            return parse(Number(node.value));
        },
    });
}

const Fraction = new GraphQLScalarType<number, number>({
    name: "Fraction",
    description: "A share from 0 to 1 inclusive.",
    serialize: (value) => Number(value),
    parseValue: (value) => {
        if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw invalid("Fraction", "a number from 0 to 1", value);
        return value;
    },
    parseLiteral: (node) => {
        const value = node.kind === Kind.INT || node.kind === Kind.FLOAT ? Number(node.value) : NaN;
        if (!(value >= 0 && value <= 1)) throw invalid("Fraction", "a number from 0 to 1", "value" in node ? node.value : node.kind);
        return value;
    },
});

/** Text for a search: 1 to 200 characters (a longer query is no search, and the full-text index refuses it). */
const SearchText = new GraphQLScalarType<string, string>({
    name: "SearchText",
    description: "Search text, 1 to 200 characters.",
    serialize: (value) => String(value),
    parseValue: (value) => {
        if (typeof value !== "string" || value.trim().length === 0 || value.length > 200)
            throw invalid(
                "SearchText",
                "text of 1 to 200 characters",
                typeof value === "string" ? `${value.slice(0, 20)}... (${value.length} characters)` : value,
            );
        return value;
    },
    parseLiteral: (node) => {
        if (node.kind !== Kind.STRING || node.value.trim().length === 0 || node.value.length > 200) {
            throw invalid(
                "SearchText",
                "text of 1 to 200 characters",
                node.kind === Kind.STRING ? `${node.value.slice(0, 20)}... (${node.value.length} characters)` : node.kind,
            );
        }
        return node.value;
    },
});

/**
 * An absolute URL, kept as the text given: graphql-scalars' URL validates it, but its parsed value is a URL object,
 * which Neo4j cannot store (a generated create with a url answered 500; the fuzz test found it).
 */
const URL_ALLOWED = "an absolute URL, such as https://example.org/badge";
function parseUrl(value: unknown): string {
    try {
        URLResolver.parseValue(value);
    } catch {
        throw invalid("URL", URL_ALLOWED, value);
    }
    return String(value);
}
const Url = new GraphQLScalarType<string, string>({
    name: "URL",
    description: URLResolver.description,
    serialize: (value) => String(value),
    parseValue: parseUrl,
    parseLiteral: (node) => {
        if (node.kind !== Kind.STRING) throw invalid("URL", URL_ALLOWED, node.kind);
        return parseUrl(node.value);
    },
});

export const PROFICIENCY_LEVELS = ["novice", "advanced beginner", "competent", "proficient", "expert"] as const;

/** Resolvers for every scalar declared in schema/scalars.graphql. */
export const scalarResolvers = {
    Proficiency: boundedInteger("Proficiency", 1, 5, "an integer from 1 (novice) to 5 (expert)", "Proficiency level 1-5."),
    PositiveInt: boundedInteger("PositiveInt", 1, Number.MAX_SAFE_INTEGER, "a whole number of 1 or more", "A whole number of 1 or more."),
    Fraction,
    SearchText,
    EmailAddress: EmailAddressResolver,
    URL: Url,
    NonNegativeFloat: NonNegativeFloatResolver,
    CountryCode: CountryCodeResolver,
    Currency: CurrencyResolver,
    Locale: LocaleResolver,
    JSONObject: JSONObjectResolver,
};
