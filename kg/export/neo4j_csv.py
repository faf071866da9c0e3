"""CSV files with headers for ``neo4j-admin database import full`` (large graphs, offline load).

Same graph as the Bolt loader gives (tests/test_neo4j_import.py imports with the real tool and
compares).  Array properties use ``¦`` as delimiter (names may contain ``;``, the tool's
default), so the import is run with ``--array-delimiter=¦`` as the README shows.  The tool reads
an unquoted empty field as no property and a quoted one as "": every value is quoted, and an
unknown date is left empty.  It cannot write an empty list, nor any schema: ``schema.cypher``,
run once after the import, creates the Bolt loader's constraints and index and those lists.
"""
from __future__ import annotations

from pathlib import Path

from ..atomic import atomic_write
from ..model import KnowledgeGraph
from .common import ENTITY, LABELS, clean
from .neo4j import CONSTRAINTS

ARRAY = "¦"


def _array(values) -> str:
    return ARRAY.join(clean(str(v)).replace(ARRAY, "|") for v in values)


def _cell(column: str, value) -> str | None:
    """The field of one value; None (an unquoted empty field) for no property."""
    if isinstance(value, (list, tuple)):
        return _array(value) if value else None
    text = clean(str(value))
    return text if text or column.partition(":")[2] in ("", "string") else None


def _line(fields) -> str:
    return ",".join("" if f is None else '"' + f.replace('"', '""') + '"' for f in fields) + "\n"


def _empty_lists(header: list[str], body: list[list]) -> list[str]:
    """Statements setting the empty lists of a file's rows, which the import leaves as no property."""
    kind = header.index(":LABEL" if ":LABEL" in header else ":TYPE")
    pattern = "(x:{})" if header[kind] == ":LABEL" else "()-[x:{}]->()"
    statements = []
    for i, column in enumerate(header):
        empty = [row[kind] for row in body if column.endswith("[]") and not row[i]]
        names = sorted({name for labels in empty for name in labels.split(ARRAY)})
        if names:
            key = column.partition(":")[0]
            statements.append(f"MATCH {pattern.format('|'.join(names))} WHERE x.{key} IS NULL SET x.{key} = []")
    return statements


def write_neo4j_csv(knowledge: KnowledgeGraph, folder: str | Path) -> list[Path]:
    """Write nodes, articles, one file per relationship type and schema.cypher; returns the paths written."""
    folder = Path(folder)
    tables = {
        "nodes.csv": (
            ["id:ID", "name", "aliases:string[]", "titles:string[]", "mentions:int", "articles:int", "first_seen:date",
             "last_seen:date", ":LABEL"],
            [[n.id, n.name, n.aliases, n.titles, n.mentions, n.articles, n.first_seen, n.last_seen,
              f"{LABELS[n.type]}{ARRAY}{ENTITY}"] for n in knowledge.nodes],
        ),
        "articles.csv": (
            ["id:ID", "source", "headline", "byline", "kind", "date:date", "page", ":LABEL"],
            [[a.id, a.source, a.headline, a.byline_text, a.kind, a.date, a.page, "Article"] for a in knowledge.articles],
        ),
        "mentioned_in.csv": (
            [":START_ID", ":END_ID", "count:int", ":TYPE"],
            [[m.node, m.article, m.count, "MENTIONED_IN"] for m in knowledge.mentioned_in],
        ),
        "wrote.csv": (
            [":START_ID", ":END_ID", "as", ":TYPE"],
            [[w.person, w.article, w.role, "WROTE"] for w in knowledge.wrote],
        ),
        "co_occurs.csv": (
            [":START_ID", ":END_ID", "count:int", "weight:double", "articles:string[]", "article_counts:int[]",
             "first_seen:date", "last_seen:date", ":TYPE"],
            [[c.a, c.b, c.count, c.weight, c.articles, c.article_counts, c.first_seen, c.last_seen,
              "CO_OCCURS"] for c in knowledge.co_occurs],
        ),
        "holds_role.csv": (
            [":START_ID", ":END_ID", "title", "articles:string[]", "first_seen:date", "last_seen:date", ":TYPE"],
            [[r.person, r.org, r.title, r.articles, r.first_seen, r.last_seen, "HOLDS_ROLE"]
             for r in knowledge.roles],
        ),
        "located_in.csv": (
            [":START_ID", ":END_ID", "articles:string[]", ":TYPE"],
            [[l.org, l.place, l.articles, "LOCATED_IN"] for l in knowledge.located_in],
        ),
    }
    written, lists = [], []
    for name, (header, body) in tables.items():
        with atomic_write(folder / name) as stream:
            stream.write(",".join(header) + "\n")
            stream.writelines(_line(_cell(column, value) for column, value in zip(header, row)) for row in body)
        written.append(folder / name)
        lists += _empty_lists(header, body)
    with atomic_write(folder / "schema.cypher") as stream:
        stream.write("// Run once after neo4j-admin database import, which creates no schema and no empty list:\n"
                     "// the Bolt loader's constraints and index, then the empty lists it stores.\n")
        stream.writelines(f"{statement};\n" for statement in [*CONSTRAINTS, *lists])
    return [*written, folder / "schema.cypher"]
