"""The graph model: what the graph stage hands to every exporter.

One frozen record per node and per relationship, each with the articles that
support it, so that GraphML, Neo4j (Bolt and CSV) and the picture all read the
same facts and none of them stores a link twice.  networkx is a view built from
the model where a measure or a drawing needs one (:meth:`KnowledgeGraph.to_networkx`).
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from .records import ENTITY_TYPES, Article

if TYPE_CHECKING:
    import networkx as nx

CO_OCCURS, HOLDS_ROLE, LOCATED_IN, MENTIONED_IN, WROTE = "CO_OCCURS", "HOLDS_ROLE", "LOCATED_IN", "MENTIONED_IN", "WROTE"
# In the one-edge-per-pair view, ``relation`` names the most specific relationship a pair has.
RELATION_RANK = {CO_OCCURS: 0, LOCATED_IN: 1, HOLDS_ROLE: 2}
INDEPENDENT = 0.5  # the normalised weight of a pair that never co-occurs in a sentence (NPMI 0)


# The label of the period a day falls in, per unit (--period), and the days a label covers.
PERIODS = {
    "month": lambda day: day[:7],
    "year": lambda day: day[:4],
    "week": lambda day: "{0}-W{1:02d}".format(*date.fromisoformat(day).isocalendar()[:2]),
}


def period_days(period: str) -> tuple[str, str]:
    """The first and last day of a period label: 2024-01, 2024-W05 or 2024."""
    if "-W" in period:
        year, week = period.split("-W")
        start = date.fromisocalendar(int(year), int(week), 1)
        return start.isoformat(), (start + timedelta(days=6)).isoformat()
    if len(period) == 7:
        year, month = map(int, period.split("-"))
        following = date(year + month // 12, month % 12 + 1, 1)
        return f"{period}-01", (following - timedelta(days=1)).isoformat()
    return f"{period}-01-01", f"{period}-12-31"


def format_periods(periods: tuple[tuple[str, int], ...]) -> str:
    """2024-01:3|2024-02:5: counts per period as one string attribute (GraphML, CSV)."""
    return "|".join(f"{period}:{count}" for period, count in periods)


@dataclass(frozen=True)
class Home:
    """The paper's home city and province, which unqualified names refer to, and its name, which 本报 refers to."""

    city: str
    province: str
    paper: str = ""

    @property
    def city_short(self) -> str:
        return self.city[:-1] if self.city.endswith("市") else self.city


@dataclass(frozen=True)
class Node:
    """One resolved entity."""

    id: str  # "TYPE:name", unique across types
    type: str
    name: str
    aliases: tuple[str, ...]  # other spellings seen
    mentions: int
    articles: int
    titles: tuple[str, ...] = ()  # PERSON only
    first_seen: str = ""  # ISO dates of the first and last dated article naming it ("" when none is dated)
    last_seen: str = ""
    periods: tuple[tuple[str, int], ...] = ()  # mentions per period (2024-01 …), dated articles only


@dataclass(frozen=True)
class CoOccurrence:
    """Two entities named in the same sentences; ``weight`` is NPMI mapped to [0, 1]."""

    a: str
    b: str
    count: int  # sentences
    weight: float
    articles: tuple[str, ...]
    article_counts: tuple[int, ...]  # sentences per article, in the order of ``articles``
    first_seen: str = ""
    last_seen: str = ""
    periods: tuple[tuple[str, int], ...] = ()  # sentences per period


@dataclass(frozen=True)
class Role:
    """A person holds ``title`` at an organisation, as the articles print it."""

    person: str
    org: str
    title: str
    articles: tuple[str, ...]
    first_seen: str = ""
    last_seen: str = ""


@dataclass(frozen=True)
class LocatedIn:
    """An organisation whose name places it in a place (化州市人民医院 -> 化州市)."""

    org: str
    place: str
    articles: tuple[str, ...]  # where the organisation is named


class Mentioned(NamedTuple):
    """How often an article names a node (a named tuple: there is one per node and article)."""

    node: str
    article: str
    count: int


class Wrote(NamedTuple):
    person: str
    article: str
    role: str  # 记者, 通讯员 ...


@dataclass(frozen=True)
class KnowledgeGraph:
    home: Home
    articles: tuple[Article, ...]
    nodes: tuple[Node, ...]
    co_occurs: tuple[CoOccurrence, ...]
    roles: tuple[Role, ...]
    located_in: tuple[LocatedIn, ...]
    mentioned_in: tuple[Mentioned, ...]
    wrote: tuple[Wrote, ...]
    sentences: int = 0

    @cached_property
    def by_id(self) -> dict[str, Node]:
        return {node.id: node for node in self.nodes}

    def linked_pairs(self) -> set[frozenset[str]]:
        """The pairs of nodes some relationship links: the edges of the one-edge-per-pair view."""
        return ({frozenset((c.a, c.b)) for c in self.co_occurs} | {frozenset((l.org, l.place)) for l in self.located_in}
                | {frozenset((r.person, r.org)) for r in self.roles})

    def summary(self) -> dict[str, int]:
        types = Counter(node.type for node in self.nodes)
        return {"articles": len(self.articles), "nodes": len(self.nodes), "edges": len(self.linked_pairs()),
                **{t: types.get(t, 0) for t in ENTITY_TYPES}}

    def to_networkx(self) -> "nx.Graph":
        """A fresh undirected view with one edge per linked pair, as GraphML and Gephi want it.

        Gephi sums parallel edges, so each pair keeps one edge: ``relations``
        lists every relationship the pair has, ``relation`` the most specific
        one, ``count`` / ``weight`` come from co-occurrence (a pair linked only
        by LOCATED_IN counts 0 sentences and weighs as independent, 0.5), and
        ``title`` lists the roles held.
        """
        import networkx as nx  # loaded when a view is wanted, not for kg --help

        graph = nx.Graph()
        for node in self.nodes:
            graph.add_node(node.id, label=node.name, type=node.type, aliases=list(node.aliases),
                           mentions=node.mentions, articles=node.articles, titles=list(node.titles),
                           first_seen=node.first_seen, last_seen=node.last_seen, periods=format_periods(node.periods))

        def link(a: str, b: str, relation: str, articles, **values) -> dict:
            if not graph.has_edge(a, b):
                graph.add_edge(a, b, relation=relation, relations=[], count=0, weight=INDEPENDENT, title=[],
                               article_ids=[], first_linked="", last_linked="", linked_periods="")
            edge = graph.edges[a, b]
            edge["relations"] = sorted({*edge["relations"], relation}, key=RELATION_RANK.get)
            edge["relation"] = edge["relations"][-1]
            edge["article_ids"] = sorted({*edge["article_ids"], *articles})
            edge.update(values)
            return edge

        for pair in self.co_occurs:
            link(pair.a, pair.b, CO_OCCURS, pair.articles, count=pair.count, weight=pair.weight,
                 first_linked=pair.first_seen, last_linked=pair.last_seen, linked_periods=format_periods(pair.periods))
        for place in self.located_in:
            link(place.org, place.place, LOCATED_IN, place.articles)
        for role in self.roles:
            edge = link(role.person, role.org, HOLDS_ROLE, role.articles)
            edge["title"] = sorted({*edge["title"], role.title})
        return graph
