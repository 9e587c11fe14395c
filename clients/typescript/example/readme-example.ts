// The README's client example ("Client package"): sign in as an employee, ask your skill gap to a role, print it.
// In your own project, import from "@skillgraph/client" instead of "../src". In this repository:
//   export SKILLGRAPH_TOKEN=$(npm run -s token -- --audience employee --subject demo:person:0001)
//   npm run -s client:example -- http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1
import { MeDocument, SkillGapDocument, type SkillgraphClient, SkillgraphError, createClient } from "../src";

export async function printSkillGap(client: SkillgraphClient, roleId: string, print = console.log): Promise<void> {
    const { me } = await client.request(MeDocument);
    if (!me.person) throw new Error("Sign in with an employee token: npm run -s token -- --audience employee --subject <person id>");
    const { skillGap } = await client.request(SkillGapDocument, { personId: me.person.id, roleId });
    print(`${skillGap.personName} → ${skillGap.roleTitle}: fit ${skillGap.fit.toFixed(2)}, ${skillGap.missingEssentials} essentials missing`);
    for (const row of skillGap.requirements) print(`  ${row.skillName}: ${row.effectiveLevel} of ${row.requiredLevel}. ${row.explanation}`);
}

if (require.main === module) {
    const client = createClient({ url: process.env.SKILLGRAPH_URL ?? "http://localhost:4000/graphql", token: process.env.SKILLGRAPH_TOKEN });
    printSkillGap(client, process.argv[2] ?? "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1").catch((error: unknown) => {
        console.error(error instanceof SkillgraphError ? `${error.code} (request ${error.requestId}): ${error.message}` : error);
        process.exitCode = 1;
    });
}
