"""CSV files with headers for ``neo4j-admin database import full`` (large graphs, offline load).

Same schema as the Bolt loader.  Array properties use ``¦`` as delimiter
(names may contain ``;``, the tool's default), so the import is run with
``--array-delimiter=¦`` as the README shows.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..atomic import atomic_write
from ..model import KnowledgeGraph
from .common import LABELS, clean

ARRAY = "¦"


def _array(values) -> str:
    return ARRAY.join(clean(str(v)).replace(ARRAY, "|") for v in values)


def write_neo4j_csv(knowledge: KnowledgeGraph, folder: str | Path) -> list[Path]:
    """Write nodes, articles and one file per relationship type; returns the paths written."""
    folder = Path(folder)
    tables = {
        "nodes.csv": (
            [":ID", "name", "aliases:string[]", "titles:string[]", "mentions:int", "articles:int", "first_seen:date",
             "last_seen:date", ":LABEL"],
            [[n.id, n.name, _array(n.aliases), _array(n.titles), n.mentions, n.articles, n.first_seen, n.last_seen,
              LABELS[n.type]] for n in knowledge.nodes],
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
            [[c.a, c.b, c.count, c.weight, _array(c.articles), _array(c.article_counts), c.first_seen, c.last_seen,
              "CO_OCCURS"] for c in knowledge.co_occurs],
        ),
        "holds_role.csv": (
            [":START_ID", ":END_ID", "title", "articles:string[]", "first_seen:date", "last_seen:date", ":TYPE"],
            [[r.person, r.org, r.title, _array(r.articles), r.first_seen, r.last_seen, "HOLDS_ROLE"]
             for r in knowledge.roles],
        ),
        "located_in.csv": (
            [":START_ID", ":END_ID", "articles:string[]", ":TYPE"],
            [[l.org, l.place, _array(l.articles), "LOCATED_IN"] for l in knowledge.located_in],
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
