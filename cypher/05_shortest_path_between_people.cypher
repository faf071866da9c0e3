// The shortest chain of co-occurrences and roles between two people.
// Parameters: $from, $to — the two people.  No row means no chain of at most 6 links joins them
// (or a name is not a Person node: find it with 09_find_entity).
// Neo4j Browser:  :params {from: '王琛', to: '吴卫华'}   (then run this file; Browser draws the path)
// Terminal:       kg query cypher/05_shortest_path_between_people.cypher --param from=王琛 --param to=吴卫华
MATCH (a:Person {name: $from}), (b:Person {name: $to})
MATCH path = shortestPath((a)-[:CO_OCCURS|HOLDS_ROLE*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS chain, length(path) AS hops, path;
