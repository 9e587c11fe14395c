// Purpose: remove what the benchmark's imports wrote (importCredential from its own foreign deployment): the imported
// holdings and the credentials made for them, and mark their holders changed.
// Parameters: $issuerPrefix (the foreign deployment's issuer ids). Returns one row: holdings, credentials.
OPTIONAL MATCH (p:Person)-[h:HOLDS]->(c:Credential)
  WHERE h.importedAt IS NOT NULL AND h.importedFrom STARTS WITH $issuerPrefix
WITH collect(DISTINCT p) AS people, collect(h) AS holdings, collect(DISTINCT c) AS credentials
FOREACH (h IN holdings | DELETE h)
FOREACH (c IN credentials | DETACH DELETE c)
WITH people, size(holdings) AS holdings, size(credentials) AS credentials
MERGE (v:GraphVersion {key: 'people'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
FOREACH (p IN people | SET p.changeVersion = v.version)
RETURN holdings, credentials
