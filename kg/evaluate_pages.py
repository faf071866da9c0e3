"""``kg eval --pages DIR --gold FILE``: the whole extraction scored on real newspaper articles.

The gold file (JSON lines) holds, per article, its URL, the paper's home city and
the facts a reader finds in it: persons, places, organisations, programmes and
titles with the organisation each names; alternatives are joined with ``|``.
The article texts are not shipped (they are the papers' text): save each one as
``DIR/<id>.txt``; only its first ``chars`` characters are scored, the part the
gold covers.

Each article is segmented, extracted and resolved on its own with its paper's
home city and, where the gold names a paper (信阳日报, or 泸州日报 of 泸州日报(转载), a page
reprinted elsewhere; not 某网(转载)), its name, exactly as ``kg build --home … --paper …`` does, and scored on what a user sees: the
graph's nodes by type, the titles on each person, and the organisation each
HOLDS_ROLE edge names.  Names match when the node's name or one of its
aliases is one of the gold alternatives.  The gold leaves out a home printed
only as 我市 or 我县 and the paper printed only as 本报, so such a node is neither
credited nor charged unless the gold lists it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from .articles import segment
from .evaluate import CorpusError, Score, micro
from .graph import build_graph
from .model import KnowledgeGraph
from .lexicons import Lexicons, simplified
from .mentions import mentions_from_docs, sentence_texts
from .nlp import add_rules, apply_rules, build_backbone
from .records import ORG, OWN_PAPER, PERSON, PLACE, PROGRAMME, Article, Page
from .text import without_pinyin_glosses

PAPER_NAME_RE = re.compile(r"[\u4e00-\u9fff·+]+")  # a paper's plain name, as a user passes it with --paper
# An outlet's name before a note on where the page was read (泸州日报(转载), 甲县融媒体中心(乙网转载)): its 本报.
REPRINTED_PAPER_RE = re.compile(r"([\u4e00-\u9fff·+]+)[(（]")
NEWSPAPER = "报"  # 仙游今报: any newspaper, whatever the lexicon's suffixes
SITE = "网站"  # 甲县人民法院网站(host): an institution's own site, which a user names as its outlet
GOLD_FIELDS = {"persons": PERSON, "places": PLACE, "orgs": ORG, "programmes": PROGRAMME}
ENTITY_TYPES = (PERSON, PLACE, ORG, PROGRAMME)
NAME_MARKS = str.maketrans("", "", "“”‘’\"'「」『』《》")  # quotation and title marks
SPACED_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # 吴 琼: a name spaced out to fill its column


@dataclass
class GoldArticle:
    id: str
    paper: str
    home: str
    url: str
    chars: int
    entities: dict[str, list[set[str]]]
    titles: list[tuple[set[str], set[str], set[str]]]  # person, title, organisation alternatives


@dataclass
class PageEvaluation:
    entities: Score = field(default_factory=Score)
    titles_gold: int = 0
    titles_found: int = 0
    orgs_gold: int = 0
    orgs_right: int = 0
    roles_linked: int = 0  # organisations kg links the gold's people to, each person's counted once
    roles_in_gold: int = 0  # of those, the ones the gold gives that person a title at
    articles: int = 0
    papers: set[str] = field(default_factory=set)
    missing: list[str] = field(default_factory=list)
    title_misses: list[str] = field(default_factory=list)

    def overall(self) -> tuple[float, float, float]:
        return micro(self.entities, ENTITY_TYPES)


def _spelling(name: str) -> str:
    """A name as scored: Simplified, as kg names everything, and without quotation or title marks, which
    set a name's words apart (“1310”具体部署, 《甲规划纲要》) but are no part of them, nor a web page's pinyin
    glosses (农(nóng)业部), which page repair drops, nor the spaces that fill a short name's column (吴 琼), which
    kg's names do not keep."""
    return SPACED_RE.sub("", without_pinyin_glosses(simplified(name.strip())).translate(NAME_MARKS))


def _alternatives(value: str) -> set[str]:
    """The gold's spellings."""
    return {_spelling(part) for part in value.split("|") if part.strip()}


def read_gold(path: Path) -> list[GoldArticle]:
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            entities = {label: [_alternatives(v) for v in row.get(name, [])] for name, label in GOLD_FIELDS.items()}
            titles = [(_alternatives(t["person"]), _alternatives(t["title"]), _alternatives(t.get("org", "")))
                      for t in row.get("titles", [])]
            articles.append(GoldArticle(row["id"], row.get("paper", ""), row.get("home", ""), row.get("url", ""),
                                        int(row["chars"]), entities, titles))
        except (ValueError, KeyError, TypeError) as error:
            raise CorpusError(f"{path}:{number}: not a gold article ({error})") from None
    return articles


def _title_key(lex: Lexicons, title: str) -> str:
    return title[len(lex.leading_level(title)):] or title


def _same_title(lex: Lexicons, ours: str, gold: set[str]) -> bool:
    mine = _title_key(lex, ours)
    return any(mine == key or mine.endswith(key) or key.endswith(mine)
               for key in (_title_key(lex, g) for g in gold))


def user_paper(noted: str, lex: Lexicons) -> str:
    """The --paper a user would pass for a gold article's paper: its plain name, or an outlet's name before a
    note on where the page was read (甲县融媒体中心(乙网转载), 甲县人民法院网站(host)); none for a page noted
    only by its place (甲县本地稿(乙网转载))."""
    if PAPER_NAME_RE.fullmatch(noted):
        return noted
    reprinted = REPRINTED_PAPER_RE.match(noted)
    return reprinted.group(1) if reprinted and reprinted.group(1).endswith((*lex.paper_suffixes, NEWSPAPER, SITE)) else ""


class PageScorer:
    """Segments the pages and runs the backbone once; the rules run per configuration."""

    def __init__(self, pages_dir: Path, gold: list[GoldArticle], backbone: str = "lac", lexicon_dirs=()) -> None:
        self.lex = Lexicons.load(lexicon_dirs)
        self.lexicon_dirs = tuple(lexicon_dirs)
        self.gold: list[GoldArticle] = []
        self.articles: list[list[Article]] = []
        self.missing: list[str] = []
        for item in gold:
            path = pages_dir / f"{item.id}.txt"
            if not path.exists():
                self.missing.append(item.id)
                continue
            text = path.read_text(encoding="utf-8-sig")[: item.chars]
            self.gold.append(item)
            self.articles.append(segment(Page(str(path), text), self.lex))
        nlp = build_backbone(backbone)
        self.docs = [list(nlp.pipe(sentence_texts(articles))) for articles in self.articles]

    def run(self, disabled=()) -> PageEvaluation:
        rules = add_rules(spacy.blank("zh"), self.lexicon_dirs, disabled)
        result = PageEvaluation(missing=list(self.missing))
        for gold, articles, docs in zip(self.gold, self.articles, self.docs):
            knowledge = build_graph(mentions_from_docs(articles, apply_rules(docs, rules)), self.lex, gold.home,
                                    paper=user_paper(gold.paper, self.lex))
            self._score(gold, knowledge, result)
        return result

    def _score(self, gold: GoldArticle, knowledge: KnowledgeGraph, result: PageEvaluation) -> None:
        names = {node.id: {_spelling(name) for name in (node.name, *node.aliases)} for node in knowledge.nodes}
        knowledge_names = {node.id: node.name for node in knowledge.nodes}

        def uncounted(label: str, spellings: set[str]) -> bool:
            """The gold leaves out a home printed as 我市, a paper as 本报: neither credit nor charge."""
            return (label == PLACE and bool(spellings & self.lex.home_references.keys())
                    or label == ORG and OWN_PAPER in spellings)

        def holder(people: set[str]) -> tuple[list[str], list[tuple[str, set[str]]]]:
            person = next((n for n in knowledge.nodes if n.type == PERSON and names[n.id] & people), None)
            if person is None:
                return [], []
            return list(person.titles), [(knowledge_names[role.org], names[role.org])
                                         for role in knowledge.roles if role.person == person.id]

        predicted = {label: [(node.name, names[node.id]) for node in knowledge.nodes
                             if node.type == label and node.mentions] for label in ENTITY_TYPES}
        _score_article(self.lex, gold, predicted, holder, result, uncounted)


def _score_article(lex: Lexicons, gold: GoldArticle, predicted: dict[str, list[tuple[str, set[str]]]], holder,
                   result: PageEvaluation, uncounted=lambda label, spellings: False) -> None:
    """Scores one article's predicted entities (name, spellings) per type, and the titles and organisations
    ``holder(person's spellings)`` gives the gold's title holders, into ``result``."""
    result.articles += 1
    result.papers.add(gold.paper)
    held: dict[frozenset[str], tuple] = {}  # a person's titles and links, looked up once for both measures

    def holder_of(people: set[str]) -> tuple:
        key = frozenset(people)
        if key not in held:
            held[key] = holder(people)
        return held[key]

    for label in ENTITY_TYPES:
        unmatched = list(gold.entities[label])
        found = len(predicted[label])
        for name, spellings in predicted[label]:
            match = next((g for g in unmatched if spellings & g), None)
            if match is not None:
                unmatched.remove(match)
                result.entities.hits[label] += 1
            elif uncounted(label, spellings):
                found -= 1
            else:
                result.entities.false_hits.append((name, label, gold.id))
        result.entities.found[label] += found
        result.entities.gold[label] += len(gold.entities[label])
        result.entities.misses += [("|".join(sorted(g)), label, gold.id) for g in unmatched]
    for people in gold.entities[PERSON]:  # the precision of title -> organisation: a wrong link costs here
        linked = {name: spellings for name, spellings in holder_of(people)[1] if not uncounted(ORG, spellings)}
        posts = set().union(*(orgs for holders, _, orgs in gold.titles if holders & people))
        result.roles_linked += len(linked)
        result.roles_in_gold += sum(1 for spellings in linked.values() if spellings & posts)
    for people, titles, orgs in gold.titles:
        result.titles_gold += 1
        titles_held, linked = holder_of(people)
        found = any(_same_title(lex, t, titles) for t in titles_held)
        result.titles_found += found
        if not found:
            result.title_misses.append(f"{gold.id}: {'|'.join(sorted(people))} {'|'.join(sorted(titles))} "
                                       f"(has {titles_held})")
        if not orgs:
            continue
        result.orgs_gold += 1
        right = any(spellings & orgs for _, spellings in linked)
        result.orgs_right += right
        if not right:
            result.title_misses.append(f"{gold.id}: {'|'.join(sorted(people))} {'|'.join(sorted(titles))} "
                                       f"-> {'|'.join(sorted(orgs))} not linked (has {sorted({n for n, _ in linked})})")


def agreement(first: list[GoldArticle], second: list[GoldArticle], lexicon_dirs=()) -> PageEvaluation:
    """A second hand's gold of the same articles scored against the first, as if it were kg's output: how far
    two careful annotators agree under the same guide, the most any tool can score on such gold.  Articles
    only one of them wrote are left out (listed as missing)."""
    lex = Lexicons.load(lexicon_dirs)
    theirs = {article.id: article for article in second}
    result = PageEvaluation(missing=[article.id for article in first if article.id not in theirs])
    for gold in first:
        other = theirs.get(gold.id)
        if other is None:
            continue
        predicted = {label: [("|".join(sorted(spellings)), spellings) for spellings in other.entities[label]]
                     for label in ENTITY_TYPES}

        def holder(people: set[str], other: GoldArticle = other) -> tuple[list[str], list[tuple[str, set[str]]]]:
            entries = [(titles, orgs) for persons, titles, orgs in other.titles if persons & people]
            return ([title for titles, _ in entries for title in titles],
                    [("|".join(sorted(orgs)), orgs) for _, orgs in entries if orgs])

        _score_article(lex, gold, predicted, holder, result)
    return result


def report(source: str, result: PageEvaluation, errors: int = 0, missing: str = "in the gold not saved") -> list[str]:
    """The lines ``kg eval --pages`` prints: entity P/R/F1 per type, titles, and ``errors`` misses of each kind."""
    lines = [f"{source}: {result.articles} articles of "
             f"{len(result.papers)} papers"
             + (f" ({len(result.missing)} {missing})" if result.missing else ""),
             f"{'type':<12}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}"]
    for label in ENTITY_TYPES:
        p, r, f = result.entities.prf(label)
        lines.append(f"{label:<12}{p:>8.3f}{r:>8.3f}{f:>8.3f}{result.entities.gold[label]:>7}")
    p, r, f = result.overall()
    lines.append(f"{'all':<12}{p:>8.3f}{r:>8.3f}{f:>8.3f}{sum(result.entities.gold.values()):>7}")
    lines.append(f"titles found {result.titles_found}/{result.titles_gold}"
                 f" ({result.titles_found / max(result.titles_gold, 1):.1%}), right organisation "
                 f"{result.orgs_right}/{result.orgs_gold} ({result.orgs_right / max(result.orgs_gold, 1):.1%})")
    lines.append(f"organisations linked to the gold's people {result.roles_linked}, in the gold "
                 f"{result.roles_in_gold} ({result.roles_in_gold / max(result.roles_linked, 1):.1%})")
    for heading, found in (("misses", result.entities.misses), ("false hits", result.entities.false_hits)):
        lines += [f"  {heading}: {name} [{label}] in {article}" for name, label, article in found[:errors]]
    lines += [f"  titles: {line}" for line in result.title_misses[:errors]]
    return lines


def evaluate_pages(pages_dir: Path, gold_file: Path, backbone: str = "lac", lexicon_dirs=(),
                   disabled=()) -> PageEvaluation:
    return PageScorer(pages_dir, read_gold(gold_file), backbone, lexicon_dirs).run(disabled)
