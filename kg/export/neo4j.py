"""Loading the graph into Neo4j over Bolt with the official driver.

Uniqueness constraints first, then nodes and relationships in batched
``UNWIND $rows … MERGE`` transactions, every value a parameter, one query per
relationship type (the MENTIONED_IN of articles new to the database are
created rather than merged, since none can exist yet).  Loads are
idempotent and merge into earlier ones: per-article facts (MENTIONED_IN counts,
the articles behind each link and their sentence counts) are replaced article
by article, and node totals are recomputed from them, so loading the same
pages twice changes nothing and loading new pages adds to the same nodes.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Iterator

from ..model import KnowledgeGraph
from .common import ENTITY, LABELS, clean

CONSTRAINTS = [
    "CREATE CONSTRAINT kg_person_name IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS UNIQUE",
    "CREATE CONSTRAINT kg_place_name IF NOT EXISTS FOR (n:Place) REQUIRE n.name IS UNIQUE",
    "CREATE CONSTRAINT kg_organization_name IF NOT EXISTS FOR (n:Organization) REQUIRE n.name IS UNIQUE",
    "CREATE CONSTRAINT kg_programme_name IF NOT EXISTS FOR (n:Programme) REQUIRE n.name IS UNIQUE",
    "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX kg_article_date IF NOT EXISTS FOR (n:Article) ON (n.date)",
]

_UNION = "[x IN coalesce(n.{0}, []) WHERE NOT x IN row.{0}] + row.{0}"
# Nodes are merged on their label's name (labels cannot be parameters: one constant query per
# label); every entity also gets the shared :Entity label and its "TYPE:name" id, so each
# relationship type is one query matching both ends on one index, whatever their labels.
NODE_QUERIES = {
    label: f"""
UNWIND $rows AS row
MERGE (n:{label} {{name: row.name}})
SET n:{ENTITY}, n.id = row.id, n.aliases = {_UNION.format('aliases')}, n.titles = {_UNION.format('titles')}"""
    for label in LABELS.values()
}

ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.source = row.source, a.headline = row.headline, a.byline = row.byline, a.kind = row.kind,
    a.date = CASE row.date WHEN '' THEN null ELSE date(row.date) END, a.page = row.page"""

MENTIONED_IN = """
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (a:Article {id: row.article})
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.count = row.count"""

WROTE = """
UNWIND $rows AS row
MATCH (p:Entity {id: row.id})
MATCH (a:Article {id: row.article})
MERGE (p)-[w:WROTE]->(a)
SET w.as = row.role"""

# An article new to the database has no MENTIONED_IN yet (and the model has one row per entity and
# article): creating them instead of merging saves a fifth of the time of a first load.
NEW_MENTIONED_IN = """
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (a:Article {id: row.article})
CREATE (n)-[:MENTIONED_IN {count: row.count}]->(a)"""

EXISTING_ARTICLES = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id"""

# A link's span only widens from load to load: a reloaded article keeps its date (its id starts with
# it), so the earliest and latest over loads are those of all its articles, without a second pass.
_SPAN = """
SET r.first_seen = CASE WHEN r.first_seen IS NULL OR date(row.first) < r.first_seen THEN date(row.first) ELSE r.first_seen END,
    r.last_seen = CASE WHEN r.last_seen IS NULL OR date(row.last) > r.last_seen THEN date(row.last) ELSE r.last_seen END"""

CO_OCCURS = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[r:CO_OCCURS]->(b)
WITH r, row, [i IN range(0, size(coalesce(r.articles, [])) - 1) WHERE NOT r.articles[i] IN row.articles] AS kept
SET r.articles = [i IN kept | r.articles[i]] + row.articles,
    r.article_counts = [i IN kept | r.article_counts[i]] + row.article_counts,
    r.weight = row.weight
SET r.count = reduce(total = 0, c IN r.article_counts | total + c)""" + _SPAN

HOLDS_ROLE = """
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.org})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)
SET r.articles = [x IN coalesce(r.articles, []) WHERE NOT x IN row.articles] + row.articles""" + _SPAN

LOCATED_IN = """
UNWIND $rows AS row
MATCH (o:Entity {id: row.org})
MATCH (p:Entity {id: row.place})
MERGE (o)-[r:LOCATED_IN]->(p)
SET r.articles = [x IN coalesce(r.articles, []) WHERE NOT x IN row.articles] + row.articles"""

# Node totals and spans are recomputed from the articles, so they stay right as loads add pages.
TOTALS = """
MATCH (n:Entity)
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(a:Article)
WITH n, sum(m.count) AS mentions, count(m) AS articles, min(a.date) AS first, max(a.date) AS last
SET n.mentions = mentions, n.articles = articles, n.first_seen = first, n.last_seen = last"""

CLEAR = """
MATCH (n) WHERE n:Entity OR n:Article
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"""


class Neo4jError(Exception):
    """A Neo4j problem the user must see in one line."""


@dataclass(frozen=True)
class Neo4jTarget:
    uri: str
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def connect(target: Neo4jTarget, retries: int = 5, wait: float = 2.0):
    """A verified driver; a server that is still starting gets a short, bounded retry."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ClientError, ConfigurationError, ServiceUnavailable

    if target.uri.partition("://")[0].lower() not in BOLT_SCHEMES:
        raise Neo4jError(f"neo4j: {target.uri} is not a Bolt URI: use bolt://HOST:7687 or neo4j://HOST:7687 "
                         "(port 7474 serves Neo4j Browser over HTTP, not the driver)")
    try:
        driver = GraphDatabase.driver(target.uri, auth=(target.user, target.password),
                                      connection_timeout=5, max_transaction_retry_time=5)
    except (ConfigurationError, ValueError) as error:
        raise Neo4jError(f"neo4j: bad URI {target.uri!r}: {error}") from None
    for attempt in range(retries):
        try:
            with driver.session(database=target.database) as session:
                session.run("RETURN 1").consume()
            return driver
        except AuthError:
            driver.close()
            raise Neo4jError(f"neo4j: authentication failed for user {target.user!r} at {target.uri} "
                             "(give --password or set NEO4J_PASSWORD)") from None
        except ClientError as error:
            driver.close()
            if "DatabaseNotFound" in (error.code or ""):
                raise Neo4jError(f"neo4j: database {target.database!r} does not exist at {target.uri}") from None
            raise Neo4jError(f"neo4j: {error.message}") from None
        except (ServiceUnavailable, OSError) as error:
            if attempt == retries - 1:
                driver.close()
                raise Neo4jError(f"neo4j: cannot reach {target.uri}: {error} (is the server up? make neo4j-up starts one)") from None
            time.sleep(wait)


def _batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _span(link) -> dict:
    """A link's first and last dates in this load (None when its articles are undated)."""
    return {"first": link.first_seen or None, "last": link.last_seen or None}


def rows(knowledge: KnowledgeGraph) -> dict[str, list[dict]]:
    """The parameter rows of every query, from the graph model; relationships name their ends by id."""
    nodes: dict[str, list[dict]] = {label: [] for label in LABELS.values()}
    for n in knowledge.nodes:
        nodes[LABELS[n.type]].append({"id": n.id, "name": n.name, "aliases": list(n.aliases),
                                      "titles": list(n.titles)})
    return {
        **{f"nodes:{label}": found for label, found in nodes.items()},
        "articles": [{"id": a.id, "source": clean(a.source), "headline": clean(a.headline),
                      "byline": clean(a.byline_text), "kind": a.kind, "date": a.date, "page": a.page}
                     for a in knowledge.articles],
        "mentioned_in": [{"id": m.node, "article": m.article, "count": m.count} for m in knowledge.mentioned_in],
        "wrote": [{"id": w.person, "article": w.article, "role": w.role} for w in knowledge.wrote],
        "co_occurs": [{"a": c.a, "b": c.b, "count": c.count, "weight": c.weight, "articles": list(c.articles),
                       "article_counts": list(c.article_counts), **_span(c)} for c in knowledge.co_occurs],
        "holds_role": [{"person": r.person, "org": r.org, "title": r.title, "articles": list(r.articles), **_span(r)}
                       for r in knowledge.roles],
        "located_in": [{"org": l.org, "place": l.place, "articles": list(l.articles)} for l in knowledge.located_in],
    }


def load(knowledge: KnowledgeGraph, target: Neo4jTarget, batch_size: int = 10_000, replace: bool = False,
         progress: Callable[[str, int], None] = lambda step, n: None) -> dict[str, int]:
    """Write the graph; returns the number of rows written per step."""
    from neo4j.exceptions import Neo4jError as DriverError

    data = rows(knowledge)
    driver = connect(target)
    try:
        with driver.session(database=target.database) as session:
            for constraint in CONSTRAINTS:
                session.run(constraint).consume()
            if replace:
                session.run(CLEAR).consume()
            known = set() if replace else {
                record["id"] for batch in _batches([a["id"] for a in data["articles"]], batch_size)
                for record in session.run(EXISTING_ARTICLES, ids=batch)}
            steps = [(f"nodes:{label}", NODE_QUERIES[label], data[f"nodes:{label}"]) for label in LABELS.values()]
            steps.append(("articles", ARTICLES, data["articles"]))
            steps += [("mentioned_in", NEW_MENTIONED_IN, [r for r in data["mentioned_in"] if r["article"] not in known]),
                      ("mentioned_in", MENTIONED_IN, [r for r in data["mentioned_in"] if r["article"] in known]),
                      ("wrote", WROTE, data["wrote"]), ("co_occurs", CO_OCCURS, data["co_occurs"]),
                      ("holds_role", HOLDS_ROLE, data["holds_role"]), ("located_in", LOCATED_IN, data["located_in"])]
            for step, query, step_rows in steps:
                for batch in _batches(step_rows, batch_size):
                    session.execute_write(lambda tx: tx.run(query, rows=batch).consume())
                    progress(step, len(batch))
            session.execute_write(lambda tx: tx.run(TOTALS).consume())
    except DriverError as error:
        raise Neo4jError(f"neo4j: {error.message or error}") from None
    finally:
        driver.close()
    return {step: len(found) for step, found in data.items() if found}


def run_query(target: Neo4jTarget, query: str, parameters: dict) -> tuple[list[str], list[list]]:
    """Columns and rows of one read query, for ``kg query``."""
    from neo4j.exceptions import Neo4jError as DriverError

    driver = connect(target)
    try:
        with driver.session(database=target.database) as session:
            result = session.run(query.strip().rstrip(";"), parameters)
            records = list(result)
            return list(result.keys()), [list(record.values()) for record in records]
    except DriverError as error:
        raise Neo4jError(f"neo4j: {error.message or error}") from None
    finally:
        driver.close()
