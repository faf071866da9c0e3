"""The GraphML file against the contract Gephi and other tools read."""
import xml.etree.ElementTree as ET

import networkx as nx

from kg.build import BuildOptions, build
from kg.export.graphml import write_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def test_seed_graphml_follows_the_contract(seed_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(seed_graph, path)
    root = ET.parse(path).getroot()
    keys = {(k.get("for"), k.get("attr.name")): (k.get("id"), k.get("attr.type")) for k in root.findall("g:key", NS)}
    assert keys[("node", "label")] == ("label", "string")
    assert keys[("node", "mentions")] == ("mentions", "int")
    assert keys[("edge", "weight")] == ("weight", "double")
    assert {f for f, _ in keys} == {"node", "edge"}
    assert all(not key_id.startswith("d") for key_id, _ in keys.values())
    graph = root.find("g:graph", NS)
    assert graph.get("edgedefault") == "undirected"
    assert not graph.findall("g:data", NS)
    edge_ids = [e.get("id") for e in graph.findall("g:edge", NS)]
    assert len(edge_ids) == len(set(edge_ids)) == seed_graph.number_of_edges()
    pairs = [frozenset((e.get("source"), e.get("target"))) for e in graph.findall("g:edge", NS)]
    assert len(pairs) == len(set(pairs))
    back = nx.read_graphml(path)
    zhuang = next(d for _, d in back.nodes(data=True) if d["label"] == "庄悦群")
    assert zhuang["type"] == "PERSON" and "市委书记" in zhuang["titles"].split("|")
    assert isinstance(zhuang["mentions"], int)


def test_control_characters_never_reach_the_file(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("■记者 张伟\n\n本报讯 市委书记陈\x0c明会见高州市\x07委书记王琛。\x0c\n", encoding="utf-8")
    result = build([str(page)], BuildOptions(home="茂名市"))
    out = tmp_path / "g.graphml"
    write_graphml(result.knowledge.to_networkx(), out)
    data = out.read_bytes()
    assert b"\x0c" not in data and b"\x07" not in data
    ET.parse(out)
    assert "陈明" in {d["label"] for _, d in result.knowledge.to_networkx().nodes(data=True)}


def test_odd_names_round_trip_through_graphml(tmp_path):
    from .test_neo4j import odd_names_graph

    names, knowledge = odd_names_graph()
    out = tmp_path / "odd.graphml"
    write_graphml(knowledge.to_networkx(), out)
    back = nx.read_graphml(out)
    assert sorted(d["label"] for _, d in back.nodes(data=True) if d["type"] == "ORG") == sorted(names)
    assert back.number_of_edges() == knowledge.to_networkx().number_of_edges()
