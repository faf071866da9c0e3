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
from pathlib import Path
from typing import Iterable, Iterator

from .build import BuildOptions, Extracted, Extractor
from .cache import PageCache, default_cache_dir, pipeline_version
from .pages import Skipped, read_source

PAGES_PER_WORKER = 8  # pages in flight per worker thread: enough to keep it busy, little to hold


class DaskError(RuntimeError):
    """The cluster cannot be reached or started."""


_extractors: dict[tuple, Extractor] = {}  # per worker process: the model loads once


def extract_source(source: str, options: BuildOptions) -> Extracted | Skipped:
    """Read, extract and cache one page on a worker."""
    page = read_source(source, options.encoding, options.date_from_mtime)
    if isinstance(page, Skipped):
        return page
    if options.outside_period(page.date):
        return Extracted(source, len(page.text), [], False, page.date, kept=False)
    cache = None
    if options.use_cache:
        cache = PageCache(Path(options.cache_dir) if options.cache_dir else default_cache_dir(),
                          pipeline_version(options.backbone, options.lexicon_dirs))
        found = cache.get(page)
        if found is not None:
            return Extracted(source, len(page.text), found, True, page.date)
    key = (options.backbone, tuple(options.lexicon_dirs))
    if key not in _extractors:
        _extractors[key] = Extractor(options)
    records = _extractors[key](page)
    if cache:
        cache.put(page, records)
    return Extracted(source, len(page.text), records, False, page.date)


@contextmanager
def dask_client(address: str):
    """A client of the cluster at ``address``, or of a LocalCluster of N worker processes for ``local:N``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskError("--dask needs Dask: pip install 'kg[dask]'") from None
    cluster = None
    try:
        if address.startswith("local:"):
            workers = int(address.split(":", 1)[1] or 0)
            if workers < 1:
                raise DaskError(f"--dask {address}: give the number of worker processes, e.g. local:4")
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
        in_flight = PAGES_PER_WORKER * max(sum(client.nthreads().values()), 1)
        pending: deque = deque()
        for source in sources:
            pending.append(client.submit(extract_source, str(source), options, pure=False))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
