"""Stage 3b: the knowledge graph.

One node per resolved entity; CO_OCCURS links from sentence co-occurrence,
weighted by normalised PMI; HOLDS_ROLE links from titles that name an
organisation.  Aggregation is a reduction over per-article records, so the
order of pages never changes the result.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from .lexicons import Lexicons
from .records import ENTITY_TYPES, ORG, PERSON, Article, ArticleMentions
from .resolve import ArticleContext, Home, Resolver, infer_home

NodeKey = tuple[str, str]  # (type, canonical name)


def node_id(key: NodeKey) -> str:
    return f"{key[0]}:{key[1]}"


@dataclass
class Link:
    """Sentences in which a pair co-occurs, per article."""

    per_article: Counter = field(default_factory=Counter)

    @property
    def sentences(self) -> int:
        return sum(self.per_article.values())


@dataclass
class KnowledgeGraph:
    """The resolved graph plus what Neo4j keeps beside it (articles, mentions per article, bylines)."""

    graph: nx.Graph
    home: Home
    articles: list[Article]
    mentioned_in: dict[tuple[str, str], int]  # (node id, article id) -> mentions
    wrote: list[tuple[str, str, str]]  # (person node id, article id, role)
    cooccurs: dict[tuple[str, str], dict]  # (node id, node id) -> count, weight, articles, article_counts
    roles: dict[tuple[str, str, str], list[str]]  # (person id, organisation id, title) -> article ids
    sentences: int = 0

    def summary(self) -> dict[str, int]:
        types = Counter(data["type"] for _, data in self.graph.nodes(data=True))
        return {"articles": len(self.articles), "nodes": self.graph.number_of_nodes(),
                "edges": self.graph.number_of_edges(), **{t: types.get(t, 0) for t in ENTITY_TYPES}}


def npmi(pair: int, a: int, b: int, total: int) -> float:
    """Normalised pointwise mutual information of two entities over sentences, in [-1, 1]."""
    if pair >= total:
        return 1.0
    p_ab, p_a, p_b = pair / total, a / total, b / total
    return math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)


def build_graph(results: list[ArticleMentions], lex: Lexicons, home: str = "") -> KnowledgeGraph:
    """Resolve the mentions of every article and aggregate them into one graph."""
    found_home = infer_home(results, lex, home)
    resolver = Resolver(found_home, lex)
    local = []
    for result in results:
        context = ArticleContext.of(result, found_home, lex)
        names = [resolver.local(m.text, m.label, context) for m in result.mentions]
        titles = [[(t, resolver.local(t.org, t.org_type, context) if t.org else None) for t in m.titles]
                  for m in result.mentions]
        for key in names:
            resolver.count(*key)
        for person_titles in titles:
            for _, org in person_titles:
                if org:
                    resolver.count(*org)
        for credit in result.article.byline:
            resolver.count(PERSON, credit.name)
        local.append((result, names, titles))
    resolver.merge()

    mentions: Counter[NodeKey] = Counter()
    node_articles: dict[NodeKey, set[str]] = defaultdict(set)
    aliases: dict[NodeKey, set[str]] = defaultdict(set)
    person_titles: dict[NodeKey, set[str]] = defaultdict(set)
    mentioned_in: Counter[tuple[str, str]] = Counter()
    sentence_nodes: list[tuple[str, set[NodeKey]]] = []
    roles: dict[tuple[NodeKey, NodeKey, str], set[str]] = defaultdict(set)
    wrote = []

    def mention(key: NodeKey, surface: str, article_id: str) -> None:
        mentions[key] += 1
        node_articles[key].add(article_id)
        aliases[key].add(surface)
        mentioned_in[(node_id(key), article_id)] += 1

    for result, names, titles in local:
        article = result.article
        per_sentence: dict[int, set[NodeKey]] = defaultdict(set)
        for m, name, m_titles in zip(result.mentions, names, titles):
            key = resolver.canonical(*name)
            if not resolver.supported(key):
                continue
            mention(key, m.text, article.id)
            per_sentence[m.sentence].add(key)
            for title, org in m_titles:
                person_titles[key].add(title.title)
                org_key = resolver.canonical(*org) if org else None
                if org_key and org_key[0] == ORG:
                    # The title names the organisation in this sentence: that is a mention of it.
                    if org_key not in per_sentence[m.sentence]:
                        mention(org_key, title.org, article.id)
                        per_sentence[m.sentence].add(org_key)
                    roles[(key, org_key, title.title)].add(article.id)
        for credit in article.byline:
            key = resolver.canonical(PERSON, credit.name)
            mention(key, credit.name, article.id)
            person_titles[key].add(credit.role)
            wrote.append((node_id(key), article.id, credit.role))
        for index in range(len(article.sentences)):
            sentence_nodes.append((article.id, per_sentence.get(index, set())))

    total = max(len(sentence_nodes), 1)
    in_sentences: Counter[NodeKey] = Counter()
    links: dict[tuple[NodeKey, NodeKey], Link] = defaultdict(Link)
    for article_id, keys in sentence_nodes:
        in_sentences.update(keys)
        for a, b in combinations(sorted(keys), 2):
            links[(a, b)].per_article[article_id] += 1

    graph = nx.Graph()
    for key in sorted(mentions):
        graph.add_node(node_id(key), label=key[1], type=key[0], aliases=sorted(aliases[key] - {key[1]}),
                       mentions=mentions[key], articles=len(node_articles[key]),
                       titles=sorted(person_titles.get(key, ())) if key[0] == PERSON else [])
    cooccurs = {}
    for (a, b), link in sorted(links.items()):
        weight = (npmi(link.sentences, in_sentences[a], in_sentences[b], total) + 1) / 2
        article_ids = sorted(link.per_article)
        cooccurs[(node_id(a), node_id(b))] = {"count": link.sentences, "weight": weight, "articles": article_ids,
                                              "article_counts": [link.per_article[i] for i in article_ids]}
        graph.add_edge(node_id(a), node_id(b), relation="CO_OCCURS", count=link.sentences, weight=weight,
                       title=[], article_ids=article_ids)
    role_rows = {}
    for (person, org, title), article_ids in sorted(roles.items()):
        ids = (node_id(person), node_id(org))
        role_rows[(*ids, title)] = sorted(article_ids)
        # A role is read from a sentence naming both, so the pair always has a co-occurrence edge.
        edge = graph.edges[ids]
        edge.update(relation="HOLDS_ROLE", title=sorted({*edge["title"], title}))
    return KnowledgeGraph(graph, found_home, [r.article for r in results], dict(mentioned_in), wrote,
                          cooccurs, role_rows, total)
