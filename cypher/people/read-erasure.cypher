// Purpose: the tombstone of an erased person, so that erasing again answers with the first erasure.
// Parameters: $personId. Returns one row when the person was erased: personId, erasedAt, requestedBy, reference,
// relationshipsRemoved.
MATCH (t:ErasedPerson {personId: $personId})
RETURN t.personId AS personId, t.erasedAt AS erasedAt, t.requestedBy AS requestedBy, t.reference AS reference,
       t.relationshipsRemoved AS relationshipsRemoved
