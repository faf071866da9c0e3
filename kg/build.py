"""Orchestration of the stages for one build: pages -> articles -> mentions -> graph."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from .graph import KnowledgeGraph, build_graph
from .lexicons import Lexicons
from .mentions import extract_page
from .nlp import build_pipeline
from .pages import Skipped, find_pages, read_pages
from .records import ArticleMentions, Page


@dataclass
class BuildOptions:
    home: str = ""
    backbone: str = "lac"
    lexicon_dirs: tuple[str, ...] = ()
    encoding: str | None = None


@dataclass
class BuildResult:
    knowledge: KnowledgeGraph
    pages: int
    characters: int
    skipped: list[Skipped] = field(default_factory=list)


def extract_all(pages: Iterable[Page | Skipped], options: BuildOptions,
                progress: Callable[[Page], None] = lambda page: None) -> tuple[list[ArticleMentions], list[Skipped], int, int]:
    """Per-page extraction; files that are not pages are collected, not fatal."""
    lex = Lexicons.load(options.lexicon_dirs)
    nlp = build_pipeline(options.backbone, options.lexicon_dirs)
    results: list[ArticleMentions] = []
    skipped: list[Skipped] = []
    count = characters = 0
    for item in pages:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        results.extend(extract_page(item, nlp, lex))
        count += 1
        characters += len(item.text)
        progress(item)
    return results, skipped, count, characters


def build(paths: Iterable[str], options: BuildOptions, progress: Callable[[Page], None] = lambda page: None,
          on_skip: Callable[[Skipped], None] = lambda skipped: None) -> BuildResult:
    files = find_pages(paths)

    def pages():
        for item in read_pages(files, options.encoding):
            if isinstance(item, Skipped):
                on_skip(item)
            yield item

    results, skipped, count, characters = extract_all(pages(), options, progress)
    knowledge = build_graph(results, Lexicons.load(options.lexicon_dirs), options.home)
    return BuildResult(knowledge, count, characters, skipped)
