// The articles that mention two given entities together.
// Parameters: $a, $b — two entity names (person, place, organisation or programme).
// Neo4j Browser:  :params {a: '庄悦群', b: '百千万工程'}   (then run this file)
// Terminal:       kg query cypher/06_articles_mentioning_both.cypher --param a=庄悦群 --param b=百千万工程
MATCH (x {name: $a})-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(y {name: $b})
RETURN art.id AS article, art.headline AS headline, art.source AS source, art.date AS date
ORDER BY article;
