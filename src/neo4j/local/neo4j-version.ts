/**
 * The one place the local Neo4j version is pinned. APOC core is fetched at the same version, as Neo4j requires.
 * 5.26.19 is the newest 5.26 release for which Maven Central also has APOC (Neo4j 5.26.20+ have no APOC there yet).
 */
export const NEO4J_VERSION = "5.26.19";
