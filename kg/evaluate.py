"""``kg eval``: precision, recall and F1 per type against gold NER corpora, next to the raw backbone.

Corpora are read sentence by sentence (page repair is for newspaper pages, not
for corpora that are already sentences).  Spans match exactly.  Label maps:

- character BIO/BIOES (MSRA, People's Daily in BIO form): PER/nr -> PERSON,
  LOC/ns -> PLACE, ORG/nt -> ORG; other labels are ignored;
- CLUENER JSON lines: name -> PERSON, address -> PLACE, government /
  organization / company -> ORG; ``position`` is scored as title attachment:
  the share of positions printed right before a gold name that our pipeline
  attaches to that person.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import spacy

from .nlp import add_rules, apply_rules, build_backbone
from .records import ORG, PERSON, PLACE

BIO_LABELS = {"PER": PERSON, "NR": PERSON, "PERSON": PERSON, "LOC": PLACE, "NS": PLACE, "GPE": PLACE,
              "ORG": ORG, "NT": ORG}
CLUENER_LABELS = {"name": PERSON, "address": PLACE, "government": ORG, "organization": ORG, "company": ORG}
TYPES = (PERSON, PLACE, ORG)

Span = tuple[int, int, str]


@dataclass
class GoldSentence:
    text: str
    spans: set[Span]
    positions: list[tuple[int, int, int, int]] = field(default_factory=list)  # title span, then the name after it


class CorpusError(ValueError):
    pass


def read_bio(path: Path) -> Iterator[GoldSentence]:
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        spans, start, label = set(), None, None
        for i, tag in enumerate(tags + ["O"]):
            prefix, _, name = tag.partition("-")
            if start is not None and (prefix in ("B", "S", "O") or name.upper() != label):
                mapped = BIO_LABELS.get(label or "")
                if mapped:
                    spans.add((start, i, mapped))
                start = None
            if prefix in ("B", "S") or (prefix in ("I", "M", "E") and start is None and name):
                start, label = i, name.upper()
        return GoldSentence("".join(chars), spans)

    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        parts = line.split()
        if not parts:
            if chars:
                yield flush()
                chars, tags = [], []
            continue
        if len(parts) != 2:
            raise CorpusError(f"{path}:{number}: expected 'character tag', got {line!r}")
        chars.append(parts[0])
        tags.append(parts[1])
    if chars:
        yield flush()


def read_cluener(path: Path) -> Iterator[GoldSentence]:
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, labels = row["text"], row.get("label", {})
        except (ValueError, KeyError, TypeError) as error:
            raise CorpusError(f"{path}:{number}: not a CLUENER line ({error})") from None
        spans, names, positions = set(), [], []
        for kind, entities in labels.items():
            for offsets in entities.values():
                for start, last in offsets:
                    if kind in CLUENER_LABELS:
                        spans.add((start, last + 1, CLUENER_LABELS[kind]))
                    if kind == "name":
                        names.append((start, last + 1))
                    if kind == "position":
                        positions.append((start, last + 1))
        pairs = [(ps, pe, ns, ne) for ps, pe in positions for ns, ne in names if ns == pe]
        yield GoldSentence(text, spans, pairs)


def read_corpus(path: Path, form: str = "auto") -> list[GoldSentence]:
    if form == "auto":
        first = next((line for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()), "")
        form = "cluener" if first.lstrip().startswith("{") else "bio"
    if form not in ("bio", "cluener"):
        raise CorpusError(f"{path}: unknown format {form!r}")
    return list(read_cluener(path) if form == "cluener" else read_bio(path))


@dataclass
class Score:
    hits: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)
    false_hits: list = field(default_factory=list)

    def add(self, text: str, predicted: set[Span], gold: set[Span]) -> None:
        for span in predicted & gold:
            self.hits[span[2]] += 1
        for span in predicted:
            self.found[span[2]] += 1
        for span in gold:
            self.gold[span[2]] += 1
        self.misses += [(text[s:e], label, text) for s, e, label in gold - predicted]
        self.false_hits += [(text[s:e], label, text) for s, e, label in predicted - gold]

    def prf(self, label: str) -> tuple[float, float, float]:
        p = self.hits[label] / self.found[label] if self.found[label] else 0.0
        r = self.hits[label] / self.gold[label] if self.gold[label] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Evaluation:
    pipeline: Score
    backbone: Score
    titles_gold: int = 0
    titles_attached: int = 0
    sentences: int = 0


def _entity_spans(doc) -> set[Span]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in TYPES}


class Scorer:
    """Runs the backbone once over a corpus, then the rule components in any configuration.

    The side-by-side "backbone" column is the backbone actually used (``--backbone``),
    read from the same Docs before the rules run.
    """

    def __init__(self, sentences: list[GoldSentence], backbone: str = "lac", lexicon_dirs=()) -> None:
        self.sentences = sentences
        self.lexicon_dirs = tuple(lexicon_dirs)
        self.docs = list(build_backbone(backbone).pipe([s.text for s in sentences]))
        self.backbone = Score()
        for gold, doc in zip(self.sentences, self.docs):
            self.backbone.add(gold.text, _entity_spans(doc), gold.spans)

    def run(self, disabled=()) -> Evaluation:
        rules = add_rules(spacy.blank("zh"), self.lexicon_dirs, disabled)
        result = Evaluation(Score(), self.backbone, sentences=len(self.sentences))
        for gold, doc in zip(self.sentences, apply_rules(self.docs, rules)):
            result.pipeline.add(gold.text, _entity_spans(doc), gold.spans)
            titles = {(e.start_char, e.end_char): e._.kg_titles for e in doc.ents}
            for ps, pe, ns, ne in gold.positions:
                result.titles_gold += 1
                printed = gold.text[ps:pe]
                attached = titles.get((ns, ne), ())
                result.titles_attached += any(printed.endswith(t.title) or t.title.endswith(printed) for t in attached)
        return result


def report(corpus: str, result: Evaluation, errors: int = 0) -> list[str]:
    """The lines ``kg eval CORPUS`` prints: P/R/F1 per type beside the backbone's, and ``errors`` misses and false hits."""
    lines = [f"{corpus}: {result.sentences} sentences",
             f"{'type':<10}{'pipeline P':>12}{'R':>8}{'F1':>8}{'backbone P':>13}{'R':>8}{'F1':>8}{'gold':>7}"]
    rows = [(label, result.pipeline.prf(label), result.backbone.prf(label), result.pipeline.gold[label])
            for label in TYPES if result.pipeline.gold[label] or result.pipeline.found[label]]
    rows.append(("all", micro(result.pipeline), micro(result.backbone), sum(result.pipeline.gold.values())))
    for label, ours, raw, gold in rows:
        lines.append(f"{label:<10}{ours[0]:>12.3f}{ours[1]:>8.3f}{ours[2]:>8.3f}"
                     f"{raw[0]:>13.3f}{raw[1]:>8.3f}{raw[2]:>8.3f}{gold:>7}")
    if result.titles_gold:
        lines.append(f"titles attached to the adjacent name: {result.titles_attached}/{result.titles_gold} "
                     f"({result.titles_attached / result.titles_gold:.3f})")
    for heading, found in (("misses", result.pipeline.misses), ("false hits", result.pipeline.false_hits)):
        lines += [f"  {heading}: {name} [{label}] in {text[:60]}" for name, label, text in found[:errors]]
    return lines


def evaluate(sentences: list[GoldSentence], lexicon_dirs=(), backbone: str = "lac", disabled=()) -> Evaluation:
    return Scorer(sentences, backbone, lexicon_dirs).run(disabled)


def micro(score: Score, types=TYPES) -> tuple[float, float, float]:
    """P, R, F1 over all types together."""
    hits, found, gold = (sum(counter[t] for t in types) for counter in (score.hits, score.found, score.gold))
    p, r = hits / found if found else 0.0, hits / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def metrics(result) -> dict[str, tuple[float, ...]]:
    """The figures a table shows, for a corpus (``Evaluation``) or a page set (``PageEvaluation``)."""
    score = result.pipeline if isinstance(result, Evaluation) else result.entities
    types = [t for t in (*TYPES, "PROGRAMME") if score.gold[t] or score.found[t]]
    table = {t: score.prf(t) for t in types}
    table["all"] = micro(score, types)
    if not isinstance(result, Evaluation):
        table["titles found"] = (result.titles_found / result.titles_gold if result.titles_gold else 0.0,)
        table["title → org"] = (result.orgs_right / result.orgs_gold if result.orgs_gold else 0.0,)
    return table


def ablation(scorer, names) -> tuple[dict, list[tuple[str, dict]]]:
    """The full pipeline's figures, and for each rule the change when that rule alone is off."""
    full = metrics(scorer.run())
    rows = []
    for name in names:
        off = metrics(scorer.run({name}))
        rows.append((name, {key: tuple(a - b for a, b in zip(off[key], full[key])) for key in full}))
    return full, rows


def format_ablation(full: dict, rows: list[tuple[str, dict]]) -> list[str]:
    """One line per rule: ΔP ΔR ΔF1 per type (percentage points) when that rule alone is switched off."""
    keys = list(full)
    header = f"{'rule switched off':<26}" + "".join(f"{k:>20}" for k in keys)
    lines = [header, f"{'(full pipeline)':<26}" + "".join(f"{_cell(full[k], absolute=True):>20}" for k in keys)]
    for name, delta in rows:
        lines.append(f"{name:<26}" + "".join(f"{_cell(delta[k]):>20}" for k in keys))
    return lines


def _cell(values: tuple[float, ...], absolute: bool = False) -> str:
    if absolute:
        return " ".join(f"{v:.3f}" for v in values)
    return " ".join(f"{v * 100:+.1f}" if abs(v) >= 0.0005 else "0" for v in values)
