// The organisations around each programme, year by year (which bodies cluster around 百千万工程 this
// year compared with last).  Set $programme to '' for every programme.
// Needs dated pages.
// Parameters: $programme — a programme name or alias, or ''.
// Neo4j Browser:  :params {programme: '百千万工程'}   (then run this file)
// Terminal:       kg query cypher/13_programme_organisations_by_year.cypher --param programme=百千万工程
MATCH (g:Programme)-[r:CO_OCCURS]-(o:Organization)
WHERE $programme = '' OR g.name = $programme OR $programme IN g.aliases
UNWIND r.articles AS id
MATCH (a:Article {id: id}) WHERE a.date IS NOT NULL
WITH g, a.date.year AS year, o, count(DISTINCT a) AS articles
RETURN g.name AS programme, year, collect(o.name + ' (' + toString(articles) + ')') AS organisations
ORDER BY programme, year;
