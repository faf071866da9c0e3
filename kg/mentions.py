"""Stage 2: entity mentions per article, from the spaCy pipeline.

Extraction is a pure function of a page: the same page always gives the same
records, whatever else is in the corpus, so results can be cached per page and
computed in worker processes.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .articles import segment
from .lexicons import Lexicons, simplified
from .records import Article, ArticleMentions, Mention, Page


def sentence_texts(articles: list[Article]) -> list[str]:
    """Every sentence (headlines included) of the articles, in order: what the pipeline reads, in Simplified
    characters (the lexicons' and the graph's names)."""
    return [simplified(sentence.text) for article in articles for sentence in article.sentences]


def mentions_from_docs(articles: list[Article], docs: Iterable[Doc]) -> list[ArticleMentions]:
    """Pair the Docs of ``sentence_texts(articles)`` back with their articles."""
    docs = iter(docs)
    results = []
    for article in articles:
        found = [Mention(ent.text, ent.label_, index, ent.start_char, ent.end_char, ent._.kg_titles)
                 for index in range(len(article.sentences)) for ent in next(docs).ents]
        results.append(ArticleMentions(article, tuple(found)))
    return results


def extract_articles(articles: list[Article], nlp: Language, batch_size: int = 4096) -> list[ArticleMentions]:
    """Run the pipeline over every sentence (headlines included) of the articles."""
    return mentions_from_docs(articles, nlp.pipe(sentence_texts(articles), batch_size=batch_size))


def extract_page(page: Page, nlp: Language, lex: Lexicons) -> list[ArticleMentions]:
    return extract_page_group([page], nlp, lex)[0]


def extract_page_group(pages: list[Page], nlp: Language, lex: Lexicons) -> list[list[ArticleMentions]]:
    """Each page's articles' mentions, the pages' sentences run through the pipeline together: the backbone
    batches sentences of one length, and a page alone holds few of any length.  A sentence is tagged the
    same whatever it is batched with, so a page's records do not depend on the pages beside it."""
    segmented = [segment(page, lex) for page in pages]
    found = iter(extract_articles([article for articles in segmented for article in articles], nlp))
    return [[next(found) for _ in articles] for articles in segmented]


def article_json(result: ArticleMentions) -> dict:
    """What ``kg extract`` prints for one article: its parts and every mention with its page offset."""
    article = result.article
    return {
        "id": article.id, "source": article.source, "kind": article.kind, "headline": article.headline,
        "byline": [asdict(credit) for credit in article.byline],
        "rejected_byline": list(article.rejected_byline),
        "entities": [{"text": m.text, "type": m.label, "sentence": m.sentence,
                      "page_offset": article.sentences[m.sentence].page_span(m.start, m.end)[0],
                      **({"titles": [asdict(t) for t in m.titles]} if m.titles else {})}
                     for m in result.mentions],
    }
