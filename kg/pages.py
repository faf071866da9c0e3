"""Stage 0: finding and reading page files.

Archives mix encodings: UTF-8 with or without BOM, GB18030/GBK and UTF-16 are
detected (or forced with ``--encoding``).  A file that cannot be a page
(binary, empty, unreadable, no Chinese text) is skipped with a warning that
names it, so one bad file never stops a build.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .records import Page
from .text import has_cjk

DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
PAGE_RE = re.compile(r"(?:page|版|(?<![A-Za-z])p)[-_]?0*(\d{1,3})(?!\d)", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class InputError(Exception):
    """A problem with one input that the user must see in one line."""


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def find_pages(paths: Iterable[str]) -> list[Path]:
    """The .txt files named or found below the given folders, in a stable order."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{name}: no such file or folder")
    return found


def decode(data: bytes, encoding: str | None = None) -> str:
    """Text of a page file; raises ValueError when it is not text."""
    if encoding:
        return data.decode(encoding)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec)
    if data[:4000].count(b"\x00") > len(data[:4000]) // 4 and len(data) % 2 == 0:
        even_zeros = data[0:4000:2].count(0)
        return data.decode("utf-16-be" if even_zeros > data[1:4000:2].count(0) else "utf-16-le")
    if b"\x00" in data:
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8, UTF-16 or GB18030 text") from None


def page_facts(path: Path) -> tuple[str, str]:
    """Date (YYYY-MM-DD) and page number when the path gives them (2024-01-05/page03.txt)."""
    date = DATE_RE.search(path.as_posix())
    page = PAGE_RE.search(path.stem)
    return ("-".join(date.groups()) if date else "", page.group(1) if page else "")


def read_pages(paths: Iterable[Path], encoding: str | None = None) -> Iterator[Page | Skipped]:
    """Pages in order; files that cannot be read come back as Skipped with the reason."""
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as error:
            yield Skipped(str(path), f"cannot read: {error.strerror or error}")
            continue
        if not data.strip():
            yield Skipped(str(path), "empty file")
            continue
        try:
            text = decode(data, encoding)
        except (ValueError, LookupError) as error:
            yield Skipped(str(path), str(error))
            continue
        if not has_cjk(text):
            yield Skipped(str(path), "no Chinese text")
            continue
        date, page = page_facts(path)
        yield Page(str(path), text, date, page)
