import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { projectRoot } from "../../src/project-root";
import { peopleWritten, rolesWritten } from "../../src/schema/mutation-guard";

/** Which generated mutations the workforce index can follow by re-reading the people they name, instead of rebuilding. */
const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "generated", "schema.graphql"), "utf8"));
const argsOf = (mutation: string) => schema.getMutationType()!.getFields()[mutation].args;
const written = (mutation: string, args: Record<string, unknown>) => peopleWritten(mutation, args, argsOf(mutation));
const skillLink = (level: number) => ({ where: { node: { id: { eq: "s1" } } }, edge: { level, source: "MANAGER" } });

describe("a generated mutation confined to the people it names", () => {
    it("names the people of an update by id or ids that sets their own fields and links", () => {
        expect(written("updatePeople", { where: { id: { eq: "p1" } }, update: { availability: { set: 0.5 }, name: { set: "N" } } })).toEqual(["p1"]);
        expect(written("updatePeople", { where: { id: { in: ["p1", "p2"] } }, update: { skills: [{ connect: [skillLink(3)] }] } })).toEqual(["p1", "p2"]);
        expect(
            written("updatePeople", {
                where: { id: { eq: "p1" } },
                update: {
                    skills: [
                        {
                            update: { where: { node: { id: { eq: "s1" } } }, edge: { level: { set: 4 } } },
                            disconnect: [{ where: { node: { id: { eq: "s2" } } } }],
                        },
                    ],
                },
            }),
        ).toEqual(["p1"]);
    });

    it("names the people of a create that links them to existing nodes", () => {
        const person = (id: string) => ({
            id,
            name: id,
            email: `${id}@example.com`,
            availability: 1,
            skills: { connect: [skillLink(2)] },
        });
        expect(written("createPeople", { input: [person("p1"), person("p2")] })).toEqual(["p1", "p2"]);
    });

    it.each([
        ["a selection by anything but id", "updatePeople", { where: { name: { eq: "N" } }, update: { availability: { set: 0.5 } } }],
        ["a selection by id and more", "updatePeople", { where: { id: { eq: "p1" }, name: { eq: "N" } }, update: { availability: { set: 0.5 } } }],
        ["a new id", "updatePeople", { where: { id: { eq: "p1" } }, update: { id: { set: "p9" } } }],
        [
            "a nested update of the skill itself",
            "updatePeople",
            { where: { id: { eq: "p1" } }, update: { skills: [{ update: { node: { name: { set: "renamed" } } } }] } },
        ],
        [
            "a nested create",
            "updatePeople",
            { where: { id: { eq: "p1" } }, update: { teams: [{ create: [{ node: { id: "t9", name: "T" }, edge: { allocation: 0.5 } }] }] } },
        ],
        ["a nested delete", "updatePeople", { where: { id: { eq: "p1" } }, update: { skills: [{ delete: [{ where: { node: { id: { eq: "s1" } } } }] }] } }],
        [
            "a connect from the connected node onwards",
            "updatePeople",
            {
                where: { id: { eq: "p1" } },
                update: {
                    skills: [
                        {
                            connect: [
                                {
                                    ...skillLink(3),
                                    connect: [{ requiredBy: [{ where: { node: { id: { eq: "r1" } } }, edge: { level: 3, importance: "ESSENTIAL" } }] }],
                                },
                            ],
                        },
                    ],
                },
            },
        ],
        [
            "a create with a nested create",
            "createPeople",
            { input: [{ id: "p1", name: "P", email: "p1@example.com", availability: 1, orgUnit: { create: { node: { id: "u9", name: "U" } } } }] },
        ],
        ["a delete", "deletePeople", { where: { id: { eq: "p1" } } }],
        ["another type", "updateOrgUnits", { where: { id: { eq: "u1" } }, update: { name: { set: "U" } } }],
    ])("is not confined with %s", (_why, mutation, args) => {
        expect(written(mutation, args)).toBeNull();
    });
});

describe("a generated mutation confined to the roles it names", () => {
    const requirement = { where: { node: { id: { eq: "s1" } } }, edge: { level: 3, importance: "ESSENTIAL" } };

    it("names the roles whose requirements or title it sets, creates or deletes by id", () => {
        expect(
            rolesWritten(
                "updateRoles",
                {
                    where: { id: { eq: "r1" } },
                    update: { requires: [{ update: { where: { node: { id: { eq: "s1" } } }, edge: { level: { set: 4 } } } }] },
                },
                argsOf("updateRoles"),
            ),
        ).toEqual(["r1"]);
        expect(
            rolesWritten(
                "updateRoles",
                { where: { id: { in: ["r1", "r2"] } }, update: { title: { set: "T" }, requires: [{ connect: [requirement] }] } },
                argsOf("updateRoles"),
            ),
        ).toEqual(["r1", "r2"]);
        expect(rolesWritten("createRoles", { input: [{ id: "r3", title: "T", requires: { connect: [requirement] } }] }, argsOf("createRoles"))).toEqual(["r3"]);
        expect(rolesWritten("deleteRoles", { where: { id: { eq: "r1" } } }, argsOf("deleteRoles"))).toEqual(["r1"]);
    });

    it.each([
        ["a selection by title", "updateRoles", { where: { title: { eq: "T" } }, update: { title: { set: "U" } } }],
        [
            "a nested update of a required skill",
            "updateRoles",
            { where: { id: { eq: "r1" } }, update: { requires: [{ update: { node: { name: { set: "renamed" } } } }] } },
        ],
        [
            "a connect onwards to another role",
            "updateRoles",
            {
                where: { id: { eq: "r1" } },
                update: {
                    requires: [
                        {
                            connect: [
                                {
                                    ...requirement,
                                    connect: [{ requiredBy: [{ where: { node: { id: { eq: "r2" } } }, edge: { level: 2, importance: "OPTIONAL" } }] }],
                                },
                            ],
                        },
                    ],
                },
            },
        ],
        ["a delete by title", "deleteRoles", { where: { title: { eq: "T" } } }],
        [
            "a skill's side of a requirement",
            "updateSkills",
            {
                where: { id: { eq: "s1" } },
                update: { requiredBy: [{ connect: [{ where: { node: { id: { eq: "r1" } } }, edge: { level: 3, importance: "ESSENTIAL" } }] }] },
            },
        ],
    ])("is not confined with %s", (_why, mutation, args) => {
        expect(rolesWritten(mutation, args, argsOf(mutation))).toBeNull();
    });
});
