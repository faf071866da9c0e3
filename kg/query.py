"""Results of ``kg query`` as a terminal table, CSV or JSON.

The driver returns graph objects (nodes, relationships, paths) and temporal
values that JSON cannot hold: they become plain structures first (``plain``),
readable one-line text in tables and CSV (``text``).
"""
from __future__ import annotations

import csv
import json
from typing import IO, Any

from neo4j.graph import Node, Path, Relationship

from .export.common import ENTITY


def _node_name(node: Node) -> str:
    return str(node.get("name") or node.get("headline") or node.get("id") or node.element_id)


def plain(value: Any) -> Any:
    """A JSON-ready form: nodes and relationships keep labels/type and properties, paths their chain."""
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": plain(dict(value))}
    if isinstance(value, Relationship):
        return {"type": value.type, "start": _node_name(value.start_node), "end": _node_name(value.end_node),
                "properties": plain(dict(value))}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return value.iso_format() if hasattr(value, "iso_format") else str(value)


def text(value: Any) -> str:
    """One readable line: 庄悦群 (Person), 庄悦群 -[HOLDS_ROLE]-> 茂名市委, lists joined with ``, ``."""
    if isinstance(value, Node):
        return f"{_node_name(value)} ({':'.join(sorted(value.labels - {ENTITY}))})"  # the type, not the shared label
    if isinstance(value, Relationship):
        return f"{_node_name(value.start_node)} -[{value.type}]-> {_node_name(value.end_node)}"
    if isinstance(value, Path):
        chain = _node_name(value.start_node)
        for relationship, node in zip(value.relationships, value.nodes[1:]):
            forward = relationship.start_node.element_id != node.element_id
            chain += f" -[{relationship.type}]-> " if forward else f" <-[{relationship.type}]- "
            chain += _node_name(node)
        return chain
    if isinstance(value, (list, tuple)):
        return ", ".join(text(item) for item in value)
    if isinstance(value, float):
        return f"{value:.4g}"
    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(plain(value), ensure_ascii=False)
    return str(plain(value))


def write_json(columns: list[str], rows: list[list], stream: IO[str]) -> None:
    json.dump([dict(zip(columns, plain(row))) for row in rows], stream, ensure_ascii=False, indent=1)
    stream.write("\n")


def write_csv(columns: list[str], rows: list[list], stream: IO[str]) -> None:
    writer = csv.writer(stream)
    writer.writerow(columns)
    writer.writerows([text(value) for value in row] for row in rows)


def write_table(columns: list[str], rows: list[list], stream: IO[str]) -> None:
    """A table that fits the terminal (rich folds long cells) and says how many rows it holds."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns)
    for row in rows:
        table.add_row(*(text(value) for value in row))
    Console(file=stream).print(table)
    stream.write(f"{len(rows)} row{'' if len(rows) == 1 else 's'}\n")


WRITERS = {"table": write_table, "csv": write_csv, "json": write_json}
