// The shortest chain of co-occurrences and roles between two people.
// Parameters: $from, $to — the two people.
// Neo4j Browser:  :param from => '王琛'   :param to => '王小慧'   (Browser draws the path)
// Terminal:       kg query cypher/05_shortest_path_between_people.cypher --param from=王琛 --param to=王小慧
MATCH (a:Person {name: $from}), (b:Person {name: $to})
MATCH path = shortestPath((a)-[:CO_OCCURS|HOLDS_ROLE*..6]-(b))
RETURN [n IN nodes(path) | n.name] AS chain, length(path) AS hops, path;
