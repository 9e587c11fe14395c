// Purpose: every skill's text as its embedding is computed from, with the hash of the text last embedded.
// Parameters: none. Returns one row per skill: id, name, description, embeddingHash (null if never).
MATCH (s:Skill)
RETURN s.id AS id, s.name AS name, s.description AS description, s.embeddingHash AS embeddingHash
