"""Network measures, filtered views and the article graph, on the seed pages."""
from collections import Counter

import networkx as nx
import pytest

from kg.analysis import ARTICLE, NODE_ANALYSIS_KEYS, PALETTE, enrich, filter_graph, with_articles
from kg.export.graphml import EDGE_KEYS, NODE_KEYS, write_graphml

from .conftest import node_key

PYTHON_TYPES = {"int": int, "double": float}


@pytest.fixture(scope="module")
def enriched(seed_graph):
    graph = seed_graph.copy()  # the session's graph stays as built
    enrich(graph)
    return graph


def test_enrich_adds_every_measure_with_its_type(enriched):
    for _, data in enriched.nodes(data=True):
        for name, kind in NODE_ANALYSIS_KEYS:
            assert type(data[name]) is PYTHON_TYPES[kind], (name, data[name])
        assert (data["r"], data["g"], data["b"]) == PALETTE[data["type"]]
        assert 10.0 <= data["size"] <= 50.0 and 0.0 <= data["betweenness"] <= 1.0
    hub = max(enriched.nodes(data=True), key=lambda item: item[1]["weighted_degree"])[1]
    assert hub["size"] == 50.0


def test_weighted_degree_is_the_sum_of_edge_weights(enriched):
    for name, data in enriched.nodes(data=True):
        assert data["degree"] == enriched.degree(name)
        assert data["weighted_degree"] == pytest.approx(sum(w for _, _, w in enriched.edges(name, data="weight")))


def test_communities_are_numbered_the_same_on_every_run(seed_graph, enriched):
    again = seed_graph.copy()
    enrich(again)
    assert dict(again.nodes(data="community")) == dict(enriched.nodes(data="community"))
    sizes = Counter(c for _, c in enriched.nodes(data="community"))
    assert sorted(sizes) == list(range(len(sizes)))
    assert [sizes[c] for c in sorted(sizes)] == sorted(sizes.values(), reverse=True)
    assert 1 < len(sizes) < enriched.number_of_nodes()


def test_type_filter_keeps_people_organisations_and_roles(seed_graph):
    zhuang = node_key(seed_graph, "庄悦群")
    roles = {frozenset((u, v)) for u, v, r in seed_graph.edges(zhuang, data="relation") if r == "HOLDS_ROLE"}
    assert len(roles) >= 2
    filtered = filter_graph(seed_graph, min_weight=0.99, min_count=10, types={"PERSON", "ORG"})
    assert {t for _, t in filtered.nodes(data="type")} == {"PERSON", "ORG"}
    assert roles <= {frozenset((u, v)) for u, v, r in filtered.edges(data="relation") if r == "HOLDS_ROLE"}
    assert filtered.nodes[zhuang] == seed_graph.nodes[zhuang]


def test_thresholds_drop_thin_edges_and_the_nodes_they_stranded(seed_graph):
    edges, nodes = seed_graph.number_of_edges(), seed_graph.number_of_nodes()
    for filtered, passes in ((filter_graph(seed_graph, min_count=2), lambda d: d["count"] >= 2),
                             (filter_graph(seed_graph, min_weight=0.9), lambda d: d["weight"] >= 0.9)):
        assert 0 < filtered.number_of_edges() < edges
        assert all(passes(d) or d["relation"] != "CO_OCCURS" for _, _, d in filtered.edges(data=True))
        assert all(seed_graph.degree(n) == 0 for n in filtered if filtered.degree(n) == 0)
        assert set(nx.isolates(seed_graph)) <= set(filtered)
        assert filtered.number_of_nodes() < nodes
    assert (seed_graph.number_of_edges(), seed_graph.number_of_nodes()) == (edges, nodes)
    unfiltered = filter_graph(seed_graph)
    assert set(unfiltered.edges) == set(seed_graph.edges) and set(unfiltered) == set(seed_graph)


def test_with_articles_links_entities_to_the_articles_mentioning_them(seed_build):
    knowledge = seed_build.knowledge
    graph = with_articles(knowledge)
    articles = {n: d for n, d in graph.nodes(data=True) if d["type"] == ARTICLE}
    assert len(articles) == len(knowledge.articles)
    assert set(graph.nodes[next(iter(articles))]) == set(next(iter(knowledge.to_networkx().nodes.values())))
    mentioned = {(u, v) if v in articles else (v, u): d for u, v, d in graph.edges(data=True)
                 if d["relation"] == "MENTIONED_IN"}
    assert {(m.node, f"{ARTICLE}:{m.article}"): m.count for m in knowledge.mentioned_in} == \
        {pair: d["count"] for pair, d in mentioned.items()}
    assert all(d["weight"] == 1.0 and d["article_ids"] == [a.split(":", 1)[1]] for (_, a), d in mentioned.items())
    headlines = {a.headline for a in knowledge.articles if a.headline}
    assert headlines <= {d["label"] for d in articles.values()}
    assert graph.number_of_edges() == knowledge.to_networkx().number_of_edges() + len(knowledge.mentioned_in)


def test_enriched_graphml_reads_back_with_numeric_types(seed_build, tmp_path):
    assert not {name for name, _ in NODE_KEYS + NODE_ANALYSIS_KEYS} & {name for name, _ in EDGE_KEYS}
    for graph in (seed_build.knowledge.to_networkx(), with_articles(seed_build.knowledge)):
        enrich(graph)
        path = tmp_path / "graph.graphml"
        write_graphml(graph, path, node_keys=NODE_KEYS + NODE_ANALYSIS_KEYS)
        back = nx.read_graphml(path)
        assert back.number_of_nodes() == graph.number_of_nodes()
        for name, data in back.nodes(data=True):
            for key, kind in NODE_ANALYSIS_KEYS:
                assert type(data[key]) is PYTHON_TYPES[kind]
                assert data[key] == pytest.approx(graph.nodes[name][key])
            assert isinstance(data["mentions"], int) and isinstance(data["label"], str)


def typed_random_graph(nodes: int, edges: int, seed: int = 3) -> nx.Graph:
    graph = nx.gnm_random_graph(nodes, edges, seed=seed)
    graph = nx.relabel_nodes(graph, {n: f"PERSON:{n:05d}" for n in graph})
    for node in graph:
        graph.nodes[node]["type"] = "PERSON"
    for index, (_, _, data) in enumerate(graph.edges(data=True)):
        data["weight"] = 0.3 + (index % 7) / 10
    return graph


def test_exact_betweenness_equals_networkx_and_measures_repeat(monkeypatch):
    graph = typed_random_graph(300, 900)
    how = enrich(graph)
    expected = nx.betweenness_centrality(graph, normalized=True)
    assert how.startswith("betweenness exact")
    assert all(graph.nodes[n]["betweenness"] == pytest.approx(expected[n], abs=1e-9) for n in graph)
    again = typed_random_graph(300, 900)
    enrich(again)
    assert [again.nodes[n]["community"] for n in again] == [graph.nodes[n]["community"] for n in graph]
    sizes = Counter(graph.nodes[n]["community"] for n in graph)
    assert [sizes[c] for c in sorted(sizes)] == sorted(sizes.values(), reverse=True)


def test_large_graphs_get_a_seeded_betweenness_estimate_close_to_the_exact_one(monkeypatch):
    import kg.analysis as analysis

    graph = typed_random_graph(2000, 8000)
    enrich(graph)
    exact = {n: graph.nodes[n]["betweenness"] for n in graph}
    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS_WORK", 1000)
    monkeypatch.setattr(analysis, "BETWEENNESS_SOURCES", 400)
    how = enrich(graph)
    assert how.startswith("betweenness estimated from 400 of 2,000 sources (seed 42)")
    estimate = {n: graph.nodes[n]["betweenness"] for n in graph}
    top = sorted(exact, key=exact.get, reverse=True)[:20]
    assert sum(estimate[n] for n in top) == pytest.approx(sum(exact[n] for n in top), rel=0.1)
    enrich(graph)
    assert {n: graph.nodes[n]["betweenness"] for n in graph} == estimate  # the same sample every time


def test_graphml_says_how_the_measures_were_computed(seed_build, tmp_path):
    from kg.analysis import gephi_view

    view = gephi_view(seed_build.knowledge)
    write_graphml(view, tmp_path / "g.graphml", NODE_KEYS + NODE_ANALYSIS_KEYS)
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8").splitlines()[1] == \
        f"<!-- kg: {view.graph['measures']} -->"
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == view.number_of_nodes()
