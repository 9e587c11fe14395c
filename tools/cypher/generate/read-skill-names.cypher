// Purpose: skill names of a taxonomy, for naming generated courses and credentials.
// Parameters: $taxonomy. Returns: id, name.
MATCH (s:Skill {taxonomy: $taxonomy})
RETURN s.id AS id, s.name AS name
