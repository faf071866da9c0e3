"""Per-page cache and worker processes: an incremental build equals a cold build."""
import networkx as nx

from kg.build import BuildOptions, build

from .conftest import SEEDS


def graph_facts(graph):
    nodes = {d["label"]: (d["type"], d["mentions"], d["articles"], tuple(d["aliases"]), tuple(d["titles"]))
             for _, d in graph.nodes(data=True)}
    edges = {frozenset((graph.nodes[a]["label"], graph.nodes[b]["label"])):
             (d["relation"], d["count"], round(d["weight"], 12), tuple(d["title"]), tuple(d["article_ids"]))
             for a, b, d in graph.edges(data=True)}
    return nodes, edges


def test_adding_a_page_rereads_only_that_page_and_equals_a_cold_build(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    first, second = sorted(SEEDS.glob("*.txt"))
    (corpus / first.name).write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    cache = str(tmp_path / "cache")
    warm = build([str(corpus)], BuildOptions(cache_dir=cache, workers=1))
    assert warm.cached_pages == 0
    (corpus / second.name).write_text(second.read_text(encoding="utf-8"), encoding="utf-8")
    incremental = build([str(corpus)], BuildOptions(cache_dir=cache, workers=1))
    assert (incremental.pages, incremental.cached_pages) == (2, 1)
    cold = build([str(corpus)], BuildOptions(use_cache=False, workers=2))
    assert graph_facts(incremental.knowledge.to_networkx()) == graph_facts(cold.knowledge.to_networkx())
    assert nx.utils.graphs_equal(incremental.knowledge.to_networkx(), cold.knowledge.to_networkx())


def test_worker_processes_give_the_same_graph_as_one_process(seed_build):
    parallel = build([str(SEEDS)], BuildOptions(use_cache=False, workers=2))
    assert graph_facts(parallel.knowledge.to_networkx()) == graph_facts(seed_build.knowledge.to_networkx())
