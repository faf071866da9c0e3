"""The base of the rule components: lexicons as component state.

Lexicons are read from the shipped folder plus the user's ``lexicon_dirs`` when
the component is made, and saved with the pipeline (``nlp.to_disk``) as one
merged folder, so that a saved pipeline loads with the words it was built with.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..lexicons import Lexicons


class LexiconComponent:
    def __init__(self, name: str, lexicon_dirs: Iterable[str]) -> None:
        self.name = name
        self.lex = Lexicons.load(lexicon_dirs)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.lex.files().items():
            (folder / name).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "LexiconComponent":
        self.lex = Lexicons.load(base=Path(path))
        return self
