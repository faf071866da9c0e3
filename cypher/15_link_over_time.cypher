// The rise and fall of one link: in how many sentences two entities appear together, month by month.
// Needs dated pages.  No row means they never appear in the same sentence of a dated article.
// Parameters: $a, $b — two entity names.
// Neo4j Browser:  :params {a: '庄悦群', b: '百千万工程'}   (then run this file)
// Terminal:       kg query cypher/15_link_over_time.cypher --param a=庄悦群 --param b=百千万工程
MATCH (x {name: $a})-[r:CO_OCCURS]-(y {name: $b})
UNWIND range(0, size(r.articles) - 1) AS i
MATCH (a:Article {id: r.articles[i]}) WHERE a.date IS NOT NULL
RETURN substring(toString(a.date), 0, 7) AS month, sum(r.article_counts[i]) AS sentences, count(a) AS articles
ORDER BY month;
