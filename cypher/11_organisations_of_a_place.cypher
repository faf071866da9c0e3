// The organisations located in a place (by their names: 化州市人民医院 is in 化州市), with the programmes
// they appear beside, most linked first.  Set $programme to '' for all programmes.
// Parameters: $place — a place name or alias; $programme — a programme name, or ''.
// Neo4j Browser:  :params {place: '茂名市', programme: ''}   (then run this file)
// Terminal:       kg query cypher/11_organisations_of_a_place.cypher --param place=茂名市 --param programme=
MATCH (pl:Place) WHERE pl.name = $place OR $place IN pl.aliases
MATCH (o:Organization)-[:LOCATED_IN]->(pl)
OPTIONAL MATCH (o)-[r:CO_OCCURS]-(g:Programme)
WHERE $programme = '' OR g.name = $programme OR $programme IN g.aliases
WITH o, collect(DISTINCT g.name) AS programmes, sum(coalesce(r.count, 0)) AS sentences
RETURN o.name AS organisation, o.mentions AS mentions, programmes, sentences
ORDER BY sentences DESC, mentions DESC, organisation;
