// Purpose: the benchmark's generated course catalogue (tools/bench/catalogue.ts): courses of one provider with a title
// and a description, written idempotently (MERGE on id). Parameters: $providerId, $providerName, $rows: [{id, title,
// description}]. Returns one row: courses.
MERGE (o:Organization {id: $providerId})
  ON CREATE SET o.name = $providerName, o.kinds = ['TRAINING_PROVIDER']
WITH o
UNWIND $rows AS row
MERGE (c:Course {id: row.id})
  ON CREATE SET c.durationMinutes = 30, c.cost = 0.0, c.currency = 'EUR', c.format = 'ONLINE', c.language = 'en'
SET c.title = row.title, c.description = row.description
MERGE (o)-[:PROVIDES]->(c)
RETURN count(c) AS courses
