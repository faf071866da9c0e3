"""Per-page records parked between extraction and the reduce: in memory up to a budget, then on disk.

The graph stage reads the records of every article three times (home city,
name counts, nodes and links).  Holding them all in the driving process made
its memory grow with the mentions of the corpus.  Records stay in memory up to
``MEMORY_ARTICLES`` articles (about 10 M characters of pages, 150 MB), which
keeps small builds as fast as before; past that they all go to a temporary
file that each pass streams back, so memory stops growing with the mentions.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from typing import IO, Iterator

from .records import ArticleMentions

MEMORY_ARTICLES = 20_000


class Spill:
    """Page records in the order added, re-readable as many times as needed."""

    def __init__(self, folder: str | None = None, memory_articles: int = MEMORY_ARTICLES) -> None:
        self.folder = folder  # None: the system's temporary folder ($TMPDIR)
        self.memory_articles = memory_articles
        self.articles = 0
        self._pages: list[list[ArticleMentions]] = []
        self._file: IO[bytes] | None = None
        self.path = ""

    @property
    def on_disk(self) -> bool:
        return self._file is not None

    def add(self, records: list[ArticleMentions]) -> None:
        if not records:
            return
        self.articles += len(records)
        if self._file is None:
            self._pages.append(records)
            if self.articles > self.memory_articles:
                self._to_disk()
        else:
            pickle.dump(records, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def _to_disk(self) -> None:
        handle, self.path = tempfile.mkstemp(prefix="kg-spill-", suffix=".pickle", dir=self.folder)
        self._file = os.fdopen(handle, "wb")
        for records in self._pages:
            pickle.dump(records, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._pages = []

    def __iter__(self) -> Iterator[ArticleMentions]:
        if self._file is None:
            for records in self._pages:
                yield from records
            return
        self._file.flush()
        with open(self.path, "rb") as reader:  # a reader of its own per pass
            while True:
                try:
                    yield from pickle.load(reader)
                except EOFError:
                    return

    def __len__(self) -> int:
        return self.articles

    def close(self) -> None:
        self._pages = []
        if self._file is not None:
            self._file.close()
            os.unlink(self.path)
            self._file = None

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
