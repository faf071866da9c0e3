"""The GraphML `kg build` writes, opened by Gephi's own importer (gephi-toolkit, headless)."""
import shutil

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.gephi.gephi_check import gephi_import

from .conftest import SEEDS

pytestmark = pytest.mark.gephi


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    if not (shutil.which("java") and shutil.which("mvn")):
        pytest.fail("the Gephi check needs Java 17 and Maven (see README)")
    out = tmp_path_factory.mktemp("gephi") / "graph.graphml"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--graphml", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    import networkx as nx

    return nx.read_graphml(out), gephi_import(out)


def test_gephi_reports_no_issues_and_same_counts(imported):
    ours, gephi = imported
    assert gephi["issues"] == []
    assert (gephi["nodes"], gephi["edges"]) == (ours.number_of_nodes(), ours.number_of_edges())
    assert gephi["directed"] is False and gephi["directed_edges"] == 0


def test_labels_are_the_canonical_names(imported):
    ours, gephi = imported
    assert gephi["labels"] == {node: data["label"] for node, data in ours.nodes(data=True)}
    assert "庄悦群" in gephi["labels"].values()


def test_columns_arrive_with_their_types(imported):
    _, gephi = imported
    columns = gephi["node_columns"]
    assert columns["type"] == "String" and columns["titles"] == "String" and columns["aliases"] == "String"
    assert columns["mentions"] == "Integer" and columns["articles"] == "Integer"
    assert gephi["edge_columns"]["count"] == "Integer" and gephi["edge_columns"]["relation"] == "String"
    assert not any(" [" in name for name in {**columns, **gephi["edge_columns"]})  # one column per attribute


def test_measures_and_visual_attributes(imported):
    ours, gephi = imported
    columns = gephi["node_columns"]
    assert columns["degree"] == "Integer" and columns["community"] == "Integer"
    assert columns["weighted_degree"] == "Double" and columns["betweenness"] == "Double"
    assert not {"r", "g", "b", "size"} & set(columns)  # taken as Gephi's own colour and size
    colours = {gephi["node_colors"][n] for n, d in ours.nodes(data=True) if d["type"] == "PERSON"}
    assert len(colours) == 1 and None not in colours
    assert len({gephi["node_colors"][n] for n in ours}) == 4  # one colour per type
    assert len(set(gephi["node_sizes"].values())) > 3


def test_edge_weight_is_gephis_weight(imported):
    ours, gephi = imported
    weights = {frozenset((e["source"], e["target"])): e["weight"] for e in gephi["edge_weights"]}
    for a, b, data in ours.edges(data=True):
        assert weights[frozenset((a, b))] == pytest.approx(data["weight"])


def test_gephi_reads_the_gexf_as_a_dynamic_graph(tmp_path):
    from datetime import datetime, timezone

    from kg.build import BuildOptions, build
    from kg.export.gexf import write_gexf

    root = tmp_path / "dated"
    for day, source in zip(("2024-01-05", "2024-03-02"), sorted(SEEDS.glob("*.txt"))):
        (root / day).mkdir(parents=True)
        (root / day / "page01.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    knowledge = build([str(root)], BuildOptions(use_cache=False)).knowledge
    out = tmp_path / "graph.gexf"
    write_gexf(knowledge, out)
    gephi = gephi_import(out)
    view = knowledge.to_networkx()
    assert [i for i in gephi["issues"] if i["level"] in ("SEVERE", "CRITICAL")] == []
    assert (gephi["nodes"], gephi["edges"]) == (view.number_of_nodes(), view.number_of_edges())
    assert gephi["timed_nodes"] == gephi["nodes"]  # every node of dated pages has its spells
    assert gephi["timed_edges"] == len(knowledge.co_occurs) and gephi["dynamic_weight_edges"] > 0
    low, high = (datetime.fromtimestamp(t / 1000, timezone.utc).date().isoformat() for t in gephi["time_bounds"])
    assert (low, high) == ("2024-01-01", "2024-03-31")  # the first and last month, whole
