"""Loading into a real Neo4j 5.26 (started by `make neo4j-up` / .ci/run) and the Cypher library.

Outside CI these tests skip when no server answers; in CI (CI=true) they never skip.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from kg.build import BuildOptions, build
from kg.cli import main
from kg.export.neo4j import Neo4jError, Neo4jTarget, connect, load, run_query
from kg.graph import build_graph
from kg.lexicons import Lexicons
from kg.records import ORG, PERSON, Article, ArticleMentions, Mention, Sentence

from .conftest import ROOT, SEEDS

URI = os.environ.get("KG_TEST_NEO4J_URI", "bolt://127.0.0.1:7687")
TARGET = Neo4jTarget(URI, "neo4j", os.environ.get("KG_TEST_NEO4J_PASSWORD", "kgpassword"))
CYPHER = ROOT / "cypher"

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def server():
    try:
        connect(TARGET, retries=3, wait=1).close()
    except Neo4jError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs the Neo4j server: {error}")
        pytest.skip(f"no Neo4j server: {error} (run make neo4j-up)")
    return TARGET


def facts(target: Neo4jTarget) -> dict:
    """Counts that must not change when the same pages are loaded again."""
    _, rows = run_query(target, """
        MATCH (n) WITH labels(n)[0] AS label, count(*) AS n, sum(coalesce(n.mentions, 0)) AS mentions
        RETURN collect([label, n, mentions]) AS nodes""", {})
    _, rels = run_query(target, """
        MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n, sum(coalesce(r.count, 0)) AS total
        RETURN collect([type, n, total]) AS rels""", {})
    return {"nodes": sorted(map(tuple, rows[0][0])), "rels": sorted(map(tuple, rels[0][0]))}


@pytest.fixture
def loaded(server, seed_build):
    """The seed graph, loaded afresh: tests that load other graphs may run before."""
    load(seed_build.knowledge, server, batch_size=50, replace=True)
    return server


def query(target, file, **parameters):
    columns, rows = run_query(target, (CYPHER / file).read_text(encoding="utf-8"), parameters)
    return [dict(zip(columns, row)) for row in rows]


def test_library_has_commented_parameterised_files():
    files = sorted(CYPHER.glob("*.cypher"))
    assert len(files) >= 8
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("//") and ":param" in text and "kg query" in text


def test_titles_at_organisations(loaded):
    rows = query(loaded, "01_titles_at_organisations.cypher", name="庄悦群")
    pairs = {(r["title"], r["organisation"]) for r in rows}
    assert {("市委书记", "茂名市委"), ("市人大常委会主任", "茂名市人大常委会")} <= pairs
    everyone = query(loaded, "01_titles_at_organisations.cypher", name="")
    assert ("王琛", "市委书记", "玉林市委") in {(r["person"], r["title"], r["organisation"]) for r in everyone}


def test_people_with_a_person(loaded):
    rows = query(loaded, "02_people_with_person.cypher", name="庄悦群")
    people = {r["person"]: r for r in rows}
    assert "王雄飞" in people
    assert any("林长令" in h for h in people["王雄飞"]["headlines"])


def test_most_connected_people(loaded):
    rows = query(loaded, "03_most_connected_people.cypher", limit=5)
    assert len(rows) == 5
    assert [r["weighted_degree"] for r in rows] == sorted((r["weighted_degree"] for r in rows), reverse=True)
    assert "庄悦群" in {r["person"] for r in rows}


def test_programme_links(loaded):
    rows = query(loaded, "04_programme_links.cypher", programme="百千万工程")
    kinds = {(r["kind"], r["name"]) for r in rows}
    assert ("Place", "茂名市") in kinds and ("Place", "高州市") in kinds
    assert any(kind == "Organization" for kind, _ in kinds)


def test_shortest_path(loaded):
    rows = query(loaded, "05_shortest_path_between_people.cypher", **{"from": "王琛", "to": "吴卫华"})
    assert rows and rows[0]["chain"][0] == "王琛" and rows[0]["chain"][-1] == "吴卫华" and rows[0]["hops"] == 3


def test_articles_mentioning_both(loaded):
    rows = query(loaded, "06_articles_mentioning_both.cypher", a="庄悦群", b="百千万工程")
    assert len(rows) >= 2 and all(r["article"].startswith("003_") for r in rows)


def test_neighbourhood_and_programmes_and_lookup_and_reporters(loaded):
    neighbours = {r["neighbour"] for r in query(loaded, "07_person_neighbourhood.cypher", name="庄悦群", limit=50)}
    assert {"茂名市委", "王雄飞"} <= neighbours
    programmes = query(loaded, "08_programmes_by_organisations.cypher", limit=20)
    assert programmes[0]["organisations"] >= 1
    assert "百千万工程" in {r["programme"] for r in programmes}
    assert query(loaded, "09_find_entity.cypher", name="我市")[0]["name"] == "茂名市"
    reporters = {r["name"]: r for r in query(loaded, "10_reporters.cypher", limit=50)}
    assert reporters["赵艺"]["articles"] == 2 and reporters["赵艺"]["role"] == "记者"


def test_loading_twice_changes_nothing_and_replace_clears(loaded, seed_build):
    before = facts(loaded)
    load(seed_build.knowledge, loaded, batch_size=7)
    assert facts(loaded) == before
    load(seed_build.knowledge, loaded, replace=True)
    assert facts(loaded) == before


def test_new_pages_merge_into_the_same_nodes(server, seed_build, tmp_path):
    first, second = sorted(SEEDS.glob("*.txt"))
    load(build([str(first)], BuildOptions(workers=1, home="茂名市")).knowledge, server, replace=True)
    load(build([str(second)], BuildOptions(workers=1, home="茂名市")).knowledge, server)
    city = query(server, "09_find_entity.cypher", name="茂名市")
    assert len(city) == 1
    assert city[0]["mentions"] == next(d["mentions"] for _, d in seed_build.knowledge.to_networkx().nodes(data=True)
                                       if d["label"] == "茂名市")
    load(seed_build.knowledge, server, replace=True)


def odd_names_graph():
    names = ['引号"与\'撇号', "反斜杠\\路径", "花括号{x}与$y", "竖线|分隔", "换行\n名字"]
    mentions = tuple(Mention(name, ORG, 0, 0, 1) for name in names) + (Mention("张伟", PERSON, 0, 0, 1),)
    article = Article("odd#1", "odd.txt", "article", "标题", (), (), (Sentence("x", ((0, 0),)),))
    return names, build_graph([ArticleMentions(article, mentions)], Lexicons.load(), home="茂名市")


def test_odd_names_round_trip(server):
    names, knowledge = odd_names_graph()
    load(knowledge, server, replace=True)
    _, rows = run_query(server, "MATCH (o:Organization) RETURN o.name ORDER BY o.name", {})
    assert sorted(r[0] for r in rows) == sorted(names)
    for name in names:
        _, found = run_query(server, "MATCH (o:Organization {name: $name})-[:CO_OCCURS]-(p:Person) RETURN p.name",
                             {"name": name})
        assert found == [["张伟"]]


def test_kg_query_prints_a_table(loaded):
    result = CliRunner().invoke(main, ["query", str(CYPHER / "01_titles_at_organisations.cypher"), "--param",
                                       "name=庄悦群", "--neo4j", URI, "--password", TARGET.password])
    assert result.exit_code == 0, result.output
    assert "茂名市委" in result.output and "rows" in result.output


def test_unreachable_server_and_wrong_password_are_one_line(server, tmp_path):
    page = str(SEEDS / "003_b22435f0da40d994.txt")
    runner = CliRunner()
    down = runner.invoke(main, ["build", page, "--neo4j", "bolt://127.0.0.1:1", "--password", "x", "--no-cache"])
    wrong = runner.invoke(main, ["build", page, "--neo4j", URI, "--password", "wrong-password", "--no-cache"])
    for result, words in ((down, "cannot reach"), (wrong, "authentication failed")):
        assert result.exit_code == 1
        lines = [line for line in result.output.splitlines() if line.startswith("kg: error")]
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output
    missing = runner.invoke(main, ["build", page, "--neo4j", URI, "--password", TARGET.password, "--database", "nope"])
    assert missing.exit_code == 1 and "does not exist" in missing.output


def test_load_killed_half_way_then_rerun_equals_a_clean_load(loaded, seed_build, tmp_path):
    load(seed_build.knowledge, loaded, replace=True)
    clean = facts(loaded)
    run_query(loaded, "MATCH (n) DETACH DELETE n", {})
    command = [sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--neo4j", URI, "--password", TARGET.password,
               "--batch-size", "1", "--quiet", "--workers", "1", "--cache-dir", str(tmp_path / "cache")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        _, rows = run_query(loaded, "MATCH ()-[r:MENTIONED_IN]->() RETURN count(r)", {})
        if rows[0][0] > 5:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    half = facts(loaded)
    assert half != clean  # it really stopped half-way
    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert facts(loaded) == clean


def test_neo4j_browser_runs_a_library_query(loaded, tmp_path):
    """Headless Chromium (Debian's) opens Neo4j Browser, connects and runs a query from cypher/."""
    from .neo4j_browser import screenshot_browser_query

    body = "\n".join(line for line in (CYPHER / "09_find_entity.cypher").read_text(encoding="utf-8").splitlines()
                     if not line.startswith("//")).replace("$name", "'我市'").rstrip(";")
    screenshot = tmp_path / "browser.png"
    text = screenshot_browser_query("http://127.0.0.1:7474/browser/", "neo4j", loaded.password, body, str(screenshot))
    assert "茂名市" in text
    assert screenshot.stat().st_size > 10_000


def terminal_command(file) -> list[str]:
    """The ``kg query`` arguments a Cypher file's header shows for the terminal."""
    line = next(l for l in file.read_text(encoding="utf-8").splitlines() if l.startswith("// Terminal:"))
    words = line.split("kg query", 1)[1].split()
    return ["query", str(ROOT / words[0]), *words[1:]]


@pytest.fixture(scope="module")
def dated_build(tmp_path_factory):
    """The seed pages filed on two days, as a dated archive is."""
    root = tmp_path_factory.mktemp("dated")
    for day, source in zip(("2024-01-05", "2024-03-02"), sorted(SEEDS.glob("*.txt"))):
        (root / day).mkdir()
        (root / day / "page01.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return build([str(root)], BuildOptions(use_cache=False))


@pytest.mark.parametrize("file", sorted(CYPHER.glob("*.cypher")), ids=lambda f: f.name)
def test_every_library_file_runs_through_kg_query_as_its_header_shows(server, request, file):
    if "Needs dated pages" in file.read_text(encoding="utf-8"):
        load(request.getfixturevalue("dated_build").knowledge, server, batch_size=50, replace=True)
    else:
        request.getfixturevalue("loaded")
    runner = CliRunner()
    server_args = ["--neo4j", URI, "--password", TARGET.password]
    table = runner.invoke(main, [*terminal_command(file), *server_args])
    assert table.exit_code == 0, table.output
    data = runner.invoke(main, [*terminal_command(file), *server_args, "--format", "json"])
    assert data.exit_code == 0, data.output
    rows = json.loads(data.output)
    assert rows, f"{file.name}: its header example returns nothing on the seed graph"
    assert table.output.rstrip().endswith(f"{len(rows)} row" + ("" if len(rows) == 1 else "s"))
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows


def test_query_results_with_nodes_and_paths_are_rendered(loaded):
    server_args = ["--neo4j", URI, "--password", TARGET.password]
    path = CliRunner().invoke(main, [*terminal_command(CYPHER / "05_shortest_path_between_people.cypher"),
                                     *server_args, "--format", "csv"])
    assert path.exit_code == 0, path.output
    chain = next(csv.DictReader(io.StringIO(path.output)))["path"]
    assert chain.startswith("王琛 ") and chain.endswith(" 吴卫华") and "-[" in chain
    data = CliRunner().invoke(main, [*terminal_command(CYPHER / "07_person_neighbourhood.cypher"), *server_args,
                                     "--format", "json"])
    first = json.loads(data.output)[0]
    assert first["p"] == {"labels": ["Entity", "Person"], "properties": first["p"]["properties"]}
    assert first["p"]["properties"]["name"] == "庄悦群" and first["r"]["type"] in ("CO_OCCURS", "HOLDS_ROLE")


def test_organisations_are_located_in_the_place_their_name_starts_with(loaded, seed_build):
    rows = query(loaded, "11_organisations_of_a_place.cypher", place="高州市", programme="")
    assert {"高州市委", "高州市政府"} <= {r["organisation"] for r in rows}
    _, located = run_query(loaded, "MATCH (o:Organization)-[r:LOCATED_IN]->(p:Place) RETURN count(r)", {})
    assert located[0][0] == len(seed_build.knowledge.located_in) > 0


def test_time_on_the_loaded_graph(server, dated_build):
    load(dated_build.knowledge, server, replace=True)
    _, rows = run_query(server, "MATCH (a:Article) RETURN DISTINCT toString(a.date) ORDER BY 1", {})
    assert [r[0] for r in rows] == ["2024-01-05", "2024-03-02"]
    _, city = run_query(server, "MATCH (p:Place {name: '茂名市'}) RETURN toString(p.first_seen), toString(p.last_seen)", {})
    assert city == [["2024-01-05", "2024-03-02"]]
    months = query(server, "15_link_over_time.cypher", a="庄悦群", b="百千万工程")
    link = next(c for c in dated_build.knowledge.co_occurs
                if {dated_build.knowledge.by_id[c.a].name, dated_build.knowledge.by_id[c.b].name} == {"庄悦群", "百千万工程"})
    assert [(r["month"], r["sentences"]) for r in months] == list(link.periods)
    first = query(server, "14_first_appearances.cypher", since="2024-03-01", until="2024-03-31")
    assert first and all(str(r["first_seen"]) == "2024-03-02" for r in first)
