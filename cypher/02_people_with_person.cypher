// Who appears with a given person, how often, and in which articles (with their headlines).
// Parameters: $name — the person.
// Neo4j Browser:  :params {name: '庄悦群'}   (then run this file)
// Terminal:       kg query cypher/02_people_with_person.cypher --param name=庄悦群
MATCH (p:Person {name: $name})-[r:CO_OCCURS]-(other:Person)
MATCH (a:Article) WHERE a.id IN r.articles
WITH other, r, collect(DISTINCT CASE WHEN a.headline <> '' THEN a.headline ELSE a.id END) AS headlines
RETURN other.name AS person, r.count AS sentences, round(r.weight, 3) AS weight, headlines
ORDER BY sentences DESC, weight DESC, person;
