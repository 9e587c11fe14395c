// Purpose: ids of the ESCO occupations in the database, which the O*NET crosswalk links to.
// Parameters: none. Returns: id.
MATCH (r:Role {taxonomy: 'ESCO'})
RETURN r.id AS id
