"""GraphML for Gephi, following the contract in the README (and GUIDE.md section 2).

Written by hand rather than with networkx's writer so that key ids are
explicit and equal to the attribute names (Gephi matches reserved attributes by
key id first: networkx's automatic d0, d1 … can put another attribute on ``d3``
and replace every label), every attribute has one declared type, lists are
joined with ``|``, and no XML-invalid character reaches the file.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from ..atomic import atomic_write
from .common import clean

TIME_KEYS = [("first_seen", "string"), ("last_seen", "string"), ("periods", "string")]
# Key ids are unique in a document and equal to the names, so links name their time apart.
LINK_TIME_KEYS = [("first_linked", "string"), ("last_linked", "string"), ("linked_periods", "string")]
NODE_KEYS = [("label", "string"), ("type", "string"), ("aliases", "string"), ("mentions", "int"),
             ("articles", "int"), ("titles", "string"), *TIME_KEYS]
EDGE_KEYS = [("relation", "string"), ("relations", "string"), ("count", "int"), ("weight", "double"),
             ("title", "string"), ("article_ids", "string"), *LINK_TIME_KEYS]
SEPARATOR = "|"


def _value(value, kind: str) -> str:
    if isinstance(value, (list, tuple, set)):
        value = SEPARATOR.join(str(v) for v in value)
    if kind == "int":
        return str(int(value))
    if kind == "double":
        return repr(float(value))
    return escape(clean(str(value)))


def _keys(domain: str, keys: list[tuple[str, str]]) -> list[str]:
    return [f'  <key id="{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>' for name, kind in keys]


def _data(attributes: dict, keys: list[tuple[str, str]]) -> list[str]:
    return [f'      <data key="{name}">{_value(attributes[name], kind)}</data>'
            for name, kind in keys if name in attributes]


def graphml_lines(graph: nx.Graph, node_keys=NODE_KEYS, edge_keys=EDGE_KEYS):
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    if graph.graph.get("measures"):  # how the node measures were computed, where Gephi cannot trip on it
        yield f"<!-- kg: {escape(clean(graph.graph['measures'])).replace('--', '-')} -->"
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
    yield from _keys("node", node_keys)
    yield from _keys("edge", edge_keys)
    yield '  <graph id="kg" edgedefault="undirected">'
    for node, attributes in graph.nodes(data=True):
        yield f"    <node id={quoteattr(clean(str(node)))}>"
        yield from _data(attributes, node_keys)
        yield "    </node>"
    for index, (source, target, attributes) in enumerate(graph.edges(data=True)):
        yield f'    <edge id="e{index}" source={quoteattr(clean(str(source)))} target={quoteattr(clean(str(target)))}>'
        yield from _data(attributes, edge_keys)
        yield "    </edge>"
    yield "  </graph>"
    yield "</graphml>"


def write_graphml(graph: nx.Graph, path: str | Path, node_keys=NODE_KEYS, edge_keys=EDGE_KEYS) -> None:
    with atomic_write(path) as stream:
        for line in graphml_lines(graph, node_keys, edge_keys):
            stream.write(line + "\n")
