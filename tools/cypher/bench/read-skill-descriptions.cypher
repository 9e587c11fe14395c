// Purpose: skill names and descriptions as the text of a generated course catalogue (tools/bench/catalogue.ts), once
// per run. Parameters: $count. Returns up to $count rows by skill id: name, text.
MATCH (s:Skill)
WHERE s.description IS NOT NULL AND size(s.description) > 40
RETURN s.name AS name, s.description AS text
ORDER BY s.id
LIMIT $count
