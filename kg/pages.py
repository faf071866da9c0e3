"""Stage 0: finding and reading page files.

Archives mix encodings: UTF-8 with or without BOM, GB18030/GBK and UTF-16 are
detected (or forced with ``--encoding``).  A file that cannot be a page
(binary, empty, unreadable, no Chinese text) is skipped with a warning that
names it, so one bad file never stops a build.
"""
from __future__ import annotations

import codecs
import datetime
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from .records import Page
from .text import has_cjk

DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
CN_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A date printed in a page's masthead or date line: 2024年1月5日 星期五, 第2017-12-21期, 2024-01-05.
MASTHEAD_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周)[一二三四五六日天]"
                              r"|第?((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})期?")
MASTHEAD_CHARS = 300  # a date further into the page is the body's, not the paper's
PAGE_RE = re.compile(r"(?:page|版|(?<![A-Za-z])p)[-_]?0*(\d{1,3})(?!\d)|第?0*(\d{1,3})版|^([A-Z]\d{1,2})$",
                     re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class InputError(Exception):
    """A problem with one input that the user must see in one line."""


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def is_url(name: str) -> bool:
    return "://" in name


def find_pages(paths: Iterable[str]) -> list[Path | str]:
    """The .txt files named or found below the given folders, in a stable order; fsspec URLs
    (file:///archive, s3://bucket/mmrb) are listed through fsspec and stay URLs."""
    found: list[Path | str] = []
    for name in paths:
        if is_url(str(name)):
            found.extend(_find_urls(str(name)))
            continue
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{name}: no such file or folder")
    return found


def _find_urls(url: str) -> list[str]:
    import fsspec

    try:
        filesystem, root = fsspec.core.url_to_fs(url)
        if filesystem.isdir(root):
            files = sorted(f for f in filesystem.find(root) if f.endswith(".txt"))
        elif filesystem.exists(root):
            files = [root]
        else:
            raise InputError(f"{url}: no such file or folder")
    except (OSError, ValueError, ImportError) as error:
        raise InputError(f"{url}: {error}") from None
    return [filesystem.unstrip_protocol(f) for f in files]


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


def _iso(year: str, month: str, day: str) -> str:
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def path_date(path: Path) -> str:
    """The date a file path gives (2024-01-05/page03.txt, mmrb/20171221/B2.txt, 茂名日报2024年1月5日第3版.txt)."""
    for pattern in (DATE_RE, CN_DATE_RE):
        found = pattern.search(path.as_posix())
        if found and _iso(*found.groups()):
            return _iso(*found.groups())
    return ""


def masthead_date(text: str) -> str:
    """The date a page prints at its top (2024年1月5日 星期五, 第2017-12-21期), "" for none."""
    for found in MASTHEAD_DATE_RE.finditer(text[:MASTHEAD_CHARS]):
        parts = [g for g in found.groups() if g]
        if _iso(*parts):
            return _iso(*parts)
    return ""


def page_facts(path: Path) -> tuple[str, str]:
    """Date (YYYY-MM-DD) and page number when the path gives them (2024-01-05/page03.txt)."""
    page = PAGE_RE.search(path.stem)
    return path_date(path), next((g for g in page.groups() if g), "") if page else ""


def read_page(source: str, data: bytes, encoding: str | None = None) -> Page | Skipped:
    """One page from the bytes of ``source``, or Skipped with the reason it is not a page."""
    if not data.strip():
        return Skipped(source, "empty file")
    try:
        text = decode(data, encoding)
    except (ValueError, LookupError) as error:
        return Skipped(source, str(error))
    if not has_cjk(text):
        return Skipped(source, "no Chinese text")
    date, page = page_facts(Path(source.split("://", 1)[-1]))
    return Page(source, text, date or masthead_date(text), page)


def read_source(source: str | Path, encoding: str | None = None, date_from_mtime: bool = False) -> Page | Skipped:
    """A page from a path or an fsspec URL (file://, s3:// …: what Dask workers read from shared storage);
    with ``date_from_mtime``, a page whose path and text give no date takes its file's modification day."""
    try:
        if is_url(str(source)):
            import fsspec

            with fsspec.open(str(source), "rb") as stream:
                data = stream.read()
        else:
            data = Path(source).read_bytes()
    except OSError as error:
        return Skipped(str(source), f"cannot read: {error.strerror or error}")
    page = read_page(str(source), data, encoding)
    if date_from_mtime and isinstance(page, Page) and not page.date:
        page = replace(page, date=_modified_day(str(source)))
    return page


def _modified_day(source: str) -> str:
    if is_url(source):
        import fsspec

        filesystem, path = fsspec.core.url_to_fs(source)
        modified = filesystem.modified(path)
        return modified.date().isoformat()
    return datetime.date.fromtimestamp(Path(source).stat().st_mtime).isoformat()


def read_pages(paths: Iterable[Path | str], encoding: str | None = None,
               date_from_mtime: bool = False) -> Iterator[Page | Skipped]:
    """Pages in order; files that cannot be read come back as Skipped with the reason."""
    for path in paths:
        yield read_source(path, encoding, date_from_mtime)
