// Purpose: an organisation as the issuer of its credentials (the published issuer profile). Parameters:
// $organizationId. Returns one row: organizationFound, name, url, country.
OPTIONAL MATCH (o:Organization {id: $organizationId})
RETURN o IS NOT NULL AS organizationFound, o.name AS name, o.url AS url, o.country AS country
