"""`kg build --neo4j-csv` through the real `neo4j-admin database import full` (.ci/neo4j/admin).

The import is served by a second local Neo4j (`.ci/neo4j/up` with its own run dir and ports),
and must give the graph model and what the Bolt loader writes into the main test server.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
from datetime import date

import neo4j.time
import pytest
from click.testing import CliRunner

from kg.build import BuildOptions, build
from kg.cli import main
from kg.export.common import LABELS
from kg.export.neo4j import Neo4jTarget, connect, load, run_query
from kg.export.neo4j_csv import ARRAY, write_neo4j_csv

from .conftest import ROOT, SEEDS
from .test_neo4j import CYPHER, TARGET, server, terminal_command  # noqa: F401 (server: a fixture)

NEO4J_CI = ROOT / ".ci" / "neo4j"

pytestmark = pytest.mark.neo4j


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def pages_build(tmp_path_factory):
    """The seed pages, one of them dated: dates, and the nulls of undated articles, both go through."""
    root = tmp_path_factory.mktemp("pages")
    undated, dated = sorted(SEEDS.glob("*.txt"))
    shutil.copy(undated, root)
    (root / "2024-03-02").mkdir()
    shutil.copy(dated, root / "2024-03-02")
    return build([str(root)], BuildOptions(use_cache=False))


@pytest.fixture(scope="module")
def bolt_loaded(server, pages_build):
    load(pages_build.knowledge, server, replace=True)
    return server


@pytest.fixture(scope="module")
def imported(server, pages_build, tmp_path_factory):
    """A second server on a home filled by neo4j-admin from the CSV files, then given schema.cypher."""
    installed = (NEO4J_CI / "lib" / ".complete").exists()
    if not shutil.which("java") or not (installed or shutil.which("mvn")):
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs Java and Maven for neo4j-admin")
        pytest.skip("neo4j-admin needs Java and Maven (see make neo4j-up)")
    run = tmp_path_factory.mktemp("neo4j-import")
    files = write_neo4j_csv(pages_build.knowledge, run / "csv")
    csv_files = [f for f in files if f.suffix == ".csv"]
    kinds = {f: "--relationships" if ":START_ID" in f.open(encoding="utf-8").readline() else "--nodes"
             for f in csv_files}
    report = run / "import.report"
    env = {**os.environ, "NEO4J_HOME": str(run / "home"), "NEO4J_RUN_DIR": str(run), "NEO4J_HEAP": "512m",
           "NEO4J_BOLT_PORT": str(free_port()), "NEO4J_HTTP_PORT": str(free_port()),
           "NEO4J_PASSWORD": TARGET.password}
    # The README's recipe, over every file written; the name goes first, or --relationships takes it for a file.
    admin = subprocess.run(["bash", str(NEO4J_CI / "admin"), "database", "import", "full", "neo4j",
                            f"--array-delimiter={ARRAY}", f"--report-file={report}",
                            *(f"{kinds[f]}={f}" for f in csv_files)],
                           env=env, capture_output=True, text=True)
    assert admin.returncode == 0, admin.stdout[-3000:] + admin.stderr[-3000:]
    assert not report.exists() or not report.read_text(encoding="utf-8"), report.read_text(encoding="utf-8")
    try:
        up = subprocess.run(["bash", str(NEO4J_CI / "up")], env=env, capture_output=True, text=True)
        assert up.returncode == 0, up.stdout + up.stderr
        target = Neo4jTarget(f"bolt://127.0.0.1:{env['NEO4J_BOLT_PORT']}", "neo4j", TARGET.password)
        script = "\n".join(l for l in (run / "csv" / "schema.cypher").read_text(encoding="utf-8").splitlines()
                           if not l.startswith("//"))
        driver = connect(target)
        with driver, driver.session() as session:
            for statement in filter(str.strip, script.split(";")):
                session.run(statement).consume()
        yield target
    finally:
        subprocess.run(["bash", str(NEO4J_CI / "down")], env=env, capture_output=True)
        shutil.rmtree(run / "home")  # 0.5 GB, mostly preallocated transaction logs


def shape(target: Neo4jTarget) -> dict:
    """Counts per label and relationship type, and per property key and type of value."""
    queries = {
        "labels": "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*)",
        "types": "MATCH ()-[r]->() RETURN type(r), count(*)",
        "node keys": "MATCH (n) UNWIND labels(n) AS label UNWIND keys(n) AS key "
                     "RETURN label, key, valueType(n[key]), count(*)",
        "relationship keys": "MATCH ()-[r]->() UNWIND keys(r) AS key RETURN type(r), key, valueType(r[key]), count(*)",
    }
    return {name: {json.dumps(row, ensure_ascii=False) for row in run_query(target, query, {})[1]}
            for name, query in queries.items()}


def same(imported: dict, loaded: dict):
    for name in loaded:
        assert imported[name] == loaded[name], \
            f"{name}: import only {imported[name] - loaded[name]}, Bolt only {loaded[name] - imported[name]}"


def contents(target: Neo4jTarget) -> dict:
    """Every node and relationship with its properties (ends by their properties: ids differ).

    Label order is that of the stores' label ids, which an import assigns differently: sorted here."""
    _, nodes = run_query(target, "MATCH (n) RETURN labels(n), properties(n)", {})
    _, links = run_query(target, "MATCH (a)-[r]->(b) RETURN type(r), properties(r), properties(a), properties(b)", {})
    return {name: {json.dumps(row, sort_keys=True, default=str, ensure_ascii=False) for row in rows}
            for name, rows in (("nodes", [[sorted(labels), properties] for labels, properties in nodes]),
                               ("relationships", links))}


def test_import_has_the_counts_of_the_model_and_of_a_bolt_load(imported, bolt_loaded, pages_build):
    knowledge = pages_build.knowledge
    model = {"labels": {label: sum(LABELS[n.type] == label for n in knowledge.nodes) for label in LABELS.values()}
             | {"Article": len(knowledge.articles)},
             "types": {"MENTIONED_IN": len(knowledge.mentioned_in), "WROTE": len(knowledge.wrote),
                       "CO_OCCURS": len(knowledge.co_occurs), "HOLDS_ROLE": len(knowledge.roles),
                       "LOCATED_IN": len(knowledge.located_in)}}
    found = {name: dict(map(json.loads, rows)) for name, rows in shape(imported).items() if name in model}
    assert {name: {key: found[name].get(key) for key in counts} for name, counts in model.items()} == model
    same(shape(imported), shape(bolt_loaded))
    same(contents(imported), contents(bolt_loaded))


def test_properties_keep_their_types(imported):
    _, rows = run_query(imported, """
        MATCH (n)-[:MENTIONED_IN]->(a:Article) WHERE a.date IS NOT NULL AND size(n.aliases) > 0
        MATCH (n)-[c:CO_OCCURS]-()
        RETURN a.date, n.first_seen, n.aliases, n.titles, n.mentions, c.count, c.weight, c.article_counts LIMIT 1""",
                         {})
    day, first_seen, aliases, titles, mentions, count, weight, counts = rows[0]
    assert isinstance(day, neo4j.time.Date) and day.to_native() == date(2024, 3, 2)
    assert isinstance(first_seen, neo4j.time.Date)
    assert isinstance(aliases, list) and isinstance(titles, list) and all(isinstance(a, str) for a in aliases)
    assert isinstance(mentions, int) and isinstance(count, int) and isinstance(weight, float)
    assert counts and all(isinstance(c, int) for c in counts)
    _, undated = run_query(imported, "MATCH (a:Article) WHERE a.date IS NULL RETURN count(a), collect(a.page)[0]", {})
    assert undated[0][0] > 0 and undated[0][1] == ""  # no date is null, no page is ""


@pytest.mark.parametrize("file", sorted(CYPHER.glob("*.cypher")), ids=lambda f: f.name)
def test_library_queries_give_the_same_rows_on_both(imported, bolt_loaded, file):
    results = []
    for target in (imported, bolt_loaded):
        result = CliRunner().invoke(main, [*terminal_command(file), "--neo4j", target.uri, "--password",
                                           target.password, "--format", "json"])
        assert result.exit_code == 0, result.output
        # A collect() has no order (the stores differ in it): its lists are compared sorted.
        results.append([{k: sorted(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
                        for row in json.loads(result.output)])
    assert results[0] == results[1]
