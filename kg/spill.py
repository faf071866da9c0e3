"""Per-page records parked on disk between extraction and the reduce.

The graph stage reads the records of every article three times (home city,
name counts, nodes and links).  Holding them all in the driving process made
its memory grow with the mentions of the corpus; a spill file written as pages
arrive and streamed back on each pass keeps it to the names and links.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from typing import Iterator

from .records import ArticleMentions


class Spill:
    """An append-only file of pickled page records, re-readable as many times as needed, in order."""

    def __init__(self, folder: str | None = None) -> None:
        handle, self.path = tempfile.mkstemp(prefix="kg-spill-", suffix=".pickle", dir=folder)
        self._file = os.fdopen(handle, "wb")
        self.articles = 0

    def add(self, records: list[ArticleMentions]) -> None:
        if records:
            pickle.dump(records, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self.articles += len(records)

    def __iter__(self) -> Iterator[ArticleMentions]:
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
        self._file.close()
        os.unlink(self.path)

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
