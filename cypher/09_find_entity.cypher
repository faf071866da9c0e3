// Find an entity by any spelling the pages used (茂名 finds 茂名市, 茂名联通 finds 中国联通茂名市分公司).
// Parameters: $name — a name or alias.
// Neo4j Browser:  :params {name: '我市'}   (then run this file)
// Terminal:       kg query cypher/09_find_entity.cypher --param name=我市
MATCH (n)
WHERE (n:Person OR n:Place OR n:Organization OR n:Programme) AND (n.name = $name OR $name IN n.aliases)
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, n.name AS name, n.aliases AS aliases,
       n.mentions AS mentions, n.articles AS articles;
