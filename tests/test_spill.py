"""The reduce gives the same graph whether the page records stay in memory or wait on disk."""
from __future__ import annotations

import os

from kg.build import BuildOptions, extract_pages
from kg.graph import build_graph
from kg.pages import find_pages, read_pages
from kg.spill import Spill

from .conftest import SEEDS


def test_records_spilled_to_disk_give_the_graph_of_records_in_memory(seed_build, lex, tmp_path):
    files = find_pages([str(SEEDS)])
    pages = [found for _, found, _ in extract_pages(read_pages(files), BuildOptions(), len(files))]
    with Spill(str(tmp_path), memory_articles=3) as spilled:
        for records in pages:
            spilled.add(records)
        assert spilled.on_disk and os.path.exists(spilled.path)
        assert [r.article.id for r in spilled] == [r.article.id for r in spilled]  # passes repeat in order
        from_disk = build_graph(spilled, lex)
    assert not os.listdir(tmp_path)  # the spill file is gone once the build is done
    in_memory = build_graph([r for records in pages for r in records], lex)
    assert from_disk == in_memory == seed_build.knowledge
    assert all(article.sentences == () for article in from_disk.articles)  # metadata kept, not the text


def test_a_small_build_keeps_its_records_in_memory(tmp_path):
    with Spill(str(tmp_path)) as small:
        small.add([])
        assert not small.on_disk and len(small) == 0 and list(small) == []
