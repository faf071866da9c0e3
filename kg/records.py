"""Plain typed records passed between the stages.

pages -> articles -> mentions -> graph -> exporters.  Every record is a frozen
dataclass of plain values so that per-page results can be cached, pickled to
worker processes and compared.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

PERSON, PLACE, ORG, PROGRAMME = "PERSON", "PLACE", "ORG", "PROGRAMME"
ENTITY_TYPES = (PERSON, PLACE, ORG, PROGRAMME)
REPORTER = "记者"  # how every reporter's role ends (本报记者, 全媒体记者, 首席记者)
CORRESPONDENT = "通讯员"  # how a correspondent's role ends (特约通讯员): a writer from outside the newsroom
AUTHOR = "作者"  # the role of a name credited with none
OWN_PAPER = "本报"  # how a paper names itself (本报讯, 本报记者): the paper being read, named by --paper
OWN_OUTLET_WORDS = (OWN_PAPER, "本台", "本网")  # 本报记者, 本台记者, 本网记者: the outlet being read


def is_staff_role(role: str) -> bool:
    """Reporters, photographers, editors and crews are their outlet's staff and sign with their own names;
    correspondents and bare authors are not, and may sign with pen names (茂新)."""
    return bool(role) and role != AUTHOR and not role.endswith(CORRESPONDENT)


@dataclass(frozen=True)
class Page:
    """One input file as text."""

    source: str
    text: str
    date: str = ""
    page: str = ""


@dataclass(frozen=True)
class Credit:
    """A name from a byline with the role printed before it (记者, 通讯员 ...) and the newsroom, if printed."""

    name: str
    role: str
    org: str = ""  # 茂名日报社 in 茂名日报社全媒体记者


@dataclass(frozen=True)
class Sentence:
    """A repaired sentence and where its characters stand in the page text.

    ``runs`` holds (index in the sentence, offset in the page) where a run of
    consecutive page characters starts: a few pairs per sentence instead of one
    offset per character, which keeps a year of pages small in memory.
    """

    text: str
    runs: tuple[tuple[int, int], ...]
    headline: bool = False

    @classmethod
    def from_offsets(cls, text: str, offsets: Sequence[int], headline: bool = False) -> "Sentence":
        runs = [(i, o) for i, o in enumerate(offsets) if i == 0 or o != offsets[i - 1] + 1]
        return cls(text, tuple(runs), headline)

    def page_offset(self, index: int) -> int:
        run = bisect_right(self.runs, (index, float("inf"))) - 1
        start, offset = self.runs[run]
        return offset + index - start

    @property
    def offsets(self) -> list[int]:
        return [self.page_offset(i) for i in range(len(self.text))]

    def page_span(self, start: int, end: int) -> tuple[int, int]:
        return self.page_offset(start), self.page_offset(end - 1) + 1


@dataclass(frozen=True)
class Article:
    """One article (or continuation, or photo caption) cut from a page."""

    id: str
    source: str
    kind: str  # article | continuation | caption
    headline: str
    byline: tuple[Credit, ...]
    rejected_byline: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    date: str = ""
    page: str = ""
    byline_text: str = ""  # the byline as printed, pen names included
    outlets: tuple[str, ...] = ()  # news outlets credited in source lines (来源:茂名日报) and bylines


@dataclass(frozen=True)
class Title:
    """A title printed before (or after) a person, and the organisation it names."""

    title: str
    org: str = ""  # organisation text as printed ("" when the title names none)
    org_type: str = ""  # entity type of ``org`` (ORG, PLACE or "")


@dataclass(frozen=True)
class Mention:
    """An entity mention in one sentence; offsets are into the sentence text."""

    text: str
    label: str
    sentence: int
    start: int
    end: int
    titles: tuple[Title, ...] = ()


@dataclass(frozen=True)
class ArticleMentions:
    """The output of the mention stage for one article."""

    article: Article
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
