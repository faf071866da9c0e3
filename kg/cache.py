"""Per-page cache of extraction results.

A page's records depend only on its text, its file name and the pipeline, so
they are stored under a hash of (file name, text) in a folder named after the
pipeline version: a hash of kg's version, the backbone, the lexicon files and
the package's source.  Changing any of them starts a new folder.
Location: ``--cache-dir``, else ``$KG_CACHE_DIR``, else ``~/.cache/kg``.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Iterable

from . import __version__
from .atomic import atomic_write
from .lexicons import DATA_DIR
from .records import ArticleMentions, Page



def default_cache_dir() -> Path:
    return Path(os.environ.get("KG_CACHE_DIR") or Path.home() / ".cache" / "kg")


def pipeline_version(backbone: str, lexicon_dirs: Iterable[str]) -> str:
    digest = hashlib.sha256(f"{__version__}\0{backbone}".encode())
    package = Path(__file__).parent  # every source of the package: a new module can never be missed
    files = sorted(package.rglob("*.py")) + sorted(DATA_DIR.iterdir())
    for folder in lexicon_dirs:
        files += sorted(p for p in Path(folder).iterdir() if p.is_file())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


class PageCache:
    def __init__(self, folder: Path, version: str) -> None:
        self.folder = Path(folder) / version

    def _path(self, page: Page) -> Path:
        key = hashlib.sha256(f"{page.source}\0{page.date}\0{page.page}\0{page.text}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, page: Page) -> list[ArticleMentions] | None:
        path = self._path(page)
        try:
            with open(path, "rb") as stream:
                return pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None

    def put(self, page: Page, results: list[ArticleMentions]) -> None:
        try:
            with atomic_write(self._path(page), "wb") as stream:
                pickle.dump(results, stream, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            pass  # a read-only or full cache disk slows the next build down, it must not fail this one
