// Reporters and correspondents from the bylines, with the people their articles mention most.
// Parameters: $limit — how many bylined people.
// Neo4j Browser:  :params {limit: 20}   (then run this file)
// Terminal:       kg query cypher/10_reporters.cypher --param limit=20
MATCH (r:Person)-[w:WROTE]->(a:Article)
OPTIONAL MATCH (p:Person)-[:MENTIONED_IN]->(a) WHERE p <> r AND NOT (p)-[:WROTE]->(a)
WITH r, w.as AS role, count(DISTINCT a) AS articles, collect(DISTINCT p.name) AS people
RETURN r.name AS name, role, articles, people[..8] AS people_mentioned
ORDER BY articles DESC, name
LIMIT $limit;
