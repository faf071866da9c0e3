"""Extraction on a Dask LocalCluster gives the graph of a local build; mistakes are one line."""
import pytest
from click.testing import CliRunner

from kg.build import BuildOptions, build
from kg.cli import main

from .conftest import SEEDS

pytest.importorskip("dask.distributed")


def test_a_dask_build_gives_the_local_graph_and_reads_urls(seed_build, tmp_path):
    on_dask = build([str(SEEDS)], BuildOptions(use_cache=False, dask="local:2"))
    assert on_dask.knowledge == seed_build.knowledge
    assert (on_dask.pages, on_dask.characters) == (seed_build.pages, seed_build.characters)
    from_urls = build([SEEDS.resolve().as_uri()], BuildOptions(cache_dir=str(tmp_path), dask="local:1"))
    assert from_urls.knowledge.nodes == seed_build.knowledge.nodes
    assert all(a.source.startswith("file://") for a in from_urls.knowledge.articles)


@pytest.mark.parametrize("address, message", [
    ("local:0", "kg: error: --dask local:0: give the number of worker processes, e.g. local:4"),
    ("tcp://127.0.0.1:1", "kg: error: --dask tcp://127.0.0.1:1: cannot reach the scheduler"),
])
def test_a_bad_cluster_address_is_one_line(tmp_path, address, message):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--graphml", str(tmp_path / "g.graphml"),
                                       "--dask", address, "--no-cache"])
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1
    assert result.output.startswith(message)


def test_a_worker_killed_mid_build_still_gives_the_same_graph(tmp_path):
    """Dask reruns the pages of a lost worker: kill one as soon as the first page comes back."""
    import os
    import signal

    from dask.distributed import LocalCluster

    pages = tmp_path / "pages"
    pages.mkdir()
    for index in range(16):  # the seed pages again under other names: 16 tasks to share out
        source = sorted(SEEDS.glob("*.txt"))[index % 2]
        (pages / f"p{index:02d}.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    local = build([str(pages)], BuildOptions(use_cache=False, workers=1))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        killed = []

        def kill_one(_characters):
            if not killed:
                worker = next(iter(cluster.workers.values()))
                killed.append(worker.process.process.pid)
                os.kill(killed[0], signal.SIGKILL)

        on_dask = build([str(pages)], BuildOptions(use_cache=False, dask=cluster.scheduler_address), progress=kill_one)
    assert killed and on_dask.knowledge == local.knowledge and on_dask.pages == 16
