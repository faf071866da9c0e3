// Who or what appeared for the first time in a period: new people, bodies and programmes.
// Needs dated pages.  first_seen is the day of the first dated article that names the entity.
// Parameters: $since, $until — ISO dates (YYYY-MM-DD).
// Neo4j Browser:  :params {since: '2024-01-01', until: '2024-12-31'}   (then run this file)
// Terminal:       kg query cypher/14_first_appearances.cypher --param since=2024-01-01 --param until=2024-12-31
MATCH (n)
WHERE (n:Person OR n:Place OR n:Organization OR n:Programme)
  AND n.first_seen >= date($since) AND n.first_seen <= date($until)
RETURN n.first_seen AS first_seen, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, n.name AS name,
       n.mentions AS mentions
ORDER BY first_seen, kind, mentions DESC, name;
