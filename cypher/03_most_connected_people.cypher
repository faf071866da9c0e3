// The most connected people, by weighted degree over co-occurrence links.
// Parameters: $limit — how many people.
// Neo4j Browser:  :params {limit: 20}   (then run this file)
// Terminal:       kg query cypher/03_most_connected_people.cypher --param limit=20
MATCH (p:Person)-[r:CO_OCCURS]-()
RETURN p.name AS person, round(sum(r.weight), 3) AS weighted_degree, count(r) AS degree, p.mentions AS mentions
ORDER BY weighted_degree DESC, person
LIMIT $limit;
