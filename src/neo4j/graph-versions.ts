import type { Driver, ManagedTransaction, Transaction } from "neo4j-driver";
import { cypher } from "./cypher-catalogue";

/**
 * What in-process caches derive from the graph, each with a version in a (:GraphVersion {key}) node: bump it in the
 * transaction that changes the data, and every API process reloads on its next query (src/use-cases/mobility-catalogue.ts).
 * - roleProfiles: roles, skills and requirements (the transition index; a reload re-reads the roles the change log
 *   names, cypher/mobility/write-role-changes.cypher, or else those whose digest changed,
 *   cypher/mobility/read-role-digests.cypher);
 * - skills: skill names as role profiles carry them (a change reloads every profile);
 * - roleMoves: role tenures (observed internal moves);
 * - workforce: people, org units, credentials, skills and teams as the workforce index holds them (a rebuild). A
 *   person's own writes (evidence, holdings) mark just that person instead: cypher/workforce/bump-people-version.cypher.
 */
export type GraphVersionKey = "roleProfiles" | "skills" | "roleMoves" | "workforce";

export async function bumpGraphVersions(
    target: Transaction | ManagedTransaction | { driver: Driver; database: string },
    keys: readonly GraphVersionKey[],
): Promise<void> {
    // One lock order for every writer (test fixtures too): two writers taking the same version nodes in opposite
    // orders deadlock, and one of them fails.
    for (const key of [...new Set(keys)].sort()) {
        if ("driver" in target) await target.driver.executeQuery(cypher("mobility/bump-version"), { key }, { database: target.database });
        else await target.run(cypher("mobility/bump-version"), { key });
    }
}
