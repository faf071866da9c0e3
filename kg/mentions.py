"""Stage 2: entity mentions per article, from the spaCy pipeline.

Extraction is a pure function of a page: the same page always gives the same
records, whatever else is in the corpus, so results can be cached per page and
computed in worker processes.
"""
from __future__ import annotations

from spacy.language import Language

from .articles import segment
from .lexicons import Lexicons
from .records import Article, ArticleMentions, Mention, Page


def extract_articles(articles: list[Article], nlp: Language, batch_size: int = 512) -> list[ArticleMentions]:
    """Run the pipeline over every sentence (headlines included) of the articles."""
    keyed = [(s.text, (a, i)) for a, article in enumerate(articles) for i, s in enumerate(article.sentences)]
    found: list[list[Mention]] = [[] for _ in articles]
    for doc, (a, i) in nlp.pipe(keyed, as_tuples=True, batch_size=batch_size):
        titles = doc._.titles or {}
        for ent in doc.ents:
            span = (ent.start_char, ent.end_char)
            found[a].append(Mention(ent.text, ent.label_, i, span[0], span[1], tuple(titles.get(span, ()))))
    return [ArticleMentions(article, tuple(mentions)) for article, mentions in zip(articles, found)]


def extract_page(page: Page, nlp: Language, lex: Lexicons) -> list[ArticleMentions]:
    return extract_articles(segment(page, lex), nlp)
