// Purpose: everything the graph holds about one person, for their data export (GDPR Articles 15 and 20): the node's
// properties and every relationship touching it, in either direction, with its properties and the other end named
// (labels, id, name or title). Read generically, so a relationship added to the model later is exported too.
// Parameters: $personId. Returns one row when the person exists: person (properties), relationships: [{type,
// direction ('OUT' from the person, 'IN' to it), properties, node: {labels, id, name}}], ordered by type, then the
// other end's id.
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[r]-(other)
  WITH r, other, CASE WHEN startNode(r) = p THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY type(r), other.id, direction
  RETURN collect({type: type(r), direction: direction, properties: properties(r),
                  node: {labels: labels(other), id: other.id, name: coalesce(other.name, other.title)}}) AS relationships
}
RETURN properties(p) AS person, relationships
