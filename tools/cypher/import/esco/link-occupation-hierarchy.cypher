// Purpose: the occupation pillar (broaderRelationsOccPillar.csv): occupation or ISCO group -> broader one.
// Parameters: $rows: [{narrower, broader}]. Both ends exist (checked before loading). Returns: linked (count).
UNWIND $rows AS row
MATCH (n:Role|OccupationGroup {id: row.narrower})
MATCH (b:Role|OccupationGroup {id: row.broader})
MERGE (n)-[r:BROADER]->(b)
RETURN count(r) AS linked
