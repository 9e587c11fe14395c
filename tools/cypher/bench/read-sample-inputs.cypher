// Purpose: varied inputs for the benchmark: skill names to search for. Parameters: $count. Returns: name.
MATCH (s:Skill {taxonomy: 'ESCO'})
WITH s ORDER BY s.id
WITH collect(s.name) AS names
UNWIND range(0, $count - 1) AS i
RETURN names[(i * 7919) % size(names)] AS name
