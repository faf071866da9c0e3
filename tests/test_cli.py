"""The command line, through click's CliRunner."""
import json

import networkx as nx
import pytest

from click.testing import CliRunner

from kg.cli import main

from .conftest import SEEDS


def test_build_writes_graphml_and_prints_a_summary(tmp_path, seed_build):
    out = tmp_path / "out" / "graph.graphml"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--graphml", str(out), "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    summary = seed_build.knowledge.summary()
    assert result.output.splitlines() == [
        "pages 2  articles 13  home 茂名市 (广东省)",
        "entities " + "  ".join(f"{t} {summary[t]}" for t in ("PERSON", "PLACE", "ORG", "PROGRAMME"))
        + f"  nodes {summary['nodes']}  edges {summary['edges']}",
        "pages without a date: 2",
        f"wrote {out} ({summary['nodes']} nodes, {summary['edges']} edges)",
    ]
    assert out.read_text(encoding="utf-8").startswith("<?xml")


def test_the_written_line_describes_the_filtered_graph(tmp_path):
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--graphml", str(out), "--types", "PERSON,ORG",
                                       "--min-weight", "0.8", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = nx.read_graphml(out)
    assert result.output.splitlines()[-1] == \
        f"wrote {out} ({written.number_of_nodes()} nodes, {written.number_of_edges()} edges)"
    assert {d["type"] for _, d in written.nodes(data=True)} == {"PERSON", "ORG"}


@pytest.mark.parametrize("arguments, message", [
    ([], "kg: error: nothing to write: give --graphml FILE, --gexf FILE, --png FILE, --neo4j-csv DIR or --neo4j URI"),
    (["--graphml", "g.graphml", "--backbone", "nosuchmodel", "--workers", "2"],
     "kg: error: backbone 'nosuchmodel' is not installed: use 'lac' or an installed spaCy zh pipeline "
     "(a package name or a folder)"),
    (["--graphml", "g.graphml", "--encoding", "nosuch"], "kg: error: --encoding nosuch: unknown encoding (try utf-8 or gb18030)"),
    (["--graphml", "g.graphml", "--types", "PEOPLE"],
     "kg: error: --types: unknown type PEOPLE (use PERSON,PLACE,ORG,PROGRAMME)"),
    (["--neo4j", "http://127.0.0.1:7474"],
     "kg: error: neo4j: http://127.0.0.1:7474 is not a Bolt URI: use bolt://HOST:7687 or neo4j://HOST:7687 "
     "(port 7474 serves Neo4j Browser over HTTP, not the driver)"),
])
def test_mistakes_are_one_line_before_any_work(tmp_path, arguments, message):
    result = CliRunner().invoke(main, ["build", str(SEEDS), *arguments])
    assert (result.exit_code, result.output.splitlines()) == (1, [message])
    assert not (tmp_path / "g.graphml").exists()


def test_weights_outside_zero_to_one_are_refused():
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--graphml", "g.graphml", "--min-weight", "2"])
    assert result.exit_code == 2 and "0<=x<=1" in result.output


def test_an_unknown_home_city_is_warned_about(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS / "003_b22435f0da40d994.txt"), "--home", "大荒城",
                                       "--graphml", str(tmp_path / "g.graphml"), "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "kg: warning: --home 大荒城: not a city in the lexicon (cities.tsv); its province is unknown" in result.output


def test_every_command_has_a_summary_and_an_example():
    listing = CliRunner().invoke(main, ["--help"]).output
    for command in ("build", "query", "extract", "eval"):
        summary = main.commands[command].get_short_help_str(limit=200)
        assert f"{command}  {summary}" in " ".join(listing.split()).replace(f"{command} ", f"{command}  ", 1) \
            or summary in " ".join(listing.split())
        assert not summary.endswith("...")
        assert "Example:" in CliRunner().invoke(main, [command, "--help"]).output


def test_extract_prints_articles_as_json_lines():
    result = CliRunner().invoke(main, ["extract", str(SEEDS / "003_b22435f0da40d994.txt")])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    first = rows[0]
    assert first["byline"] == [{"name": "赵艺", "role": "记者", "org": ""}] and first["rejected_byline"] == ["茂新"]
    zhuang = [e for row in rows for e in row["entities"] if e["text"] == "庄悦群" and "titles" in e]
    assert any(t["title"] == "市委书记" for e in zhuang for t in e["titles"])


def test_missing_input_is_one_line_and_non_zero(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--graphml", str(tmp_path / "g.graphml")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"kg: error: {tmp_path / 'nope'}: no such file or folder"]
    assert "Traceback" not in result.output


def test_bad_files_are_skipped_with_a_warning(tmp_path):
    (tmp_path / "good.txt").write_text((SEEDS / "003_b22435f0da40d994.txt").read_text(encoding="utf-8"), encoding="gb18030")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin.txt").write_text("only latin text here\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--graphml", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("kg: warning")]
    assert len(warnings) == 3 and any("empty.txt: empty file" in w for w in warnings)
    assert "pages 1" in result.output


def test_failed_build_keeps_earlier_output(tmp_path):
    out = tmp_path / "g.graphml"
    out.write_text("earlier", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "--graphml", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "earlier"


def test_traditional_characters_and_utf16_pages_build(tmp_path):
    (tmp_path / "trad.txt").write_text("■記者 張偉\n\n本報訊 近日，市委書記陳明到高州市調研鄉村振興工作。\n", encoding="utf-16")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--graphml", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.output
    assert "pages 1" in result.output and "PERSON 0" not in result.output  # 陳明, by LAC and the surname table


def test_a_five_megabyte_single_line_page_builds(tmp_path):
    sentence = "市委书记庄悦群到高州市调研乡村振兴工作，强调要推进“百千万工程”"
    line = ("。".join([sentence] * 3) + "，" + "数据" * 400) * 40
    page = tmp_path / "huge.txt"
    page.write_text(line * (5_000_000 // len(line.encode("utf-8")) + 1), encoding="utf-8")
    assert page.stat().st_size >= 5_000_000
    result = CliRunner().invoke(main, ["build", str(page), "--graphml", str(tmp_path / "g.graphml"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "PERSON 1 " in result.output and "PROGRAMME 2" in result.output  # 庄悦群; 百千万工程, 乡村振兴


def built_page(tmp_path, text, *options):
    """The GraphML graph `kg build` writes for one page of ``text`` built with ``options``."""
    page, out = tmp_path / "page.txt", tmp_path / "g.graphml"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(page), "--graphml", str(out), "--cache-dir", str(tmp_path),
                                       *options])
    assert result.exit_code == 0, result.output
    return nx.read_graphml(out)


def nodes_by_label(graph):
    return {data["label"]: data for _, data in graph.nodes(data=True)}


@pytest.mark.parametrize("paper", ["清江日报", ""])
def test_the_paper_named_by_paper_is_what_benbao_means(tmp_path, paper):
    graph = built_page(tmp_path, "本报讯（记者 陶小川）3月2日，市委书记韩松到石滩镇调研乡村振兴工作。\n",
                       "--home", "清江市", *(["--paper", paper] if paper else []))
    labels = {data["label"]: node for node, data in graph.nodes(data=True)}
    assert "本报" not in labels
    if not paper:  # no node 本报, which would merge every paper into one
        assert not [label for label in labels if "日报" in label]
        return
    assert graph.nodes[labels["清江日报"]]["aliases"] == "本报"
    edge = graph.edges[labels["陶小川"], labels["清江日报"]]
    assert (edge["relation"], edge["title"]) == ("HOLDS_ROLE", "记者")


def test_a_prefecture_paper_names_its_prefecture_bodies_and_a_city_keeps_its_own(tmp_path):
    graph = built_page(tmp_path, "本报讯 3月5日，州委书记王明、泰州市长李强到合作市调研牦牛产业。\n",
                       "--home", "甘南藏族自治州")
    roles = {(graph.nodes[a]["label"], graph.nodes[b]["label"], d["title"]) for a, b, d in graph.edges(data=True)
             if d["relation"] == "HOLDS_ROLE"}
    assert {tuple(sorted(pair[:2])) + pair[2:] for pair in roles} == {
        ("王明", "甘南州委", "州委书记"), ("李强", "泰州市政府", "市长")}  # the prefecture's short name, as printed


def test_a_city_printed_before_a_county_body_is_a_place_and_the_body_the_county_s(tmp_path):
    nodes = nodes_by_label(built_page(tmp_path, "本报讯 近日，白水市青山县委常委、组织部长王丽率队到石滩镇考察。\n",
                                      "--home", "茂名市"))
    assert nodes["青山县委"]["aliases"] == "白水市青山县委" and nodes["白水市"]["type"] == "PLACE"
    assert "白水市青山县委" not in nodes


def test_a_body_printed_short_is_named_in_full_with_its_printed_form_kept(tmp_path):
    nodes = nodes_by_label(built_page(tmp_path, "本报讯 县委常委、县委办主任王丽到石滩镇调研。\n", "--home", "青山县"))
    assert nodes["青山县委办公室"]["aliases"] == "县委办" and "县委办主任" in nodes["王丽"]["titles"]
