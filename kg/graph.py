"""Stage 3b: the knowledge graph, from resolved mentions.

One node per resolved entity; CO_OCCURS links from sentence co-occurrence,
weighted by normalised PMI; HOLDS_ROLE links from titles that name an
organisation; LOCATED_IN links from organisations to the place their name
starts with.  Aggregation is a reduction over per-article records, so the
order of pages never changes the result.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Iterable

from .lexicons import Lexicons
from .model import PERIODS, CoOccurrence, KnowledgeGraph, LocatedIn, Mentioned, Node, Role, Wrote
from .records import ORG, PERSON, PLACE, ArticleMentions
from .resolve import NodeKey, ResolvedArticle, resolve


def node_id(key: NodeKey) -> str:
    return f"{key[0]}:{key[1]}"


def npmi(pair: int, a: int, b: int, total: int) -> float:
    """Normalised pointwise mutual information of two entities over sentences, in [-1, 1]."""
    if pair >= total:
        return 1.0
    p_ab, p_a, p_b = pair / total, a / total, b / total
    return math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)


@dataclass
class Seen:
    """When something was seen: first and last dates, and a count per period."""

    first: str = ""
    last: str = ""
    periods: Counter = field(default_factory=Counter)

    def add(self, day: str, period: str, count: int = 1) -> None:
        self.first = min(self.first or day, day)
        self.last = max(self.last, day)
        self.periods[PERIODS[period](day)] += count

    def counts(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.periods.items()))


NO_DATES = Seen()


@dataclass
class Tally:
    """Counts gathered over the articles, before they become records."""

    mentions: Counter = field(default_factory=Counter)  # node key -> mentions
    articles: dict = field(default_factory=lambda: defaultdict(set))  # node key -> article ids
    aliases: dict = field(default_factory=lambda: defaultdict(set))
    titles: dict = field(default_factory=lambda: defaultdict(set))
    mentioned_in: Counter = field(default_factory=Counter)  # (node key, article id) -> mentions
    roles: dict = field(default_factory=lambda: defaultdict(set))  # (person, org, title) -> article ids
    wrote: list = field(default_factory=list)
    in_sentences: Counter = field(default_factory=Counter)  # node key -> sentences naming it
    pairs: dict = field(default_factory=lambda: defaultdict(dict))  # (a, b) -> article id -> sentences
    sentences: int = 0
    period: str = "month"
    seen: dict = field(default_factory=lambda: defaultdict(Seen))  # node key, pair or role -> Seen
    day: str = ""  # the date of the article being added

    def when(self, key) -> None:
        """Note the current article's date against a node, pair or role (nothing for undated pages)."""
        if self.day:
            self.seen[key].add(self.day, self.period)

    def mention(self, key: NodeKey, surface: str, article_id: str) -> None:
        self.when(key)
        self.mentions[key] += 1
        self.articles[key].add(article_id)
        self.aliases[key].add(surface)
        self.mentioned_in[(key, article_id)] += 1

    def add(self, resolved: ResolvedArticle) -> None:
        article_id = resolved.article.id
        self.day = resolved.article.date
        per_sentence: dict[int, set[NodeKey]] = defaultdict(set)
        named = {mention.key for mention in resolved.mentions}
        for mention in resolved.mentions:
            self.mention(mention.key, mention.surface, article_id)
            per_sentence[mention.sentence].add(mention.key)
            for title, org in mention.titles:
                self.titles[mention.key].add(title.title)
                if org and org[0] == ORG:
                    # The title names the organisation in this sentence: that is a mention of it (not when
                    # the article named it elsewhere: 甲、乙等委员, the assembly in session; no alias "" then).
                    # A bare title of a site's owner (会长 on 甲商会网站) names it though no mention does.
                    if org not in per_sentence[mention.sentence] and (title.org or org not in named):
                        self.mention(org, title.org or org[1], article_id)
                        per_sentence[mention.sentence].add(org)
                    self.roles[(mention.key, org, title.title)].add(article_id)
                    self.when((mention.key, org, title.title))
        for key, outlet in resolved.outlets:
            self.mention(key, outlet, article_id)
        for key, credit, newsroom in resolved.credits:
            self.mention(key, credit.name, article_id)
            self.titles[key].add(credit.role)
            self.wrote.append(Wrote(node_id(key), article_id, credit.role))
            if newsroom:  # 茂名日报社全媒体记者 甲: 甲 holds 全媒体记者 at 茂名日报社
                self.roles[(key, newsroom, credit.role)].add(article_id)
                self.when((key, newsroom, credit.role))
        self.sentences += len(resolved.article.sentences)
        for keys in per_sentence.values():
            self.in_sentences.update(keys)
            if len(keys) < 2:
                continue
            for a, b in combinations(sorted(keys), 2):
                per_article = self.pairs[(a, b)]
                per_article[article_id] = per_article.get(article_id, 0) + 1
                self.when((a, b))


def located_in(tally: Tally, lex: Lexicons) -> list[LocatedIn]:
    """An organisation whose name starts with a place node's name (化州市人民医院 -> 化州市).

    Only full place names of a known level count, the longest first, so
    广东省茂名市委 links to 茂名市... only where 茂名市 is itself a node.
    """
    places = {name for kind, name in tally.mentions if kind == PLACE and lex.level_of(name)}
    longest = max(map(len, places), default=0)
    found = []
    for key in sorted(tally.mentions):
        if key[0] != ORG:
            continue
        name = key[1]
        place = next((name[:size] for size in range(min(longest, len(name) - 1), 1, -1) if name[:size] in places), None)
        if place:
            found.append(LocatedIn(node_id(key), node_id((PLACE, place)), tuple(sorted(tally.articles[key]))))
    return found


def build_graph(results: Iterable[ArticleMentions], lex: Lexicons, home: str = "", period: str = "month",
                paper: str = "") -> KnowledgeGraph:
    """Resolve the mentions of every article and aggregate them into one graph model; ``period``
    (month, week, year) is the unit of the counts over time on nodes and links, ``paper`` the name 本报 stands for.

    ``results`` is read more than once: a list, or a :class:`~kg.spill.Spill` for a corpus whose
    mentions should not all sit in memory.  The model keeps each article's metadata, not its text.
    """
    if iter(results) is results:  # a one-shot iterator
        results = list(results)
    found_home, resolved = resolve(results, lex, home, paper)
    tally = Tally(period=period)
    articles = []
    for article in resolved:
        tally.add(article)
        articles.append(replace(article.article, sentences=()))
    total = max(tally.sentences, 1)
    def seen(key) -> Seen:
        return tally.seen.get(key, NO_DATES)  # undated nodes and links: no dates, no periods

    ids = {key: node_id(key) for key in tally.mentions}  # one string per node, shared by its records
    nodes = tuple(Node(ids[key], key[0], key[1], tuple(sorted((tally.aliases[key] | lex.other_spellings(key[1])) - {key[1]})),
                       tally.mentions[key], len(tally.articles[key]),
                       tuple(sorted(tally.titles.get(key, ()))) if key[0] == PERSON else (),
                       seen(key).first, seen(key).last, seen(key).counts())
                  for key in sorted(tally.mentions))
    # The per-article counts are the bulk of a large corpus: each is released as its records are made.
    co_occurs = []
    for a, b in sorted(tally.pairs):
        per_article = tally.pairs.pop((a, b))
        count = sum(per_article.values())
        weight = (npmi(count, tally.in_sentences[a], tally.in_sentences[b], total) + 1) / 2
        article_ids = tuple(sorted(per_article))
        span = seen((a, b))
        co_occurs.append(CoOccurrence(ids[a], ids[b], count, weight, article_ids,
                                      tuple(per_article[i] for i in article_ids), span.first, span.last, span.counts()))
    roles = tuple(Role(ids[person], ids[org], title, tuple(sorted(articles_of_role)),
                       seen((person, org, title)).first, seen((person, org, title)).last)
                  for (person, org, title), articles_of_role in sorted(tally.roles.items()))
    mentioned_in = []
    for key, article_id in sorted(tally.mentioned_in):
        mentioned_in.append(Mentioned(ids[key], article_id, tally.mentioned_in.pop((key, article_id))))
    return KnowledgeGraph(found_home, tuple(articles), nodes, tuple(co_occurs), roles,
                          tuple(located_in(tally, lex)), tuple(mentioned_in), tuple(tally.wrote), total)
