// A person's neighbourhood to draw in Neo4j Browser: everyone and everything linked to them.
// Parameters: $name — the person; $limit — the most links to draw.
// Neo4j Browser:  :params {name: '庄悦群', limit: 50}   (then run this file)
// Terminal:       kg query cypher/07_person_neighbourhood.cypher --param name=庄悦群 --param limit=50
MATCH (p:Person {name: $name})-[r:CO_OCCURS|HOLDS_ROLE]-(n)
RETURN p, r, n, n.name AS neighbour, type(r) AS relation
ORDER BY coalesce(r.count, 0) DESC, neighbour, relation, r.title
LIMIT $limit;
