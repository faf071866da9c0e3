// A person's links month by month: who appeared beside them, in how many sentences, each month.
// Needs dated pages (file paths such as 2024-01-05/page01.txt, or a masthead date).
// Parameters: $name — the person.
// Neo4j Browser:  :params {name: '庄悦群'}   (then run this file)
// Terminal:       kg query cypher/12_links_by_period.cypher --param name=庄悦群
MATCH (p:Person {name: $name})-[r:CO_OCCURS]-(x)
UNWIND range(0, size(r.articles) - 1) AS i
MATCH (a:Article {id: r.articles[i]}) WHERE a.date IS NOT NULL
WITH substring(toString(a.date), 0, 7) AS month, x, sum(r.article_counts[i]) AS sentences
RETURN month, x.name AS linked_to, [l IN labels(x) WHERE l <> 'Entity'][0] AS kind, sentences
ORDER BY month, sentences DESC, linked_to;
