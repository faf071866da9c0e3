"""Stage 4: exporters (GraphML for Gephi, Neo4j over Bolt, CSV for neo4j-admin import)."""
