"""Orchestration of the stages for one build: pages -> articles -> mentions -> graph.

Extraction is a pure function of a page and runs in worker processes; results
come back in page order and are cached per page, so a rebuild after adding
pages re-reads only the new ones.  Aggregation is a reduction over the
per-page records, streamed from a spill file so that they never all sit in memory.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import os
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .cache import PageCache, default_cache_dir, pipeline_version
from .graph import build_graph
from .lexicons import Lexicons
from .model import KnowledgeGraph
from .mentions import extract_page, extract_page_group
from .nlp import build_pipeline, check_backbone
from .pages import Skipped, find_pages, read_pages
from .records import ArticleMentions, Page
from .spill import Spill

WINDOW = 64  # pages in flight at once: pages are streamed, never all held in memory
PAGES_PER_TASK = 32  # pages whose sentences are tagged together: more sentences of each length per batch


@dataclass
class BuildOptions:
    home: str = ""
    backbone: str = "lac"
    lexicon_dirs: tuple[str, ...] = ()
    encoding: str | None = None
    workers: int = 0  # 0: one per core
    cache_dir: str | None = None
    use_cache: bool = True
    dask: str = ""  # a scheduler address (tcp://host:8786) or local:N; "" extracts on this machine
    since: str = ""  # ISO dates: only pages of this period (undated pages are then left out, and counted)
    until: str = ""
    date_from_mtime: bool = False
    period: str = "month"  # month | week | year: the counts per period on nodes and links
    paper: str = ""  # the paper's name, which 本报 stands for (resolution only: the cache does not depend on it)

    def outside_period(self, date: str) -> bool:
        if not (self.since or self.until):
            return False
        return not date or bool(self.since and date < self.since) or bool(self.until and date > self.until)


@dataclass(frozen=True)
class Extracted:
    """One page's records, without its text: what travels back from a worker."""

    source: str
    characters: int
    records: list[ArticleMentions]
    cached: bool
    date: str = ""
    kept: bool = True  # False for a page outside --since/--until: read, counted, not extracted

    @classmethod
    def of(cls, page: Page, records: list[ArticleMentions], cached: bool) -> "Extracted":
        return cls(page.source, len(page.text), records, cached, page.date)

    @classmethod
    def outside(cls, page: Page) -> "Extracted":
        return cls(page.source, len(page.text), [], False, page.date, kept=False)


@dataclass
class BuildResult:
    knowledge: KnowledgeGraph
    pages: int
    characters: int
    cached_pages: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    undated: int = 0  # pages read with no date from their path, their text or (if asked) their file
    outside_period: int = 0


class Extractor:
    """The mention pipeline of one process."""

    def __init__(self, options: BuildOptions) -> None:
        self.lex = Lexicons.load(options.lexicon_dirs)
        self.nlp = build_pipeline(options.backbone, options.lexicon_dirs)

    def __call__(self, page: Page) -> list[ArticleMentions]:
        return extract_page(page, self.nlp, self.lex)

    def pages(self, pages: list[Page]) -> list[list[ArticleMentions]]:
        """Several pages at once, each page's records as it alone would give them (a faster batch)."""
        return extract_page_group(pages, self.nlp, self.lex)


_worker: Extractor | Exception | None = None


def _start_worker(options: BuildOptions) -> None:
    """Never raises: a pool respawns workers whose initializer fails, forever, so the error is kept
    and raised by the first task instead, which stops the build in the main process."""
    global _worker
    try:
        _worker = Extractor(options)
    except Exception as error:  # noqa: BLE001 - re-raised by _extract_in_worker
        _worker = error


def _extract_in_worker(pages: list[Page]) -> list[list[ArticleMentions]]:
    if isinstance(_worker, Exception):
        raise _worker
    assert _worker is not None
    return _worker.pages(pages)


class ExtractionError(RuntimeError):
    """An extraction worker process died (killed, out of memory) before returning its page."""


def _guarded(results: Iterator) -> Iterator:
    try:
        yield from results
    except BrokenProcessPool:
        raise ExtractionError("an extraction worker process died (out of memory, or killed?); "
                              "retry with fewer --workers") from None


def windows(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def page_cache(options: BuildOptions) -> PageCache | None:
    """The per-page cache of this pipeline, or None with ``--no-cache``.  Its version hashes the package's
    sources and lexicons: make it once per build (or per worker process), never per page."""
    if not options.use_cache:
        return None
    return PageCache(Path(options.cache_dir) if options.cache_dir else default_cache_dir(),
                     pipeline_version(options.backbone, options.lexicon_dirs))


def extract_pages(pages: Iterable[Page], options: BuildOptions, total: int) -> Iterator[tuple[Page, list[ArticleMentions], bool]]:
    """(page, records, from cache) for every page, in order."""
    check_backbone(options.backbone)
    cache = page_cache(options)
    workers = min(options.workers or os.cpu_count() or 1, max(total, 1))
    pool = extractor = None
    try:
        for window in windows(pages, WINDOW):
            cached = [cache.get(page) if cache else None for page in window]
            todo = [page for page, found in zip(window, cached) if found is None]
            if workers > 1 and len(todo) > 1 and pool is None:
                # An executor, not multiprocessing.Pool: a worker that dies breaks it with an error
                # instead of being respawned forever.  spawn: onnxruntime and fork do not mix.
                pool = ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"),
                                           initializer=_start_worker, initargs=(options,))
            # a task is a group of pages, one per worker at most, of PAGES_PER_TASK at most
            groups = windows(todo, max(1, min(PAGES_PER_TASK, -(-len(todo) // workers))))
            if pool is not None:
                fresh = (records for group in _guarded(pool.map(_extract_in_worker, groups)) for records in group)
            else:
                extractor = extractor or (Extractor(options) if todo else None)
                fresh = (records for group in groups for records in extractor.pages(group))
            for page, found in zip(window, cached):
                if found is not None:
                    yield page, found, True
                    continue
                results = next(fresh)
                if cache:
                    cache.put(page, results)
                yield page, results, False
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def extracted_here(files: list, options: BuildOptions, on_skip: Callable[[Skipped], None]) -> Iterator[Extracted]:
    """Pages read in this process and extracted by its worker processes."""
    left_out: list[Page] = []

    def readable() -> Iterator[Page]:
        for item in read_pages(files, options.encoding, options.date_from_mtime):
            if isinstance(item, Skipped):
                on_skip(item)
            elif options.outside_period(item.date):
                left_out.append(item)
            else:
                yield item

    for page, records, cached in extract_pages(readable(), options, len(files)):
        while left_out:
            yield Extracted.outside(left_out.pop(0))
        yield Extracted.of(page, records, cached)
    while left_out:
        yield Extracted.outside(left_out.pop(0))


def extracted_on_dask(files: list, options: BuildOptions, on_skip: Callable[[Skipped], None]) -> Iterator[Extracted]:
    from .distributed import extract_on_dask

    check_backbone(options.backbone)
    for item in extract_on_dask(files, options, options.dask):
        if isinstance(item, Skipped):
            on_skip(item)
        else:
            yield item


def build(paths: Iterable[str], options: BuildOptions,
          progress: Callable[[int], None] = lambda characters: None,
          on_skip: Callable[[Skipped], None] = lambda skipped: None) -> BuildResult:
    """Extract every page (here, or on Dask with ``options.dask``) and reduce the records to one graph;
    ``progress`` gets each page's characters, ``on_skip`` each file that is not a page."""
    files = find_pages(paths)
    skipped: list[Skipped] = []

    def skip(item: Skipped) -> None:
        skipped.append(item)
        on_skip(item)

    extract = extracted_on_dask if options.dask else extracted_here
    count = characters = from_cache = undated = outside = 0
    with Spill() as results:  # records wait on disk: the reduce keeps names and links, not mentions
        for page in extract(files, options, skip):
            undated += not page.date
            progress(page.characters)
            if not page.kept:
                outside += 1
                continue
            results.add(page.records)
            count += 1
            characters += page.characters
            from_cache += page.cached
        knowledge = build_graph(results, Lexicons.load(options.lexicon_dirs), options.home, options.period,
                                options.paper)
    return BuildResult(knowledge, count, characters, from_cache, skipped, undated, outside)
