"""GEXF 1.3, Gephi's own format, with time: Gephi's Timeline plays the network's growth.

Each node and link gets one spell per period in which the dated articles name it (the period's first
to last day), and a dynamic value per period: a node's mentions, a link's sentences (also its
dynamic weight).  Static attributes are those of the GraphML.  Written by hand, as the GraphML is:
networkx writes GEXF 1.2 only.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..analysis import PALETTE
from ..atomic import atomic_write
from ..model import KnowledgeGraph, period_days
from .common import clean

NODE_ATTRIBUTES = [("type", "string"), ("aliases", "string"), ("titles", "string"), ("mentions", "integer"),
                   ("articles", "integer"), ("first_seen", "string"), ("last_seen", "string")]
EDGE_ATTRIBUTES = [("relation", "string"), ("count", "integer"), ("npmi_weight", "double")]


def _attr(value) -> str:
    return quoteattr(clean(str(value)))


def _spells(periods) -> list[str]:
    lines = ["        <spells>"]
    lines += [f'          <spell start="{start}" end="{end}"/>' for start, end in (period_days(p) for p, _ in periods)]
    return lines + ["        </spells>"]


def _dynamic(name: str, periods) -> list[str]:
    return [f'          <attvalue for="{name}" value="{count}" start="{start}" end="{end}"/>'
            for (start, end), count in ((period_days(p), c) for p, c in periods)]


def gexf_lines(knowledge: KnowledgeGraph):
    view = knowledge.to_networkx()
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield ('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">')
    yield "  <meta><creator>kg</creator><description>co-occurrence graph of newspaper pages</description></meta>"
    yield '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">'
    for kind, attributes, dynamic in (("node", NODE_ATTRIBUTES, "mentions_in_period"),
                                      ("edge", EDGE_ATTRIBUTES, "sentences_in_period")):
        yield f'    <attributes class="{kind}" mode="static">'
        yield from (f'      <attribute id="{name}" title="{name}" type="{kind_}"/>' for name, kind_ in attributes)
        yield "    </attributes>"
        yield f'    <attributes class="{kind}" mode="dynamic">'
        yield f'      <attribute id="{dynamic}" title="{dynamic}" type="integer"/>'
        if kind == "edge":  # Gephi reads a dynamic attribute named weight as the edge's weight over time
            yield '      <attribute id="weight" title="Weight" type="double"/>'
        yield "    </attributes>"
    yield "    <nodes>"
    for node in knowledge.nodes:
        span = f' start="{node.first_seen}" end="{node.last_seen}"' if node.first_seen else ""
        yield f"      <node id={_attr(node.id)} label={_attr(node.name)}{span}>"
        yield "        <attvalues>"
        values = {"type": node.type, "aliases": "|".join(node.aliases), "titles": "|".join(node.titles),
                  "mentions": node.mentions, "articles": node.articles, "first_seen": node.first_seen,
                  "last_seen": node.last_seen}
        yield from (f'          <attvalue for="{name}" value={_attr(values[name])}/>' for name, _ in NODE_ATTRIBUTES)
        yield from _dynamic("mentions_in_period", node.periods)
        yield "        </attvalues>"
        if node.periods:
            yield from _spells(node.periods)
        r, g, b = PALETTE[node.type]
        yield f'        <viz:color r="{r}" g="{g}" b="{b}"/>'
        yield "      </node>"
    yield "    </nodes>"
    yield "    <edges>"
    periods = {(pair.a, pair.b): pair.periods for pair in knowledge.co_occurs}
    for index, (a, b, data) in enumerate(view.edges(data=True)):
        linked = periods.get((a, b)) or periods.get((b, a)) or ()
        span = f' start="{data["first_linked"]}" end="{data["last_linked"]}"' if data["first_linked"] else ""
        yield (f'      <edge id="e{index}" source={_attr(a)} target={_attr(b)} weight="{float(data["weight"])!r}"'
               f' label={_attr(data["relation"])}{span}>')
        yield "        <attvalues>"
        values = {"relation": data["relation"], "count": data["count"], "npmi_weight": float(data["weight"])}
        yield from (f'          <attvalue for="{name}" value={_attr(values[name])}/>' for name, _ in EDGE_ATTRIBUTES)
        yield from _dynamic("sentences_in_period", linked)
        yield from _dynamic("weight", linked)  # Gephi's dynamic edge weight: the sentences of each period
        yield "        </attvalues>"
        if linked:
            yield from _spells(linked)
        yield "      </edge>"
    yield "    </edges>"
    yield "  </graph>"
    yield "</gexf>"


def write_gexf(knowledge: KnowledgeGraph, path: str | Path) -> None:
    with atomic_write(path) as stream:
        for line in gexf_lines(knowledge):
            stream.write(line + "\n")
