"""Page extraction on a Dask cluster: ``kg build --dask tcp://host:8786`` or ``--dask local:4``.

Workers read the pages themselves (paths, or fsspec URLs on shared storage), load the pipeline once
per process, use the per-page cache where they run, and send back only each page's compact records,
never spaCy Docs.  The driver consumes results in page order with a bounded number of pages in
flight, so the graph is the one a local build gives.  Dask is an optional extra: ``pip install 'kg[dask]'``.
"""
from __future__ import annotations

import logging
from collections import deque
from contextlib import contextmanager
from typing import Iterable, Iterator

from .build import BuildOptions, Extracted, Extractor, page_cache, windows
from .cache import PageCache
from .pages import Skipped, read_source
from .records import Page

PAGES_PER_TASK = 16  # a task per page cost the scheduler and the workers a fifth of the build's time, and a
# task's pages are tagged together: the backbone batches sentences of one length
# Settings of a LocalCluster whose workers share the machine's cores.  Dask's health checks wake
# every process 50 times a second and its memory and system monitors several times; and its
# MALLOC_TRIM_THRESHOLD_ (64 KiB) made the workers return memory to the system so often that they
# spent a tenth of their time in the kernel.  Worker threads stay single-threaded for BLAS.
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
}
TASKS_PER_WORKER = 2  # tasks in flight per worker thread: one running, one waiting, little to hold


class DaskError(RuntimeError):
    """The cluster cannot be reached or started."""


_extractors: dict[tuple, Extractor] = {}  # per worker process: the model loads once
_caches: dict[tuple, PageCache | None] = {}  # and the cache's version is hashed once


def extract_sources(sources: list[str], options: BuildOptions) -> list[Extracted | Skipped]:
    """One task: a few pages, read, extracted together and cached on a worker."""
    items = [_read_or_cached(source, options) for source in sources]
    todo = [item for item in items if isinstance(item, Page)]
    if not todo:
        return items
    pipeline = (options.backbone, tuple(options.lexicon_dirs))
    if pipeline not in _extractors:
        _extractors[pipeline] = Extractor(options)
    cache = _cache(options)
    extracted = iter(_extractors[pipeline].pages(todo))
    results = []
    for item in items:
        if isinstance(item, Page):
            records = next(extracted)
            if cache:
                cache.put(item, records)
            item = Extracted.of(item, records, False)
        results.append(item)
    return results


def _read_or_cached(source: str, options: BuildOptions) -> Extracted | Skipped | Page:
    """A page read, with its records when the cache holds them or the period leaves it out; else the page."""
    page = read_source(source, options.encoding, options.date_from_mtime)
    if isinstance(page, Skipped):
        return page
    if options.outside_period(page.date):
        return Extracted.outside(page)
    cache = _cache(options)
    found = cache.get(page) if cache else None
    return Extracted.of(page, found, True) if found is not None else page


def _cache(options: BuildOptions) -> PageCache | None:
    where = (options.backbone, tuple(options.lexicon_dirs), options.cache_dir, options.use_cache)
    if where not in _caches:
        _caches[where] = page_cache(options)
    return _caches[where]


@contextmanager
def dask_client(address: str):
    """A client of the cluster at ``address``, or of a LocalCluster of N worker processes for ``local:N``."""
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskError("--dask needs Dask: pip install 'kg[dask]'") from None
    cluster = None
    try:
        if address.startswith("local:"):
            workers = int(address.split(":", 1)[1] or 0)
            if workers < 1:
                raise DaskError(f"--dask {address}: give the number of worker processes, e.g. local:4")
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(address, timeout=10)
    except ValueError as error:
        raise DaskError(f"--dask {address}: {error}") from None
    except OSError as error:
        raise DaskError(f"--dask {address}: cannot reach the scheduler ({error})") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_on_dask(sources: Iterable[str], options: BuildOptions, address: str) -> Iterator[Extracted | Skipped]:
    """Every page's result, in the order of ``sources``."""
    with dask_client(address) as client:
        in_flight = TASKS_PER_WORKER * max(sum(client.nthreads().values()), 1)
        pending: deque = deque()
        for batch in windows(map(str, sources), PAGES_PER_TASK):
            pending.append(client.submit(extract_sources, batch, options, pure=False))
            if len(pending) >= in_flight:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
