// Programmes ranked by how many organisations are mentioned with them.
// Parameters: $limit — how many programmes.
// Neo4j Browser:  :params {limit: 20}   (then run this file)
// Terminal:       kg query cypher/08_programmes_by_organisations.cypher --param limit=20
MATCH (g:Programme)
OPTIONAL MATCH (g)-[:CO_OCCURS]-(o:Organization)
RETURN g.name AS programme, count(DISTINCT o) AS organisations, g.articles AS articles,
       collect(DISTINCT o.name)[..10] AS examples
ORDER BY organisations DESC, articles DESC, programme
LIMIT $limit;
