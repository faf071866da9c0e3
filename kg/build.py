"""Orchestration of the stages for one build: pages -> articles -> mentions -> graph.

Extraction is a pure function of a page and runs in worker processes; results
come back in page order and are cached per page, so a rebuild after adding
pages re-reads only the new ones.  Aggregation is a reduction over the
per-page records.
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
from .mentions import extract_page
from .nlp import build_pipeline, check_backbone
from .pages import Skipped, find_pages, read_pages
from .records import ArticleMentions, Page

WINDOW = 64  # pages in flight at once: pages are streamed, never all held in memory


@dataclass
class BuildOptions:
    home: str = ""
    backbone: str = "lac"
    lexicon_dirs: tuple[str, ...] = ()
    encoding: str | None = None
    workers: int = 0  # 0: one per core
    cache_dir: str | None = None
    use_cache: bool = True


@dataclass
class BuildResult:
    knowledge: KnowledgeGraph
    pages: int
    characters: int
    cached_pages: int = 0
    skipped: list[Skipped] = field(default_factory=list)


class Extractor:
    """The mention pipeline of one process."""

    def __init__(self, options: BuildOptions) -> None:
        self.lex = Lexicons.load(options.lexicon_dirs)
        self.nlp = build_pipeline(options.backbone, options.lexicon_dirs)

    def __call__(self, page: Page) -> list[ArticleMentions]:
        return extract_page(page, self.nlp, self.lex)


_worker: Extractor | Exception | None = None


def _start_worker(options: BuildOptions) -> None:
    """Never raises: a pool respawns workers whose initializer fails, forever, so the error is kept
    and raised by the first task instead, which stops the build in the main process."""
    global _worker
    try:
        _worker = Extractor(options)
    except Exception as error:  # noqa: BLE001 - re-raised by _extract_in_worker
        _worker = error


def _extract_in_worker(page: Page) -> list[ArticleMentions]:
    if isinstance(_worker, Exception):
        raise _worker
    assert _worker is not None
    return _worker(page)


class ExtractionError(RuntimeError):
    """An extraction worker process died (killed, out of memory) before returning its page."""


def _guarded(results: Iterator) -> Iterator:
    try:
        yield from results
    except BrokenProcessPool:
        raise ExtractionError("an extraction worker process died (out of memory, or killed?); "
                              "retry with fewer --workers") from None


def _windows(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def extract_pages(pages: Iterable[Page], options: BuildOptions, total: int) -> Iterator[tuple[Page, list[ArticleMentions], bool]]:
    """(page, records, from cache) for every page, in order."""
    check_backbone(options.backbone)
    cache = None
    if options.use_cache:
        cache = PageCache(Path(options.cache_dir) if options.cache_dir else default_cache_dir(),
                          pipeline_version(options.backbone, options.lexicon_dirs))
    workers = min(options.workers or os.cpu_count() or 1, max(total, 1))
    pool = extractor = None
    try:
        for window in _windows(pages, WINDOW):
            cached = [cache.get(page) if cache else None for page in window]
            todo = [page for page, found in zip(window, cached) if found is None]
            if workers > 1 and len(todo) > 1 and pool is None:
                # An executor, not multiprocessing.Pool: a worker that dies breaks it with an error
                # instead of being respawned forever.  spawn: onnxruntime and fork do not mix.
                pool = ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"),
                                           initializer=_start_worker, initargs=(options,))
            if pool is not None:
                fresh = _guarded(pool.map(_extract_in_worker, todo))
            else:
                extractor = extractor or (Extractor(options) if todo else None)
                fresh = (extractor(page) for page in todo)
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


def build(paths: Iterable[str], options: BuildOptions,
          progress: Callable[[Page], None] = lambda page: None,
          on_skip: Callable[[Skipped], None] = lambda skipped: None) -> BuildResult:
    files = find_pages(paths)
    skipped: list[Skipped] = []

    def readable() -> Iterator[Page]:
        for item in read_pages(files, options.encoding):
            if isinstance(item, Skipped):
                skipped.append(item)
                on_skip(item)
            else:
                yield item

    results: list[ArticleMentions] = []
    count = characters = from_cache = 0
    for page, records, cached in extract_pages(readable(), options, len(files)):
        results.extend(records)
        count += 1
        characters += len(page.text)
        from_cache += cached
        progress(page)
    knowledge = build_graph(results, Lexicons.load(options.lexicon_dirs), options.home)
    return BuildResult(knowledge, count, characters, from_cache, skipped)
