// Who holds which titles at which organisation.
// Parameters: $name — a person's name, or '' for everyone.
// Neo4j Browser:  :params {name: '庄悦群'}   (then run this file)
// Terminal:       kg query cypher/01_titles_at_organisations.cypher --param name=庄悦群
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
WHERE $name = '' OR p.name = $name OR $name IN p.aliases
RETURN p.name AS person, r.title AS title, o.name AS organisation, size(r.articles) AS articles
ORDER BY person, organisation, title;
