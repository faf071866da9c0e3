"""Network measures and views of the graph, for Gephi and the overview picture.

Everything here is deterministic (sorted inputs, seeded Louvain) so that a
rebuild of the same pages gives the same communities, colours and sizes.
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from .model import CO_OCCURS, MENTIONED_IN, KnowledgeGraph
from .records import ORG, PERSON, PLACE, PROGRAMME

ARTICLE = "ARTICLE"
PALETTE = {  # Tableau 10 hues, one per node type (ARTICLE a neutral grey)
    PERSON: (78, 121, 167),
    PLACE: (89, 161, 79),
    ORG: (242, 142, 43),
    PROGRAMME: (176, 122, 161),
    ARTICLE: (186, 176, 172),
}
# Gephi's GraphML importer reads r, g, b as the node colour and size as the node size.
NODE_ANALYSIS_KEYS = [("degree", "int"), ("weighted_degree", "double"), ("community", "int"),
                      ("betweenness", "double"), ("r", "int"), ("g", "int"), ("b", "int"), ("size", "double")]


def enrich(graph: nx.Graph, seed: int = 42) -> None:
    """Add degree, weighted degree, Louvain community, betweenness and Gephi colour/size to every node.

    Betweenness is unweighted (hop counts): edge weights are NPMI associations,
    not distances, and 1/weight would make hubs that co-occur with everything
    look far from everything.  Communities are numbered by decreasing size,
    then by smallest member id, so the numbers survive a rebuild.
    """
    communities = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ordered = sorted(communities, key=lambda members: (-len(members), min(members)))
    community = {node: index for index, members in enumerate(ordered) for node in members}
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    weighted = {node: float(total) for node, total in graph.degree(weight="weight")}
    top = max(weighted.values(), default=0.0) or 1.0
    for node, data in graph.nodes(data=True):
        r, g, b = PALETTE[data["type"]]
        data.update(degree=graph.degree(node), weighted_degree=weighted[node], community=community[node],
                    betweenness=float(betweenness[node]), r=r, g=g, b=b,
                    size=10.0 + 40.0 * math.sqrt(weighted[node] / top))


def filter_graph(graph: nx.Graph, min_weight: float = 0.0, min_count: int = 0,
                 types: set[str] | None = None) -> nx.Graph:
    """A copy with the nodes of ``types`` and the edges passing both thresholds.

    HOLDS_ROLE and LOCATED_IN edges are always kept: they carry facts, not just co-occurrence.
    A node that loses all its edges in the filter is dropped (it would float
    unconnected in the picture); a node that had none to begin with is kept.
    Measures added by :func:`enrich` are copied as they were: enrich the result again.
    """
    result = nx.Graph()
    result.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if types is None or d["type"] in types)
    result.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True)
                          if u in result and v in result
                          and (d["relation"] != CO_OCCURS or (d["weight"] >= min_weight and d["count"] >= min_count)))
    result.remove_nodes_from([n for n in graph if n in result and graph.degree(n) and not result.degree(n)])
    return result


def with_articles(knowledge: KnowledgeGraph) -> nx.Graph:
    """The graph view with one ARTICLE node per article, linked to the entities it mentions.

    Article nodes carry the entity node attributes (``mentions`` is the number
    of entity mentions in the article) so every GraphML attribute keeps one type.
    """
    graph = knowledge.to_networkx()
    per_article = Counter()
    for mentioned in knowledge.mentioned_in:
        per_article[mentioned.article] += mentioned.count
    for article in knowledge.articles:
        graph.add_node(f"{ARTICLE}:{article.id}", label=article.headline or article.id, type=ARTICLE, aliases=[],
                       mentions=per_article[article.id], articles=1, titles=[])
    for mentioned in knowledge.mentioned_in:
        graph.add_edge(mentioned.node, f"{ARTICLE}:{mentioned.article}", relation=MENTIONED_IN,
                       relations=[MENTIONED_IN], count=mentioned.count, weight=1.0, title=[],
                       article_ids=[mentioned.article])
    return graph


def gephi_view(knowledge: KnowledgeGraph, min_weight: float = 0.0, min_count: int = 0,
               kinds: set[str] | None = None, articles: bool = False) -> nx.Graph:
    """The graph as Gephi and the picture get it: optional article nodes, filters, then measures."""
    graph = with_articles(knowledge) if articles else knowledge.to_networkx()
    if min_weight or min_count or kinds:
        graph = filter_graph(graph, min_weight, min_count, (set(kinds or ()) | ({ARTICLE} if articles else set())) or None)
    enrich(graph)
    return graph
