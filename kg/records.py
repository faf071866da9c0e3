"""Plain typed records passed between the stages.

pages -> articles -> mentions -> graph -> exporters.  Every record is a frozen
dataclass of plain values so that per-page results can be cached, pickled to
worker processes and compared.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PERSON, PLACE, ORG, PROGRAMME = "PERSON", "PLACE", "ORG", "PROGRAMME"
ENTITY_TYPES = (PERSON, PLACE, ORG, PROGRAMME)


@dataclass(frozen=True)
class Page:
    """One input file as text."""

    source: str
    text: str
    date: str = ""
    page: str = ""


@dataclass(frozen=True)
class Credit:
    """A name from a byline with the role printed before it (记者, 通讯员 ...)."""

    name: str
    role: str


@dataclass(frozen=True)
class Sentence:
    """A repaired sentence and, per character, its offset in the page text."""

    text: str
    offsets: tuple[int, ...]
    headline: bool = False

    def page_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1


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
