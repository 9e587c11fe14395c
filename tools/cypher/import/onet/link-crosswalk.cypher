// Purpose: ESCO occupation -> equivalent O*NET occupation (Nesta crosswalk, mapped to O*NET-SOC 2019).
// Parameters: $rows: [{esco, onet, confidence, similarity}]. Returns: linked (count).
UNWIND $rows AS row
MATCH (e:Role {id: row.esco})
MATCH (o:Role {id: row.onet})
MERGE (e)-[r:EQUIVALENT_TO]->(o)
SET r.source = 'Nesta ESCO-O*NET crosswalk 2020', r.confidence = row.confidence, r.similarity = row.similarity
RETURN count(r) AS linked
