// Which organisations and places are linked to a given programme, and how strongly.
// Parameters: $programme — the programme's name (any spelling seen in the pages).
// Neo4j Browser:  :params {programme: '百千万工程'}   (then run this file)
// Terminal:       kg query cypher/04_programme_links.cypher --param programme=百千万工程
MATCH (g:Programme) WHERE g.name = $programme OR $programme IN g.aliases
MATCH (g)-[r:CO_OCCURS]-(x)
WHERE x:Organization OR x:Place
RETURN [l IN labels(x) WHERE l <> 'Entity'][0] AS kind, x.name AS name, r.count AS sentences,
       size(r.articles) AS articles
ORDER BY kind, sentences DESC, name;
