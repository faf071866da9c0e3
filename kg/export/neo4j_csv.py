"""CSV files with headers for ``neo4j-admin database import full`` (large graphs, offline load).

Same schema as the Bolt loader.  Array properties use ``¦`` as delimiter
(names may contain ``;``, the tool's default), so the import is run with
``--array-delimiter=¦`` as the README shows.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..graph import KnowledgeGraph
from ..atomic import atomic_write
from .graphml import clean
from .neo4j import LABELS

ARRAY = "¦"


def _array(values) -> str:
    return ARRAY.join(clean(str(v)).replace(ARRAY, "|") for v in values)


def write_neo4j_csv(knowledge: KnowledgeGraph, folder: str | Path) -> list[Path]:
    """Write nodes, articles and one file per relationship type; returns the paths written."""
    folder = Path(folder)
    graph = knowledge.graph
    tables = {
        "nodes.csv": (
            [":ID", "name", "aliases:string[]", "titles:string[]", "mentions:int", "articles:int", ":LABEL"],
            [[node, clean(d["label"]), _array(d["aliases"]), _array(d["titles"]), d["mentions"], d["articles"],
              LABELS[d["type"]]] for node, d in graph.nodes(data=True)],
        ),
        "articles.csv": (
            ["id:ID", "source", "headline", "byline", "kind", "date", "page", ":LABEL"],
            [[a.id, a.source, clean(a.headline), clean(a.byline_text), a.kind, a.date, a.page, "Article"]
             for a in knowledge.articles],
        ),
        "mentioned_in.csv": (
            [":START_ID", ":END_ID", "count:int", ":TYPE"],
            [[node, article, count, "MENTIONED_IN"] for (node, article), count in sorted(knowledge.mentioned_in.items())],
        ),
        "wrote.csv": (
            [":START_ID", ":END_ID", "as", ":TYPE"],
            [[node, article, role, "WROTE"] for node, article, role in knowledge.wrote],
        ),
        "co_occurs.csv": (
            [":START_ID", ":END_ID", "count:int", "weight:double", "articles:string[]", "article_counts:int[]", ":TYPE"],
            [[a, b, link["count"], link["weight"], _array(link["articles"]), _array(link["article_counts"]), "CO_OCCURS"]
             for (a, b), link in sorted(knowledge.cooccurs.items())],
        ),
        "holds_role.csv": (
            [":START_ID", ":END_ID", "title", "articles:string[]", ":TYPE"],
            [[p, o, title, _array(articles), "HOLDS_ROLE"] for (p, o, title), articles in sorted(knowledge.roles.items())],
        ),
    }
    written = []
    for name, (header, body) in tables.items():
        with atomic_write(folder / name) as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            writer.writerows([clean(str(cell)) for cell in row] for row in body)
        written.append(folder / name)
    return written
